/**
 * Running fingerprint of what an actor handled: every message folds its key (time, src, seq) and
 * type into two independent 32-bit lanes. The run digest combines actor lanes in actor-id order.
 */
export class DigestTable {
  readonly h1: Uint32Array;
  readonly h2: Uint32Array;

  constructor(actors: number) {
    this.h1 = new Uint32Array(actors).fill(0x811c9dc5);
    this.h2 = new Uint32Array(actors).fill(0x01000193);
  }

  fold(actor: number, time: number, src: number, seq: number, type: number): void {
    const lo = time >>> 0, hi = Math.floor(time / 4294967296) >>> 0;
    let a = this.h1[actor]!, b = this.h2[actor]!;
    a = mix(a, lo); a = mix(a, hi); a = mix(a, src); a = mix(a, seq); a = mix(a, type);
    b = mix2(b, type); b = mix2(b, seq); b = mix2(b, src); b = mix2(b, hi); b = mix2(b, lo);
    this.h1[actor] = a; this.h2[actor] = b;
  }
}

function mix(h: number, v: number): number {
  h ^= v; h = Math.imul(h, 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
function mix2(h: number, v: number): number {
  h = Math.imul(h ^ Math.imul(v, 0xcc9e2d51), 0x1b873593);
  return ((h << 13) | (h >>> 19)) >>> 0;
}

/** Combines per-actor lanes, in actor-id order, into the run digest (16 hex digits). */
export function combineDigests(h1: ArrayLike<number>, h2: ArrayLike<number>): string {
  let a = 0x9747b28c, b = 0x2c1b3c6d;
  for (let i = 0; i < h1.length; i++) {
    a = mix(a, h1[i]!); a = mix(a, i);
    b = mix2(b, h2[i]!); b = mix2(b, i);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

const typeIds = new Map<string, number>();
/** Stable 32-bit id of a message type name (FNV-1a of its characters). */
export function typeId(type: string): number {
  let id = typeIds.get(type);
  if (id === undefined) {
    let h = 0x811c9dc5;
    for (let i = 0; i < type.length; i++) h = Math.imul(h ^ type.charCodeAt(i), 0x01000193);
    id = h >>> 0;
    typeIds.set(type, id);
  }
  return id;
}
