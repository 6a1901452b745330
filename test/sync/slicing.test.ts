// Sliced windows and the run token, in memory. A worker over NATS pauses a window after SLICE_MS of
// wall time so that its event loop answers heartbeats; the pause must not change a single event:
// here every window pauses as often as the engine allows (every 4,096 events, sliceMs 0), and each
// actor's digest lane equals that of the same partitions run unsliced. Messages of the run without
// its token (a forged abort or window start) are ignored and the run goes on.
import { describe, expect, it } from "vitest";
import { resolveConfig, type ResolvedConfig } from "../../shared/config/load.js";
import { PartitionEngine } from "../../shared/kernel/engine.js";
import { actorPartitions } from "../../shared/kernel/simulation.js";
import { planPartitions } from "../../shared/run/local.js";
import { irqscale } from "../../shared/sync/codec.js";
import { Coordinator, type SyncOutcome } from "../../shared/sync/coordinator.js";
import { PartitionRunner, type PartitionRunnerOptions } from "../../shared/sync/partition-runner.js";
import { subjects } from "../../shared/sync/subjects.js";
import { MemoryBus } from "../../shared/transport/memory.js";

interface Wired { bus: MemoryBus; runners: PartitionRunner[]; outcome: Promise<SyncOutcome>; logs: string[] }

function wire(rc: ResolvedConfig, partitions: number, runner: PartitionRunnerOptions, token = runner.token): Wired {
  const sim = rc.model.build(rc.config);
  const pog = planPartitions(sim, partitions);
  const partitionOf = actorPartitions(sim, pog);
  const bus = new MemoryBus();
  const logs: string[] = [];
  const runners = Array.from({ length: partitions }, (_x, p) => {
    const own = rc.model.build(rc.config);
    const engine = new PartitionEngine(own.instance, p, partitionOf, partitions, rc.config.seed);
    const r = new PartitionRunner(engine, own, bus, "sliced", "test", { ...runner, log: (l) => logs.push(l) });
    r.attach();
    return r;
  });
  const c = new Coordinator(bus, "sliced", partitions, sim.lookahead(pog).ns, sim.endNs, {
    token, log: (l) => logs.push(l),
  });
  return { bus, runners, outcome: c.run(), logs };
}

const lanes = (o: SyncOutcome): string[] =>
  o.finals.flatMap((f) => f.digests).sort((a, b) => a.actor - b.actor).map((d) => `${d.actor}:${d.h1}.${d.h2}`);

describe("sliced windows", () => {
  it("a window paused every 4,096 events runs the same events in the same order (rack, 2 partitions)", async () => {
    const rc = resolveConfig({ preset: "rack", sets: ["sim.warmupMs=0.02", "sim.durationMs=0.2"] });
    const plain = await wire(rc, 2, {}).outcome;
    const sliced = wire(rc, 2, { sliceMs: 0 });
    const o = await sliced.outcome;
    // The engine asks at every 4,096th event of a partition, and with sliceMs 0 each ask is a pause.
    const pauses = sliced.runners.map((r) => r.pauses);
    expect(pauses).toEqual(o.finals.map((f) => Math.floor(f.stats.events / 4096)));
    expect(Math.min(...pauses)).toBeGreaterThan(3);
    expect(lanes(o)).toEqual(lanes(plain));
    expect(o.windows).toBe(plain.windows);
    expect(o.finals.map((f) => f.pending)).toEqual(plain.finals.map((f) => f.pending));
  });

  it("one partition, one window for the whole run: sliced, the same digest lanes", async () => {
    const rc = resolveConfig({ model: "phold", seed: 3, sets: ["phold.endNs=200000"] });
    const plain = await wire(rc, 1, {}).outcome;
    const sliced = wire(rc, 1, { sliceMs: 0 });
    const o = await sliced.outcome;
    expect(o.windows).toBe(1);
    expect(sliced.runners[0]!.pauses).toBe(Math.floor(o.finals[0]!.stats.events / 4096));
    expect(sliced.runners[0]!.pauses).toBeGreaterThan(5);
    expect(lanes(o)).toEqual(lanes(plain));
  });

  it("a partition in a paused window yields the event loop: a timer fires between two slices", async () => {
    const rc = resolveConfig({ model: "phold", seed: 3, sets: ["phold.endNs=400000"] });
    const sliced = wire(rc, 1, { sliceMs: 0 });
    let ticks = 0;
    const t = setInterval(() => { ticks++; }, 0);
    await sliced.outcome;
    clearInterval(t);
    expect(sliced.runners[0]!.pauses).toBeGreaterThan(5);
    expect(ticks).toBeGreaterThan(2);
  });
});

describe("the run token", () => {
  const rc = resolveConfig({
    model: "phold", seed: 5, sets: ["phold.groups=2", "phold.minDelayNs=1000", "phold.endNs=100000"],
  });
  const abort = (cause: string, worker: string, token?: string): Uint8Array =>
    irqscale.Abort.encode({ runId: "sliced", cause, worker, actor: -1, time: -1, token }).finish();

  it("an abort without the run's token is ignored and logged, and the run ends with the digest of an undisturbed one",
    async () => {
    const reference = await wire(rc, 2, { token: "t0ken" }).outcome;
    const run = wire(rc, 2, { token: "t0ken" });
    run.bus.publish(subjects.abort, abort("forged", "x", "guess"));
    run.bus.publish(subjects.abort, abort("no token", "x"));
    const o = await run.outcome;
    expect(lanes(o)).toEqual(lanes(reference));
    // Both partitions and the coordinator each ignored both.
    expect(run.logs.filter((l) => /ignored an abort .*without the run's token/.test(l))).toHaveLength(6);
    expect(run.logs.join("\n")).toContain('cause given: "forged"');
  });

  it("an abort with the token ends the run, naming its cause", async () => {
    const run = wire(rc, 2, { token: "t0ken" });
    run.bus.publish(subjects.abort, abort("real", "w", "t0ken"));
    await expect(run.outcome).rejects.toThrow(/run aborted \(worker w\) in window 0: real/);
  });

  it("a second window start without the token is ignored, and the run ends normally", async () => {
    const run = wire(rc, 2, { token: "t0ken" });
    const start = irqscale.WindowStart.encode({ runId: "sliced", window: 0, start: 0, end: 500, lookahead: 1000 });
    run.bus.publish(subjects.window, start.finish());
    const o = await run.outcome;
    expect(o.finals).toHaveLength(2);
    const ignored = run.logs.filter((l) => /ignored a window start of run sliced without the run's token/.test(l));
    expect(ignored).toHaveLength(2);
  });
});
