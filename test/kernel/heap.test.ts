import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EventHeap, MAX_SOURCES } from "../../shared/kernel/heap.js";

interface Key { time: number; src: number; seq: number; dst: number }

/** Reference order of the design (§2): time, then source actor, then the source's send counter. */
const byKey = (a: Key, b: Key): number => a.time - b.time || a.src - b.src || a.seq - b.seq;

/** Keys with few distinct times and sources, so equal times and equal (time, src) are common. */
const keysArb = fc
  .array(fc.record({ time: fc.integer({ min: 0, max: 20 }), src: fc.integer({ min: 0, max: 5 }), dst: fc.integer({ min: 0, max: 1000 }) }), { maxLength: 300 })
  .chain((raw) =>
    // (src, seq) is unique, as in the kernel; sequence numbers are given in a shuffled order.
    fc.shuffledSubarray([...Array(raw.length).keys()], { minLength: raw.length, maxLength: raw.length }).map((perm) =>
      raw.map((r, i) => ({ ...r, seq: perm[i]! })),
    ),
  );

function drain(heap: EventHeap<Key>): Key[] {
  const out: Key[] = [];
  while (heap.pop()) {
    const p = heap.topPayload!;
    // The popped key fields agree with the payload pushed under that key.
    expect({ time: heap.topTime, src: heap.topSrc, seq: heap.topSeq, dst: heap.topDst }).toEqual({ time: p.time, src: p.src, seq: p.seq, dst: p.dst });
    out.push(p);
  }
  return out;
}

describe("EventHeap", () => {
  it("pops in (time, src, seq) order, ties included, whatever the push order", () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        const heap = new EventHeap<Key>(2); // small capacity: growth is exercised too
        for (const k of keys) heap.push(k.time, k.src, k.seq, k.dst, k);
        expect(heap.size).toBe(keys.length);
        expect(drain(heap)).toEqual([...keys].sort(byKey));
        expect(heap.size).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the order when pushes and pops interleave (against a sorted list)", () => {
    const op = fc.oneof(
      fc.record({ push: fc.constant(true as const), time: fc.integer({ min: 0, max: 10 }), src: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ push: fc.constant(false as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const heap = new EventHeap<Key>(1);
        const model: Key[] = [];
        const seqOf = [0, 0, 0, 0];
        for (const o of ops) {
          if (o.push) {
            const k = { time: o.time, src: o.src, seq: seqOf[o.src]!++, dst: o.src };
            heap.push(k.time, k.src, k.seq, k.dst, k);
            model.push(k);
            model.sort(byKey);
          } else {
            expect(heap.peekTime()).toBe(model.length ? model[0]!.time : Infinity);
            const popped = heap.pop();
            expect(popped).toBe(model.length > 0);
            if (popped) expect(heap.topPayload).toBe(model.shift());
          }
          expect(heap.size).toBe(model.length);
        }
        expect(drain(heap)).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it("orders times beyond 2^32 ns, the largest source ids and sequence numbers, and gives them back", () => {
    const heap = new EventHeap<string>();
    const big = 2 ** 40, src = MAX_SOURCES - 1, seq = 2 ** 32 - 1;
    heap.push(big + 1, 7, 0, 0, "c", 3);
    heap.push(big, src, seq - 1, 0, "b");
    heap.push(big, src, seq, 9, "b2", 2);
    heap.push(big, 5, 2 ** 31, 0, "a");
    heap.push(3, 0, 0, 0, "first");
    const order: [string, number, number, number, number][] = [];
    while (heap.pop()) order.push([heap.topPayload!, heap.topSrc, heap.topSeq, heap.topDst, heap.topKind]);
    expect(order).toEqual([
      ["first", 0, 0, 0, 0], ["a", 5, 2 ** 31, 0, 0], ["b", src, seq - 1, 0, 0], ["b2", src, seq, 9, 2], ["c", 7, 0, 0, 3],
    ]);
  });

  it("reports an empty heap", () => {
    const heap = new EventHeap<number>();
    expect(heap.size).toBe(0);
    expect(heap.peekTime()).toBe(Infinity);
    expect(heap.pop()).toBe(false);
  });

  it("forEach visits every queued entry once", () => {
    const heap = new EventHeap<number>(1);
    for (let i = 0; i < 50; i++) heap.push((i * 37) % 11, i, 0, i, i);
    for (let i = 0; i < 20; i++) heap.pop();
    const seen: number[] = [];
    heap.forEach((_t, _s, _q, _d, p) => seen.push(p));
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });
});
