// The contention-aware lock against what each algorithm must do, driven by a small event loop of its
// own: contenders on chosen cores ask for the lock, hold it for their section and release it, in
// time order, so the figures can be checked against queueing arithmetic.
import { describe, expect, it } from "vitest";
import { lockReport, newLock, releaseLock, requestLock, type CoreDistance, type Lock, type LockAlgorithm }
  from "../../../shared/model/host/lock.js";

const COSTS = { contextSwitchNs: 1500, wakeupNs: 800 };
/** Two classes: the same core, and any two distinct cores at `ns`. */
const flat = (ns: number): CoreDistance => ({
  classes: [{ name: "core" }, { name: "host" }],
  classOf: (a, b) => (a === b ? 0 : 1),
  transferNs: (a, b) => (a === b ? 0 : ns),
});

/**
 * Contender c (on core c) loops: `thinkNs` outside the lock, then the lock for `workNs`. Returns the
 * lock after `endNs`, with the grants each contender got.
 */
function closedLoop(algorithm: LockAlgorithm, contenders: number, thinkNs: number, workNs: number, endNs: number,
  d = flat(50)) {
  const lock = newLock("l", algorithm, 1, 0, endNs);
  const events: { at: number; kind: "ask" | "release"; c: number }[] = [];
  const push = (e: (typeof events)[number]) => {
    events.push(e);
    events.sort((a, b) => a.at - b.at || a.c - b.c);
  };
  for (let c = 0; c < contenders; c++) push({ at: thinkNs + c, kind: "ask", c });
  let served = 0;
  while (events.length > 0) {
    const e = events.shift()!;
    if (e.at >= endNs) break;
    if (e.kind === "ask") {
      const r = requestLock(lock, e.at, e.c, e.c, workNs, d);
      if (r.granted) push({ at: e.at + r.sectionNs, kind: "release", c: e.c });
    } else {
      served++;
      const next = releaseLock(lock, e.at, d, COSTS);
      push({ at: e.at + thinkNs, kind: "ask", c: e.c });
      if (next) {
        const section = workNs + lock.lines * d.transferNs(lock.lastCore, next.waiter.core);
        push({ at: next.grantAt + section, kind: "release", c: next.waiter.core });
      }
    }
  }
  return { lock, served };
}

describe("lock: one holder at a time, the handoff of its algorithm", () => {
  it("an uncontended lock taken again on the same core costs its work only; another core pays the line moves", () => {
    const lock = newLock("l", "qspinlock", 2, 0, 1e6);
    const d = flat(40);
    const a = requestLock(lock, 0, 0, 3, 100, d);
    expect(a).toEqual({ granted: true, sectionNs: 100 });
    releaseLock(lock, 100, d, COSTS);
    expect(requestLock(lock, 200, 0, 3, 100, d)).toEqual({ granted: true, sectionNs: 100 });
    releaseLock(lock, 300, d, COSTS);
    // The lock word and the section's two lines come from core 3.
    expect(requestLock(lock, 400, 1, 5, 100, d)).toEqual({ granted: true, sectionNs: 100 + 3 * 40 });
    expect(lockReport(lock, 1e6).transfers).toEqual({ core: 2, host: 1 });
  });

  it("qspinlock hands over in one transfer; ticket adds half the transfers to the other spinners", () => {
    for (const [algorithm, expected] of [["qspinlock", 50], ["ticket", 50 + (3 * 50) / 2]] as const) {
      const lock = newLock("l", algorithm, 0, 0, 1e6);
      requestLock(lock, 0, 0, 0, 100, flat(50));
      for (let c = 1; c <= 4; c++) expect(requestLock(lock, c, c, c, 100, flat(50)).granted).toBe(false);
      const next = releaseLock(lock, 100, flat(50), COSTS)!;
      expect(next.waiter.core).toBe(1);
      expect(next.grantAt - 100).toBe(expected);
      expect(lock.owner).toBe(1);
    }
  });

  it("a mutex waiter sleeps: no spin time, a wake-up and two context switches per contended handoff", () => {
    const { lock } = closedLoop("mutex", 4, 200, 1000, 200_000);
    const r = lockReport(lock, 200_000);
    expect(r.spinNs).toBe(0);
    expect(r.contended).toBeGreaterThan(0.9);
    expect(r.contextSwitches).toBe(2 * Math.round(r.contended * r.acquisitions));
    // Each handoff costs wake-up + transfer + switch-in on top of the 1000 ns section (+1 line move).
    expect(r.acquisitionsPerSec / (1e9 / (1000 + 50 + 800 + 50 + 1500))).toBeCloseTo(1, 2);
    // Saturated: the lock is never free, but held only 1050 of every 3400 ns; the rest is handoff.
    expect(r.utilisation).toBeGreaterThan(0.99);
    expect(r.holdShare).toBeCloseTo(1050 / 3400, 2);
    expect(r.meanHandoffNs).toBeCloseTo(800 + 50 + 1500, 6);
  });

  it("spinners burn their wait: spin time is the sum of the waits of the served", () => {
    const { lock } = closedLoop("qspinlock", 6, 300, 400, 500_000);
    const r = lockReport(lock, 500_000);
    expect(r.spinNs).toBeGreaterThan(0);
    expect(r.spinNs).toBeCloseTo(r.meanWaitNs * r.acquisitions, -1);
  });
});

