import * as hdr from "hdr-histogram-js";
import { addCounts } from "./counts.js";

/** Latency histogram (HdrHistogram, 3 significant digits, ns values), mergeable across actors. */
export function newHistogram(): hdr.JsHistogram {
  const h = hdr.build({
    useWebAssembly: false, lowestDiscernibleValue: 1, highestTrackableValue: 3.6e12, numberOfSignificantValueDigits: 3,
  });
  if (!(h instanceof hdr.JsHistogram)) throw new Error("hdr-histogram-js built no JsHistogram without WebAssembly");
  return h;
}

/** Below 2^(this + 1) ns a bucket is 1 ns wide; each power of two above doubles its width. */
const SUB_BUCKET_HALF_MAGNITUDE = 10;

/** Lowest value of the newHistogram() bucket `ns` falls in: counts keyed by it are plain data. */
export function latencyBucket(ns: number): number {
  const width = Math.pow(2, Math.max(Math.floor(Math.log2(ns)) - SUB_BUCKET_HALF_MAGNITUDE, 0));
  return Math.floor(ns / width) * width;
}

/** Counts per newHistogram() bucket, keyed by the bucket's lowest value (latencyBucket): plain data. */
export type BucketCounts = Readonly<Record<number, number>>;

/**
 * Latency figures in µs of the merged bucket counts, as newHistogram() gives them for the same values:
 * its percentiles, and its mean (each bucket counted at its median equivalent value).
 */
export function latencySummaryUs(parts: readonly BucketCounts[]): {
  mean: number; p50: number; p99: number; p999: number; samples: number;
} {
  const merged: Record<string, number> = {};
  for (const part of parts) addCounts(merged, part);
  const total = newHistogram();
  let sum = 0;
  const buckets = Object.entries(merged).map(([k, v]) => [Number(k), v] as const).sort((a, b) => a[0] - b[0]);
  for (const [ns, n] of buckets) {
    total.recordValueWithCount(ns, n);
    sum += total.medianEquivalentValue(ns) * n;
  }
  const n = total.totalCount;
  const us = (v: number) => Math.round(v / 10) / 100;
  if (n === 0) return { mean: 0, p50: 0, p99: 0, p999: 0, samples: 0 };
  const at = (p: number) => us(total.getValueAtPercentile(p));
  return { mean: us(sum / n), p50: at(50), p99: at(99), p999: at(99.9), samples: n };
}
