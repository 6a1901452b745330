import type { Ns } from "./time.js";

/** An actor's time-in-state as a snapshot holds it: its state, since when, measured time by state. */
export interface SavedAccount {
  state: string;
  since: Ns;
  /** In the order the states were first measured. */
  totals: Record<string, number>;
}

/**
 * Time-in-state of every actor's machine: its current state, since when, and the time measured in
 * each state (from `from` on: warm-up time counts nowhere). States are numbered as first seen; an
 * actor's measured time in state k and when it was first measured sit side by side in one flat
 * array, at (actor * stride + k) * 2, so a state change writes one cache line in place (a Map per
 * actor of boxed numbers took several, and allocated at every change). The shares list the states
 * in the order they first got measured time.
 */
export class StateTime {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /** Current state name of each actor: the event loop compares it with the machine's. */
  readonly stateOf: string[];
  private readonly stateId: Int32Array;
  private readonly since: Float64Array;
  /** States per actor the array has room for; it doubles when more names are seen. */
  private stride = 16;
  /** Per actor and state: measured time, then when first measured (Infinity: not yet). */
  private acc: Float64Array;

  constructor(private readonly actors: number, private readonly from: Ns) {
    this.stateOf = new Array<string>(actors);
    this.stateId = new Int32Array(actors);
    this.since = new Float64Array(actors);
    this.acc = StateTime.empty(actors * this.stride);
  }

  /** Starts the account of actor `id` in `state` at `since`, with times measured before (a snapshot's). */
  open(id: number, state: string, since: Ns, totals?: Readonly<Record<string, number>>): void {
    this.enter(id, state);
    this.since[id] = since;
    if (totals === undefined) return;
    // Restored times keep their order ahead of any measured from now on.
    const saved = Object.entries(totals);
    saved.forEach(([s, t], i) => {
      const at = this.at(id, this.idOf(s));
      this.acc[at] = t;
      this.acc[at + 1] = i - saved.length;
    });
  }

  /** Actor `id` is in `state` from `at` on. */
  change(id: number, state: string, at: Ns): void {
    this.close(id, at);
    this.enter(id, state);
  }

  /**
   * Shares of [from, end) actor `id` spent in each state measured (they sum to 1 when end > from), in
   * the order first measured.
   */
  shares(id: number, end: Ns): Record<string, number> {
    if (end > this.since[id]!) this.close(id, end);
    const span = end - this.from;
    const out: Record<string, number> = {};
    for (const [s, t] of this.measured(id)) out[s] = span > 0 ? t / span : 0;
    return out;
  }

  saved(id: number): SavedAccount {
    return { state: this.stateOf[id]!, since: this.since[id]!, totals: Object.fromEntries(this.measured(id)) };
  }

  private measured(id: number): [string, number][] {
    const ks: number[] = [];
    for (let k = 0; k < this.names.length; k++) if (this.acc[this.at(id, k) + 1]! < Infinity) ks.push(k);
    ks.sort((a, b) => this.acc[this.at(id, a) + 1]! - this.acc[this.at(id, b) + 1]!);
    return ks.map((k) => [this.names[k]!, this.acc[this.at(id, k)]!]);
  }

  private close(id: number, at: Ns): void {
    const start = Math.max(this.since[id]!, this.from);
    const i = this.at(id, this.stateId[id]!);
    const acc = this.acc;
    // One code path before and after `from` (a branch first taken there would cost the optimised event loop).
    const ran = Math.max(0, at - start);
    acc[i] = acc[i]! + ran;
    acc[i + 1] = Math.min(acc[i + 1]!, ran > 0 ? at : Infinity);
    this.since[id] = at;
  }

  private enter(id: number, state: string): void {
    this.stateOf[id] = state;
    this.stateId[id] = this.idOf(state);
  }

  private at(id: number, k: number): number {
    return (id * this.stride + k) * 2;
  }

  /** The number of `state`; a new one past the stride doubles it. */
  private idOf(state: string): number {
    let k = this.ids.get(state);
    if (k === undefined) {
      k = this.names.push(state) - 1;
      this.ids.set(state, k);
      if (k >= this.stride) this.widen();
    }
    return k;
  }

  private widen(): void {
    const old = this.acc, was = this.stride;
    this.stride *= 2;
    this.acc = StateTime.empty(this.actors * this.stride);
    for (let id = 0; id < this.actors; id++) {
      this.acc.set(old.subarray(id * was * 2, (id + 1) * was * 2), this.at(id, 0));
    }
  }

  private static empty(slots: number): Float64Array {
    const acc = new Float64Array(slots * 2);
    for (let i = 1; i < acc.length; i += 2) acc[i] = Infinity;
    return acc;
  }
}
