/** Entry layout in EventHeap's one array: time, tie-break, destination, kind and payload slot. */
const STRIDE = 4, TIME = 0, TIE = 1, DST = 2, KIND_SLOT = 3;
/** (src, seq) as one number that orders as the pair does: seq < 2^32 and src < MAX_SOURCES keep it exact. */
const SRC_SCALE = 2 ** 32;
/** Source ids (actor ids) the heap orders exactly: src * 2^32 + seq stays below 2^53. */
export const MAX_SOURCES = 2 ** 21;

/**
 * Binary min-heap of events ordered by the key (time, src, seq); keys are unique: (src, seq) never
 * repeats. An entry is four numbers side by side in one Float64Array (time, src * 2^32 + seq,
 * destination, payload slot * 4 + kind), so a sift step reads both children from one or two cache
 * lines and moves numbers only; payloads stay in their slot from push to pop. Pushing and popping
 * allocate nothing.
 */
export class EventHeap<P> {
  private e: Float64Array;
  private p: (P | undefined)[];
  /** Payload slots not in use, as a stack. */
  private free: Int32Array;
  private nFree: number;
  private n = 0;

  constructor(capacity = 1024) {
    const cap = Math.max(1, capacity);
    this.e = new Float64Array(cap * STRIDE);
    this.p = new Array(cap);
    this.free = new Int32Array(cap);
    for (let i = 0; i < cap; i++) this.free[i] = cap - 1 - i;
    this.nFree = cap;
  }

  get size(): number { return this.n; }
  /** Time of the earliest event, Infinity when empty. */
  peekTime(): number { return this.n > 0 ? this.e[TIME]! : Infinity; }

  // Popped entry, valid until the next push or pop.
  topTime = 0; topSrc = 0; topSeq = 0; topDst = 0; topKind = 0; topPayload: P | undefined;

  /** `src` < MAX_SOURCES, `seq` < 2^32, `kind` 0-3 (a small number the owner reads back with the entry). */
  push(time: number, src: number, seq: number, dst: number, payload: P, kind = 0): void {
    if (this.nFree === 0) this.grow();
    const slot = this.free[--this.nFree]!;
    this.p[slot] = payload;
    const tie = src * SRC_SCALE + seq;
    const e = this.e;
    let i = this.n++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pb = parent * STRIDE;
      const pt = e[pb]!;
      // The tie-break is compared even when times differ: its code then always has type feedback, so
      // TurboFan's code is not thrown away the first time two times are equal (a deopt, then a recompile).
      const pq = e[pb + TIE]!;
      const before = pq < tie;
      if (pt < time || (pt === time && before)) break;
      const ib = i * STRIDE;
      e[ib] = pt; e[ib + TIE] = pq; e[ib + DST] = e[pb + DST]!; e[ib + KIND_SLOT] = e[pb + KIND_SLOT]!;
      i = parent;
    }
    const ib = i * STRIDE;
    e[ib] = time; e[ib + TIE] = tie; e[ib + DST] = dst; e[ib + KIND_SLOT] = slot * 4 + kind;
  }

  /** Removes the earliest event into top*. Returns false when empty. */
  pop(): boolean {
    if (this.n === 0) return false;
    const e = this.e;
    const tie = e[TIE]!;
    const ks = e[KIND_SLOT]!;
    const slot = ks >>> 2;
    this.topTime = e[TIME]!;
    this.topSrc = Math.floor(tie / SRC_SCALE);
    this.topSeq = tie - this.topSrc * SRC_SCALE;
    this.topDst = e[DST]!;
    this.topKind = ks & 3;
    this.topPayload = this.p[slot];
    this.p[slot] = undefined;
    this.free[this.nFree++] = slot;
    const last = --this.n;
    if (last > 0) {
      const lb = last * STRIDE;
      const lt = e[lb]!, lq = e[lb + TIE]!, ld = e[lb + DST]!, lk = e[lb + KIND_SLOT]!;
      const half = last >> 1;
      let i = 0;
      while (i < half) {
        let c = 2 * i + 1;
        let cb = c * STRIDE;
        if (c + 1 < last) {
          const rb = cb + STRIDE;
          const rt = e[rb]!, ct = e[cb]!;
          const rightFirst = e[rb + TIE]! < e[cb + TIE]!;
          if (rt < ct || (rt === ct && rightFirst)) { c++; cb = rb; }
        }
        const ct = e[cb]!, cq = e[cb + TIE]!;
        const lastFirst = lq < cq;
        if (lt < ct || (lt === ct && lastFirst)) break;
        const ib = i * STRIDE;
        e[ib] = ct; e[ib + TIE] = cq; e[ib + DST] = e[cb + DST]!; e[ib + KIND_SLOT] = e[cb + KIND_SLOT]!;
        i = c;
      }
      const ib = i * STRIDE;
      e[ib] = lt; e[ib + TIE] = lq; e[ib + DST] = ld; e[ib + KIND_SLOT] = lk;
    }
    return true;
  }

  /** Visits every queued entry (in heap order, not key order). */
  forEach(fn: (time: number, src: number, seq: number, dst: number, payload: P, kind: number) => void): void {
    const e = this.e;
    for (let i = 0; i < this.n; i++) {
      const b = i * STRIDE;
      const tie = e[b + TIE]!, ks = e[b + KIND_SLOT]!;
      const src = Math.floor(tie / SRC_SCALE);
      fn(e[b]!, src, tie - src * SRC_SCALE, e[b + DST]!, this.p[ks >>> 2]!, ks & 3);
    }
  }

  private grow(): void {
    const cap = this.p.length, next = cap * 2;
    const e = new Float64Array(next * STRIDE); e.set(this.e); this.e = e;
    this.p.length = next;
    // Every slot is in use: the new ones are the free ones.
    const free = new Int32Array(next);
    for (let i = 0; i < next - cap; i++) free[i] = next - 1 - i;
    this.free = free;
    this.nFree = next - cap;
  }
}
