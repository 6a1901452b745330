import { irqscale } from "../../proto/gen/irqscale.js";

/**
 * Running fingerprint of what an actor handled: every message folds its key (time, src, seq), its
 * type and its payload's fields into two independent 32-bit lanes. The run digest combines actor
 * lanes in actor-id order. A payload folds the fields of its wire message in schema order, each
 * as the 64 bits of its value as a double (a field left out counts as the wire's default, 0), so a
 * message digests the same whether it was handed over in memory or decoded from another partition.
 */
export class DigestTable {
  readonly h1: Uint32Array;
  readonly h2: Uint32Array;

  constructor(actors: number) {
    this.h1 = new Uint32Array(actors).fill(0x811c9dc5);
    this.h2 = new Uint32Array(actors).fill(0x01000193);
  }

  /** Folds a message's key, its type and its payload's fields. */
  foldMessage(actor: number, time: number, src: number, seq: number, payload: { readonly type: string }): void {
    const wire = wireTypeOf(payload.type);
    this.fold(actor, time, src, seq, wire.id);
    const fields = wire.fields ?? ownFields(payload);
    const values = payload as unknown as Record<string, unknown>;
    let a = this.h1[actor]!, b = this.h2[actor]!;
    for (let i = 0; i < fields.length; i++) {
      bits[0] = valueOf(values[fields[i]!]);
      a = mix(a, words[0]!); a = mix(a, words[1]!);
      b = mix2(b, words[1]!); b = mix2(b, words[0]!);
    }
    this.h1[actor] = a; this.h2[actor] = b;
  }

  /** Folds a key and a type: the whole of a timer's, a message's before its payload. */
  fold(actor: number, time: number, src: number, seq: number, type: number): void {
    const lo = time >>> 0, hi = Math.floor(time / 4294967296) >>> 0;
    let a = this.h1[actor]!, b = this.h2[actor]!;
    a = mix(a, lo); a = mix(a, hi); a = mix(a, src); a = mix(a, seq); a = mix(a, type);
    b = mix2(b, type); b = mix2(b, seq); b = mix2(b, src); b = mix2(b, hi); b = mix2(b, lo);
    this.h1[actor] = a; this.h2[actor] = b;
  }
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function valueOf(v: unknown): number {
  if (typeof v === "number") return v;
  if (v === undefined || v === null || v === false) return 0;
  if (v === true) return 1;
  return typeId(typeof v === "string" ? v : JSON.stringify(v));
}

/** A message type's id and the fields its payload folds: its wire message's, in schema order. */
interface WireType { id: number; fields: readonly string[] | null }
const wireTypes = new Map<string, WireType>();

function wireTypeOf(type: string): WireType {
  let wire = wireTypes.get(type);
  if (wire === undefined) {
    const Envelope = irqscale.Envelope;
    const empty = Envelope.toObject(Envelope.create({ [type]: {} }), { defaults: true }) as Record<string, unknown>;
    const shape = empty[type];
    wire = { id: typeId(type), fields: shape !== null && typeof shape === "object" ? Object.keys(shape) : null };
    wireTypes.set(type, wire);
  }
  return wire;
}

/** For a type the wire schema does not carry (test models): the payload's own fields but `type`, by name. */
const ownFields = (payload: { readonly type: string }): readonly string[] =>
  Object.keys(payload).filter((k) => k !== "type").sort();

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
