import { describe, expect, it } from "vitest";
import { runLocal } from "../../shared/run/local.js";
import { subjects } from "../../shared/sync/subjects.js";
import { decodeControl, encodeBatch, irqscale } from "../../shared/sync/codec.js";
import { PartitionEngine } from "../../shared/kernel/engine.js";
import { actorPartitions } from "../../shared/kernel/simulation.js";
import { planPartitions } from "../../shared/run/local.js";
import { PartitionRunner } from "../../shared/sync/partition-runner.js";
import { MemoryBus } from "../../shared/transport/memory.js";
import { Coordinator } from "../../shared/sync/coordinator.js";
import { resolveConfig } from "../../shared/config/load.js";
import { pingPong, tinyConfig } from "../support/tiny-model.js";
import { actorDigests, startManualRun } from "../support/manual-run.js";

/** An in-memory bus whose connection can be closed: every publish then throws, as NATS's does. */
class ClosingBus extends MemoryBus {
  closed = false;
  override publish(subject: string, data: Uint8Array): void {
    if (this.closed) throw new Error("closed connection");
    super.publish(subject, data);
  }
}

describe("conservative windows", () => {
  it("skips idle time: one window per busy instant, not one per lookahead", async () => {
    // Hops at 1, 2, ..., 9 ms (10 ms is the end); the lookahead is 1 us, so without skip-ahead this
    // would take 10 000 windows. Window 0 starts the actors, windows 1..9 each handle one hop.
    const r = await runLocal(tinyConfig(pingPong(1_000_000, 1000, 10_000_000)), { partitions: 2 });
    expect(r.windows).toBe(10);
    expect(r.events).toBe(9);
    expect(r.messages).toEqual({ sent: 10, pendingAtEnd: 1, crossPartition: 10 });
    expect((r.sync as { lookaheadNs: number }).lookaheadNs).toBe(1000);
  });

  it("gives the same digest and per-actor digests in one partition or two", async () => {
    const spec = pingPong(1500, 1000, 300_000);
    const one = startManualRun(tinyConfig(spec), 1);
    const two = startManualRun(tinyConfig(spec), 2);
    const [o1, o2] = await Promise.all([one.outcome, two.outcome]);
    expect(o2.finals.map((f) => f.digests.map((d) => d.actor))).toEqual([[0], [1]]);
    expect(o1.finals[0]!.digests).toEqual([...o2.finals[0]!.digests, ...o2.finals[1]!.digests]);
    expect(one.engines[0]!.events).toBe(two.engines[0]!.events + two.engines[1]!.events);
  });

  it("a malformed batch on the wire aborts the run with a named cause", async () => {
    const run = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2);
    run.bus.publish(subjects.batch(1), Uint8Array.from([0x0a, 0x09, 0x74])); // runId field cut short
    await expect(run.outcome).rejects.toThrow(/run aborted \(worker test\).*partition 1: malformed batch \(3 bytes\)/);
    expect(run.runners.every((r) => r.stopped)).toBe(true);
  });

  it("a batch addressed to another partition aborts the run", async () => {
    const run = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2);
    run.bus.publish(subjects.batch(1), encodeBatch("test-run", 0, 0, 0, []));
    await expect(run.outcome).rejects.toThrow(/batch for partition 0 arrived at partition 1/);
  });

  it("batches of another run are ignored", async () => {
    const run = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2);
    run.bus.publish(subjects.batch(1), encodeBatch("other-run", 0, 0, 1, [{ time: 1, src: 0, seq: 0, dst: 1, event: { type: "phold", hops: 0 } }]));
    const o = await run.outcome;
    expect(o.finals).toHaveLength(2);
  });

  it("partitions advance on their peers' batches alone: after window 0 nobody waits for the coordinator", async () => {
    // Three PHOLD partitions and no Coordinator: one WindowStart, then only batches between peers.
    const rc = resolveConfig({ model: "phold", seed: 11, sets: ["phold.actors=24", "phold.groups=3", "phold.minDelayNs=1000", "phold.endNs=60000"] });
    const reference = await startManualRun(rc, 3).outcome;
    const sim = rc.model.build(rc.config);
    const pog = planPartitions(sim, 3);
    const partitionOf = actorPartitions(sim, pog);
    const bus = new MemoryBus();
    const finals: irqscale.FinalStats[] = [];
    const reports: number[] = [];
    bus.subscribe(subjects.final, (d) => finals.push(decodeControl.finalStats(d)));
    bus.subscribe(subjects.done, (d) => reports.push(decodeControl.windowDone(d).window));
    for (let p = 0; p < 3; p++) {
      const engine = new PartitionEngine(rc.model.build(rc.config).instance, p, partitionOf, 3, rc.config.seed);
      new PartitionRunner(engine, sim, bus, "solo", "test").attach();
    }
    const L = sim.lookahead(pog).ns;
    bus.publish(subjects.window, irqscale.WindowStart.encode({ runId: "solo", window: 0, start: 0, end: L, lookahead: L }).finish());
    while (finals.length < 3) await new Promise((r) => setImmediate(r));
    const digests = finals.sort((a, b) => a.partition - b.partition).flatMap((f) => f.digests.map((d) => `${d.actor}:${d.h1}.${d.h2}`));
    expect(digests).toEqual(reference.finals.flatMap((f) => f.digests.map((d) => `${d.actor}:${d.h1}.${d.h2}`)));
    expect(finals.every((f) => f.windows === reference.windows)).toBe(true);
    expect(reference.windows).toBeGreaterThan(20);
    // Every partition reported every window it ran, in order.
    expect(reports.length).toBe(3 * reference.windows);
  });

  it("throttled progress reports: window 0, then at most one per interval; the coordinator follows the slowest partition", async () => {
    const rc = resolveConfig({ model: "phold", seed: 11, sets: ["phold.actors=24", "phold.groups=3", "phold.minDelayNs=1000", "phold.endNs=60000"] });
    const every = startManualRun(rc, 3);
    const quiet = startManualRun(rc, 3, "quiet", { reportEveryMs: 1e9 });
    const reports: { partition: number; window: number }[] = [];
    quiet.bus.subscribe(subjects.done, (d) => { const r = decodeControl.windowDone(d); reports.push({ partition: r.partition, window: r.window }); });
    const [a, b] = await Promise.all([every.outcome, quiet.outcome]);
    expect(actorDigests(b)).toEqual(actorDigests(a));
    expect(b.windows).toBe(a.windows);
    // Every window reported by every partition: the coordinator saw each window complete in turn.
    expect(every.windowsSeen).toEqual(Array.from({ length: a.windows }, (_v, i) => i + 1));
    // An interval longer than the run: window 0 only, from each partition.
    expect(reports.sort((x, y) => x.partition - y.partition)).toEqual([0, 1, 2].map((partition) => ({ partition, window: 0 })));
    expect(quiet.windowsSeen).toEqual([1]);
  });

  it("a partition's first report for a window other than 0, or a report for a window it already reported, aborts the run", async () => {
    const run = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2, "test-run", { reportEveryMs: 1e9 });
    run.bus.publish(subjects.done, irqscale.WindowDone.encode({ runId: "test-run", window: 0, partition: 1, nextTime: 1 }).finish());
    await expect(run.outcome).rejects.toThrow(/coordinator: ctl\.done: partition 1 reported window 0 during window \d+; it already reported window 0/);
    const skip = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2, "test-run", { reportEveryMs: 1e9 });
    skip.runners[1]!.detach();
    skip.bus.publish(subjects.done, irqscale.WindowDone.encode({ runId: "test-run", window: 7, partition: 1, nextTime: 1 }).finish());
    await expect(skip.outcome).rejects.toThrow(/partition 1 reported window 7 during window 0; its first report is for window 0/);
  });

  it("a transport that fails every publish (a closed connection) stops the partitions without an uncaught error", async () => {
    const rc = resolveConfig({ model: "phold", seed: 11, sets: ["phold.actors=24", "phold.groups=3", "phold.minDelayNs=1000", "phold.endNs=60000"] });
    const sim = rc.model.build(rc.config);
    const partitionOf = actorPartitions(sim, planPartitions(sim, 2));
    const bus = new ClosingBus();
    const runners = [0, 1].map((p) => new PartitionRunner(new PartitionEngine(rc.model.build(rc.config).instance, p, partitionOf, 2, rc.config.seed), sim, bus, "closing", "test"));
    for (const r of runners) r.attach();
    bus.subscribe(subjects.done, (d) => { if (decodeControl.windowDone(d).window >= 0) bus.closed = true; });
    bus.publish(subjects.window, irqscale.WindowStart.encode({ runId: "closing", window: 0, start: 0, end: 1000, lookahead: 1000 }).finish());
    for (let i = 0; i < 50 && !runners.every((r) => r.stopped); i++) await new Promise((r) => setImmediate(r));
    expect(runners.every((r) => r.stopped)).toBe(true);
    expect(Math.max(...runners.map((r) => r.window))).toBeLessThan(3);
  });

  it("a coordinator whose connection is closed still fails the run with the cause it could not publish", async () => {
    const bus = new ClosingBus();
    const coordinator = new Coordinator(bus, "gone", 2, 1000, 1e6);
    const outcome = coordinator.run();
    bus.closed = true;
    coordinator.abort("coordinator lost its connection to NATS");
    await expect(outcome).rejects.toThrow(/run aborted in window 0: coordinator lost its connection to NATS/);
  });

  it("a peer's batch that puts its next event inside the window it closes aborts the run", async () => {
    const run = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2);
    run.runners[0]!.detach(); // the test speaks for partition 0
    run.bus.publish(subjects.batch(1), encodeBatch("test-run", 0, 0, 1, [], 10));
    await expect(run.outcome).rejects.toThrow(/partition 1: a peer's batch of window 0 \(ending at 1000 ns\) says its next event is at 10 ns, inside the window/);
  });

  it("a second batch from one peer for the same window aborts the run", async () => {
    const run = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2);
    run.bus.publish(subjects.batch(1), encodeBatch("test-run", 0, 0, 1, [], 5000));
    run.bus.publish(subjects.batch(1), encodeBatch("test-run", 0, 0, 1, [], 5000));
    await expect(run.outcome).rejects.toThrow(/partition 1: second batch from partition 0 for window 0/);
  });

  it("final statistics that claim fewer windows than the partition reported abort the run", async () => {
    const run = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2);
    let sent = false;
    run.bus.subscribe(subjects.done, (d) => {
      const r = decodeControl.windowDone(d);
      if (sent || r.partition !== 1 || r.window < 3) return;
      sent = true;
      run.bus.publish(subjects.final, irqscale.FinalStats.encode({ runId: "test-run", partition: 1, windows: 2, statsJson: "{}" }).finish());
    });
    await expect(run.outcome).rejects.toThrow(/coordinator: ctl\.final: partition 1 finished after 2 windows but reported window 3/);
  });
});
