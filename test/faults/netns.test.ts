// A distributed run across network namespaces, as the compose file lays it out on separate hosts:
// nats-server, the coordinator and each worker in a namespace of its own, linked by veth pairs to a
// bridge in a hub namespace, with addresses only on those veths (10.200.7.0/24). The test makes the
// namespaces and removes them (afterAll, also after a failure); the names carry this process's pid,
// and namespaces left by an earlier run whose process is gone are removed first.
//
// A worker's link is cut mid-run (`ip link set ... down` on its veth: its TCP connection stays
// open, nothing is closed or reset) and the run must abort within the default 5 s bound, naming
// that worker; once the link is up again the worker must come back to the pool, so that the next run
// can claim it and gets the digest of a run in one process.
//
// Needs root (CAP_SYS_ADMIN and CAP_NET_ADMIN), iproute2 and nats-server: CI runs as root. Where
// namespaces cannot be made the tests fail, saying why.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { DEFAULT_STALL_TIMEOUT_MS } from "../../shared/sync/liveness.js";
import { Cli, sleep } from "../support/procs.js";

const TAG = `irqt${process.pid}`;
const SUBNET = "10.200.7";
const NODES = ["nats", "coord", "w1", "w2"] as const;
type Node = (typeof NODES)[number];
const ns = (n: Node | "hub"): string => `${TAG}-${n}`;
/** The node's end of its veth pair (in its namespace) and the hub's end (on the bridge). */
const dev = (n: Node): string => `${TAG}n${NODES.indexOf(n)}`;
const hubDev = (n: Node): string => `${TAG}h${NODES.indexOf(n)}`;
const addr = (n: Node): string => `${SUBNET}.${NODES.indexOf(n) + 1}`;
const URL = `nats://${addr("nats")}:4222`;

function ip(...args: string[]): string {
  try {
    return execFileSync("ip", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`\`ip ${args.join(" ")}\` failed: ${(err.stderr ?? err.message).trim()}`);
  }
}

const alive = (pid: number): boolean => { try { process.kill(pid, 0); return true; } catch { return false; } };

/** Namespaces of earlier runs of this test whose process is gone. */
function removeStale(): void {
  let list = "";
  try { list = ip("netns", "list"); } catch { return; }
  for (const line of list.split("\n")) {
    const m = /^(irqt(\d+)-\w+)/.exec(line.trim());
    if (m && Number(m[2]) !== process.pid && !alive(Number(m[2]))) {
      try { ip("netns", "del", m[1]!); } catch { /* already gone */ }
    }
  }
}

/** The hub with its bridge, and every node's namespace on it. Throws, naming the step, when it cannot. */
function makeLab(): void {
  try {
    ip("netns", "add", ns("hub"));
  } catch (e) {
    throw new Error(`network namespaces cannot be made here: ${(e as Error).message}. These tests need root `
      + "(CAP_SYS_ADMIN and CAP_NET_ADMIN) and iproute2; CI runs them as root");
  }
  ip("-n", ns("hub"), "link", "add", "br0", "type", "bridge");
  ip("-n", ns("hub"), "link", "set", "br0", "up");
  for (const n of NODES) {
    ip("netns", "add", ns(n));
    // Both ends are made in their namespaces directly: nothing ever appears in this host's namespace.
    ip("link", "add", hubDev(n), "netns", ns("hub"), "type", "veth", "peer", "name", dev(n), "netns", ns(n));
    ip("-n", ns("hub"), "link", "set", hubDev(n), "master", "br0");
    ip("-n", ns("hub"), "link", "set", hubDev(n), "up");
    ip("-n", ns(n), "addr", "add", `${addr(n)}/24`, "dev", dev(n));
    ip("-n", ns(n), "link", "set", dev(n), "up");
    ip("-n", ns(n), "link", "set", "lo", "up");
  }
}

function removeLab(): void {
  for (const n of [...NODES, "hub"] as const) {
    try { ip("netns", "del", ns(n)); } catch { /* not made, or gone */ }
  }
}

