// Latency figures from plain bucket counts against HdrHistogram recording the raw values: the buckets
// are newHistogram()'s, and the summary is the one the library computes on the same samples.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as hdr from "hdr-histogram-js";
import { latencyBucket, latencySummaryUs, newHistogram } from "../../shared/stats/histogram.js";

const countsOf = (values: readonly number[]): Record<number, number> => {
  const counts: Record<number, number> = {};
  for (const v of values) counts[latencyBucket(v)] = (counts[latencyBucket(v)] ?? 0) + 1;
  return counts;
};
const values = fc.array(fc.integer({ min: 1, max: 3.6e12 }), { maxLength: 200 });

describe("latency buckets", () => {
  it("are newHistogram()'s: counts recorded at their keys encode the histogram of the values", () => {
    fc.assert(
      fc.property(values, (vs) => {
        const direct = newHistogram();
        for (const v of vs) direct.recordValue(v);
        const bucketed = newHistogram();
        for (const [ns, n] of Object.entries(countsOf(vs))) bucketed.recordValueWithCount(Number(ns), n);
        expect(hdr.encodeIntoCompressedBase64(bucketed)).toBe(hdr.encodeIntoCompressedBase64(direct));
      }),
    );
  });

  it("summarize, merged over parts, as HdrHistogram summarizes the raw values", () => {
    fc.assert(
      fc.property(fc.array(values, { maxLength: 4 }), (parts) => {
        const direct = newHistogram();
        for (const v of parts.flat()) direct.recordValue(v);
        const us = (v: number) => Math.round(v / 10) / 100;
        const n = direct.totalCount;
        const want = n === 0
          ? { mean: 0, p50: 0, p99: 0, p999: 0, samples: 0 }
          : {
            mean: us(direct.mean), p50: us(direct.getValueAtPercentile(50)), p99: us(direct.getValueAtPercentile(99)),
            p999: us(direct.getValueAtPercentile(99.9)), samples: n,
          };
        expect(latencySummaryUs(parts.map(countsOf))).toEqual(want);
      }),
    );
  });
});
