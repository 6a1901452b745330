// The lpi-stress vCPU's machine, run alone and driven event by event: a kick IPI makes it exit, sync
// and flush its list registers under its ap_list_lock, re-enter and acknowledge the LPIs the flush
// gave it. The injectors do not run: the test plays them by writing the VM's shared memory (latched
// LPIs on the ap_list, requests, the lock) and by handing the vCPU kicks and lock grants.
import { describe, expect, it } from "vitest";
import type { EngineKind } from "../../../shared/kernel/engine.js";
import { releaseLock } from "../../../shared/model/host/lock.js";
import type { StressVcpuContext } from "../../../shared/model/lpi/stress-vcpu.js";
import {
  apListLockId, EXITING_GUEST_MODE, IN_GUEST_MODE, OUTSIDE_GUEST_MODE,
} from "../../../shared/model/lpi/vm.js";
import { loneLpi } from "../../support/lone-lpi.js";

/** vCPU 0 run alone (measured from t = 0), with injector 0's LPIs (events 0..e-1, all targeting it). */
function harness(engineKind: EngineKind, sets: string[] = []) {
  const lone = loneLpi(engineKind, ["sim.warmupMs=0", ...sets], (devices) => devices);
  const io = lone.io();
  const injector = 0;
  return {
    ...lone,
    k: io.cfg.kvm,
    handlerNs: io.cfg.guest.lpiHandlerNs,
    vm: io.vm,
    lock: io.vm.apListLock[0]!,
    core: io.vcpuCore[0]!,
    injector,
    injectorCore: io.injectorCore[injector]!,
    link: lone.cfg.host.linkNs,
    lpis: io.cfg.stress.devices * io.cfg.stress.eventsPerDevice,
    ctx: () => lone.context() as StressVcpuContext,
    /** As an injector leaves it: LPI `lpi` queued on vCPU 0's ap_list, latched or not. */
    queue: (lpi: number, latched = true) => {
      io.vm.onList[lpi] = true;
      io.vm.latch[lpi] = latched;
      io.vm.apList[0]!.push(lpi);
    },
    kick: (at: number) => lone.send(at, injector, { type: "vkick", reason: 0 }),
    ns: (x: number) => Math.max(1, Math.round(x)),
  };
}
type Harness = ReturnType<typeof harness>;

/** The flush's section for `n` LPIs put in list registers, from a lock this core wrote last (or nobody). */
const flushNs = (h: Harness, n: number) => h.ns(h.k.foldFlushNs + h.k.flushPerLrNs * n);

