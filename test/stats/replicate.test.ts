import { describe, expect, it } from "vitest";
import { Rng } from "../../shared/kernel/rng.js";
import { models } from "../../shared/model/registry.js";
import {
  headlineMetrics, meanInterval, repSeeds, sweepRatios, tCdf, tQuantile, type PointReps,
} from "../../shared/stats/replicate.js";
import { percentileWarnings } from "../../shared/stats/result.js";

describe("Student's t quantile", () => {
  it("matches the published two-sided 95% table (t at 0.975) to its three decimals", () => {
    // NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2, upper critical values of t, alpha = 0.025.
    const table: [number, number][] = [
      [1, 12.706], [2, 4.303], [3, 3.182], [4, 2.776], [5, 2.571], [6, 2.447], [7, 2.365], [8, 2.306],
      [9, 2.262], [10, 2.228], [15, 2.131], [20, 2.086], [29, 2.045], [30, 2.042], [60, 2.0], [100, 1.984],
    ];
    for (const [df, t] of table) expect(Math.abs(tQuantile(0.975, df) - t), `df ${df}`).toBeLessThan(5e-4);
    // Other levels of the same table: alpha = 0.05 and 0.005.
    expect(tQuantile(0.95, 5)).toBeCloseTo(2.015, 3);
    expect(tQuantile(0.995, 10)).toBeCloseTo(3.169, 3);
  });

  it("agrees with the closed forms of df 1 (Cauchy) and 2, is odd about 0.5 and tends to the normal", () => {
    for (const p of [0.51, 0.6, 0.9, 0.975, 0.999]) {
      expect(tQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 7);
      expect(tQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 7);
      expect(tQuantile(1 - p, 7)).toBeCloseTo(-tQuantile(p, 7), 7);
    }
    expect(tQuantile(0.975, 100_000)).toBeCloseTo(1.959964, 4);
    for (const df of [1, 2, 3, 8, 41]) expect(tCdf(tQuantile(0.975, df), df)).toBeCloseTo(0.975, 8);
    expect(() => tQuantile(1, 3)).toThrow(/p 1/);
    expect(() => tQuantile(0.9, 1.5)).toThrow(/df 1.5/);
  });
});

describe("mean and 95% interval", () => {
  it("is mean +- t(0.975, n-1) sd / sqrt(n), checked on a hand-computed example", () => {
    // mean 12; squared deviations 4, 0, 4, 1, 1: sd = sqrt(10 / 4); t(0.975, 4) = 2.776 (table).
    const m = meanInterval([10, 12, 14, 11, 13]);
    const sd = Math.sqrt(2.5), half = (2.776 * sd) / Math.sqrt(5);
    expect(m.mean).toBe(12);
    expect(m.n).toBe(5);
    expect(m.sd).toBeCloseTo(sd, 12);
    expect(m.halfWidth).toBeCloseTo(half, 3);
    expect(m.ci95![0]).toBeCloseTo(12 - half, 3);
    expect(m.ci95![1]).toBeCloseTo(12 + half, 3);
    expect(meanInterval([7])).toEqual({ mean: 7, sd: null, n: 1, halfWidth: null, ci95: null });
    expect(() => meanInterval([])).toThrow();
    expect(() => meanInterval([1, Number.NaN])).toThrow(/non-finite/);
  });

  it("covers the true mean of normal samples of 5 about 95% of the time (a z interval would cover 88%)", () => {
    const rng = new Rng(2024, 0);
    const trials = 4000;
    let covered = 0;
    for (let i = 0; i < trials; i++) {
      const { ci95 } = meanInterval(Array.from({ length: 5 }, () => 3 + 2 * rng.normal()));
      if (ci95![0] <= 3 && 3 <= ci95![1]) covered++;
    }
    // Binomial sd of the coverage at 4000 trials: 0.0034; four of them either side.
    expect(covered / trials).toBeGreaterThan(0.936);
    expect(covered / trials).toBeLessThan(0.964);
  });
});

