import { choice, num, type ParamTree } from "../../config/params.js";
import { latencyBucket } from "../../stats/histogram.js";
import type { ActorEnv } from "../../kernel/engine.js";
import type { LockTraceEvent } from "../../kernel/trace.js";

/**
 * A kernel lock that knows its contenders, as plain data in the memory its users share (the VM's or
 * the host's). Its users are actors on host cores; the lock decides who holds it and when, and what
 * the handoff costs from the cores involved and how far apart they are:
 *
 *   ticket     (arm64 before Linux 4.19: arch_spin_lock) every spinner reads the lock word; a release
 *              invalidates it in all of them and their re-reads are served one after another at the
 *              line's home, so the next owner waits behind about half of them: the handoff grows with
 *              the number of waiters (Boyd-Wickizer et al. 2012, whose Markov model has a service time
 *              linear in the waiters)
 *   qspinlock  (kernel/locking/qspinlock.c, arm64 since 4.19) an MCS queue: each waiter spins on its
 *              own line, a release writes only the next waiter's: one transfer at their distance
 *   mutex      (kernel/locking/mutex.c, slow path) a waiter sleeps: it switches out on its core, the
 *              releaser wakes it (wake_up_q), it switches back in; its core is free while it sleeps
 *
 * Acquiring a free lock costs the lock word's transfer from the core that wrote it last; a critical
 * section pays one more transfer, at the same distance, for each shared line it writes (lines moved
 * with the lock: list heads, reference counts). Counters count served acquisitions, at their grant.
 */

export type LockAlgorithm = "ticket" | "qspinlock" | "mutex";

export const lockParams = {
  host: {
    spinlock: choice("qspinlock", ["qspinlock", "ticket"],
      "arm64 ticket spinlocks were replaced by qspinlock in Linux 4.19 (Will Deacon, 2018); a 2018 host ran either",
      "algorithm of the raw spinlocks on the injection path (lpi_list_lock, ap_list_lock, the distributor's)"),
  },
  locks: {
    contextSwitchNs: num(1500, "ns",
      "assumed: __schedule() switch out or in on arm64, of the order lmbench lat_ctx reports",
      "a mutex waiter's context switch, paid once going to sleep and once waking"),
    wakeupNs: num(800, "ns", "assumed: try_to_wake_up() of a sleeper on another core, reschedule IPI included",
      "time from a mutex release until its next owner's core starts switching it in"),
  },
} satisfies ParamTree;

export interface LockCosts { contextSwitchNs: number; wakeupNs: number }

/** What the lock needs of the host's layout (shared/model/host/layout.ts). */
export interface CoreDistance {
  readonly classes: readonly { readonly name: string }[];
  classOf(a: number, b: number): number;
  transferNs(a: number, b: number): number;
}

/** A contender waiting for the lock: who to tell, on which core, since when. */
export interface LockWaiter { actor: number; core: number; since: number }

/** Counters of one half of the measured window (for the stationarity check). */
export interface LockHalf { acquisitions: number; waitNs: number }

export interface Lock {
  readonly name: string;
  readonly algorithm: LockAlgorithm;
  /** Shared lines the critical section writes besides the lock word. */
  readonly lines: number;
  /** Measured window: statistics count grants in [from, end); `mid` splits it into halves. */
  readonly from: number;
  readonly mid: number;
  readonly end: number;
  /** Core holding the lock, -1 when free. */
  owner: number;
  grantedAt: number;
  /** Core that wrote the lock word (and the section's lines) last, -1 before anyone did. */
  lastCore: number;
  readonly waiters: LockWaiter[];
  stats: {
    acquisitions: number;
    contended: number;
    waitNs: number;
    holdNs: number;
    /** Time from a release to the next owner's grant, for the grants counted (the lock is unavailable). */
    handoffNs: number;
    spinNs: number;
    contextSwitches: number;
    /** Waits by bucket (stats/histogram.ts latencyBucket), for percentiles. */
    waits: Record<number, number>;
    /** Handoffs and uncontended acquisitions by distance class name (from the core that had the line). */
    transfers: Record<string, number>;
    halves: [LockHalf, LockHalf];
    maxWaiters: number;
    /** Waiters queued at the middle of the window (-1 until then) and at its end. */
    waitersAtMid: number;
  };
}

