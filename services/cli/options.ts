import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { InvalidArgumentError } from "commander";
import { ConfigError } from "../../shared/kernel/errors.js";

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

/** The one line a run prints on stderr once its result.json is written: its headline figures first. */
export function resultLine(result: Record<string, unknown>, path: string): string {
  const t = result.throughput as { requestsPerSec?: number } | undefined;
  const p99 = (result.latencyUs as { p99?: number } | undefined)?.p99;
  const headline = [
    ...(t?.requestsPerSec !== undefined ? [`${Math.round(t.requestsPerSec).toLocaleString("en-US")} req/s`] : []),
    ...(typeof p99 === "number" ? [`p99 ${p99.toFixed(1)} us`] : []),
  ];
  const run = `digest ${String(result.digest)}  events ${String(result.events)}  windows ${String(result.windows)}`
    + `  wall ${String(result.wallMs)} ms  cpu ${String(result.cpuMs)} ms  -> ${path}`;
  return headline.length > 0 ? `${headline.join("  ")}  ${run}` : run;
}

/**
 * Refuses, before any work, outputs a run could not write: an --out that is not a directory or lies
 * where no directory can be made or written, one whose result.json exists (an earlier run's) unless
 * --force, and a --trace file in such a place or on the result file itself.
 */
export function checkOutputs(out: string, force: boolean | undefined, trace?: string): void {
  const file = join(out, "result.json");
  const problems = [
    ...whyNotWritable("--out", out, true),
    ...(trace === undefined ? [] : whyNotWritable("--trace", trace, false)),
  ];
  if (problems.length === 0 && !force && existsSync(file))
    problems.push(`--out ${out}: ${file} exists (an earlier result); give --force to replace it, or another --out`);
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
