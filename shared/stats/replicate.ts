// Replications of one run: the seeds they use, the mean, sd and Student-t confidence interval of every
// headline metric over them, and the paired ratios between the modes of a sweep.
import { valueAt } from "../config/resolve.js";
import { resultJsonSchema } from "./result-schema.js";
import { splitmix32 } from "../kernel/rng.js";
import jstat from "jstat";

const { jStat } = jstat;

/** Confidence level of every interval irqscale reports. */
export const CONFIDENCE = 0.95;
/** Most replications of one run or sweep point (`--reps`). */
export const MAX_REPS = 1000;
/** Largest seed a config takes (config.seed: integer in 0..2^31-1). */
const SEED_MASK = 0x7fffffff;

/** How `--reps N` derives its seeds from `--seed`, as written in result.json's `stats.seedRule`. */
export const SEED_RULE = "replication 0 runs --seed itself; each further replication runs the low 31 bits of "
  + "the next output of splitmix32 whose state starts at --seed, skipping one equal to an earlier replication's seed";

/**
 * The seeds of `reps` replications of a run with seed `seed` (SEED_RULE): the same `seed` and `reps`
 * always give the same seeds, a longer list starts with a shorter one, and replication 0 is the run
 * without `--reps`, so its digest is that run's.
 */
export function repSeeds(seed: number, reps: number): number[] {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > SEED_MASK) {
    throw new RangeError(`seed ${seed}: not in 0..2^31-1`);
  }
  if (!Number.isSafeInteger(reps) || reps < 1) throw new RangeError(`reps ${reps}: not a positive integer`);
  const seeds = [seed];
  const used = new Set(seeds);
  const state = { x: seed };
  while (seeds.length < reps) {
    const s = splitmix32(state) & SEED_MASK;
    if (used.has(s)) continue;
    used.add(s);
    seeds.push(s);
  }
  return seeds;
}

/** P(T <= t) for Student's t with `df` (a positive integer) degrees of freedom (jStat). */
export function tCdf(t: number, df: number): number {
  if (!Number.isSafeInteger(df) || df < 1) throw new RangeError(`t cdf: df ${df} must be a positive integer`);
  return jStat.studentt.cdf(t, df);
}

/** Student's t quantile: the t with P(T <= t) = p, for T with `df` (a positive integer) degrees of freedom (jStat). */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`t quantile: p ${p} must be in (0, 1)`);
  if (!Number.isSafeInteger(df) || df < 1) throw new RangeError(`t quantile: df ${df} must be a positive integer`);
  return jStat.studentt.inv(p, df);
}

/** Mean, sample sd and the Student-t confidence interval of the mean of `n` values. */
export interface MeanInterval {
  mean: number;
  /** Sample standard deviation (n - 1 in the denominator); null for one value. */
  sd: number | null;
  n: number;
  /** Half the width of the interval: t(1 - (1 - CONFIDENCE) / 2, n - 1) * sd / sqrt(n); null for one value. */
  halfWidth: number | null;
  /** [mean - halfWidth, mean + halfWidth]; null for one value. */
  ci95: [number, number] | null;
}

/** The mean of `values` with its 95% interval, mean +- t(0.975, n-1) * sd / sqrt(n). */
export function meanInterval(values: readonly number[], confidence = CONFIDENCE): MeanInterval {
  const n = values.length;
  if (n === 0) throw new RangeError("mean of no values");
  if (values.some((v) => !Number.isFinite(v))) {
    throw new RangeError(`mean of non-finite values ${JSON.stringify(values)}`);
  }
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { mean, sd: null, n, halfWidth: null, ci95: null };
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const halfWidth = tQuantile(1 - (1 - confidence) / 2, n - 1) * sd / Math.sqrt(n);
  return { mean, sd, n, halfWidth, ci95: [mean - halfWidth, mean + halfWidth] };
}

const headlineCache = new Map<string, string[]>();

