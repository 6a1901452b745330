import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../shared/config/load.js";
import { ConfigError } from "../../shared/kernel/errors.js";
import type { Simulation } from "../../shared/kernel/simulation.js";
import { assignPartitions, parsePartitionMap, planRun } from "../../shared/run/partition.js";

const phold = (minDelayNs = 1000) => {
  const rc = resolveConfig({ model: "phold", sets: [`phold.minDelayNs=${minDelayNs}`] });
  return rc.model.build(rc.config);
};

/** Two groups joined by one link of the given latency. */
const twoGroups = (ns: number): Simulation => ({
  instance: { actorCount: 2, actorName: (i) => `a${i}`, latency: () => ns, logic: () => { throw new Error("not run"); } },
  groups: 2,
  groupOf: (a) => a,
  lookahead: (pog) => (pog[0] !== pog[1] ? { ns, link: "a0 -> a1" } : { ns: Infinity, link: "none cut" }),
  endNs: 1000,
  actorStats: () => ({}),
  summarize: () => ({}),
});

const issues = (f: () => unknown): string => {
  try { f(); } catch (e) { if (e instanceof ConfigError) return e.issues.join("\n"); throw e; }
  throw new Error("no ConfigError");
};

describe("partitioner", () => {
  it("defaults to contiguous blocks of groups and takes the lookahead from the cut links", () => {
    const p = planRun(phold(), { partitions: 3 });
    expect([...p.partitionOfGroup]).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
    expect(p.lookahead).toEqual({ ns: 1000, link: "phold group link" });
    expect(p.partitionOf.length).toBe(64);
    expect(p.partitionOf[63]).toBe(2);
    expect(planRun(phold(), {}).lookahead.ns).toBe(Infinity);
  });

  it("accepts an explicit group -> partition map and infers the partition count from it", () => {
    const p = planRun(phold(), { map: parsePartitionMap("1,1,0,0,2,2,0,1") });
    expect(p.partitions).toBe(3);
    expect([...p.partitionOfGroup]).toEqual([1, 1, 0, 0, 2, 2, 0, 1]);
  });

  it("rejects bad maps with the reason", () => {
    expect(issues(() => parsePartitionMap("0,1,x"))).toMatch(/not a partition number: "x"/);
    expect(issues(() => planRun(phold(), { map: parsePartitionMap("0,1") }))).toMatch(/2 entries for 8 groups/);
    expect(issues(() => planRun(phold(), { partitions: 2, map: parsePartitionMap("0,0,0,0,1,1,1,2") }))).toMatch(/names partition 2, but --partitions is 2/);
    expect(issues(() => planRun(phold(), { map: parsePartitionMap("0,0,0,0,2,2,2,2") }))).toMatch(/partition 1 holds no group/);
    expect(issues(() => planRun(phold(), { partitions: 9 }))).toMatch(/only 8 groups/);
  });

  it("rejects a cut link below the minimum, naming the link and the fix; a zero-latency cut always", () => {
    const msg = issues(() => planRun(phold(500), { partitions: 2, minLookaheadNs: 1000 }));
    expect(msg).toMatch(/the cut link phold group link has latency 500 ns, below the minimum 1000 ns \(--min-lookahead-ns\)/);
    expect(msg).toMatch(/fix: keep both ends of that link in one partition .*raise that link's latency in the config, or lower --min-lookahead-ns/);
    expect(planRun(phold(500), { partitions: 2, minLookaheadNs: 500 }).lookahead.ns).toBe(500);
    expect(planRun(phold(500), { partitions: 1, minLookaheadNs: 1000 }).partitions).toBe(1);
    expect(issues(() => planRun(twoGroups(0), { partitions: 2 }))).toMatch(/cut link a0 -> a1 has latency 0 ns; a cut link needs latency > 0/);
  });

  it("spreads partitions over workers in contiguous blocks, several per worker allowed", () => {
    expect(assignPartitions(4, 2)).toEqual([[0, 1], [2, 3]]);
    expect(assignPartitions(5, 3)).toEqual([[0, 1], [2, 3], [4]]);
    expect(assignPartitions(3, 3)).toEqual([[0], [1], [2]]);
    expect(issues(() => assignPartitions(2, 3))).toMatch(/--workers 3: only 2 partitions/);
  });
});
