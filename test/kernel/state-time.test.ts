import { describe, expect, it } from "vitest";
import { StateTime } from "../../shared/kernel/state-time.js";

describe("StateTime", () => {
  it("measures each state's time from `from` on; warm-up time counts nowhere", () => {
    const t = new StateTime(2, 100);
    t.open(0, "idle", 0);
    t.change(0, "busy", 60); // idle 0-60: all warm-up
    t.change(0, "idle", 150); // busy 60-150: 50 measured
    expect(t.shares(0, 300)).toEqual({ busy: 50 / 200, idle: 150 / 200 });
    expect(t.stateOf[0]).toBe("idle");
  });

  it("lists states in the order they first got measured time, not the order entered", () => {
    const t = new StateTime(1, 100);
    t.open(0, "a", 0);
    t.change(0, "b", 50); // a: warm-up only
    t.change(0, "c", 100); // b: 50-100, warm-up only
    t.change(0, "a", 120); // c first measured
    t.change(0, "b", 130);
    expect(Object.keys(t.shares(0, 200))).toEqual(["c", "a", "b"]);
    // A state entered and left at once has no measured time and no place.
    t.change(0, "d", 200);
    t.change(0, "b", 200);
    expect(Object.keys(t.shares(0, 210))).toEqual(["c", "a", "b"]);
  });

  it("keeps actors apart", () => {
    const t = new StateTime(3, 0);
    t.open(0, "x", 0);
    t.open(2, "y", 0);
    t.change(2, "x", 40);
    expect(t.shares(0, 100)).toEqual({ x: 1 });
    expect(t.shares(2, 100)).toEqual({ y: 0.4, x: 0.6 });
  });

  it("continues a saved account: restored states stay ahead of those measured after", () => {
    const a = new StateTime(1, 0);
    a.open(0, "run", 0);
    a.change(0, "wait", 30);
    a.change(0, "run", 50);
    const saved = a.saved(0);
    expect(saved).toEqual({ state: "run", since: 50, totals: { run: 30, wait: 20 } });
    const b = new StateTime(1, 0);
    // Another partition saw other states first: the restored order must not depend on that.
    b.open(0, "new", 0);
    b.open(0, saved.state, saved.since, JSON.parse(JSON.stringify(saved.totals)));
    b.change(0, "new", 80);
    a.change(0, "new", 80);
    expect(Object.entries(b.shares(0, 100))).toEqual(Object.entries(a.shares(0, 100)));
    expect(Object.keys(b.shares(0, 100))).toEqual(["run", "wait", "new"]);
  });

  it("holds more states than its first stride, keeping what each actor measured", () => {
    const t = new StateTime(2, 0);
    t.open(0, "s0", 0);
    t.open(1, "s0", 0);
    for (let k = 1; k <= 40; k++) t.change(0, `s${k}`, k * 10);
    t.change(1, "s39", 5);
    const s0 = t.shares(0, 410);
    expect(Object.keys(s0)).toEqual(Array.from({ length: 41 }, (_, k) => `s${k}`));
    for (const v of Object.values(s0)) expect(v).toBeCloseTo(10 / 410, 12);
    expect(t.shares(1, 410)).toEqual({ s0: 5 / 410, s39: 405 / 410 });
  });
});