/** nats-server in the nats namespace, on its veth address; resolves once it is ready. */
function startNats(storeDir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    // JetStream on, for the checkpoints of the resumed run.
    const args = ["netns", "exec", ns("nats"), "nats-server", "-a", addr("nats"), "-p", "4222", "-js", "-sd", storeDir];
    const p = spawn("ip", args, { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    const t = setTimeout(() => reject(new Error(`nats-server in ${ns("nats")} not ready within 10 s:\n${log}`)),
      10_000);
    p.once("error", (e) => { clearTimeout(t); reject(new Error(`cannot start nats-server: ${e.message}`)); });
    p.once("exit", (code) => {
      clearTimeout(t);
      reject(new Error(`nats-server exited (code ${code}) before it was ready:\n${log}`));
    });
    p.stderr!.setEncoding("utf8").on("data", (s: string) => {
      log += s;
      if (log.includes("Server is ready")) { clearTimeout(t); resolve(p); }
    });
  });
}

const pholdSets = (endNs: number): string[] => ["--set", "phold.minDelayNs=1000", "--set", `phold.endNs=${endNs}`];
const noStack = /\n\s+at \S+ \(|\n\s+at (file|node):/;

describe("across network namespaces: a worker's link cut mid-run, then healed", () => {
  let nats: ChildProcess | undefined;
  const started: Cli[] = [];
  const workers: Partial<Record<Node, Cli>> = {};
  const measured: Record<string, number> = {};
  let tmp = "";
  let cutRunId = "";

  const coordinator = (runId: string, endNs: number, out: string, extra: string[] = []): Cli => {
    const c = new Cli([
      "coordinator", "--nats", URL, "--workers", "2", "--run-id", runId, "--model", "phold", "--seed", "7",
      ...pholdSets(endNs), "--out", out, "--verbose", "--wait-ms", "20000", ...extra,
    ], { netns: ns("coord") });
    started.push(c);
    return c;
  };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "irq-netns-"));
    removeStale();
    try {
      makeLab();
      nats = await startNats(join(tmp, "jetstream"));
      for (const n of ["w1", "w2"] as const) {
        const w = new Cli(["worker", "--nats", URL, "--name", `n${n}`, "--exit-with-parent"],
          { netns: ns(n), holdStdin: true });
        started.push(w);
        workers[n] = w;
      }
      await Promise.all(Object.values(workers).map((w) => w!.waitFor(/registered on/, 60_000)));
    } catch (e) {
      await Promise.all(started.map((c) => c.stop()));
      nats?.kill("SIGKILL");
      removeLab();
      throw e;
    }
  }, 90_000);

  afterAll(async () => {
    await Promise.all(started.map((c) => c.stop()));
    if (nats && nats.exitCode === null) {
      nats.kill("SIGTERM");
      await new Promise((r) => { nats!.once("exit", r); setTimeout(r, 3000); });
    }
    removeLab();
    const left = ip("netns", "list").split("\n").filter((l) => l.startsWith(`${TAG}-`));
    process.stderr.write(`netns faults, measured (ms): ${JSON.stringify(measured)}; namespaces left: ${left.length}\n`);
  }, 30_000);

  it("the lab: every namespace has exactly its one veth address, and this host's namespace none of them", () => {
    for (const n of NODES) {
      const shown = ip("-n", ns(n), "-4", "-o", "addr", "show");
      const addrs = [...shown.matchAll(/inet (\S+)/g)].map((m) => m[1]);
      expect(addrs.sort()).toEqual(["127.0.0.1/8", `${addr(n)}/24`].sort());
    }
    expect(ip("-o", "link", "show")).not.toContain(TAG);
  });

  it(`a worker's link cut mid-run (TCP left open): the run aborts within the default `
    + `${DEFAULT_STALL_TIMEOUT_MS / 1000} s, naming it; the cut worker drops the run too`, async () => {
    const out = join(tmp, "cut");
    cutRunId = "netns-cut";
    const c = coordinator(cutRunId, 20_000_000, out);
    // Mid-run: both workers hold their partitions and the windows have been going for a second.
    const holding = new RegExp(`run ${cutRunId}, partitions`);
    await Promise.all([workers.w1!, workers.w2!].map((w) => w.waitFor(holding, 30_000)))
      .catch((e: Error) => { throw new Error(`${e.message}\ncoordinator:\n${c.stderr}`); });
    await sleep(1000);
    expect(c.alive).toBe(true);
    const t0 = performance.now();
    ip("-n", ns("w2"), "link", "set", dev("w2"), "down");
    const line = await c.waitFor(/irqscale: run failed: .*/, 15_000);
    const tAbort = performance.now();
    const e = await c.exited;
    measured.cutToAbortMs = Math.round(tAbort - t0);
    measured.cutToCoordinatorExitMs = Math.round(e.at - t0);
    expect(e.code, c.stderr).toBe(1);
    expect(line[0]).toMatch(new RegExp("run aborted \\(worker nw2\\) in window \\d+: worker nw2 "
      + "\\(\\S+ pid \\d+\\) lost: "
      + "no answer to heartbeats for [45]\\.\\d s \\(bound 5000 ms; .*\\); its partitions last reported window \\d+$"));
    expect(c.stderr).not.toMatch(noStack);
    // Within the bound: silent for 4.5 s (5 s less one 500 ms beat) at a beat, at most 5 s after the cut.
    expect(tAbort - t0).toBeGreaterThan(3900);
    expect(tAbort - t0).toBeLessThan(DEFAULT_STALL_TIMEOUT_MS + 300);
    expect(existsSync(join(out, "result.json"))).toBe(false);
    // The other worker hears the abort; the cut one finds its coordinator silent and checks its own link.
    await workers.w1!.waitFor(new RegExp(`run ${cutRunId} aborted: `), 5000);
    await workers.w2!.waitFor(new RegExp(`worker nw2: coordinator of run ${cutRunId} silent for \\d+ ms`), 10_000);
    measured.cutToWorkerDropsMs = Math.round(performance.now() - t0);
    await workers.w2!.waitFor(/no answer from NATS at \S+ within 1 s; reconnecting/, 5000);
    expect(workers.w2!.alive).toBe(true);
  }, 60_000);

  it("the link healed: the cut worker reconnects and announces itself, and the next run claims it and gets the "
    + "digest of one process", async () => {
    expect(cutRunId, "needs the cut of the test before").not.toBe("");
    // Down for a while longer: its reconnect attempts fail (ENETUNREACH) and it must keep trying.
    await sleep(3000);
    expect(workers.w2!.alive, workers.w2!.stderr).toBe(true);
    const t0 = performance.now();
    ip("-n", ns("w2"), "link", "set", dev("w2"), "up");
    await workers.w2!.waitFor(/worker nw2: reconnected to NATS/, 20_000);
    measured.healToReconnectMs = Math.round(performance.now() - t0);
    const out = join(tmp, "healed");
    const c = coordinator("netns-healed", 300_000, out);
    await c.waitFor(/claimed worker nw2 /, 20_000);
    measured.healToClaimedMs = Math.round(performance.now() - t0);
    const e = await c.exited;
    expect(e.code, c.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(out, "result.json"), "utf8")) as { digest: string; workers: number };
    const rc = resolveConfig({ model: "phold", seed: 7, sets: ["phold.minDelayNs=1000", "phold.endNs=300000"] });
    const solo = await runLocal(rc);
    expect(result.digest).toBe(solo.digest);
    expect(c.stderr).toMatch(/claimed worker nw1 /);
  }, 60_000);

  it("a worker's link cut mid-run with --on-worker-loss resume: lost within the bound, the run goes on on the "
    + "other worker from its last checkpoint and ends with the digest of one process", async () => {
    const out = join(tmp, "cut-resumed");
    const c = coordinator("netns-resume", 4_000_000, out,
      ["--checkpoint-every", "400", "--on-worker-loss", "resume"]);
    await c.waitFor(/checkpoint of window \d+/, 60_000);
    const t0 = performance.now();
    ip("-n", ns("w2"), "link", "set", dev("w2"), "down");
    try {
      await c.waitFor(/worker nw2 lost; resuming from the cut of window \d+/, 15_000);
      measured.cutToResumeMs = Math.round(performance.now() - t0);
      expect(performance.now() - t0).toBeLessThan(DEFAULT_STALL_TIMEOUT_MS + 1000);
      const e = await c.exited;
      expect(e.code, c.stderr).toBe(0);
      expect(c.stderr).not.toMatch(noStack);
      const result = JSON.parse(readFileSync(join(out, "result.json"), "utf8")) as {
        digest: string; workers: number; sync: { checkpoints: { lostWorkers: string[] } };
      };
      const rc = resolveConfig({ model: "phold", seed: 7, sets: ["phold.minDelayNs=1000", "phold.endNs=4000000"] });
      expect(result.digest).toBe((await runLocal(rc)).digest);
      expect(result.workers).toBe(1);
      expect(result.sync.checkpoints.lostWorkers).toEqual(["nw2"]);
    } finally {
      ip("-n", ns("w2"), "link", "set", dev("w2"), "up");
    }
  }, 90_000);
});