/**
 * The headline metrics of a model's result, as dotted paths: every number the result schema declares
 * by name in one of the model's sections (throughput.requestsPerSec, latencyUs.p99, lpi.injectedPerSec,
 * phold.handled, ...). Maps keyed by ids (drops, interrupts per vector) and per-unit arrays (perCpu,
 * contention) are detail, not headline; the run's envelope (events, wallMs, ...) is not the model's.
 */
export function headlineMetrics(model: string): string[] {
  const cached = headlineCache.get(model);
  if (cached) return cached;
  type Node = { type?: unknown; properties?: Record<string, Node> };
  type Variant = { if: { properties: { model: { const: string } } }; then: Node };
  const variants = (resultJsonSchema().allOf ?? []) as Variant[];
  const variant = variants.find((v) => v.if.properties.model.const === model);
  if (!variant) throw new Error(`internal: the result schema has no sections for model ${model}`);
  const paths: string[] = [];
  for (const [section, node] of Object.entries(variant.then.properties ?? {})) {
    if (section === "config" || node.type !== "object" || !node.properties) continue;
    for (const [key, leaf] of Object.entries(node.properties)) {
      if (leaf.type === "number" || leaf.type === "integer") paths.push(`${section}.${key}`);
    }
  }
  headlineCache.set(model, paths);
  return paths;
}

/** A metric's interval over the replications, with each replication's value in seed order. */
export type MetricStats = MeanInterval & { values: number[] };

/** `stats` of a replicated result.json. */
export interface ReplicationStats {
  reps: number;
  confidence: number;
  seedRule: string;
  replications: { rep: number; seed: number; digest: string; result: string }[];
  /** Headline metric (dotted path into result.json) -> its interval over the replications. */
  metrics: Record<string, MetricStats>;
}

/** A finite number at `path` of `result`, else undefined. */
const numberAt = (result: Record<string, unknown>, path: string): number | undefined => {
  const v = valueAt(result, path);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
};

/**
 * The stats of replications `results` (in seed order; `files[i]` the path of results[i] relative to
 * the replicated result.json): each headline metric that every replication reports.
 */
export function replicationStats(
  results: readonly Record<string, unknown>[], files: readonly string[],
): ReplicationStats {
  if (results.length === 0) throw new RangeError("stats of no replications");
  const model = String(results[0]!.model);
  const metrics: Record<string, MetricStats> = {};
  for (const path of headlineMetrics(model)) {
    const values = results.map((r) => numberAt(r, path));
    if (values.some((v) => v === undefined)) continue;
    const nums = values as number[];
    metrics[path] = { ...meanInterval(nums), values: nums };
  }
  return {
    reps: results.length,
    confidence: CONFIDENCE,
    seedRule: SEED_RULE,
    replications: results.map((r, rep) => ({
      rep, seed: Number(r.seed), digest: String(r.digest), result: files[rep]!,
    })),
    metrics,
  };
}

/**
 * The result.json of a replicated run: replication 0's result (seed = --seed, the run without
 * --reps), its warnings followed by the other replications' (each named by its seed), and `stats`.
 */
export function replicatedResult(
  results: readonly Record<string, unknown>[], files: readonly string[],
): Record<string, unknown> {
  const [first, ...rest] = results;
  if (!first) throw new RangeError("no replications");
  const warnings = [
    ...warningsOf(first),
    ...rest.flatMap((r, i) => warningsOf(r).map((w) => `replication ${i + 1} (seed ${String(r.seed)}): ${w}`)),
  ];
  const { warnings: _own, ...fields } = first;
  return { ...fields, ...(warnings.length > 0 ? { warnings } : {}), stats: replicationStats(results, files) };
}

/** The `warnings` of a result ([] when it has none). */
export const warningsOf = (result: Record<string, unknown>): string[] =>
  (Array.isArray(result.warnings) ? result.warnings.map(String) : []);

/** Where replication `rep` (seed `seed`) of a run writes its result.json, relative to the run's --out. */
export const repDir = (rep: number, seed: number): string => `reps/${rep}-seed=${seed}`;

