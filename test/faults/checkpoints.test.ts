// Checkpoints and resume with real processes: a nats-server with JetStream, `irqscale worker`,
// `irqscale coordinator`, `irqscale run` and `irqscale resume` processes, all started here. A worker
// killed mid-run (with --on-worker-loss resume), a coordinator killed mid-run (then `irqscale resume
// --run-id`) and a run killed in one process (then `irqscale resume DIR`) each end with the digest of
// the run never interrupted.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NatsConnection } from "@nats-io/transport-node";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { startNatsServer, type PrivateNatsServer } from "../../shared/run/nats-server.js";
import { openCheckpointStore, readManifest } from "../../shared/run/nats-checkpoints.js";
import { connectNats } from "../../shared/transport/nats.js";
import { Cli, startWorkerProcs, untilIdle } from "../support/procs.js";
import { irqscale } from "../cli/cli.js";
import { resultSchemaErrors } from "../support/result-schema.js";

// PHOLD over 1 us links: 2 windows per microsecond over NATS (depth 2), a few thousand per second.
const END_NS = 4_000_000;
const pholdArgs = ["--model", "phold", "--seed", "7", "--set", "phold.minDelayNs=1000",
  "--set", `phold.endNs=${END_NS}`];
const noStack = /\n\s+at \S+ \(|\n\s+at (file|node):/;
const digestOf = (dir: string): string =>
  (JSON.parse(readFileSync(join(dir, "result.json"), "utf8")) as { digest: string }).digest;

describe("checkpoints and resume across processes", () => {
  let server: PrivateNatsServer;
  let nc: NatsConnection;
  let tmp: string;
  let uninterrupted: string;
  const started: Cli[] = [];
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "irq-ckpt-"));
    server = await startNatsServer({ jetstream: true });
    nc = await connectNats({ url: server.url, name: "checkpoint-test" });
    const rc = resolveConfig({ model: "phold", seed: 7, sets: ["phold.minDelayNs=1000", `phold.endNs=${END_NS}`] });
    uninterrupted = String((await runLocal(rc)).digest);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(started.map((c) => c.stop()));
    await nc?.close();
    await server?.stop();
    process.stderr.write(`checkpoints across processes, measured (ms): ${JSON.stringify(timings)}\n`);
  });

  const workers = async (names: string[]): Promise<Cli[]> => {
    const ws = await startWorkerProcs(server.url, names);
    started.push(...ws);
    return ws;
  };

  it("a worker killed with SIGKILL mid-run, --on-worker-loss resume: the run goes on on the survivor from its "
    + "last cut and ends with the uninterrupted digest", async () => {
    const [a, b] = await workers(["ka", "kb"]) as [Cli, Cli];
    const out = join(tmp, "kill-worker");
    const c = new Cli(["coordinator", "--nats", server.url, "--workers", "2", "--run-id", "ck-kill", ...pholdArgs,
      "--checkpoint-every", "400", "--on-worker-loss", "resume", "--verbose", "--out", out]);
    started.push(c);
    await c.waitFor(/checkpoint of window \d+/, 60_000);
    const t0 = performance.now();
    b.signal("SIGKILL");
    await c.waitFor(/worker kb lost; resuming from the cut of window \d+/, 10_000);
    timings.killedWorkerResumeMs = Math.round(performance.now() - t0);
    const e = await c.exited;
    expect(e.code, c.stderr).toBe(0);
    expect(c.stderr).not.toMatch(noStack);
    expect(digestOf(out)).toBe(uninterrupted);
    const result = JSON.parse(readFileSync(join(out, "result.json"), "utf8")) as {
      workers: number;
      sync: { checkpoints: { resumes: number; lostWorkers: string[]; resumedFrom: { window: number } } };
    };
    expect(result.workers).toBe(1);
    expect(result.sync.checkpoints).toMatchObject({ resumes: 1, lostWorkers: ["kb"] });
    expect(resultSchemaErrors(result)).toEqual([]);
    expect(result.sync.checkpoints.resumedFrom.window).toBeGreaterThan(0);
    // A finished run leaves no checkpoint behind: no manifest, no part.
    const store = await openCheckpointStore(nc);
    expect(await readManifest(store, "ck-kill")).toBeUndefined();
    expect((await store.list()).filter((o) => o.name.startsWith("ck-kill/"))).toEqual([]);
    await untilIdle(nc, ["ka"], 5000);
    await a.stop();
  }, 120_000);

  it("a coordinator killed with SIGKILL mid-run, then `irqscale resume --run-id` on other workers: the "
    + "uninterrupted digest", async () => {
    await workers(["ca", "cb"]);
    const c = new Cli(["coordinator", "--nats", server.url, "--workers", "2", "--run-id", "ck-coord", ...pholdArgs,
      "--checkpoint-every", "400", "--verbose", "--out", join(tmp, "never")]);
    started.push(c);
    await c.waitFor(/checkpoint of window 1199/, 60_000);
    c.signal("SIGKILL");
    await c.exited;
    const manifest = await readManifest(await openCheckpointStore(nc), "ck-coord");
    expect(manifest?.window).toBeGreaterThanOrEqual(1199);
    // The workers drop the orphaned run on their own (no heartbeat), then take the resumed one.
    await untilIdle(nc, ["ca", "cb"], 15_000);
    const out = join(tmp, "resumed");
    const t0 = performance.now();
    const r = new Cli(["resume", "--run-id", "ck-coord", "--nats", server.url, "--workers", "2", "--out", out]);
    started.push(r);
    const e = await r.exited;
    timings.resumeAfterCoordinatorMs = Math.round(performance.now() - t0);
    expect(e.code, r.stderr).toBe(0);
    expect(digestOf(out)).toBe(uninterrupted);
    expect(existsSync(join(tmp, "never"))).toBe(false);
  }, 120_000);

  it("a run in one process killed mid-run, then `irqscale resume DIR` with another partitioning: the "
    + "uninterrupted digest; the checkpoint goes once the result is written", async () => {
    const out = join(tmp, "local");
    const args = ["--model", "phold", "--seed", "7", "--set", "phold.minDelayNs=1000", "--set", "phold.endNs=16000000"];
    const plain = new Cli(["run", ...args, "--partitions", "2", "--out", join(tmp, "local-plain"), "--quiet"]);
    started.push(plain);
    const c = new Cli(["run", ...args, "--partitions", "2", "--checkpoint-every", "1000", "--out", out, "--quiet"]);
    started.push(c);
    const manifest = join(out, "checkpoint", "manifest.json");
    for (let i = 0; i < 600 && !existsSync(manifest); i++) await new Promise((res) => setTimeout(res, 50));
    expect(existsSync(manifest)).toBe(true);
    c.signal("SIGKILL");
    await c.exited;
    expect(existsSync(join(out, "result.json"))).toBe(false);
    expect((await plain.exited).code).toBe(0);
    const r = await irqscale(["resume", out, "--partitions", "4", "--quiet"], 120_000);
    expect(r.code, r.stderr).toBe(0);
    expect(digestOf(out)).toBe(digestOf(join(tmp, "local-plain")));
    expect(existsSync(join(out, "checkpoint"))).toBe(false);
  }, 120_000);

  it("bad checkpoints and flags are refused before any work, naming the path or flag, exit 2, no stack", async () => {
    const dir = join(tmp, "bad");
    const cases: [string[], RegExp][] = [
      [["resume", join(tmp, "nothing-here")], /no checkpoint \(.*manifest\.json not found\)/],
      [["run", ...pholdArgs, "--checkpoint-every", "10", "--reps", "2", "--out", dir],
        /--checkpoint-every: checkpoints one run; leave out --reps/],
      [["run", ...pholdArgs, "--checkpoint-every", "10", "--checkpoint-every-s", "1", "--out", dir],
        /give either --checkpoint-every/],
      [["run", ...pholdArgs, "--on-worker-loss", "resume", "--workers", "2", "--out", dir],
        /--on-worker-loss resume: a run resumes from its last checkpoint/],
      [["run", ...pholdArgs, "--on-worker-loss", "maybe", "--out", dir], /--on-worker-loss must be abort or resume/],
      [["run", ...pholdArgs, "--checkpoint-every-s", "0", "--out", dir],
        /--checkpoint-every-s must be a number of seconds/],
      [["resume", dir, "--workers", "2"], /--workers: resumes over NATS; give --run-id/],
    ];
    for (const [args, re] of cases) {
      const r = await irqscale(args);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(r.stderr).not.toMatch(noStack);
    }
    expect(existsSync(join(dir, "result.json"))).toBe(false);
    // A cut that does not match its manifest's SHA-256, and a manifest of another build.
    const ok = join(tmp, "tampered");
    const c = new Cli(["run", "--model", "phold", "--seed", "7", "--set", "phold.minDelayNs=1000", "--set",
      "phold.endNs=40000000", "--partitions", "2", "--checkpoint-every", "2000", "--out", ok, "--quiet"]);
    started.push(c);
    const mpath = join(ok, "checkpoint", "manifest.json");
    for (let i = 0; i < 600 && !existsSync(mpath); i++) await new Promise((res) => setTimeout(res, 50));
    c.signal("SIGKILL");
    await c.exited;
    const m = JSON.parse(readFileSync(mpath, "utf8")) as {
      parts: { name: string; sha256: string }[]; run: { build: { codeHash: string } };
    };
    const cutPath = join(ok, "checkpoint", m.parts[0]!.name);
    writeFileSync(cutPath, readFileSync(cutPath, "utf8").replace(/"seq":(\d)/, '"seq":9$1'));
    let r = await irqscale(["resume", ok]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`checkpoint ${cutPath.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: `
      + `its SHA-256 is not the`));
    m.run.build.codeHash = "0000000000000000";
    writeFileSync(mpath, JSON.stringify(m));
    r = await irqscale(["resume", ok]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the checkpoint was taken by build \S+ \(code 0000000000000000\); this is build/);
    expect(r.stderr).not.toMatch(noStack);
  }, 120_000);
});
