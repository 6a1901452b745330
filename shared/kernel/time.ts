/** Virtual time: integer nanoseconds held in a JS number (exact up to 2^53 ns, about 104 days). */
export type Ns = number;

export const NS_PER_US = 1_000;
export const NS_PER_MS = 1_000_000;
export const NS_PER_S = 1_000_000_000;

export const us = (x: number): Ns => Math.round(x * NS_PER_US);
export const ms = (x: number): Ns => Math.round(x * NS_PER_MS);

/** Converts a cost given in core cycles at `ghz` into whole nanoseconds. */
export const cyclesToNs = (cycles: number, ghz: number): Ns => Math.round(cycles / ghz);

export function assertTime(t: number, what: string): void {
  if (!Number.isSafeInteger(t) || t < 0) throw new RangeError(`${what}: virtual time must be a non-negative integer of ns, got ${t}`);
}
