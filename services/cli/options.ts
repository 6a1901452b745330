import { existsSync } from "node:fs";
import { join } from "node:path";
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
 * Refuses, before any work, an --out whose result.json exists (an earlier run's), unless --force.
 */
export function checkOverwrite(out: string, force: boolean | undefined): void {
  const file = join(out, "result.json");
  if (!force && existsSync(file))
    throw new ConfigError([`--out ${out}: ${file} exists (an earlier result); give --force to replace it, or another --out`]);
}
