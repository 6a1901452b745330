import type { StateObserver } from "../kernel/trace.js";

/**
 * Time-in-state accounting from `from` (the end of warm-up) onwards: every interval spent in a state
 * is clipped to [from, ...) and added to that state's total.
 */
export class TimeInState {
  private readonly totals = new Map<string, number>();
  private state: string;
  private since: number;

  /** `observer` (a trace recorder's, when tracing is on) hears the initial state and every change. */
  constructor(initial: string, private readonly from: number, states: readonly string[], private readonly observer?: StateObserver) {
    for (const s of states) this.totals.set(s, 0);
    this.state = initial;
    this.since = 0;
    observer?.(initial, 0);
  }

  get current(): string { return this.state; }

  enter(state: string, now: number): void {
    if (state === this.state) return;
    this.close(now);
    this.state = state;
    if (this.observer !== undefined) this.observer(state, now);
  }

  private close(now: number): void {
    const start = Math.max(this.since, this.from);
    if (now > start) this.totals.set(this.state, (this.totals.get(this.state) ?? 0) + (now - start));
    this.since = now;
  }

  /** Shares of [from, end) per state (sum 1 when end > from). */
  shares(end: number): Record<string, number> {
    this.close(end);
    const span = end - this.from;
    const out: Record<string, number> = {};
    for (const [s, t] of this.totals) out[s] = span > 0 ? t / span : 0;
    return out;
  }
}

/**
 * A FIFO serial unit (a lock, a single thread): requests are served one at a time in arrival order.
 * Returns when service starts; accumulates busy time and waits for the part after warm-up.
 */
export class SerialUnit {
  private freeAt = 0;
  busyNs = 0;
  waitNs = 0;
  acquisitions = 0;

  constructor(readonly name: string, readonly kind: "lock" | "serial", private readonly from: number) {}

  /** Acquire at `now` for `hold` ns; returns the time service starts. */
  acquire(now: number, hold: number): number {
    const start = Math.max(now, this.freeAt);
    this.freeAt = start + hold;
    if (now >= this.from) {
      this.acquisitions++;
      this.waitNs += start - now;
      this.busyNs += hold;
    }
    return start;
  }

  report(end: number): { name: string; kind: string; utilisation: number; meanWaitNs: number; acquisitions: number } {
    const span = end - this.from;
    return {
      name: this.name, kind: this.kind,
      utilisation: span > 0 ? Math.min(1, this.busyNs / span) : 0,
      meanWaitNs: this.acquisitions > 0 ? this.waitNs / this.acquisitions : 0,
      acquisitions: this.acquisitions,
    };
  }
}

/** Adds counts of `b` into `a` (per key). */
export function addCounts(a: Record<string, number>, b: Record<string, number> | undefined): Record<string, number> {
  if (b) for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
  return a;
}
