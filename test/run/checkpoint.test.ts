// Checkpoints in one process: a run cut at window ends and resumed from any cut, with the same or
// another number of partitions, ends with the digest and the result of the run never interrupted.
import { describe, expect, it } from "vitest";
import { resolveConfig, type ResolvedConfig } from "../../shared/config/load.js";
import { mergeCut, type RunCut } from "../../shared/kernel/cut.js";
import { runLocal } from "../../shared/run/local.js";
import { resultSchemaErrors } from "../support/result-schema.js";

/** What the model computed, apart from how it was run (partitions, windows, wall and CPU time). */
export function modelOutcome(r: Record<string, unknown>): Record<string, unknown> {
  const { runId: _i, wallMs: _w, cpuMs: _c, sync: _s, windows: _n, partitions: _p, workers: _k, messages, ...rest } =
    r as Record<string, unknown> & { messages: { sent: number; pendingAtEnd: number } };
  return { ...rest, sent: messages.sent, pendingAtEnd: messages.pendingAtEnd };
}

/** Every cut of a run checkpointed every `every` windows, through JSON as a file would keep it. */
async function cutsOf(rc: ResolvedConfig, partitions: number, every: number, pipelineDepth = 1) {
  const cuts: RunCut[] = [];
  const result = await runLocal(rc, {
    partitions, pipelineDepth,
    checkpoint: {
      everyWindows: every,
      write: (cut) => {
        const text = JSON.stringify(cut);
        cuts.push(JSON.parse(text) as RunCut);
        return { bytes: text.length };
      },
    },
  });
  return { cuts, result };
}

interface Case {
  name: string; preset: string; sets: string[]; partitions: number; every: number; resumeWith: number[]; depth?: number;
}
const cases: Case[] = [
  { name: "rack of 4 hosts", preset: "rack", sets: ["host.count=4", "sim.warmupMs=0.1", "sim.durationMs=0.3"],
    partitions: 2, every: 25, resumeWith: [1, 2, 4] },
  { name: "paper mq-msi, one partition (windows of 100 us)", preset: "paper",
    sets: ["vm.net.mode=mq-msi", "sim.warmupMs=0.5", "sim.durationMs=3"], partitions: 1, every: 10, resumeWith: [1] },
  { name: "lpi-stress", preset: "lpi-stress", sets: ["stress.devices=4", "vm.vcpus=4", "sim.durationMs=0.3"],
    partitions: 1, every: 1, resumeWith: [1] },
  { name: "PHOLD over 4 groups", preset: "phold", sets: ["phold.endNs=300000"], partitions: 4, every: 3,
    resumeWith: [1, 4] },
  { name: "PHOLD over 1 us links, windows pipelined 2 deep", preset: "phold",
    sets: ["phold.minDelayNs=1000", "phold.endNs=200000"], partitions: 2, every: 50, resumeWith: [1, 2], depth: 2 },
];