describe.each(["compiled", "xstate"] as const)("lpi stress-vcpu machine (%s engine)", (engineKind) => {
  it("a kick exits; the flush under ap_list_lock fills the LRs and prunes; entry, handler, back to the guest", () => {
    const h = harness(engineKind, ["stress.eventsPerDevice=3"]);
    const { k, vm } = h;
    expect(h.lpis).toBe(3);
    expect(h.state()).toBe("guest");
    expect(vm.mode[0]).toBe(IN_GUEST_MODE);
    // LPIs 0 and 1 pending; LPI 2 was EOIed and nobody latched it again.
    h.queue(0);
    h.queue(1);
    h.queue(2, false);
    vm.irqPending[0] = true;
    vm.mode[0] = EXITING_GUEST_MODE; // the injector's kvm_vcpu_kick
    const t0 = 1_000;
    h.kick(t0);
    h.runUntil(t0 + 1);
    expect(h.state()).toBe("exit");
    expect(vm.mode[0]).toBe(EXITING_GUEST_MODE);
    expect(h.ctx().stats).toEqual({ exits: 1, maintenance: 0, reflushes: 0, handled: 0 });

    const t1 = t0 + h.ns(k.exitNs);
    h.runUntil(t1);
    expect(h.state()).toBe("exit");
    h.runUntil(t1 + 1);
    expect(h.state()).toBe("locked");
    expect(h.lock.owner).toBe(h.core);
    expect(vm.mode[0]).toBe(OUTSIDE_GUEST_MODE);
    expect(vm.irqPending[0]).toBe(false);

    const flushed = Math.min(2, k.listRegisters);
    const t2 = t1 + flushNs(h, flushed);
    h.runUntil(t2);
    expect(h.state()).toBe("locked");
    h.runUntil(t2 + 1);
    expect(h.state()).toBe("entry");
    expect(h.lock.owner).toBe(-1);
    expect(h.lock.stats.acquisitions).toBe(1);
    expect(h.lock.stats.holdNs).toBe(t2 - t1);
    expect(vm.apList[0]).toEqual([0, 1]);
    expect(vm.onList).toEqual([true, true, false]);
    expect(vm.lr[0]).toEqual([0, 1]);
    expect(vm.latch).toEqual([false, false, false]);
    expect(vm.inLr).toEqual([true, true, false]);
    expect(vm.mode[0]).toBe(IN_GUEST_MODE);

    const t3 = t2 + h.ns(k.entryNs);
    h.runUntil(t3);
    expect(h.state()).toBe("entry");
    h.runUntil(t3 + 1);
    expect(h.state()).toBe("handler");
    const t4 = t3 + h.ns(h.handlerNs * vm.lr[0]!.length);
    h.runUntil(t4);
    expect(h.state()).toBe("handler");
    h.runUntil(t4 + 1);
    expect(h.state()).toBe("guest");
    expect(vm.lr[0]).toEqual([]);
    expect(vm.inLr).toEqual([false, false, false]);
    // EOIed LPIs stay on the list until the next flush prunes them.
    expect(vm.apList[0]).toEqual([0, 1]);
    expect(h.ctx().stats).toEqual({ exits: 1, maintenance: 0, reflushes: 0, handled: 2 });
    expect(h.sent()).toEqual([]);

    const end = t4 + 1_000;
    h.runUntil(end);
    const s = h.stats(end);
    expect(Object.values(s.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(Object.keys(s.shares).sort()).toEqual(["entry", "exit", "guest", "handler", "locked"]);
    expect(s.shares.exit! * end).toBeCloseTo(t1 - t0, 6);
    expect(s.shares.locked! * end).toBeCloseTo(t2 - t1, 6);
    expect(s.shares.entry! * end).toBeCloseTo(t3 - t2, 6);
    expect(s.shares.handler! * end).toBeCloseTo(t4 - t3, 6);
    expect(s).toMatchObject({ kind: "stress-vcpu", exits: 1, handled: 2, core: h.core });
  });

  it("an entry with nothing in the list registers goes straight back to the guest", () => {
    const h = harness(engineKind);
    const { k, vm } = h;
    h.kick(100);
    const t1 = 100 + h.ns(k.exitNs);
    const t2 = t1 + flushNs(h, 0);
    const t3 = t2 + h.ns(k.entryNs);
    h.runUntil(t3 + 1);
    expect(h.state()).toBe("guest");
    expect(vm.lr[0]).toEqual([]);
    expect(h.ctx().stats).toEqual({ exits: 1, maintenance: 0, reflushes: 0, handled: 0 });
  });

  it("a request made during the flush sends it round again without an exit", () => {
    const h = harness(engineKind, ["stress.eventsPerDevice=2"]);
    const { k, vm } = h;
    h.queue(0, false); // EOIed, still on the list
    h.queue(1);
    h.kick(100);
    const t1 = 100 + h.ns(k.exitNs);
    h.runUntil(t1 + 1);
    expect(h.state()).toBe("locked");
    // An injector merges LPI 0 while the flush runs: latch and KVM_REQ_IRQ_PENDING, no kick (not in guest).
    vm.latch[0] = true;
    vm.irqPending[0] = true;
    const t2 = t1 + flushNs(h, 1); // the section was sized when it began: LPI 1 only
    h.runUntil(t2 + 1);
    // The merged LPI went to a list register as well; the request sends it back to sync.
    expect(vm.lr[0]).toEqual([0, 1]);
    expect(h.state()).toBe("locked");
    expect(vm.irqPending[0]).toBe(false);
    expect(vm.mode[0]).toBe(OUTSIDE_GUEST_MODE);
    expect(h.ctx().stats).toEqual({ exits: 1, maintenance: 0, reflushes: 1, handled: 0 });
    expect(h.lock.stats.acquisitions).toBe(2);
    const t3 = t2 + flushNs(h, 0);
    h.runUntil(t3);
    expect(h.state()).toBe("locked");
    h.runUntil(t3 + 1);
    expect(h.state()).toBe("entry");
    const t4 = t3 + h.ns(k.entryNs);
    const t5 = t4 + h.ns(h.handlerNs * 2);
    h.runUntil(t5 + 1);
    expect(h.state()).toBe("guest");
    expect(h.ctx().stats).toEqual({ exits: 1, maintenance: 0, reflushes: 1, handled: 2 });
    const s = h.stats(t5 + 1);
    expect(Object.keys(s.shares)).not.toContain("sync");
    expect(Object.keys(s.shares)).not.toContain("entering");
  });

  it("more latched LPIs than list registers: after the handler it exits again for the rest (maintenance)", () => {
    const h = harness(engineKind, ["stress.eventsPerDevice=6"]);
    const { k, vm } = h;
    const lrs = k.listRegisters;
    expect(h.lpis).toBeGreaterThan(lrs);
    expect(h.lpis).toBeLessThanOrEqual(2 * lrs);
    for (let l = 0; l < h.lpis; l++) h.queue(l);
    h.kick(100);
    const t1 = 100 + h.ns(k.exitNs);
    const t2 = t1 + flushNs(h, lrs);
    h.runUntil(t2 + 1);
    expect(h.state()).toBe("entry");
    expect(vm.lr[0]).toEqual(Array.from({ length: lrs }, (_, i) => i));
    expect(vm.latch.filter((x) => x)).toHaveLength(h.lpis - lrs);
    const t3 = t2 + h.ns(k.entryNs);
    const t4 = t3 + h.ns(h.handlerNs * lrs);
    h.runUntil(t4);
    expect(h.state()).toBe("handler");
    h.runUntil(t4 + 1);
    expect(h.state()).toBe("exit");
    expect(vm.mode[0]).toBe(EXITING_GUEST_MODE);
    expect(vm.lr[0]).toEqual([]);
    expect(h.ctx().stats).toEqual({ exits: 1, maintenance: 1, reflushes: 0, handled: lrs });
    // The second round: the rest fit.
    const rest = h.lpis - lrs;
    const t5 = t4 + h.ns(k.exitNs);
    const t6 = t5 + flushNs(h, rest);
    h.runUntil(t6 + 1);
    expect(h.state()).toBe("entry");
    // The first round's LPIs were EOIed and not latched again: the flush pruned them.
    expect(vm.apList[0]).toEqual(Array.from({ length: rest }, (_, i) => lrs + i));
    expect(vm.onList.filter((x) => x)).toHaveLength(rest);
    const t7 = t6 + h.ns(k.entryNs);
    const t8 = t7 + h.ns(h.handlerNs * rest);
    h.runUntil(t8 + 1);
    expect(h.state()).toBe("guest");
    expect(h.ctx().stats).toEqual({ exits: 1, maintenance: 1, reflushes: 0, handled: h.lpis });
  });

  it("a kick during entry makes it exit as soon as the guest runs, with its list registers still loaded", () => {
    const h = harness(engineKind);
    const { k, vm } = h;
    h.queue(0);
    h.kick(100);
    const t1 = 100 + h.ns(k.exitNs);
    const t2 = t1 + flushNs(h, 1);
    h.runUntil(t2 + 1);
    expect(h.state()).toBe("entry");
    h.kick(t2 + 10);
    h.runUntil(t2 + 11);
    expect(h.state()).toBe("entry");
    expect(h.ctx().kicked).toBe(true);
    const t3 = t2 + h.ns(k.entryNs);
    h.runUntil(t3 + 1);
    expect(h.state()).toBe("exit");
    expect(h.ctx().kicked).toBe(false);
    expect(vm.lr[0]).toEqual([0]);
    expect(h.ctx().stats).toEqual({ exits: 2, maintenance: 0, reflushes: 0, handled: 0 });
    // Round again: nothing new to flush; the handler takes what the LRs kept.
    const t4 = t3 + h.ns(k.exitNs);
    const t5 = t4 + flushNs(h, 0);
    const t6 = t5 + h.ns(k.entryNs);
    h.runUntil(t6 + 1);
    expect(h.state()).toBe("handler");
    h.runUntil(t6 + h.ns(h.handlerNs) + 1);
    expect(h.state()).toBe("guest");
    expect(h.ctx().stats).toEqual({ exits: 2, maintenance: 0, reflushes: 0, handled: 1 });
  });

  it("a kick during the handler makes it exit when the handler returns, counted as a kick exit", () => {
    const h = harness(engineKind);
    const { k, vm } = h;
    h.queue(0);
    h.kick(100);
    const t1 = 100 + h.ns(k.exitNs);
    const t2 = t1 + flushNs(h, 1);
    const t3 = t2 + h.ns(k.entryNs);
    h.runUntil(t3 + 1);
    expect(h.state()).toBe("handler");
    h.kick(t3 + 5);
    h.runUntil(t3 + 6);
    expect(h.state()).toBe("handler");
    const t4 = t3 + h.ns(h.handlerNs);
    h.runUntil(t4 + 1);
    expect(h.state()).toBe("exit");
    expect(vm.lr[0]).toEqual([]);
    expect(h.ctx().stats).toEqual({ exits: 2, maintenance: 0, reflushes: 0, handled: 1 });
  });

  it("a kick while it exits or holds the ap_list_lock is ignored: the flush sees the LPI anyway", () => {
    const h = harness(engineKind);
    const { k } = h;
    h.kick(100);
    h.kick(150); // in exit
    const t1 = 100 + h.ns(k.exitNs);
    h.kick(t1 + 1); // in locked
    h.runUntil(t1 + 2);
    expect(h.state()).toBe("locked");
    expect(h.ctx().kicked).toBe(false);
    const t2 = t1 + flushNs(h, 0);
    const t3 = t2 + h.ns(k.entryNs);
    h.runUntil(t3 + 1);
    expect(h.state()).toBe("guest");
    expect(h.ctx().stats).toEqual({ exits: 1, maintenance: 0, reflushes: 0, handled: 0 });
  });

  it("its ap_list_lock held by an injector's core: it spins until the grant; its release hands the lock on", () => {
    const h = harness(engineKind);
    const { k, vm } = h;
    const io = h.io();
    h.queue(0);
    h.lock.owner = h.injectorCore; // the injector's QUEUE holds it
    h.kick(100);
    const t1 = 100 + h.ns(k.exitNs);
    h.runUntil(t1 + 1);
    expect(h.state()).toBe("spin");
    expect(vm.mode[0]).toBe(OUTSIDE_GUEST_MODE);
    expect(h.lock.waiters).toEqual([{ actor: h.id, core: h.core, since: t1 }]);
    h.runUntil(t1 + 20_000);
    expect(h.state()).toBe("spin");

    const tr = t1 + 3_000;
    const grant = releaseLock(h.lock, tr, io.layout, io.cfg.locks)!;
    expect(grant.grantAt).toBe(tr + io.layout.transferNs(h.injectorCore, h.core));
    h.send(grant.grantAt, h.injector, { type: "lockGrant", lock: apListLockId(0) });
    h.runUntil(grant.grantAt + 1);
    expect(h.state()).toBe("locked");
    // The injector asks again while the flush holds it.
    h.lock.waiters.push({ actor: h.injector, core: h.injectorCore, since: grant.grantAt + 1 });
    const t2 = grant.grantAt + h.ns(k.foldFlushNs + k.flushPerLrNs * 1 + h.lock.lines * h.link);
    h.runUntil(t2);
    expect(h.state()).toBe("locked");
    h.runUntil(t2 + 1);
    expect(h.state()).toBe("entry");
    expect(vm.lr[0]).toEqual([0]);
    expect(h.sent()).toEqual([
      { time: t2 + h.link, dst: h.injector, event: { type: "lockGrant", lock: apListLockId(0) }, delay: h.link },
    ]);
    expect(h.lock.owner).toBe(h.injectorCore);
    expect(h.lock.stats.spinNs).toBe(grant.grantAt - t1 + (t2 + h.link) - (grant.grantAt + 1));

    const end = t2 + 1;
    const s = h.stats(end);
    expect(Object.values(s.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(Object.keys(s.shares)).toContain("spin");
    expect(s.shares.spin! * end).toBeCloseTo(grant.grantAt - t1, 6);
    expect(s.shares.locked! * end).toBeCloseTo(t2 - grant.grantAt, 6);
  });
});