export function newLock(name: string, algorithm: LockAlgorithm, lines: number, from: number, end: number): Lock {
  return {
    name, algorithm, lines, from, mid: from + Math.floor((end - from) / 2), end,
    owner: -1, grantedAt: 0, lastCore: -1, waiters: [],
    stats: {
      acquisitions: 0, contended: 0, waitNs: 0, holdNs: 0, handoffNs: 0, spinNs: 0, contextSwitches: 0, waits: {},
        transfers: {},
      halves: [{ acquisitions: 0, waitNs: 0 }, { acquisitions: 0, waitNs: 0 }], maxWaiters: 0, waitersAtMid: -1,
    },
  };
}

/** Where a lock reports its moments while the run is traced (undefined otherwise). */
export type LockTrace = ((e: Omit<LockTraceEvent, "actor">) => void) | undefined;

/** The trace sink of actor `env`'s lock moments: its env's, tagged with the actor; undefined when not tracing. */
export function lockTrace(env: ActorEnv): LockTrace {
  const sink = env.traceLock;
  return sink === undefined ? undefined : (e) => sink({ ...e, actor: env.id });
}

/** Outcome of asking for the lock. */
export type LockRequest =
  /** Held now: the critical section costs `sectionNs` (its work plus the lines moved from the last writer). */
  | { granted: true; sectionNs: number }
  /** Queued: a spinner's core spins until its grant; a mutex waiter sleeps until it. */
  | { granted: false };

/** The next owner after a release: tell `waiter.actor` it holds the lock from `grantAt` on. */
export interface LockGrant { waiter: LockWaiter; grantAt: number }
/** `core` (actor `actor`) asks for `lock` at `now`; `workNs` is its critical section's own work. */
export function requestLock(
  lock: Lock, now: number, actor: number, core: number, workNs: number, d: CoreDistance, trace?: LockTrace,
): LockRequest {
  if (lock.owner < 0) {
    const moved = lock.lastCore >= 0 && lock.lastCore !== core ? lock.lastCore : core;
    lock.owner = core;
    lock.grantedAt = now;
    countGrant(lock, now, 0, moved, core, d);
    trace?.({ lock: lock.name, what: "grant", at: now, core, waiters: 0 });
    return { granted: true, sectionNs: workNs + (1 + lock.lines) * d.transferNs(moved, core) };
  }
  lock.waiters.push({ actor, core, since: now });
  const s = lock.stats;
  if (lock.waiters.length > s.maxWaiters) s.maxWaiters = lock.waiters.length;
  trace?.({ lock: lock.name, what: "wait", at: now, core, waiters: lock.waiters.length });
  return { granted: false };
}

/**
 * The owner releases `lock` at `now`. Returns the next owner, or undefined when none waits. The next
 * owner's section then pays `lock.lines` transfers from `lock.lastCore`, the releaser's core.
 */
export function releaseLock(
  lock: Lock, now: number, d: CoreDistance, costs: LockCosts, trace?: LockTrace,
): LockGrant | undefined {
  const rel = lock.owner;
  const s = lock.stats;
  // Both statistics read and write on every release, measured or not, so the optimised code has seen
  // them when the measured window opens (no deopt there).
  const measured = lock.grantedAt >= lock.from && lock.grantedAt < lock.end;
  s.holdNs += measured ? now - lock.grantedAt : 0;
  const waiting = lock.waiters.length;
  s.waitersAtMid = s.waitersAtMid < 0 && now >= lock.mid ? waiting : s.waitersAtMid;
  lock.lastCore = rel;
  const next = lock.waiters.shift();
  trace?.({ lock: lock.name, what: "release", at: now, core: rel, waiters: lock.waiters.length });
  if (next === undefined) {
    lock.owner = -1;
    return undefined;
  }
  const handoff = handoffNs(lock, rel, next.core, d, costs);
  const grantAt = now + Math.max(1, handoff);
  lock.owner = next.core;
  lock.grantedAt = grantAt;
  countGrant(lock, grantAt, grantAt - next.since, rel, next.core, d);
  if (grantAt >= lock.from && grantAt < lock.end) s.handoffNs += grantAt - now;
  if (lock.algorithm === "mutex") {
    if (grantAt >= lock.from && grantAt < lock.end) s.contextSwitches += 2;
  } else {
    // The spinner's core is busy from its request to its grant: the part inside the measured window.
    s.spinNs += Math.max(0, Math.min(grantAt, lock.end) - Math.max(next.since, lock.from));
  }
  trace?.({ lock: lock.name, what: "grant", at: grantAt, core: next.core, waiters: lock.waiters.length });
  return { waiter: next, grantAt };
}

