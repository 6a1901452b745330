import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NatsConnection } from "@nats-io/transport-node";
import { resolveConfig, type ResolvedConfig } from "../../shared/config/load.js";
import { ConfigError, SimError } from "../../shared/kernel/errors.js";
import { presets } from "../../shared/model/registry.js";
import { runLocal } from "../../shared/run/local.js";
import { runPointsOverNats } from "../../shared/run/nats-farm.js";
import { workerSubject } from "../../shared/run/nats-pool.js";
import { irqscale } from "../../shared/sync/codec.js";
import { connectNats } from "../../shared/transport/nats.js";
import { processesCpuMs, runDistributed } from "../../services/coordinator/coordinator.js";
import { Worker } from "../../services/worker/worker.js";
import { startTestNats, type TestNats } from "../support/nats.js";
import { resultSchemaErrors } from "../support/result-schema.js";
import type { ChromeTrace } from "../../shared/stats/trace.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "services/cli/main.ts"); // the sources, under tsx

// PHOLD short enough to stay fast, with a 1000 ns link so that cuts pass the default minimum lookahead.
const PHOLD = ["phold.minDelayNs=1000", "phold.endNs=300000"];
const phold = (seed = 7, extra: string[] = []): ResolvedConfig => resolveConfig({ model: "phold", sets: [...PHOLD, ...extra], seed });

interface Sync { transport: string; syncShare: number | null; coordinatorCpuMs: number; perWorker: { worker: string; partitions: number[]; busyMs: number; cpuMs: number; wallMs: number; bytesSent: number }[]; bytesPerWorker: Record<string, number>; eventsPerWindow: number; lookaheadNs: number | null; waitMsPerPartition: number[] }

