// The lpi-stress injector's machine, run alone and driven step by step: a KVM_SIGNAL_MSI loop through
// the injection path of each host kernel generation (6.10: RCU lookup, queue, kick; 5.4: the
// translation cache under lpi_list_lock, and its miss path through its_lock; 4.x: every MSI under
// its_lock), the locks it takes and the handoffs it gets and gives, and what the VM's shared memory
// shows after each step. Other actors do not run: the test plays them by writing the shared memory.
import { describe, expect, it } from "vitest";
import type { EngineKind } from "../../../shared/kernel/engine.js";
import { releaseLock } from "../../../shared/model/host/lock.js";
import {
  CACHE_INSERT, CHECK_CACHE, KICK, PUT_IRQ, QUEUE, signalPath, TRIGGER, type InjectorContext,
} from "../../../shared/model/lpi/injector.js";
import {
  EXITING_GUEST_MODE, IN_GUEST_MODE, ITS_LOCK, LPI_LIST_LOCK, OUTSIDE_GUEST_MODE,
} from "../../../shared/model/lpi/vm.js";
import { loneLpi } from "../../support/lone-lpi.js";

/** Injector 0 run alone (measured from t = 0 unless `sets` says otherwise). */
function harness(engineKind: EngineKind, sets: string[]) {
  const lone = loneLpi(engineKind, ["sim.warmupMs=0", ...sets], () => 0);
  const io = lone.io();
  return {
    ...lone,
    k: io.cfg.kvm,
    vm: io.vm,
    core: io.injectorCore[0]!,
    /** The flat host's cache-line transfer between two cores. */
    link: lone.cfg.host.linkNs,
    ctx: () => lone.context() as InjectorContext,
    /** A timer's length, as the machine rounds it. */
    ns: (x: number) => Math.max(1, Math.round(x)),
  };
}