/** Time from the release on `rel` until the next owner on `next` holds the lock. */
function handoffNs(lock: Lock, rel: number, next: number, d: CoreDistance, costs: LockCosts): number {
  switch (lock.algorithm) {
    case "qspinlock":
      return d.transferNs(rel, next);
    case "ticket": {
      // The next owner's re-read waits behind about half of the other spinners' at the line's home.
      let others = 0;
      for (const w of lock.waiters) others += d.transferNs(rel, w.core);
      return d.transferNs(rel, next) + Math.round(others / 2);
    }
    case "mutex":
      return costs.wakeupNs + d.transferNs(rel, next) + costs.contextSwitchNs;
  }
}

function countGrant(lock: Lock, at: number, waitNs: number, from: number, to: number, d: CoreDistance): void {
  if (at < lock.from || at >= lock.end) return;
  const s = lock.stats;
  s.acquisitions++;
  if (waitNs > 0) s.contended++;
  s.waitNs += waitNs;
  const bucket = waitNs <= 0 ? 0 : latencyBucket(waitNs);
  s.waits[bucket] = (s.waits[bucket] ?? 0) + 1;
  const cls = d.classes[d.classOf(from, to)]!.name;
  s.transfers[cls] = (s.transfers[cls] ?? 0) + 1;
  const half = s.halves[at < lock.mid ? 0 : 1];
  half.acquisitions++;
  half.waitNs += waitNs;
}

/** Smallest bucket value at or above the p-th percentile of the counted waits. */
function percentile(waits: Record<number, number>, n: number, p: number): number {
  const keys = Object.keys(waits).map(Number).sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  let seen = 0;
  for (const k of keys) {
    seen += waits[k]!;
    if (seen >= rank) return k;
  }
  return keys.length > 0 ? keys[keys.length - 1]! : 0;
}

/** A lock's figures over [from, end), as result.json `contention` lists them. */
export function lockReport(lock: Lock, end: number) {
  const s = lock.stats;
  const span = end - lock.from;
  const n = s.acquisitions;
  const [a, b] = s.halves;
  const meanA = a.acquisitions > 0 ? a.waitNs / a.acquisitions : 0;
  const meanB = b.acquisitions > 0 ? b.waitNs / b.acquisitions : 0;
  const queued = lock.waiters.length;
  // A wait that grows through the window: the queue is longer at its end than at its middle, or the
  // second half's mean wait is well above the first's (both halves contended).
  const growing = queued > Math.max(2, s.waitersAtMid) * 1.5
    || (meanA > 0 && meanB > 1.5 * meanA && meanB - meanA > 1000);
  return {
    name: lock.name,
    kind: "lock" as const,
    algorithm: lock.algorithm,
    acquisitions: n,
    acquisitionsPerSec: span > 0 ? (n * 1e9) / span : 0,
    contended: n > 0 ? s.contended / n : 0,
    // Unavailable to a newcomer: held, or on its way to the next owner.
    utilisation: span > 0 ? Math.min(1, (s.holdNs + s.handoffNs) / span) : 0,
    holdShare: span > 0 ? Math.min(1, s.holdNs / span) : 0,
    meanWaitNs: n > 0 ? s.waitNs / n : 0,
    p99WaitNs: percentile(s.waits, n, 99),
    meanHoldNs: n > 0 ? s.holdNs / n : 0,
    meanHandoffNs: s.contended > 0 ? s.handoffNs / s.contended : 0,
    spinNs: s.spinNs,
    contextSwitches: s.contextSwitches,
    maxWaiters: s.maxWaiters,
    waitersAtEnd: queued,
    transfers: { ...s.transfers },
    stationary: !growing,
    ...(growing
      ? {
        warning: `${lock.name}: the wait grows through the measured window (mean ${Math.round(meanA)} ns `
          + `in its first half, ${Math.round(meanB)} ns in its second; ${queued} waiting at its end): `
          + "the offered load exceeds what the lock serves",
      }
      : {}),
  };
}
export type LockReport = ReturnType<typeof lockReport>;