describe("checkpoints and resume in one process", () => {
  for (const c of cases) {
    it(`${c.name}: resumed from a cut mid-run, the digest and result of the run never interrupted`, async () => {
      const rc = resolveConfig({ preset: c.preset, sets: c.sets });
      const plain = await runLocal(rc, { partitions: c.partitions });
      const { cuts, result } = await cutsOf(rc, c.partitions, c.every, c.depth);
      expect(result.digest).toBe(plain.digest);
      expect(modelOutcome(result)).toEqual(modelOutcome(plain));
      expect(cuts.length).toBeGreaterThan(1);
      // Cuts lie at the ends of every `every`-th window, before the run's end, in order.
      for (const cut of cuts) expect((cut.window + 1) % c.every).toBe(0);
      expect(cuts.map((x) => x.now)).toEqual([...cuts.map((x) => x.now)].sort((a, b) => a - b));
      const sync = result.sync as { checkpoints: { taken: number; bytesPerCut: number } };
      expect(sync.checkpoints.taken).toBe(cuts.length);
      expect(sync.checkpoints.bytesPerCut).toBeGreaterThan(0);
      expect(resultSchemaErrors(result)).toEqual([]);
      const mid = cuts[Math.floor(cuts.length / 2)]!;
      for (const partitions of c.resumeWith) {
        const resumed = await runLocal(rc, { partitions, resume: mid, pipelineDepth: c.depth ?? 1 });
        expect(resumed.digest, `resumed with ${partitions} partitions`).toBe(plain.digest);
        expect(modelOutcome(resumed)).toEqual(modelOutcome(plain));
        expect((resumed.sync as { checkpoints: unknown }).checkpoints).toMatchObject({
          resumedFrom: { window: mid.window, virtualNs: mid.now },
        });
        expect(resultSchemaErrors(resumed)).toEqual([]);
      }
    }, 60_000);
  }

  it("cuts on wall time: partition 0 picks the window, every partition cuts it, and the run resumes "
    + "from it", async () => {
    const rc = resolveConfig({ preset: "phold", sets: ["phold.minDelayNs=1000", "phold.endNs=100000"] });
    const plain = await runLocal(rc, { partitions: 3, pipelineDepth: 2 });
    const cuts: RunCut[] = [];
    // Any positive interval has passed by the next window end: a cut is asked for as soon as none is pending.
    const result = await runLocal(rc, {
      partitions: 3, pipelineDepth: 2,
      checkpoint: { everyMs: 1e-9, write: (cut) => { cuts.push(structuredClone(cut)); return { bytes: 1 }; } },
    });
    expect(result.digest).toBe(plain.digest);
    expect(cuts.length).toBeGreaterThan(10);
    // Asked at the end of window k, cut at the end of k + depth: one cut every depth + 1 windows at most.
    const gaps = cuts.slice(1).map((c, i) => c.window - cuts[i]!.window);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2);
    const resumed = await runLocal(rc, { partitions: 2, resume: cuts[5]! });
    expect(resumed.digest).toBe(plain.digest);
  }, 60_000);

  it("a cut resumes under an explicit partition map (groups interleaved) as well", async () => {
    const rc = resolveConfig({ preset: "rack", sets: ["host.count=4", "sim.warmupMs=0.1", "sim.durationMs=0.2"] });
    const plain = await runLocal(rc, { partitions: 2 });
    const { cuts } = await cutsOf(rc, 2, 20);
    const resumed = await runLocal(rc, {
      partitions: 2, partitionOfGroup: Int32Array.from([0, 1, 0, 1]), resume: cuts[1]!,
    });
    expect(resumed.digest).toBe(plain.digest);
    expect(modelOutcome(resumed)).toEqual(modelOutcome(plain));
  }, 60_000);

  it("a cut does not depend on the partitioning that took it", async () => {
    const rc = resolveConfig({ preset: "rack", sets: ["host.count=4", "sim.warmupMs=0.1", "sim.durationMs=0.2"] });
    const two = (await cutsOf(rc, 2, 20)).cuts;
    const four = (await cutsOf(rc, 4, 20)).cuts;
    const common = two.find((x) => four.some((y) => y.window === x.window && y.now === x.now))!;
    expect(common).toBeDefined();
    const other = four.find((y) => y.window === common.window)!;
    expect(other.actors).toEqual(common.actors);
    expect(other.heap).toEqual(common.heap);
    expect(other.shared).toEqual(common.shared);
    expect(other.counters.events).toBe(common.counters.events);
  }, 60_000);

  it("refuses a cut whose partitions disagree on its time, or hold messages not yet sent", () => {
    const snap = (partition: number, now: number, outbox = 0) => ({
      format: "irqscale.partition/v1" as const, partition, partitions: 2, seed: 1, engine: "compiled" as const, now,
      counters: { events: 0, sent: 0, remoteSent: 0, received: 0 }, actors: [], heap: [],
      outboxes: [[], Array.from({ length: outbox },
        () => ({ time: now, src: 0, seq: 0, dst: 1, event: { type: "x" } }))],
      shared: undefined,
    });
    expect(() => mergeCut([snap(0, 10), snap(1, 11)], 3)).toThrow(/partition 1 was at t=11 ns, partition 0 at t=10 ns/);
    expect(() => mergeCut([snap(0, 10, 1), snap(1, 10)], 3)).toThrow(/partition 0 still held messages/);
  });
});
