import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Rng } from "../../shared/kernel/rng.js";

const draw = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => rng.nextU32());

describe("Rng", () => {
  it("a stream depends only on (seed, stream id), not on other streams created or drawn", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 50 })), { maxLength: 20 }),
        (seed, id, others) => {
          const alone = draw(new Rng(seed, id), 64);
          // Interleave creation and use of other streams (other actors of the same run, or of other runs).
          const mine = new Rng(seed, id);
          const got: number[] = [];
          for (const [other, k] of others) {
            draw(new Rng(seed, other), k);
            draw(new Rng(seed + 1, id), k);
            got.push(...draw(mine, 2));
          }
          got.push(...draw(mine, 64 - got.length));
          expect(got).toEqual(alone);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("different actors and different seeds get different streams", () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) for (let id = 0; id < 200; id++) seen.add(draw(new Rng(seed, id), 4).join(","));
    expect(seen.size).toBe(20 * 200);
  });

  it("next() is uniform on [0, 1) (chi-square over 20 bins)", () => {
    const rng = new Rng(42, 3);
    const bins = new Array<number>(20).fill(0);
    const n = 200_000;
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = rng.next();
      if (x < lo) lo = x;
      if (x > hi) hi = x;
      bins[Math.floor(x * 20)]!++;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    const e = n / 20;
    const chi2 = bins.reduce((s, o) => s + ((o - e) ** 2) / e, 0);
    expect(chi2).toBeLessThan(43.8); // 19 degrees of freedom, p = 0.001
  });

  it("int(n) stays in [0, n) and hits every value", () => {
    const rng = new Rng(1, 1);
    const counts = new Array<number>(7).fill(0);
    let bad = 0;
    for (let i = 0; i < 70_000; i++) {
      const k = rng.int(7);
      if (!(Number.isInteger(k) && k >= 0 && k < 7)) bad++;
      else counts[k]!++;
    }
    expect(bad).toBe(0);
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });

  it("exp, normal and lognormal have the moments they promise", () => {
    const rng = new Rng(9, 0);
    const n = 200_000;
    let se = 0, sn = 0, sn2 = 0, sl = 0, sl2 = 0, minExp = Infinity;
    for (let i = 0; i < n; i++) {
      const e = rng.exp(1000);
      if (e < minExp) minExp = e;
      se += e;
      const z = rng.normal(); sn += z; sn2 += z * z;
      const l = rng.lognormal(50, 0.5); sl += l; sl2 += l * l;
    }
    expect(minExp).toBeGreaterThanOrEqual(0);
    expect(Math.abs(se / n - 1000)).toBeLessThan(12); // the standard error of the mean is ~2.2
    expect(Math.abs(sn / n)).toBeLessThan(0.01);
    expect(sn2 / n).toBeGreaterThan(0.98); expect(sn2 / n).toBeLessThan(1.02);
    const mean = sl / n, sd = Math.sqrt(sl2 / n - mean * mean);
    expect(Math.abs(mean - 50)).toBeLessThan(0.5);
    expect(Math.abs(sd / mean - 0.5)).toBeLessThan(0.02);
  });
});
