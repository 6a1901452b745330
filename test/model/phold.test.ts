import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { actorDigests, startManualRun } from "../support/manual-run.js";

/** Short runs keep the suite fast: 200 us of virtual time is ~34 k events with the default layout. */
const END = 200_000;
const phold = (seed: number, ...sets: string[]) => resolveConfig({ model: "phold", seed, sets: [`phold.endNs=${END}`, ...sets] });

interface PholdResult {
  digest: string; events: number; windows: number;
  phold: { handled: number; sent: number };
  messages: { sent: number; pendingAtEnd: number; crossPartition: number };
}
const run = async (seed: number, partitions: number, ...sets: string[]): Promise<PholdResult> =>
  (await runLocal(phold(seed, ...sets), { partitions })) as unknown as PholdResult;

/** Messages sent = handled + still queued at the end; PHOLD keeps actors x initial messages in flight. */
function expectConserved(r: PholdResult, inFlight: number): void {
  expect(r.messages.sent).toBe(r.phold.sent);
  expect(r.events).toBe(r.phold.handled);
  expect(r.messages.sent).toBe(r.phold.handled + r.messages.pendingAtEnd);
  expect(r.messages.pendingAtEnd).toBe(inFlight);
}

describe("PHOLD", () => {
  it("digest is identical for 1, 2, 3 and 7 partitions, over many seeds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
        const results = [];
        for (const p of [1, 2, 3, 7]) results.push(await run(seed, p));
        const [one, ...rest] = results;
        for (const r of rest) {
          expect(r.digest).toBe(one!.digest);
          expect(r.events).toBe(one!.events);
          expect(r.messages.sent).toBe(one!.messages.sent);
        }
        for (const r of results) expectConserved(r, 64 * 4);
        expect(rest.every((r) => r.windows > 1 && r.messages.crossPartition > 0)).toBe(true);
      }),
      { numRuns: 5 },
    );
  });

  it("digest does not depend on which groups share a partition", async () => {
    const one = await run(11, 1);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }).filter((m) => new Set(m).size === 3), async (map) => {
        const r = (await runLocal(phold(11), { partitions: 3, partitionOfGroup: Int32Array.from(map) })) as unknown as PholdResult;
        expect(r.digest).toBe(one.digest);
      }),
      { numRuns: 3 },
    );
  });

  it("another seed, or another parameter, gives another digest", async () => {
    const digests = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5]) digests.add((await run(seed, 1)).digest);
    expect(digests.size).toBe(5);
    const base = await run(1, 1);
    expect((await run(1, 1, "phold.meanDelayNs=1001")).digest).not.toBe(base.digest);
    expect((await run(1, 1)).digest).toBe(base.digest); // and the same seed again gives the same one
  });

  it("every actor handles the same messages however the run is partitioned (per-actor digests)", async () => {
    const parts = [1, 2, 7].map((p) => startManualRun(phold(7), p));
    const outcomes = await Promise.all(parts.map((r) => r.outcome));
    const [one, ...rest] = outcomes.map(actorDigests);
    expect(one).toHaveLength(64);
    expect(new Set(one).size).toBe(64);
    for (const d of rest) expect(d).toEqual(one);
    // Each actor's own statistics agree too.
    const stats = outcomes.map((o) => Object.assign({}, ...o.finals.map((f) => f.stats.actors)) as Record<string, unknown>);
    for (const s of stats.slice(1)) expect(s).toEqual(stats[0]);
  });

  it("conserves messages with other layouts", async () => {
    for (const [p, sets, inFlight] of [
      [3, ["phold.initial=2", "phold.remoteShare=0.5"], 64 * 2],
      [5, ["phold.actors=30", "phold.groups=5", "phold.initial=7"], 30 * 7],
      [1, ["phold.initial=0"], 0],
    ] as const) {
      const r = await run(5, p, ...sets);
      expectConserved(r, inFlight);
    }
  });

  it("handles as many messages as Little's law predicts, and cuts the expected share of sends", async () => {
    // 256 messages in flight, each hop 500 + Exp(1000) ns: about 256 * END / 1500 hops in END ns
    // (less a third of a hop per message for the first one: E[N(T)] ~ T/m + (s^2 - m^2) / 2m^2).
    const r = await run(21, 2);
    const expected = 256 * (END / 1500 + (1000 ** 2 - 1500 ** 2) / (2 * 1500 ** 2));
    expect(Math.abs(r.phold.handled - expected) / expected).toBeLessThan(0.02);
    // Remote sends (25%) pick one of the 56 actors outside the sender's group; 32 live in the other partition.
    expect(r.messages.crossPartition / r.messages.sent).toBeCloseTo((0.25 * 32) / 56, 2);
    // With no remote sends, nothing crosses partitions and the digest is still the same.
    const local1 = await run(21, 1, "phold.remoteShare=0");
    const local2 = await run(21, 2, "phold.remoteShare=0");
    expect(local2.messages.crossPartition).toBe(0);
    expect(local2.digest).toBe(local1.digest);
  });
});
