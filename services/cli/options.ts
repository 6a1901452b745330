import { InvalidArgumentError } from "commander";

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

/** The one line a run prints on stderr once its result.json is written. */
export function resultLine(result: Record<string, unknown>, path: string): string {
  return `digest ${String(result.digest)}  events ${String(result.events)}  windows ${String(result.windows)}  wall ${String(result.wallMs)} ms  cpu ${String(result.cpuMs)} ms  -> ${path}`;
}
