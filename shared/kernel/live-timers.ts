/**
 * The timers of `after` still live (neither fired nor cancelled), by actor, as their sequence numbers. An
 * actor mostly has one live timer at a time (a vCPU's segment end): it sits in a flat array, so the check at
 * each timer's pop reads no per-actor object; any others of the actor wait in a set of its own.
 */
export class LiveTimers {
  private readonly first: Float64Array;
  private readonly more: (Set<number> | undefined)[];

  constructor(actors: number) {
    this.first = new Float64Array(actors).fill(-1);
    this.more = new Array(actors);
  }

  add(actor: number, seq: number): void {
    if (this.first[actor] === -1) this.first[actor] = seq;
    else (this.more[actor] ??= new Set()).add(seq);
  }

  /** Forgets the timer; says whether it was live. */
  delete(actor: number, seq: number): boolean {
    if (this.first[actor] === seq) {
      this.first[actor] = -1;
      return true;
    }
    const more = this.more[actor];
    return more !== undefined && more.delete(seq);
  }

  has(actor: number, seq: number): boolean {
    return this.first[actor] === seq || this.more[actor]?.has(seq) === true;
  }
}
