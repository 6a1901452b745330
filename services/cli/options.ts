import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { ConfigError } from "../../shared/kernel/errors.js";
import { MAX_REPS } from "../../shared/stats/replicate.js";

/** `--quiet` and `--verbose`, which every command has (verbosityFlags). */
export interface Verbosity { quiet?: boolean; verbose?: boolean }

/**
 * `--quiet` (only results and errors: no progress, summary lines, warnings or other chatter on
 * stderr) and `--verbose` (extra diagnostics on stderr), the same on every command; giving both
 * is an error (exit 2). `what` says what each leaves out or adds on this command.
 */
export function verbosityFlags(cmd: Command, what: { quiet?: string; verbose?: string } = {}): Command {
  return cmd
    .addOption(new Option("--quiet", `only results and errors${what.quiet ? `: ${what.quiet}` : ""}`)
      .conflicts("verbose"))
    .addOption(new Option("--verbose", `extra diagnostics on stderr${what.verbose ? `: ${what.verbose}` : ""}`));
}

/** A writer of diagnostic lines on stderr with --verbose (each prefixed `[verbose] `), nothing otherwise. */
export function verboseLog(o: Verbosity): (line: string) => void {
  return o.verbose === true && o.quiet !== true
    ? (line: string) => { process.stderr.write(`[verbose] ${line}\n`); }
    : () => undefined;
}

/** What a config request resolved from, for --verbose: model, preset, file (absolute), --set, seed. */
export function describeConfigRequest(
  r: { model?: string; preset?: string; file?: string; sets?: readonly string[] },
  resolved: { model: { name: string }; preset?: string; config: { seed: number } },
): string[] {
  return [
    `model ${resolved.model.name}${r.model === undefined ? " (from the preset, the file or the default)" : ""}`
      + `, preset ${resolved.preset ?? "none"}`,
    `config file ${r.file === undefined ? "none" : resolve(r.file)}`,
    `--set ${r.sets && r.sets.length > 0 ? r.sets.join(" ") : "none"}`,
    `seed ${resolved.config.seed}`,
  ];
}

export const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

export function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer, got '${v}'`);
    return n;
  };
}

export function nonNegativeInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n > 2 ** 31 - 1) throw new InvalidArgumentError(`${name} must be an integer in 0..2147483647, got '${v}'`);
    return n;
  };
}

/** `--reps N`: replications of each run (1..MAX_REPS). */
export function repsOption(name: string) {
  const parse = positiveInt(name);
  return (v: string): number => {
    const n = parse(v);
    if (n > MAX_REPS) throw new InvalidArgumentError(`${name} must be at most ${MAX_REPS}, got '${v}'`);
    return n;
  };
}

/** Help text of `--reps`, shared by run, sweep and paper. */
export const REPS_HELP = "replications: N runs with seeds derived from --seed (replication 0 is --seed itself; "
  + "see stats.seedRule); result.json gets `stats` (mean, sd, n, 95% Student-t interval of every headline metric) "
  + "and reps/<i>-seed=<s>/result.json holds each replication";

type Interval = { mean: number; halfWidth: number | null };

/** `mean ± halfWidth`, each written by `f`, or the mean alone for one value. */
const withInterval = (x: Interval, f: (v: number) => string): string =>
  (x.halfWidth === null ? f(x.mean) : `${f(x.mean)} ± ${f(x.halfWidth)}`);

/**
 * The one line a run prints on stderr once its result.json is written: its headline figures first
 * (with --reps, their means and 95% half-widths over the replications).
 */
export function resultLine(result: Record<string, unknown>, path: string): string {
  const t = result.throughput as { requestsPerSec?: number } | undefined;
  const p99 = (result.latencyUs as { p99?: number } | undefined)?.p99;
  const stats = result.stats as { reps: number; metrics: Record<string, Interval> } | undefined;
  const m = (key: string, v: number | undefined): Interval | undefined =>
    stats?.metrics[key] ?? (typeof v === "number" ? { mean: v, halfWidth: null } : undefined);
  const rps = m("throughput.requestsPerSec", t?.requestsPerSec), p = m("latencyUs.p99", p99);
  const headline = [
    ...(rps ? [`${withInterval(rps, (v) => Math.round(v).toLocaleString("en-US"))} req/s`] : []),
    ...(p ? [`p99 ${withInterval(p, (v) => v.toFixed(1))} us`] : []),
    ...(stats
      ? [`(${stats.reps} reps, ${rps || p ? "mean ± 95% half-width" : "stats in result.json"}; digest of rep 0)`]
      : []),
  ];
  const run = `digest ${String(result.digest)}  events ${String(result.events)}  windows ${String(result.windows)}`
    + `  wall ${String(result.wallMs)} ms  cpu ${String(result.cpuMs)} ms  -> ${path}`;
  return headline.length > 0 ? `${headline.join("  ")}  ${run}` : run;
}

/**
 * The warnings of many results (a sweep's points) on stderr, one line per subject (what a warning
 * names before its first colon: latencyUs.p999, a lock): its first occurrence in full, with where it
 * is and how many more results share the subject. Each result's own file holds all of them.
 */
export function printWarningSummary(entries: readonly { where: string; warnings: readonly string[] }[]): void {
  const bySubject = new Map<string, { first: string; where: string; count: number }>();
  for (const e of entries) {
    for (const w of e.warnings) {
      const text = w.replace(/^replication \d+ \(seed \d+\): /, "");
      const subject = text.split(":")[0]!;
      const seen = bySubject.get(subject);
      if (seen) seen.count++;
      else bySubject.set(subject, { first: w, where: e.where, count: 1 });
    }
  }
  for (const [subject, { first, where, count }] of bySubject) {
    const more = count > 1
      ? ` (and ${count - 1} more ${subject} warnings elsewhere; each point's result.json lists its own)` : "";
    process.stderr.write(`warning: ${where}: ${first}${more}\n`);
  }
}