describe("lock: throughput over contenders (the shape of Boyd-Wickizer et al. 2012, Fig. 2/3)", () => {
  const END = 400_000;
  const sweep = (algorithm: LockAlgorithm) =>
    [1, 2, 4, 8, 16, 32, 48].map((n) =>
      ({ n, rate: lockReport(closedLoop(algorithm, n, 1500, 200, END).lock, END).acquisitionsPerSec }));

  it("a ticket lock rises, peaks and collapses; a queued lock stays within 10% of its peak past that point", () => {
    const ticket = sweep("ticket");
    const queued = sweep("qspinlock");
    const peakAt = ticket.reduce((b, p, i) => (p.rate > ticket[b]!.rate ? i : b), 0);
    expect(peakAt).toBeGreaterThan(0);
    expect(peakAt).toBeLessThan(ticket.length - 2);
    // Rises to the peak, then falls well below it.
    for (let i = 1; i <= peakAt; i++) expect(ticket[i]!.rate).toBeGreaterThan(ticket[i - 1]!.rate);
    expect(ticket[ticket.length - 1]!.rate).toBeLessThan(0.6 * ticket[peakAt]!.rate);
    const qPeak = Math.max(...queued.map((p) => p.rate));
    for (const p of queued.slice(peakAt)) expect(p.rate).toBeGreaterThan(0.9 * qPeak);
    // Saturated, the queued lock serves one section plus one handoff at a time.
    expect(qPeak / (1e9 / (200 + 50 + 50))).toBeGreaterThan(0.99);
    expect(qPeak / (1e9 / (200 + 50 + 50))).toBeLessThan(1.001);
  });
});

describe("lock: counters count served acquisitions", () => {
  it("offered far above capacity: acquisitions are the served rate, and the growing wait is flagged", () => {
    const end = 1_000_000;
    const lock: Lock = newLock("its_lock", "qspinlock", 0, 0, end);
    const d = flat(50);
    // Open-loop arrivals every 100 ns from 8 cores; each holds 400 ns: offered 10 M/s, capacity 2.2 M/s.
    type Ev = { at: number; kind: "ask" | "release"; core: number };
    const evs: Ev[] = [];
    for (let t = 0, i = 0; t < end; t += 100, i++) evs.push({ at: t, kind: "ask", core: i % 8 });
    const insert = (e: Ev) => {
      let i = evs.findIndex((x) => x.at > e.at);
      if (i < 0) i = evs.length;
      evs.splice(i, 0, e);
    };
    let offered = 0;
    while (evs.length > 0 && evs[0]!.at < end) {
      const e = evs.shift()!;
      if (e.kind === "ask") {
        offered++;
        const r = requestLock(lock, e.at, e.core, e.core, 400, d);
        if (r.granted) insert({ at: e.at + r.sectionNs, kind: "release", core: e.core });
      } else {
        const next = releaseLock(lock, e.at, d, COSTS);
        if (next) insert({ at: next.grantAt + 400, kind: "release", core: next.waiter.core });
      }
    }
    const r = lockReport(lock, end);
    expect(offered).toBe(10_000);
    // Served: one 400 ns section plus a 50 ns handoff at a time.
    expect(r.acquisitionsPerSec).toBeGreaterThan(0.97 * (1e9 / 450));
    expect(r.acquisitionsPerSec).toBeLessThan(1.01 * (1e9 / 450));
    expect(r.utilisation).toBeGreaterThan(0.85);
    expect(r.stationary).toBe(false);
    expect(r.warning).toMatch(/its_lock: the wait grows through the measured window/);
    expect(r.p99WaitNs).toBeGreaterThan(r.meanWaitNs);
  });

  it("a lock below capacity is stationary and says nothing", () => {
    const { lock } = closedLoop("qspinlock", 2, 2000, 200, 400_000);
    const r = lockReport(lock, 400_000);
    expect(r.stationary).toBe(true);
    expect(r.warning).toBeUndefined();
  });
});
