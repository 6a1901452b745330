import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LiveTimers } from "../../shared/kernel/live-timers.js";

describe("LiveTimers", () => {
  it("holds several live timers of one actor, each forgotten once", () => {
    const t = new LiveTimers(3);
    t.add(1, 0); t.add(1, 5); t.add(1, 7); t.add(2, 0);
    expect([t.has(1, 0), t.has(1, 5), t.has(1, 7), t.has(0, 0), t.has(2, 0)]).toEqual([true, true, true, false, true]);
    expect(t.delete(1, 5)).toBe(true);
    expect(t.delete(1, 5)).toBe(false);
    expect(t.delete(1, 0)).toBe(true);
    t.add(1, 9);
    expect([t.has(1, 7), t.has(1, 9), t.delete(2, 1)]).toEqual([true, true, false]);
  });

  it("answers as a set per actor would, for any sequence of adds and deletes", () => {
    const op = fc.record({ add: fc.boolean(), actor: fc.nat(2), seq: fc.nat(6) });
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const t = new LiveTimers(3);
      const sets = [new Set<number>(), new Set<number>(), new Set<number>()];
      const next = [0, 0, 0];
      for (const { add, actor, seq } of ops) {
        // Sequence numbers of one actor never repeat: an add takes the actor's next one.
        if (add) { t.add(actor, next[actor]!); sets[actor]!.add(next[actor]!++); continue; }
        expect(t.delete(actor, seq)).toBe(sets[actor]!.delete(seq));
      }
      for (let a = 0; a < 3; a++) for (let s = 0; s < 8; s++) expect(t.has(a, s)).toBe(sets[a]!.has(s));
    }));
  });
});