/** A sweep point's replications as the ratios pair them: each one's seed and headline values. */
export interface PointReps {
  /** The point's swept keys -> values as written (--vary). */
  raw: Record<string, string>;
  reps: { seed: number; values: Record<string, number> }[];
}

/**
 * The replications of a point's result.json with their values of `metrics`: those of `stats` for a
 * replicated result, the result's own fields for a single run.
 */
export function repsOfResult(result: Record<string, unknown>, metrics: readonly string[]): PointReps["reps"] {
  const stats = result.stats as ReplicationStats | undefined;
  if (!stats) {
    const values: Record<string, number> = {};
    for (const m of metrics) { const v = numberAt(result, m); if (v !== undefined) values[m] = v; }
    return [{ seed: Number(result.seed), values }];
  }
  return stats.replications.map((r, i) => ({
    seed: r.seed,
    values: Object.fromEntries(metrics.flatMap((m) => (stats.metrics[m] ? [[m, stats.metrics[m].values[i]!]] : []))),
  }));
}

/** The interval of the mean per-pair ratio of a metric between a mode and the baseline mode. */
export interface ModeRatio {
  /** The mode of the numerator; the denominator is `SweepRatios.baseline`. */
  mode: string;
  /** The other swept keys -> values as written, shared by both sides of every pair. */
  at: Record<string, string>;
  /** Sweep point indices of the numerator and the baseline. */
  point: number;
  baselinePoint: number;
  /** Metric -> interval of the mean of value(mode) / value(baseline) over the pairs, and the pairs' seeds. */
  metrics: Record<string, MeanInterval & { seeds: number[] }>;
}

export interface SweepRatios { key: string; baseline: string; confidence: number; ratios: ModeRatio[] }

/**
 * Paired ratios between the values of a swept `key` (vm.net.mode): each value after the first against
 * the first (the baseline), at every combination of the other swept keys. A pair is one replication
 * seed run at both points; the interval is that of the mean of the per-pair ratios (Student t). A
 * pair whose baseline value is 0 has no ratio and is left out (n says how many pairs remain).
 * `points[i]` is point i's replications, undefined for a point that failed.
 */
export function sweepRatios(
  key: string, modes: readonly string[], points: readonly (PointReps | undefined)[], metrics: readonly string[],
): SweepRatios {
  const baseline = modes[0]!;
  const others = (raw: Record<string, string>) => Object.entries(raw).filter(([k]) => k !== key);
  const byAt = new Map<string, Map<string, number>>();
  points.forEach((p, index) => {
    if (!p) return;
    const at = JSON.stringify(others(p.raw));
    if (!byAt.has(at)) byAt.set(at, new Map());
    byAt.get(at)!.set(p.raw[key]!, index);
  });
  const ratios: ModeRatio[] = [];
  for (const modeToPoint of byAt.values()) {
    const basePoint = modeToPoint.get(baseline);
    if (basePoint === undefined) continue;
    const base = new Map(points[basePoint]!.reps.map((r) => [r.seed, r.values]));
    for (const mode of modes.slice(1)) {
      const point = modeToPoint.get(mode);
      if (point === undefined) continue;
      const out: ModeRatio["metrics"] = {};
      for (const m of metrics) {
        const pairs: [number, number][] = [];
        for (const r of points[point]!.reps) {
          const num = r.values[m], den = base.get(r.seed)?.[m];
          if (num !== undefined && den !== undefined && den !== 0) pairs.push([r.seed, num / den]);
        }
        if (pairs.length > 0) out[m] = { ...meanInterval(pairs.map(([, q]) => q)), seeds: pairs.map(([sd]) => sd) };
      }
      ratios.push({
        mode, at: Object.fromEntries(others(points[point]!.raw)), point, baselinePoint: basePoint, metrics: out,
      });
    }
  }
  ratios.sort((a, b) => a.point - b.point);
  return { key, baseline, confidence: CONFIDENCE, ratios };
}