/** Prints every warning of a result on stderr, one `warning: ...` line each. */
export function printWarnings(result: Record<string, unknown>, prefix = ""): void {
  const warnings = Array.isArray(result.warnings) ? result.warnings.map(String) : [];
  for (const w of warnings) process.stderr.write(`${prefix}warning: ${w}\n`);
}

/**
 * Refuses, before any work, outputs a run could not write: an --out that is not a directory or lies
 * where no directory can be made or written, one whose result.json or reps/ exists (an earlier run's)
 * unless --force, and a --trace file in such a place or on the result file itself.
 */
export function checkOutputs(out: string, force: boolean | undefined, trace?: string): void {
  const file = join(out, "result.json");
  const reps = join(out, "reps");
  const problems = [
    ...whyNotWritable("--out", out, true),
    ...(trace === undefined ? [] : whyNotWritable("--trace", trace, false)),
  ];
  if (problems.length === 0 && !force && existsSync(file))
    problems.push(`--out ${out}: ${file} exists (an earlier result); give --force to replace it, or another --out`);
  else if (problems.length === 0 && !force && existsSync(reps))
    problems.push(`--out ${out}: ${reps} exists (an earlier run's replications); give --force to replace it, `
      + "or another --out");
  if (trace !== undefined && resolve(trace) === resolve(file))
    problems.push(`--trace ${trace}: is the result file of --out ${out}; give the trace another path`);
  if (problems.length > 0) throw new ConfigError(problems);
}

/** Why `path` (a directory to make, or a file to write) cannot be written, [] when it can. */
function whyNotWritable(flag: string, path: string, isDir: boolean): string[] {
  const full = resolve(path);
  if (existsSync(full)) {
    const st = statSync(full);
    if (isDir && !st.isDirectory()) return [`${flag} ${path}: exists and is not a directory`];
    if (!isDir && st.isDirectory()) return [`${flag} ${path}: is a directory`];
  }
  // The nearest existing ancestor must be a directory this process may write in.
  let at = isDir && existsSync(full) ? full : dirname(full);
  while (!existsSync(at)) at = dirname(at);
  if (!statSync(at).isDirectory()) return [`${flag} ${path}: ${at} is a file, not a directory`];
  try {
    accessSync(at, constants.W_OK);
  } catch {
    return [`${flag} ${path}: ${at} is not writable`];
  }
  return [];
}
