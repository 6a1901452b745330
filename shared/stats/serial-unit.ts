/**
 * A FIFO serial unit (a lock, a single thread) as plain data: requests are served one at a time in
 * arrival order. It accumulates busy time and waits from `from` (the end of warm-up) on.
 */
export interface SerialUnit {
  readonly name: string;
  readonly kind: "lock" | "serial";
  readonly from: number;
  freeAt: number;
  busyNs: number;
  waitNs: number;
  acquisitions: number;
}

export const serialUnit = (name: string, kind: "lock" | "serial", from: number): SerialUnit => ({
  name,
  kind,
  from,
  freeAt: 0,
  busyNs: 0,
  waitNs: 0,
  acquisitions: 0,
});

/** Acquires `u` at `now` for `hold` ns; returns the time service starts. */
export function acquire(u: SerialUnit, now: number, hold: number): number {
  const start = Math.max(now, u.freeAt);
  u.freeAt = start + hold;
  if (now >= u.from) {
    u.acquisitions++;
    u.waitNs += start - now;
    u.busyNs += hold;
  }
  return start;
}

export function serialReport(u: SerialUnit, end: number) {
  const span = end - u.from;
  return {
    name: u.name,
    kind: u.kind,
    utilisation: span > 0 ? Math.min(1, u.busyNs / span) : 0,
    meanWaitNs: u.acquisitions > 0 ? u.waitNs / u.acquisitions : 0,
    acquisitions: u.acquisitions,
  };
}

/** Adds counts of `b` into `a` (per key). */
export function addCounts(a: Record<string, number>, b: Record<string, number> | undefined): Record<string, number> {
  if (b) for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
  return a;
}
