/**
 * Binary min-heap of events ordered by the key (time, src, seq), kept in typed arrays (struct of
 * arrays) so pushing and popping allocate nothing. Keys are unique: (src, seq) never repeats.
 */
export class EventHeap<P> {
  private t: Float64Array;
  private s: Uint32Array;
  private q: Uint32Array;
  private d: Int32Array;
  /** A small number the owner gives each entry (what kind of entry it is), read back with it. */
  private k: Uint8Array;
  private p: (P | undefined)[];
  private n = 0;

  constructor(capacity = 1024) {
    this.t = new Float64Array(capacity);
    this.s = new Uint32Array(capacity);
    this.q = new Uint32Array(capacity);
    this.d = new Int32Array(capacity);
    this.k = new Uint8Array(capacity);
    this.p = new Array(capacity);
  }

  get size(): number { return this.n; }
  /** Time of the earliest event, Infinity when empty. */
  peekTime(): number { return this.n > 0 ? this.t[0]! : Infinity; }

  // Popped entry, valid until the next push or pop.
  topTime = 0; topSrc = 0; topSeq = 0; topDst = 0; topKind = 0; topPayload: P | undefined;

  push(time: number, src: number, seq: number, dst: number, payload: P, kind = 0): void {
    if (this.n === this.t.length) this.grow();
    let i = this.n++;
    const t = this.t, s = this.s, q = this.q, d = this.d, k = this.k, p = this.p;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = t[parent]!;
      if (pt < time || (pt === time && (s[parent]! < src || (s[parent] === src && q[parent]! < seq)))) break;
      t[i] = pt; s[i] = s[parent]!; q[i] = q[parent]!; d[i] = d[parent]!; k[i] = k[parent]!; p[i] = p[parent];
      i = parent;
    }
    t[i] = time; s[i] = src; q[i] = seq; d[i] = dst; k[i] = kind; p[i] = payload;
  }

  /** Removes the earliest event into top*. Returns false when empty. */
  pop(): boolean {
    if (this.n === 0) return false;
    const t = this.t, s = this.s, q = this.q, d = this.d, k = this.k, p = this.p;
    this.topTime = t[0]!; this.topSrc = s[0]!; this.topSeq = q[0]!; this.topDst = d[0]!; this.topKind = k[0]!;
    this.topPayload = p[0];
    const last = --this.n;
    if (last > 0) {
      const lt = t[last]!, ls = s[last]!, lq = q[last]!, ld = d[last]!, lk = k[last]!, lp = p[last];
      let i = 0;
      const half = last >> 1;
      while (i < half) {
        let c = 2 * i + 1;
        const r = c + 1;
        if (r < last && (t[r]! < t[c]! || (t[r] === t[c] && (s[r]! < s[c]! || (s[r] === s[c] && q[r]! < q[c]!))))) c = r;
        const ct = t[c]!;
        if (lt < ct || (lt === ct && (ls < s[c]! || (ls === s[c] && lq < q[c]!)))) break;
        t[i] = ct; s[i] = s[c]!; q[i] = q[c]!; d[i] = d[c]!; k[i] = k[c]!; p[i] = p[c];
        i = c;
      }
      t[i] = lt; s[i] = ls; q[i] = lq; d[i] = ld; k[i] = lk; p[i] = lp;
    }
    p[last] = undefined;
    return true;
  }

  /** Visits every queued entry (in heap order, not key order). */
  forEach(fn: (time: number, src: number, seq: number, dst: number, payload: P, kind: number) => void): void {
    for (let i = 0; i < this.n; i++) fn(this.t[i]!, this.s[i]!, this.q[i]!, this.d[i]!, this.p[i]!, this.k[i]!);
  }

  private grow(): void {
    const cap = this.t.length * 2;
    const t = new Float64Array(cap); t.set(this.t); this.t = t;
    const s = new Uint32Array(cap); s.set(this.s); this.s = s;
    const q = new Uint32Array(cap); q.set(this.q); this.q = q;
    const d = new Int32Array(cap); d.set(this.d); this.d = d;
    const k = new Uint8Array(cap); k.set(this.k); this.k = k;
    this.p.length = cap;
  }
}
