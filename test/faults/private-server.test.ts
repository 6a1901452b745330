// `irqscale run --workers N` without --nats starts its own nats-server and workers. Killed outright
// (SIGKILL: no exit handlers run), it must not leave them behind. Only the run process is signalled.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Cli, sleep } from "../support/procs.js";

import { readFileSync } from "node:fs";

/** Running (a zombie waiting to be reaped has already exited). */
const alive = (pid: number): boolean => {
  try { process.kill(pid, 0); } catch { return false; }
  try { return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8")); } catch { return false; }
};

function children(pid: number): { pid: number; comm: string }[] {
  try {
    return execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n").map((l) => l.trim()).filter(Boolean)
      .map((l) => { const [p, ...c] = l.split(/\s+/); return { pid: Number(p), comm: c.join(" ") }; });
  } catch { return []; }
}

describe("private nats-server of `irqscale run --workers`", () => {
  it("ends with its run when the run is killed with SIGKILL, and so do its workers", async () => {
    const out = mkdtempSync(join(tmpdir(), "irqscale-private-"));
    const run = new Cli([
      "run", "--workers", "1", "--model", "phold", "--seed", "7",
      "--set", "phold.minDelayNs=1000", "--set", "phold.endNs=200000000", "--out", out,
    ]);
    let server: number | undefined, workers: number[] = [];
    for (let i = 0; i < 200 && (server === undefined || workers.length === 0); i++) {
      await sleep(100);
      const kids = children(run.pid);
      server = kids.find((k) => k.comm.startsWith("nats-server"))?.pid;
      workers = kids.filter((k) => k.comm === "node").map((k) => k.pid);
    }
    expect(server, `no nats-server child of ${run.pid}: ${run.stderr}`).toBeDefined();
    expect(workers.length).toBeGreaterThan(0);
    await sleep(1500); // the run is under way
    process.kill(run.pid, "SIGKILL");
    await run.exited;
    const t0 = performance.now();
    while ((alive(server!) || workers.some(alive)) && performance.now() - t0 < 5000) await sleep(50);
    expect(alive(server!), "nats-server still running 5 s after its run was killed").toBe(false);
    expect(workers.filter(alive), "workers still running 5 s after their run was killed").toEqual([]);
  });
});
