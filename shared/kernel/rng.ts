/**
 * Per-actor pseudo-random stream: xoshiro128** seeded through splitmix32 from (run seed, actor id),
 * so an actor draws the same numbers however actors are partitioned.
 */
/** splitmix32 (Steele, Lea and Flood 2014, 32-bit variant with the murmur3 finalizer) from `state.x`. */
export function splitmix32(state: { x: number }): number {
  let z = (state.x = (state.x + 0x9e3779b9) | 0);
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Rng {
  private a: number; private b: number; private c: number; private d: number;

  constructor(seed: number, stream: number) {
    const st = { x: (Math.imul(seed | 0, 0x2545f491) ^ Math.imul((stream | 0) + 1, 0x9e3779b1)) | 0 };
    this.a = splitmix32(st); this.b = splitmix32(st); this.c = splitmix32(st); this.d = splitmix32(st);
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** The generator's state, plain data for a snapshot. */
  state(): [number, number, number, number] { return [this.a, this.b, this.c, this.d]; }

  /** Continues from a state `state()` returned. */
  setState(s: readonly number[]): void {
    if (s.length !== 4 || !s.every((x) => Number.isInteger(x)))
      throw new Error(`bad random-stream state ${JSON.stringify(s)}`);
    [this.a, this.b, this.c, this.d] = [s[0]! | 0, s[1]! | 0, s[2]! | 0, s[3]! | 0];
  }

  /** Uniform 32-bit unsigned integer. */
  nextU32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a; this.d ^= this.b; this.b ^= this.c; this.a ^= this.d;
    this.c ^= t; this.d = rotl(this.d, 11);
    return r;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  next(): number {
    return ((this.nextU32() >>> 5) * 67108864 + (this.nextU32() >>> 6)) / 9007199254740992;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number { return Math.floor(this.next() * n); }

  /** Exponential with the given mean. */
  exp(mean: number): number { return -mean * Math.log(1 - this.next()); }

  /** Standard normal (Box-Muller; one value per call keeps the stream simple). */
  normal(): number {
    const u = 1 - this.next(), v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Lognormal with the given mean and coefficient of variation. */
  lognormal(mean: number, cv: number): number {
    const s2 = Math.log(1 + cv * cv);
    return Math.exp(Math.log(mean) - s2 / 2 + Math.sqrt(s2) * this.normal());
  }
}

function rotl(x: number, k: number): number { return (x << k) | (x >>> (32 - k)); }