/** The documented rule, written again with BigInt arithmetic: splitmix32 from `seed`, low 31 bits. */
function ruleSeeds(seed: number, reps: number): number[] {
  const m32 = (x: bigint) => x & 0xffffffffn;
  let state = BigInt(seed);
  const out = [seed];
  while (out.length < reps) {
    state = m32(state + 0x9e3779b9n);
    let z = state;
    z = m32((z ^ (z >> 16n)) * 0x85ebca6bn);
    z = m32((z ^ (z >> 13n)) * 0xc2b2ae35n);
    z = z ^ (z >> 16n);
    const s = Number(z & 0x7fffffffn);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

describe("replication seeds", () => {
  it("follow the documented rule: --seed first, then splitmix32 from it, distinct, the same every time", () => {
    for (const seed of [0, 1, 7, 123_456, 2 ** 31 - 1]) {
      const seeds = repSeeds(seed, 20);
      expect(seeds).toEqual(ruleSeeds(seed, 20));
      expect(seeds[0]).toBe(seed);
      expect(new Set(seeds).size).toBe(20);
      for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s <= 2 ** 31 - 1).toBe(true);
      expect(repSeeds(seed, 5)).toEqual(seeds.slice(0, 5));
      expect(repSeeds(seed, 20)).toEqual(seeds);
    }
    expect(repSeeds(1, 3)).toEqual([1, 379648363, 314344336]);
    expect(repSeeds(5, 1)).toEqual([5]);
    // Different --seed, different replications (not a shifted window of the same ones).
    expect(repSeeds(2, 10).filter((s) => repSeeds(1, 10).includes(s))).toEqual([]);
  });
});

describe("headline metrics", () => {
  it("are the named numbers of each model's result sections in the schema, not id maps or arrays", () => {
    const net = headlineMetrics("net");
    for (const m of ["throughput.requestsPerSec", "throughput.packetsPerSec", "throughput.completed",
      "latencyUs.mean", "latencyUs.p50", "latencyUs.p99", "latencyUs.p999", "requests.completed"])
      expect(net).toContain(m);
    expect(net.some((m) => /^(perCpu|drops|interrupts|contention|config)\./.test(m))).toBe(false);
    expect(headlineMetrics("lpi")).toContain("lpi.injectedPerSec");
    expect(headlineMetrics("lpi")).not.toContain("lpi.kernel");
    expect(headlineMetrics("phold")).toEqual(["phold.handled", "phold.sent"]);
    for (const model of Object.keys(models)) expect(headlineMetrics(model).length, model).toBeGreaterThan(0);
  });
});

describe("paired ratios", () => {
  const point = (mode: string, vcpus: string, reps: [number, number][]): PointReps => ({
    raw: { "vm.net.mode": mode, "vm.vcpus": vcpus },
    reps: reps.map(([seed, v]) => ({ seed, values: { x: v } })),
  });

  it("are the mean of the per-seed ratios with its t interval, paired by seed and by the other keys", () => {
    const points = [
      point("sq-spi", "1", [[1, 100], [2, 200], [3, 400]]),
      point("sq-spi", "2", [[1, 10], [2, 10], [3, 10]]),
      // Seeds in another order than the baseline's: pairs go by seed, not by position.
      point("mq-msi", "1", [[3, 800], [1, 150], [2, 300]]),
      point("mq-msi", "2", [[1, 20], [2, 20], [3, 20]]),
    ];
    const r = sweepRatios("vm.net.mode", ["sq-spi", "mq-msi"], points, ["x"]);
    expect(r.baseline).toBe("sq-spi");
    expect(r.ratios.map((q) => [q.mode, q.at, q.point, q.baselinePoint])).toEqual([
      ["mq-msi", { "vm.vcpus": "1" }, 2, 0], ["mq-msi", { "vm.vcpus": "2" }, 3, 1],
    ]);
    // Pairs: 150/100, 300/200, 800/400 = 1.5, 1.5, 2; mean 5/3; sd sqrt(((1/6)^2 * 2 + (1/3)^2) / 2).
    // (The ratio of the means, 1250/700 = 1.786, is not what a paired design estimates.)
    const x = r.ratios[0]!.metrics.x!;
    const sd = Math.sqrt(((1 / 6) ** 2 * 2 + (1 / 3) ** 2) / 2);
    expect(x.mean).toBeCloseTo(5 / 3, 12);
    expect(x.sd).toBeCloseTo(sd, 12);
    expect(x.n).toBe(3);
    expect(x.halfWidth).toBeCloseTo((4.303 * sd) / Math.sqrt(3), 3);
    expect(x.seeds).toEqual([3, 1, 2]);
    expect(r.ratios[1]!.metrics.x).toMatchObject({ mean: 2, sd: 0, halfWidth: 0 });
  });

  it("leave out a pair without a baseline value or with a baseline of 0, and a point that failed", () => {
    const points = [
      point("sq-spi", "1", [[1, 0], [2, 50]]),
      point("mq-msi", "1", [[1, 5], [2, 100], [9, 1]]),
      undefined,
      point("x86-ioapic", "1", [[2, 25]]),
    ];
    const r = sweepRatios("vm.net.mode", ["sq-spi", "mq-msi", "x86-ioapic", "x86-msix-posted"], points, ["x"]);
    expect(r.ratios.map((q) => [q.mode, q.metrics.x?.mean, q.metrics.x?.n])).toEqual([
      ["mq-msi", 2, 1], ["x86-ioapic", 0.5, 1],
    ]);
  });
});

describe("percentile warnings", () => {
  const at = (samples: number) => percentileWarnings({ latencyUs: { mean: 1, p50: 1, p99: 2, p999: 3, samples } });

  it("name each percentile with fewer than 1/(1-q) samples: p99 under 100, p999 under 1000", () => {
    expect(at(99)).toEqual([
      "latencyUs.p99: rests on 99 samples in the measured window; the 99th percentile needs at least 100 to have "
        + "one beyond it",
      "latencyUs.p999: rests on 99 samples in the measured window; the 99.9th percentile needs at least 1000 to have "
        + "one beyond it",
    ]);
    expect(at(100).map((w) => w.split(":")[0])).toEqual(["latencyUs.p999"]);
    expect(at(999).length).toBe(1);
    expect(at(1000)).toEqual([]);
    expect(at(1).map((w) => w.split(":")[0])).toEqual(["latencyUs.p50", "latencyUs.p99", "latencyUs.p999"]);
    expect(percentileWarnings({ phold: { handled: 3, sent: 4 }, perCpu: [] })).toEqual([]);
  });
});
