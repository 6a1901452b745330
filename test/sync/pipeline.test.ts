import { describe, expect, it } from "vitest";
import { runLocal } from "../../shared/run/local.js";
import { subjects } from "../../shared/sync/subjects.js";
import { decodeControl, encodeBatch, irqscale } from "../../shared/sync/codec.js";
import { resolveConfig } from "../../shared/config/load.js";
import { ConfigError } from "../../shared/kernel/errors.js";
import { PartitionEngine } from "../../shared/kernel/engine.js";
import { PartitionRunner } from "../../shared/sync/partition-runner.js";
import { MemoryBus } from "../../shared/transport/memory.js";
import { pingPong, tinyConfig } from "../support/tiny-model.js";
import { startManualRun } from "../support/manual-run.js";

interface SyncSection { pipelineDepth: number; windowNs: number | null; lookaheadNs: number | null }

describe("pipelined windows", () => {
  it("give the digest of one partition at every depth, with windows of lookahead / depth", async () => {
    const rc = resolveConfig({ model: "phold", seed: 5, sets: ["phold.actors=48", "phold.groups=6", "phold.minDelayNs=1000", "phold.endNs=40000"] });
    const solo = await runLocal(rc);
    for (const partitions of [2, 3]) {
      for (const depth of [1, 2, 3, 4]) {
        const r = await runLocal(rc, { partitions, pipelineDepth: depth });
        expect(r.digest, `${partitions} partitions, depth ${depth}`).toBe(solo.digest);
        expect(r.events).toBe(solo.events);
        const s = r.sync as SyncSection;
        expect(s.pipelineDepth).toBe(depth);
        expect(s.windowNs).toBe(Math.floor(1000 / depth));
        // PHOLD keeps every partition busy: no idle time to skip, so one window per width.
        if (depth > 1) expect(r.windows).toBe(Math.ceil(40000 / s.windowNs!));
      }
    }
  });

  it("skip idle time as soon as the batches of window k - depth show nothing pending before a later time", async () => {
    // Hops at 1, 2, ..., 9 ms over a 1 us link; at depth d a window lasts 1000/d ns. The hop of window
    // h sends the next one, so window h's batch says "next event 1 ms later", and window h + d (the
    // first to see that batch) starts there: d windows per hop, and d after window 0 before the first.
    // After the ninth hop, window 10·d would start at 10 ms, the end: the run stops there.
    for (const depth of [1, 2, 4]) {
      const r = await runLocal(tinyConfig(pingPong(1_000_000, 1000, 10_000_000)), { partitions: 2, pipelineDepth: depth });
      expect(r.windows, `depth ${depth}`).toBe(10 * depth);
      expect(r.events).toBe(9);
      expect(r.messages).toEqual({ sent: 10, pendingAtEnd: 1, crossPartition: 10 });
    }
  });

  it("let a partition run depth - 1 windows ahead of a peer that has sent nothing, and no further", async () => {
    const depth = 3;
    const run = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2, "test-run", { depth });
    run.runners[1]!.detach(); // the test speaks for partition 1 and holds its batches back
    const ran: number[] = [];
    run.bus.subscribe(subjects.done, (d) => {
      const r = decodeControl.windowDone(d);
      if (r.partition === 0) ran.push(r.window);
    });
    const settle = async (): Promise<void> => { for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r)); };
    await settle();
    expect(ran).toEqual([0, 1, 2]);
    // Partition 1's batch of window 0 (nothing pending before 1500 ns) releases exactly one more window.
    run.bus.publish(subjects.batch(0), encodeBatch("test-run", 0, 1, 0, [], Infinity));
    await settle();
    expect(ran).toEqual([0, 1, 2, 3]);
    expect(run.runners[0]!.window).toBe(3);
  });

  it("a batch for a window more than depth ahead of the receiver aborts the run", async () => {
    const run = startManualRun(tinyConfig(pingPong(1500, 1000, 300_000)), 2, "test-run", { depth: 2 });
    run.runners[0]!.detach();
    run.bus.publish(subjects.batch(1), encodeBatch("test-run", 5, 0, 1, [], 5000));
    await expect(run.outcome).rejects.toThrow(/partition 1: batch from partition 0 for future window 5 arrived before this partition ran a window, 2 windows deep/);
  });

  it("a window 0 whose bounds do not follow from the announced lookahead and depth aborts the run", async () => {
    const rc = tinyConfig(pingPong(1500, 1000, 300_000));
    const sim = rc.model.build(rc.config);
    const bus = new MemoryBus();
    const partitionOf = Int32Array.from([0, 1]);
    for (let p = 0; p < 2; p++) new PartitionRunner(new PartitionEngine(rc.model.build(rc.config).instance, p, partitionOf, 2, 1), sim, bus, "solo", "test").attach();
    const aborts: string[] = [];
    bus.subscribe(subjects.abort, (d) => aborts.push(decodeControl.abort(d).cause));
    bus.publish(subjects.window, irqscale.WindowStart.encode({ runId: "solo", window: 0, start: 0, end: 1000, lookahead: 1000, depth: 4 }).finish());
    while (aborts.length === 0) await new Promise((r) => setImmediate(r));
    expect(aborts[0]).toMatch(/partition 0: window 0 start announces window \[0, 1000\), but lookahead 1000 ns over 4 windows makes it \[0, 250\)/);
  });

  it("a depth that makes windows narrower than 1 ns is refused before the run, naming the flag", async () => {
    const spec = tinyConfig(pingPong(1500, 1000, 300_000));
    await expect(runLocal(spec, { partitions: 2, pipelineDepth: 1001 })).rejects.toThrow(ConfigError);
    await expect(runLocal(spec, { partitions: 2, pipelineDepth: 1001 })).rejects.toThrow(/--pipeline-depth 1001: the lookahead is 1000 ns, so windows would be under 1 ns wide; use at most 1000/);
    await expect(runLocal(spec, { partitions: 2, pipelineDepth: 0 })).rejects.toThrow(/--pipeline-depth: expected a positive integer, got 0/);
    expect((await runLocal(spec, { partitions: 2, pipelineDepth: 1000 })).windows).toBeGreaterThan(0);
  });
});