describe.each(["compiled", "xstate"] as const)("lpi injector machine (%s engine)", (engineKind) => {
  it("6.10: the syscall and RCU lookup, then QUEUE under the target's ap_list_lock, then the kick IPI", () => {
    const h = harness(engineKind, []);
    const { k, vm } = h;
    expect(h.io().cfg.host.kernel).toBe("6.10");
    expect(h.state()).toBe("syscall");
    expect(h.ctx().steps).toEqual(signalPath("6.10"));
    const vcpu = h.io().vcpuActor(0);
    expect(vm.mode[0]).toBe(IN_GUEST_MODE);

    const t1 = h.ns(k.signalMsiNs + k.xaLookupNs);
    h.runUntil(t1);
    expect(h.state()).toBe("syscall");
    h.runUntil(t1 + 1);
    // The lock is free: QUEUE holds it; the latch is set, the LPI not yet on the list.
    expect(h.state()).toBe("locked");
    expect(h.ctx().steps).toEqual([QUEUE, KICK]);
    const lock = vm.apListLock[0]!;
    expect(lock.owner).toBe(h.core);
    expect(lock.lastCore).toBe(-1); // fresh: nobody wrote it, no line moves
    expect(vm.latch[0]).toBe(true);
    expect(vm.onList[0]).toBe(false);

    const t2 = t1 + h.ns(k.apListQueueNs);
    h.runUntil(t2);
    expect(h.state()).toBe("locked");
    h.runUntil(t2 + 1);
    expect(h.state()).toBe("kick");
    expect(vm.onList[0]).toBe(true);
    expect(vm.apList[0]).toEqual([0]);
    expect(lock.owner).toBe(-1);
    expect(lock.lastCore).toBe(h.core);
    expect(lock.stats.acquisitions).toBe(1);
    expect(lock.stats.holdNs).toBe(t2 - t1);
    expect(vm.mode[0]).toBe(EXITING_GUEST_MODE);
    expect(vm.irqPending[0]).toBe(true);
    expect(h.sent()).toEqual([
      { time: t2 + k.kickNs + k.ipiNs, dst: vcpu, event: { type: "vkick", reason: 0 }, delay: k.kickNs + k.ipiNs },
    ]);

    const t3 = t2 + h.ns(k.kickNs);
    h.runUntil(t3 + 1);
    expect(h.state()).toBe("syscall");
    expect(h.ctx().stats).toEqual({ signals: 1, queued: 1, merged: 0, kicks: 1, slowPath: 0 });

    // The vCPU is out of the guest now; the second signal finds the LPI on the list: merged, no lock, no kick.
    vm.mode[0] = OUTSIDE_GUEST_MODE;
    vm.irqPending[0] = false;
    vm.latch[0] = false;
    const t4 = t3 + h.ns(k.signalMsiNs + k.xaLookupNs);
    h.runUntil(t4 + 1);
    expect(h.state()).toBe("syscall");
    expect(h.ctx().stats).toEqual({ signals: 2, queued: 1, merged: 1, kicks: 1, slowPath: 0 });
    expect(vm.latch[0]).toBe(true);
    expect(vm.irqPending[0]).toBe(true);
    expect(vm.mode[0]).toBe(OUTSIDE_GUEST_MODE);
    expect(vm.apList[0]).toEqual([0]);
    expect(lock.stats.acquisitions).toBe(1);
    expect(h.sent()).toEqual([]);
    // Back to back: the third signal's syscall ends signalMsiNs + xaLookupNs later.
    const end = t4 + h.ns(k.signalMsiNs + k.xaLookupNs) + 1;
    h.runUntil(end);
    expect(h.ctx().stats.signals).toBe(3);

    const shares = h.stats(end).shares;
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(Object.keys(shares).sort()).toEqual(["kick", "locked", "syscall"]);
    expect(shares.locked! * end).toBeCloseTo(t2 - t1, 6);
    expect(shares.kick! * end).toBeCloseTo(t3 - t2, 6);
  });

  it("6.10: QUEUE after another core wrote the ap_list_lock pays the lock word's and the list's line moves", () => {
    const h = harness(engineKind, []);
    const { k, vm } = h;
    const lock = vm.apListLock[0]!;
    const other = h.io().vcpuCore[0]!;
    lock.lastCore = other; // the vCPU's flush released it last
    const t1 = h.ns(k.signalMsiNs + k.xaLookupNs);
    h.runUntil(t1 + 1);
    expect(h.state()).toBe("locked");
    const transfer = h.io().layout.transferNs(other, h.core);
    expect(transfer).toBe(h.link);
    const t2 = t1 + h.ns(k.apListQueueNs + (1 + lock.lines) * transfer);
    h.runUntil(t2);
    expect(h.state()).toBe("locked");
    h.runUntil(t2 + 1);
    expect(h.state()).toBe("kick");
    expect(lock.stats.transfers).toEqual({ host: 1 });
  });

  it("6.10: a vCPU not in guest mode gets no kick; irqPending tells it at its next entry", () => {
    const h = harness(engineKind, []);
    const { k, vm } = h;
    vm.mode[0] = EXITING_GUEST_MODE;
    const t1 = h.ns(k.signalMsiNs + k.xaLookupNs);
    const t2 = t1 + h.ns(k.apListQueueNs);
    h.runUntil(t2 + 1);
    // Straight from the queue's section into the next syscall.
    expect(h.state()).toBe("syscall");
    expect(vm.irqPending[0]).toBe(true);
    expect(vm.mode[0]).toBe(EXITING_GUEST_MODE);
    expect(h.sent()).toEqual([]);
    expect(h.ctx().stats).toMatchObject({ signals: 1, queued: 1, kicks: 0 });
  });

  it("5.4: CHECK_CACHE and PUT_IRQ hold lpi_list_lock around QUEUE and KICK (a hit)", () => {
    const h = harness(engineKind, ["host.kernel=5.4"]);
    const { k, vm } = h;
    const lpis = h.io().cfg.stress.devices * h.io().cfg.stress.eventsPerDevice;
    expect(lpis).toBeLessThanOrEqual(k.cachePerVcpu * h.io().cfg.vm.vcpus);
    expect(h.ctx().steps).toEqual(signalPath("5.4"));
    const t1 = h.ns(k.signalMsiNs);
    h.runUntil(t1 + 1);
    expect(h.state()).toBe("locked");
    expect(h.ctx().steps).toEqual([CHECK_CACHE, QUEUE, KICK, PUT_IRQ]);
    expect(vm.lpiList.owner).toBe(h.core);
    const check = h.ns(k.cacheLookupNs + k.cacheEntryNs * Math.min(lpis, k.cachePerVcpu * h.io().cfg.vm.vcpus));
    const t2 = t1 + check;
    h.runUntil(t2);
    expect(h.ctx().steps[0]).toBe(CHECK_CACHE);
    h.runUntil(t2 + 1);
    // A hit: no its_lock; QUEUE holds the ap_list_lock now.
    expect(h.state()).toBe("locked");
    expect(h.ctx().steps).toEqual([QUEUE, KICK, PUT_IRQ]);
    expect(vm.lpiList.owner).toBe(-1);
    expect(vm.lpiList.stats.acquisitions).toBe(1);
    expect(vm.apListLock[0]!.owner).toBe(h.core);
    const t3 = t2 + h.ns(k.apListQueueNs);
    h.runUntil(t3 + 1);
    expect(h.state()).toBe("kick");
    expect(h.sent().map((m) => [m.event.type, m.dst, m.delay]))
      .toEqual([["vkick", h.io().vcpuActor(0), k.kickNs + k.ipiNs]]);
    const t4 = t3 + h.ns(k.kickNs);
    h.runUntil(t4 + 1);
    expect(h.state()).toBe("locked");
    expect(h.ctx().steps).toEqual([PUT_IRQ]);
    expect(vm.lpiList.owner).toBe(h.core);
    // This core wrote the lock last: no line moves.
    const t5 = t4 + h.ns(k.putIrqNs);
    h.runUntil(t5 + 1);
    expect(h.state()).toBe("syscall");
    expect(vm.lpiList.owner).toBe(-1);
    expect(vm.lpiList.stats.acquisitions).toBe(2);
    expect(vm.lpiList.stats.holdNs).toBe(check + h.ns(k.putIrqNs));
    expect(vm.lpiList.stats.transfers).toEqual({ core: 2 });
    expect(vm.its.stats.acquisitions).toBe(0);
    expect(h.ctx().stats).toEqual({ signals: 1, queued: 1, merged: 0, kicks: 1, slowPath: 0 });
  });

  it("5.4: lock statistics count only grants after warm-up", () => {
    const h = harness(engineKind, ["host.kernel=5.4", "sim.warmupMs=0.2"]);
    const { k, vm } = h;
    const warm = h.io().warmupNs;
    expect(warm).toBeGreaterThan(h.ns(k.signalMsiNs));
    h.runUntil(warm);
    expect(h.ctx().stats.signals).toBe(0);
    expect(vm.lpiList.stats.acquisitions).toBe(0);
    expect(vm.lpiList.stats.holdNs).toBe(0);
    const per = h.ns(k.signalMsiNs) + 10_000;
    h.runUntil(warm + per);
    expect(vm.lpiList.stats.acquisitions).toBeGreaterThan(0);
    expect(h.ctx().stats.signals).toBeGreaterThan(0);
  });

  it("5.4: lpi_list_lock held by another core: it spins until the grant, then holds it", () => {
    const h = harness(engineKind, ["host.kernel=5.4", "stress.devices=2"]);
    const { k, vm } = h;
    const io = h.io();
    const other = io.injectorCore[1]!;
    expect(other).not.toBe(h.core);
    vm.lpiList.owner = other;
    const t1 = h.ns(k.signalMsiNs);
    h.runUntil(t1 + 1);
    expect(h.state()).toBe("spin");
    expect(vm.lpiList.waiters).toEqual([{ actor: h.id, core: h.core, since: t1 }]);
    h.runUntil(t1 + 100_000);
    expect(h.state()).toBe("spin");
    expect(h.sent()).toEqual([]);

    // Injector 1 releases it: the qspinlock hands it over in one transfer.
    const tr = t1 + 5_000;
    const grant = releaseLock(vm.lpiList, tr, io.layout, io.cfg.locks)!;
    expect(grant.waiter.actor).toBe(h.id);
    expect(grant.grantAt).toBe(tr + io.layout.transferNs(other, h.core));
    expect(vm.lpiList.owner).toBe(h.core);
    h.send(grant.grantAt, 1, { type: "lockGrant", lock: LPI_LIST_LOCK });
    h.runUntil(grant.grantAt + 1);
    expect(h.state()).toBe("locked");
    expect(h.ctx().steps[0]).toBe(CHECK_CACHE);
    // The section's lines come from the releaser's core.
    const lpis = io.cfg.stress.devices * io.cfg.stress.eventsPerDevice;
    const work = k.cacheLookupNs + k.cacheEntryNs * Math.min(lpis, k.cachePerVcpu * io.cfg.vm.vcpus);
    const t2 = grant.grantAt + h.ns(work + vm.lpiList.lines * h.link);
    h.runUntil(t2);
    expect(h.ctx().steps[0]).toBe(CHECK_CACHE);
    h.runUntil(t2 + 1);
    expect(h.ctx().steps[0]).toBe(QUEUE);
    expect(vm.lpiList.owner).toBe(-1);
    expect(vm.lpiList.stats.spinNs).toBe(grant.grantAt - t1);
    expect(vm.lpiList.stats.contended).toBe(1);

    const shares = h.stats(t2 + 1).shares;
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(shares.spin! * (t2 + 1)).toBeCloseTo(grant.grantAt - t1, 6);
  });

  it("5.4: its release hands lpi_list_lock to the next waiter after one transfer, then it waits for it itself", () => {
    const h = harness(engineKind, ["host.kernel=5.4", "stress.devices=2"]);
    const { k, vm } = h;
    const io = h.io();
    const t1 = h.ns(k.signalMsiNs);
    h.runUntil(t1 + 1);
    expect(h.state()).toBe("locked");
    // Injector 1 asks for the lock while CHECK_CACHE holds it.
    const waiter = { actor: 1, core: io.injectorCore[1]!, since: t1 + 1 };
    vm.lpiList.waiters.push(waiter);
    const lpis = io.cfg.stress.devices * io.cfg.stress.eventsPerDevice;
    const t2 = t1 + h.ns(k.cacheLookupNs + k.cacheEntryNs * Math.min(lpis, k.cachePerVcpu * io.cfg.vm.vcpus));
    h.runUntil(t2 + 1);
    expect(h.ctx().steps[0]).toBe(QUEUE);
    expect(h.state()).toBe("locked");
    const handoff = io.layout.transferNs(h.core, waiter.core);
    expect(handoff).toBe(h.link);
    expect(h.sent()).toEqual([
      { time: t2 + handoff, dst: 1, event: { type: "lockGrant", lock: LPI_LIST_LOCK }, delay: handoff },
    ]);
    expect(vm.lpiList.owner).toBe(waiter.core);
    expect(vm.lpiList.waiters).toEqual([]);
    expect(vm.lpiList.lastCore).toBe(h.core);
    expect(vm.lpiList.stats.spinNs).toBe(t2 + handoff - waiter.since);
    // QUEUE and KICK run; PUT_IRQ then finds the lock with injector 1 and spins.
    const t3 = t2 + h.ns(k.apListQueueNs);
    const t4 = t3 + h.ns(k.kickNs);
    h.runUntil(t4 + 1);
    expect(h.state()).toBe("spin");
    expect(h.ctx().steps).toEqual([PUT_IRQ]);
    expect(vm.lpiList.waiters).toEqual([{ actor: h.id, core: h.core, since: t4 }]);
    expect(h.sent().map((m) => m.event.type)).toEqual(["vkick"]);
  });

  it("4.x: TRIGGER takes its_lock, a mutex: held by another it sleeps (no spin), and slowPath counts", () => {
    const h = harness(engineKind, ["host.kernel=4.x", "stress.devices=2"]);
    const { k, vm } = h;
    const io = h.io();
    expect(h.ctx().steps).toEqual(signalPath("4.x"));
    const other = io.injectorCore[1]!;
    vm.its.owner = other;
    const t1 = h.ns(k.signalMsiNs);
    h.runUntil(t1 + 1);
    expect(h.state()).toBe("sleep");
    expect(h.ctx().steps).toEqual([TRIGGER, QUEUE, KICK]);
    expect(vm.its.waiters).toEqual([{ actor: h.id, core: h.core, since: t1 }]);
    h.runUntil(t1 + 50_000);
    expect(h.state()).toBe("sleep");

    // Its owner releases it: wake-up, the line, the switch back in.
    const tr = t1 + 2_000;
    const grant = releaseLock(vm.its, tr, io.layout, io.cfg.locks)!;
    expect(grant.grantAt).toBe(tr + io.cfg.locks.wakeupNs + h.link + io.cfg.locks.contextSwitchNs);
    h.send(grant.grantAt, 1, { type: "lockGrant", lock: ITS_LOCK });
    h.runUntil(grant.grantAt + 1);
    expect(h.state()).toBe("locked");
    // Injector 0's device is the first of the device list, its event the first of its ITT.
    const work = k.itsTranslateNs + k.itsWalkNsPerEntry * (0 + 1 + 0 + 1);
    const t2 = grant.grantAt + h.ns(work + vm.its.lines * h.link);
    h.runUntil(t2);
    expect(h.ctx().steps[0]).toBe(TRIGGER);
    expect(h.ctx().stats.slowPath).toBe(0);
    h.runUntil(t2 + 1);
    expect(h.ctx().stats.slowPath).toBe(1);
    expect(vm.its.owner).toBe(-1);
    expect(vm.its.stats.spinNs).toBe(0);
    expect(vm.its.stats.contextSwitches).toBe(2);
    expect(h.state()).toBe("locked");
    expect(h.ctx().steps).toEqual([QUEUE, KICK]);
    expect(vm.apListLock[0]!.owner).toBe(h.core);

    const shares = h.stats(t2 + 1).shares;
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(shares.spin).toBeUndefined();
    expect(shares.sleep! * (t2 + 1)).toBeCloseTo(grant.grantAt - t1, 6);
  });

  it("4.x: a free its_lock is taken at once; every signal is a slow path", () => {
    const h = harness(engineKind, ["host.kernel=4.x"]);
    const { k, vm } = h;
    vm.mode[0] = OUTSIDE_GUEST_MODE;
    const t1 = h.ns(k.signalMsiNs);
    h.runUntil(t1 + 1);
    expect(h.state()).toBe("locked");
    expect(vm.its.owner).toBe(h.core);
    const t2 = t1 + h.ns(k.itsTranslateNs + k.itsWalkNsPerEntry * 2);
    const t3 = t2 + h.ns(k.apListQueueNs);
    h.runUntil(t3 + 1);
    expect(h.state()).toBe("syscall");
    expect(h.ctx().stats).toEqual({ signals: 1, queued: 1, merged: 0, kicks: 0, slowPath: 1 });
    expect(vm.its.stats.acquisitions).toBe(1);
    expect(vm.its.stats.contextSwitches).toBe(0);
  });

  it("5.4 with more LPIs than the translation cache: CHECK_CACHE misses, then TRIGGER and CACHE_INSERT", () => {
    const h = harness(engineKind, ["host.kernel=5.4", "kvm.cachePerVcpu=1", "stress.eventsPerDevice=3"]);
    const { k, vm } = h;
    const io = h.io();
    const lpis = io.cfg.stress.devices * io.cfg.stress.eventsPerDevice;
    const cache = k.cachePerVcpu * io.cfg.vm.vcpus;
    expect(lpis).toBeGreaterThan(cache);
    const t1 = h.ns(k.signalMsiNs);
    h.runUntil(t1 + 1);
    expect(h.ctx().steps).toEqual([CHECK_CACHE, QUEUE, KICK, PUT_IRQ]);
    const t2 = t1 + h.ns(k.cacheLookupNs + k.cacheEntryNs * Math.min(lpis, cache));
    h.runUntil(t2 + 1);
    // The miss: its_lock for the translation, then the insert under lpi_list_lock.
    expect(h.state()).toBe("locked");
    expect(h.ctx().steps).toEqual([TRIGGER, CACHE_INSERT, QUEUE, KICK, PUT_IRQ]);
    expect(vm.its.owner).toBe(h.core);
    expect(vm.lpiList.owner).toBe(-1);
    const t3 = t2 + h.ns(k.itsTranslateNs + k.itsWalkNsPerEntry * (0 + 1 + 0 + 1));
    h.runUntil(t3 + 1);
    expect(h.ctx().steps).toEqual([CACHE_INSERT, QUEUE, KICK, PUT_IRQ]);
    expect(h.ctx().stats.slowPath).toBe(1);
    expect(vm.its.owner).toBe(-1);
    expect(vm.lpiList.owner).toBe(h.core);
    const t4 = t3 + h.ns(k.cacheLookupNs);
    h.runUntil(t4 + 1);
    expect(h.ctx().steps).toEqual([QUEUE, KICK, PUT_IRQ]);
    expect(vm.lpiList.stats.acquisitions).toBe(2);
    expect(vm.its.stats.acquisitions).toBe(1);
    expect(vm.apListLock[0]!.owner).toBe(h.core);
    // The next signal is event 1: it misses again, and its ITT walk is one entry longer.
    const t5 = t4 + h.ns(k.apListQueueNs);
    const t6 = t5 + h.ns(k.kickNs);
    const t7 = t6 + h.ns(k.putIrqNs);
    h.runUntil(t7 + 1);
    expect(h.state()).toBe("syscall");
    expect(h.ctx().event).toBe(1);
    const t8 = t7 + h.ns(k.signalMsiNs);
    const t9 = t8 + h.ns(k.cacheLookupNs + k.cacheEntryNs * Math.min(lpis, cache));
    h.runUntil(t9 + 1);
    expect(h.ctx().steps[0]).toBe(TRIGGER);
    const t10 = t9 + h.ns(k.itsTranslateNs + k.itsWalkNsPerEntry * (0 + 1 + 1 + 1));
    h.runUntil(t10);
    expect(h.ctx().steps[0]).toBe(TRIGGER);
    h.runUntil(t10 + 1);
    expect(h.ctx().steps[0]).toBe(CACHE_INSERT);
    expect(h.ctx().stats).toMatchObject({ signals: 1, slowPath: 2 });
  });
});