function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ["--import", "tsx", CLI, ...args],
      { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    p.stdout.setEncoding("utf8").on("data", (s: string) => { stdout += s; });
    p.stderr.setEncoding("utf8").on("data", (s: string) => { stderr += s; });
    p.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const alive = (pid: number): boolean => { try { process.kill(pid, 0); return true; } catch { return false; } };

async function startWorkers(url: string, names: string[], opts: { coordinatorPingMs?: number } = {}): Promise<Worker[]> {
  const out: Worker[] = [];
  for (const name of names) {
    const w = new Worker(await connectNats({ url, name }), { name, ...opts });
    await w.start();
    out.push(w);
  }
  return out;
}
async function stopWorkers(ws: Worker[]): Promise<void> {
  for (const w of ws) { await w.stop().catch(() => undefined); if (!w.nc.isClosed()) await w.nc.close(); }
}

describe("CPU time of a distributed run", () => {
  it("sums distinct processes and counts a process hosting several workers (or the coordinator) once", () => {
    expect(processesCpuMs([
      { host: "a", pid: 1, cpuMs: 100 }, { host: "a", pid: 2, cpuMs: 50 }, { host: "b", pid: 1, cpuMs: 30 },
      { host: "a", pid: 1, cpuMs: 120 },
    ])).toBe(120 + 50 + 30);
    expect(processesCpuMs([{ host: "a", pid: 1, cpuMs: NaN }, { host: "a", pid: 2, cpuMs: 5 }])).toBe(5);
  });
});

describe("distributed runs over NATS", () => {
  let nats: TestNats;
  let workers: Worker[] = [];
  const solo = new Map<string, Record<string, unknown>>();
  const soloOf = async (key: string, rc: ResolvedConfig): Promise<Record<string, unknown>> => {
    let r = solo.get(key);
    if (!r) solo.set(key, (r = await runLocal(rc, { partitions: 1 })));
    return r;
  };

  beforeAll(async () => {
    nats = await startTestNats();
    workers = await startWorkers(nats.url, ["w0", "w1", "w2"]);
  });
  afterAll(async () => {
    await stopWorkers(workers);
    await nats?.stop();
  });

  it("PHOLD: one digest in process, with 4 partitions in memory, and with 1, 2 and 3 NATS workers", async () => {
    const rc = phold();
    const one = await soloOf("phold7", rc);
    const mem4 = await runLocal(rc, { partitions: 4 });
    expect(mem4.digest).toBe(one.digest);
    for (const local of [one, mem4]) {
      expect(local.cpuMs).toBeGreaterThan(0);
      expect(local.cpuMs).toBeLessThanOrEqual((local.wallMs as number) * availableParallelism() + 1);
    }
    for (const n of [1, 2, 3]) {
      const r = await runDistributed(rc, { natsUrl: nats.url, workers: n, waitMs: 10_000 });
      expect(r.digest, `${n} workers`).toBe(one.digest);
      expect(r.events).toBe(one.events);
      expect(r.workers).toBe(n);
      expect(r.partitions).toBe(n);
      const s = r.sync as Sync;
      expect(s.transport).toBe("nats");
      expect(s.perWorker.map((w) => w.partitions).flat().sort()).toEqual([...Array(n).keys()]);
      expect(Object.keys(s.bytesPerWorker)).toHaveLength(n);
      expect(s.perWorker.every((w) => w.bytesSent > 0 && w.busyMs > 0)).toBe(true);
      // CPU time: a worker's process over its span, which no process can exceed on this machine's cores;
      // these workers share this one process with the coordinator, so the run counts it once.
      for (const w of s.perWorker) {
        expect(w.cpuMs).toBeGreaterThan(0);
        expect(w.cpuMs).toBeLessThanOrEqual(w.wallMs * availableParallelism() + 1);
      }
      expect(Math.abs((r.cpuMs as number) - Math.max(s.coordinatorCpuMs, ...s.perWorker.map((w) => w.cpuMs)))).toBeLessThanOrEqual(1);
      if (n > 1) {
        expect(s.lookaheadNs).toBe(1000);
        // Over NATS, windows of half a lookahead by default.
        expect(s).toMatchObject({ pipelineDepth: 2, windowNs: 500 });
        expect(r.windows as number).toBeGreaterThan(100);
        expect(s.syncShare).toBeGreaterThan(0);
        expect(s.syncShare).toBeLessThan(1);
        // Every partition waited for its peers at some barrier, and never longer than the run.
        expect(s.waitMsPerPartition).toHaveLength(n);
        for (const w of s.waitMsPerPartition) {
          expect(w).toBeGreaterThan(0);
          expect(w).toBeLessThan(r.wallMs as number);
        }
      }
    }
    // Lockstep windows of a whole lookahead, and a pipeline 4 windows deep: the same digest.
    for (const depth of [1, 4]) {
      const piped = await runDistributed(rc, { natsUrl: nats.url, workers: 3, pipelineDepth: depth, waitMs: 10_000 });
      expect(piped.digest, `3 workers, depth ${depth}`).toBe(one.digest);
      expect((piped.sync as Sync & { windowNs: number }).windowNs).toBe(1000 / depth);
    }
    expect(workers.every((w) => w.status === "idle")).toBe(true);
  });

  it("engine=xstate: a shortened rack and PHOLD give the compiled in-process digest on 1-3 NATS workers", async () => {
    const rackSets = ["host.count=3", "sim.warmupMs=0.05", "sim.durationMs=0.1"];
    const rack = (engine: string) =>
      resolveConfig({ preset: "rack", sets: [...rackSets, `engine=${engine}`], seed: 5 });
    const pholdX = resolveConfig({ model: "phold", sets: [...PHOLD, "engine=xstate"], seed: 7 });
    const one = await runLocal(rack("compiled"));
    const pholdOne = await soloOf("phold7", phold());
    for (const n of [1, 2, 3]) {
      const r = await runDistributed(rack("xstate"), { natsUrl: nats.url, workers: n, waitMs: 10_000 });
      expect(r.digest, `rack, xstate, ${n} workers`).toBe(one.digest);
      expect(r.events).toBe(one.events);
      const p = await runDistributed(pholdX, { natsUrl: nats.url, workers: n, waitMs: 10_000 });
      expect(p.digest, `PHOLD, xstate, ${n} workers`).toBe(pholdOne.digest);
    }
  }, 120_000);

  it("several partitions per worker, and an explicit partition map, give the same digest", async () => {
    const rc = phold();
    const one = await soloOf("phold7", rc);
    const four = await runDistributed(rc, { natsUrl: nats.url, workers: 2, partitions: 4, waitMs: 10_000 });
    expect(four.digest).toBe(one.digest);
    expect((four.sync as Sync).perWorker.map((w) => w.partitions)).toEqual([[0, 1], [2, 3]]);
    const map = Int32Array.from([1, 0, 1, 0, 2, 2, 0, 1]);
    const mapped = await runDistributed(rc, { natsUrl: nats.url, workers: 3, partitionMap: map, waitMs: 10_000 });
    expect(mapped.digest).toBe(one.digest);
    expect((mapped.sync as Sync & { partitionMap: number[] }).partitionMap).toEqual([...map]);
  });

  it("two runs at the same time on one server both finish with their solo digests", async () => {
    const a = phold(7), b = phold(8, ["phold.remoteShare=0.5"]);
    const [soloA, soloB] = [await soloOf("phold7", a), await soloOf("phold8", b)];
    expect(soloA.digest).not.toBe(soloB.digest);
    const [ra, rb] = await Promise.all([
      runDistributed(a, { natsUrl: nats.url, workers: 1, partitions: 2, waitMs: 20_000 }),
      runDistributed(b, { natsUrl: nats.url, workers: 2, waitMs: 20_000 }),
    ]);
    expect(ra.digest).toBe(soloA.digest);
    expect(rb.digest).toBe(soloB.digest);
    expect(ra.runId).not.toBe(rb.runId);
  });

  it("rejects a cut link below the minimum lookahead, naming it and the fix", async () => {
    const rc = resolveConfig({ model: "phold", sets: ["phold.endNs=300000"], seed: 7 }); // minDelayNs 500
    const err = await runDistributed(rc, { natsUrl: nats.url, workers: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/cut link phold group link has latency 500 ns, below the minimum 1000 ns \(--min-lookahead-ns\)/);
    expect((err as Error).message).toMatch(/fix: keep both ends of that link in one partition/);
    // Lowering the minimum is the user's explicit choice.
    const ok = await runDistributed(resolveConfig({ model: "phold", sets: ["phold.endNs=50000"], seed: 7 }), { natsUrl: nats.url, workers: 2, minLookaheadNs: 500, waitMs: 10_000 });
    expect(ok.digest).toBe((await runLocal(resolveConfig({ model: "phold", sets: ["phold.endNs=50000"], seed: 7 }))).digest);
  });

  it("farms sweep points to the workers through the queue group", async () => {
    const rcs = [phold(7), phold(8, ["phold.remoteShare=0.5"]), phold(9)];
    const seen: number[] = [];
    const out = await runPointsOverNats(rcs.map((r) => ({ config: r.config })), nats.url, { onPoint: (i) => seen.push(i) });
    expect(seen.sort()).toEqual([0, 1, 2]);
    for (let i = 0; i < rcs.length; i++) {
      const o = out[i]!;
      expect(o.ok, JSON.stringify(o)).toBe(true);
      if (!o.ok) continue;
      expect(["w0", "w1", "w2"]).toContain(o.worker);
      expect(o.result.digest).toBe((await soloOf(`phold${[7, 8, 9][i]}`, rcs[i]!)).digest);
    }
    const bad = await runPointsOverNats([{ config: { model: "nosuch", seed: 1 } }], nats.url);
    expect(bad[0]).toMatchObject({ ok: false, kind: "ConfigError" });
    expect(workers.every((w) => w.status === "idle")).toBe(true);
  });

  it("`irqscale sweep --nats` farms its points to the registered workers", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "irq-sweep-")), "s");
    const r = await cli(["sweep", "--model", "phold", ...PHOLD.flatMap((s) => ["--set", s]), "--vary", "seed=7,8", "--nats", nats.url, "--out", dir, "--no-report", "--progress", "none"]);
    expect(r.code, r.stderr).toBe(0);
    const csv = readFileSync(join(dir, "sweep.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
    expect(csv.map((c) => c[2])).toEqual([(await soloOf("phold7", phold(7))).digest,
      (await runLocal(phold(8))).digest]);
  }, 30_000);

  const netCases = presets.paper && presets.rack ? it : it.skip;
  netCases("network model: paper at 8 vCPUs in both modes and a shortened rack give one digest in process, in memory and over NATS", async () => {
    for (const mode of ["sq-spi", "mq-msi"]) {
      const rc = resolveConfig({ preset: "paper", sets: ["vm.vcpus=8", `vm.net.mode=${mode}`, "sim.warmupMs=1", "sim.durationMs=4"], seed: 3 });
      const one = await runLocal(rc);
      const nats1 = await runDistributed(rc, { natsUrl: nats.url, workers: 1, waitMs: 10_000 });
      expect(nats1.digest, `paper ${mode}`).toBe(one.digest);
      expect(one.events as number).toBeGreaterThan(1000);
    }
    const rack = resolveConfig({ preset: "rack", sets: ["host.count=4", "sim.warmupMs=0.05", "sim.durationMs=0.1"], seed: 3 });
    const one = await runLocal(rack);
    const mem4 = await runLocal(rack, { partitions: 4 });
    expect(mem4.digest).toBe(one.digest);
    // Traced too: every worker records its partitions' part of the window, and the merged trace is
    // the one the same run draws in one process.
    const window = { fromNs: 60_000, toNs: 90_000 };
    const traces: ChromeTrace[] = [];
    const trace = { window, done: (t: ChromeTrace) => { traces.push(t); } };
    await runLocal(rack, { trace });
    const over = await runDistributed(rack, { natsUrl: nats.url, workers: 2, partitions: 4, waitMs: 10_000, trace });
    expect(over.digest, "rack over NATS").toBe(one.digest);
    expect(traces).toHaveLength(2);
    expect(traces[0]!.traceEvents.length).toBeGreaterThan(1000);
    expect(Object.keys(traces[0]!.otherData.flows)).toEqual(expect.arrayContaining(["msi", "lpi", "cpu-req"]));
    expect(JSON.stringify(traces[1]), "trace over NATS").toBe(JSON.stringify(traces[0]));
    const piped = await runDistributed(rack, { natsUrl: nats.url, workers: 3, pipelineDepth: 3, waitMs: 10_000 });
    expect(piped.digest, "rack over NATS, depth 3").toBe(one.digest);
    // NIC TX DMA 1000 ns + a 4-packet response of 512 bytes each at 10 Gb/s (1638 ns) + switch 2000 ns + NIC RX DMA 1000 ns.
    expect((over.sync as Sync).lookaheadNs).toBe(5638);
  });

  it("lpi-stress and a 64-vCPU VM give one digest in process and over NATS", async () => {
    const lpi = resolveConfig({ preset: "lpi-stress", sets: ["vm.vcpus=16", "stress.devices=0", "host.kernel=5.4",
      "host.spinlock=ticket", "host.topology=kunpeng920", "host.pcpus=64", "vm.pinning=spread",
      "sim.durationMs=0.2"] });
    const one = await runLocal(lpi);
    expect((one.lpi as { signals: number }).signals).toBeGreaterThan(100);
    expect((await runDistributed(lpi, { natsUrl: nats.url, workers: 1, waitMs: 10_000 })).digest).toBe(one.digest);
    const big = resolveConfig({ preset: "paper", sets: ["vm.vcpus=64", "host.pcpus=80", "vm.net.mode=mq-msi",
      "workload.connections=256", "sim.warmupMs=0.5", "sim.durationMs=0.5"] });
    const local = await runLocal(big);
    expect(local.events as number).toBeGreaterThan(10_000);
    expect((await runDistributed(big, { natsUrl: nats.url, workers: 1, waitMs: 20_000 })).digest).toBe(local.digest);
  }, 60_000);

  it("floods, streams, native and assigned delivery, and every mitigation give one digest in process and on 2 NATS "
    + "workers",
    async () => {
      const two = ["host.count=2", "sim.warmupMs=0.3", "sim.durationMs=0.6"];
      const configs: [string, string[]][] = [
        ["flood", [...two, "workload.ratePerSec=300000"]],
        ["stream", [...two, "workload.direction=tx"]],
        ["paper", [...two, "vm.vcpus=4", "vm.net.mode=vf-passthrough", "kvm.wfiTrapPolicy=trap"]],
        ["paper", [...two, "vm.vcpus=4", "vm.net.mode=native"]],
        ["paper", [...two, "vm.vcpus=4", "vm.net.mode=mq-msi", "workload.connections=8", "guest.coalesce.rxUsecs=20",
          "guest.dim=true", "guest.busyPollUs=30", "host.vhostPollUs=20", "host.kernel=6.10", "gic.vsgi=true"]],
      ];
      for (const [preset, sets] of configs) {
        const rc = resolveConfig({ preset, sets });
        const local = await runLocal(rc);
        expect(local.events as number, sets.join(" ")).toBeGreaterThan(300);
        const remote = await runDistributed(rc, { natsUrl: nats.url, workers: 2, waitMs: 10_000 });
        expect(remote.digest, `${preset} ${sets.join(" ")}`).toBe(local.digest);
        expect(remote.partitions).toBe(2);
      }
    }, 90_000);

  it("`irqscale coordinator` drives registered workers, among them an `irqscale worker` process", async () => {
    const dir = mkdtempSync(join(tmpdir(), "irq-coord-"));
    const worker = spawn(process.execPath,
      ["--import", "tsx", CLI, "worker", "--nats", nats.url, "--name", "proc-w", "--max-runs", "1"],
      { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let wErr = "";
    worker.stderr.setEncoding("utf8").on("data", (s: string) => { wErr += s; });
    const workerExit = new Promise<number | null>((res) => worker.on("exit", (c) => res(c)));
    try {
      // Keep the in-process workers out of this run so that the process worker takes part.
      for (const w of workers.slice(1)) await w.stop();
      const traceFile = join(dir, "trace.json");
      const r = await cli(["coordinator", "--nats", nats.url, "--workers", "2", "--model", "phold", "--seed", "7", ...PHOLD.flatMap((s) => ["--set", s]), "--json", "--out", dir,
        "--trace", traceFile, "--trace-window", "0.1..0.2"]);
      expect(r.code, r.stderr + wErr).toBe(0);
      let local: ChromeTrace | undefined;
      await runLocal(phold(), { trace: { window: { fromNs: 100_000, toNs: 200_000 }, done: (t) => { local = t; } } });
      expect(JSON.parse(readFileSync(traceFile, "utf8"))).toEqual(local);
      const res = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(res.digest).toBe((await soloOf("phold7", phold())).digest);
      expect(Object.keys((res.sync as Sync).bytesPerWorker).sort()).toEqual(["proc-w", "w0"]);
      expect(JSON.parse(readFileSync(join(dir, "result.json"), "utf8")).digest).toBe(res.digest);
      expect(await workerExit).toBe(0);
    } finally {
      if (worker.exitCode === null) worker.kill("SIGTERM");
      for (const w of workers.slice(1)) if (w.status === "stopped") await w.nc.close();
      workers = [workers[0]!, ...(await startWorkers(nats.url, ["w1", "w2"]))];
    }
  }, 40_000);
});

describe("failures over NATS", () => {
  let nats: TestNats;
  beforeAll(async () => { nats = await startTestNats(); });
  afterAll(async () => { await nats?.stop(); });

  it("a worker whose connection is lost aborts the run with its name; the other worker is idle again", async () => {
    const ws = await startWorkers(nats.url, ["keep", "lost"]);
    try {
      const rc = phold(7, ["phold.endNs=20000000"]);
      const t0 = Date.now();
      let closed = false;
      const err = await runDistributed(rc, {
        natsUrl: nats.url, workers: 2, waitMs: 10_000, pingMs: 200,
        onWindow: (w) => { if (w >= 30 && !closed) { closed = true; void ws[1]!.nc.close(); } },
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SimError);
      expect((err as Error).message).toMatch(/worker lost \(.* pid \d+\) stopped answering: its NATS connection is gone/);
      expect(Date.now() - t0).toBeLessThan(15_000);
      for (let i = 0; i < 100 && ws[0]!.status !== "idle"; i++) await new Promise((r) => setTimeout(r, 20));
      expect(ws[0]!.status).toBe("idle");
    } finally {
      await stopWorkers(ws);
    }
  });

  it("a worker whose coordinator disappears drops the run and is idle again", async () => {
    const [w] = await startWorkers(nats.url, ["orphan"], { coordinatorPingMs: 100 });
    const nc: NatsConnection = await connectNats({ url: nats.url });
    try {
      const rc = phold();
      const claim = await nc.request(workerSubject(w!.id, "claim"), irqscale.Claim.encode({ runId: "ghost", coordinator: "x", ttlMs: 5000 }).finish(), { timeout: 2000 });
      expect(irqscale.ClaimReply.decode(claim.data).ok).toBe(true);
      expect(w!.status).toBe("claimed");
      const spec = irqscale.RunSpec.encode({
        runId: "ghost", configJson: JSON.stringify(rc.config), partitions: 2, workerPartitions: [0, 1], worker: "orphan",
        partitionOfGroup: [0, 0, 0, 0, 1, 1, 1, 1], coordinator: "irqscale.ghost.ctl.coordinator",
      }).finish();
      const ready = irqscale.RunReady.decode((await nc.request(workerSubject(w!.id, "spec"), spec, { timeout: 5000 })).data);
      expect(ready.ok).toBe(true);
      expect(w!.status).toBe("running");
      for (let i = 0; i < 100 && w!.status !== "idle"; i++) await new Promise((r) => setTimeout(r, 20));
      expect(w!.status).toBe("idle");
      // A spec it cannot build is refused with the reason, and the worker stays available.
      const claim2 = await nc.request(workerSubject(w!.id, "claim"), irqscale.Claim.encode({ runId: "bad", coordinator: "x", ttlMs: 5000 }).finish(), { timeout: 2000 });
      expect(irqscale.ClaimReply.decode(claim2.data).ok).toBe(true);
      const badSpec = irqscale.RunSpec.encode({ runId: "bad", configJson: JSON.stringify({ ...rc.config, phold: { ...rc.config.phold as object, actors: -1 } }), partitions: 1, workerPartitions: [0], partitionOfGroup: [0, 0, 0, 0, 0, 0, 0, 0] }).finish();
      const refused = irqscale.RunReady.decode((await nc.request(workerSubject(w!.id, "spec"), badSpec, { timeout: 5000 })).data);
      expect(refused.ok).toBe(false);
      expect(refused.configError).toBe(true);
      expect(refused.error).toMatch(/config\.phold\.actors/);
      expect(w!.status).toBe("idle");
      // So is a trace window outside the run.
      const claim3 = await nc.request(workerSubject(w!.id, "claim"), irqscale.Claim.encode({ runId: "bad-trace", coordinator: "x", ttlMs: 5000 }).finish(), { timeout: 2000 });
      expect(irqscale.ClaimReply.decode(claim3.data).ok).toBe(true);
      const badTrace = irqscale.RunSpec.encode({ runId: "bad-trace", configJson: JSON.stringify(rc.config), partitions: 1, workerPartitions: [0], partitionOfGroup: [0, 0, 0, 0, 0, 0, 0, 0], traceFromNs: 1000, traceToNs: 1e12 }).finish();
      const noTrace = irqscale.RunReady.decode((await nc.request(workerSubject(w!.id, "spec"), badTrace, { timeout: 5000 })).data);
      expect(noTrace).toMatchObject({ ok: false, configError: true });
      expect(noTrace.error).toContain("run spec: trace window [1000, 1000000000000) ns");
      expect(w!.status).toBe("idle");
    } finally {
      await nc.close();
      await stopWorkers([w!]);
    }
  });

  it("`irqscale run --workers 2` starts a private nats-server and 2 worker processes, and stops them all", async () => {
    const dir = mkdtempSync(join(tmpdir(), "irq-run-"));
    const r = await cli(["run", "--model", "phold", "--seed", "7", ...PHOLD.flatMap((s) => ["--set", s]), "--workers", "2", "--json", "--verbose", "--out", dir]);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(res.digest).toBe((await runLocal(phold())).digest);
    expect(res.workers).toBe(2);
    expect((res.sync as Sync).transport).toBe("nats");
    expect(resultSchemaErrors(res)).toEqual([]);
    const pids = [...r.stderr.matchAll(/(?:started nats-server pid|started worker \S+ pid) (\d+)/g)].map((m) => Number(m[1]));
    expect(pids).toHaveLength(3);
    await new Promise((res) => setTimeout(res, 100));
    expect(pids.filter(alive)).toEqual([]);
    // A partitioning below the minimum lookahead is refused before anything starts: exit 2.
    const bad = await cli([
      "run", "--model", "phold", "--set", "phold.endNs=300000", "--workers", "2", "--out", join(dir, "bad"),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cut link phold group link has latency 500 ns/);
  }, 40_000);
});
