import * as hdr from "hdr-histogram-js";

/** Latency histogram (HdrHistogram, 3 significant digits, ns values), mergeable across actors. */
export function newHistogram(): hdr.Histogram {
  return hdr.build({ useWebAssembly: false, lowestDiscernibleValue: 1, highestTrackableValue: 3.6e12, numberOfSignificantValueDigits: 3 });
}

/** Below 2^(this + 1) ns a bucket is 1 ns wide; each power of two above doubles its width. */
const SUB_BUCKET_HALF_MAGNITUDE = 10;

/** Lowest value of the newHistogram() bucket `ns` falls in: counts keyed by it are plain data. */
export function latencyBucket(ns: number): number {
  const width = Math.pow(2, Math.max(Math.floor(Math.log2(ns)) - SUB_BUCKET_HALF_MAGNITUDE, 0));
  return Math.floor(ns / width) * width;
}

export const encodeHistogram = (h: hdr.Histogram): string => hdr.encodeIntoCompressedBase64(h);

/** Merges encoded histograms; returns latency figures in µs. */
export function latencySummaryUs(encoded: readonly string[]): { mean: number; p50: number; p99: number; p999: number; samples: number } {
  const total = newHistogram();
  for (const e of encoded) total.add(hdr.decodeFromCompressedBase64(e, 32, false));
  const n = total.totalCount;
  const us = (v: number) => Math.round(v / 10) / 100;
  if (n === 0) return { mean: 0, p50: 0, p99: 0, p999: 0, samples: 0 };
  return { mean: us(total.mean), p50: us(total.getValueAtPercentile(50)), p99: us(total.getValueAtPercentile(99)), p999: us(total.getValueAtPercentile(99.9)), samples: n };
}
