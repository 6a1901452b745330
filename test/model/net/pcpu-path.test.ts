// A pCPU running an interrupt's injection path (shared/model/net/inject-path.ts), driven event by
// event: the steps run in order on the core, each under its lock; a held spinlock makes the core spin
// (state `spin`, accounted) until the lock's grant, a held mutex puts the run to sleep while the core
// runs the next job; the section after a wait pays the lock's lines from the releasing core. On a core
// with a pinned vCPU the path runs in the vCPU's place, step by step, a spin as an open-ended steal.
import { describe, expect, it } from "vitest";
import type { EngineKind } from "../../../shared/kernel/engine.js";
import { releaseLock, requestLock } from "../../../shared/model/host/lock.js";
import { loneActor } from "../../support/lone-actor.js";
import { CLS_KWORKER, CLS_VHOST } from "../../../shared/model/net/common.js";
import {
  apListLock, LOCK_ITS, LOCK_LPI_LIST, lockId, PATH_IRQFD_CACHED, PATH_KWORKER_ITS, pathSteps,
} from "../../../shared/model/net/inject-path.js";
import type { PcpuContext } from "../../../shared/model/net/pcpu.js";
import type { Topology } from "../../../shared/model/net/topology.js";

const OTHER = 9_999; // an actor id standing for another core's thread holding the lock

function harness(engineKind: EngineKind, sets: string[], p: (topo: Topology) => number) {
  const lone = loneActor(engineKind, "paper", ["vm.vcpus=2", "vm.net.mode=mq-msi", ...sets], (t) => t.pcpu(0, p(t)));
  const { cfg, topo, id } = lone;
  const requester = topo.vhost(0, 0, 1);
  const core = id - topo.pcpu(0, 0);
  const vm = () => lone.io().vmOf(0);
  return {
    ...lone,
    requester,
    core,
    vm,
    /** vhost 1's injection path for queue 1, arriving at `at`. */
    request: (at: number, cls: number, path: number, token = 7) =>
      lone.send(at, requester, { type: "cpuReq", cls, ns: 0, token, from: requester, path, arg: 1 }),
    plain: (at: number, ns: number, token: number) =>
      lone.send(at, requester, { type: "cpuReq", cls: CLS_VHOST, ns, token, from: requester, path: 0, arg: 0 }),
    steps: (path: number) => pathSteps(cfg, path, 1, topo.queues, topo.queueVcpu(1)),
    ctx: () => lone.context() as PcpuContext,
    /** Another core takes lock `l` at `at` (through the lock's own API, as that core's pCPU would). */
    holdElsewhere: (l: number, at: number, otherCore: number) =>
      requestLock(vm().locks[l]!, at, OTHER, otherCore, 100, topo.layout),
    /** That core releases it at `at`: the grant goes to our pCPU, as the releasing pCPU would send it. */
    releaseElsewhere: (l: number, at: number) => {
      const next = releaseLock(vm().locks[l]!, at, topo.layout, cfg.locks)!;
      expect(next.waiter.actor).toBe(id);
      lone.send(next.grantAt, OTHER, { type: "lockGrant", lock: lockId(0, l) });
      return next.grantAt;
    },
  };
}

const free = (topo: Topology) => topo.hostThreadPcpu(5);

describe.each(["compiled", "xstate"] as const)("pcpu injection paths (%s engine)", (engineKind) => {
  it("5.4: runs irqfd_wakeup, check_cache and put_irq under lpi_list_lock, in order, then replies", () => {
    const h = harness(engineKind, ["host.kernel=5.4"], free);
    const steps = h.steps(PATH_IRQFD_CACHED);
    // vgic_queue_irq_unlock puts the LPI on its target's ap_list under that vCPU's ap_list_lock.
    expect(steps.map((s) => s.lock)).toEqual([-1, LOCK_LPI_LIST, apListLock(h.topo.queueVcpu(1)), LOCK_LPI_LIST]);
    const t0 = h.topo.warmupNs + 10_000;
    h.request(t0, CLS_VHOST, PATH_IRQFD_CACHED);
    h.runUntil(t0 + steps[0]!.ns + 1);
    // In check_cache: lpi_list_lock is ours.
    expect(h.state()).toBe("vhost");
    expect(h.vm().locks[LOCK_LPI_LIST]!.owner).toBe(h.core);
    h.runUntil(t0 + 100_000);
    expect(h.vm().locks[LOCK_LPI_LIST]!.owner).toBe(-1);
    // Uncontended on one core: no line moves, so the run lasts exactly its steps' work.
    const total = steps.reduce((a, s) => a + s.ns, 0);
    expect(h.sent()).toEqual([
      { time: t0 + total + h.cfg.host.linkNs, dst: h.requester, event: { type: "cpuDone", token: 7 } },
    ]);
    expect(h.vm().locks[LOCK_LPI_LIST]!.stats.acquisitions).toBe(2);
  });

  it("a held spinlock: the core spins (accounted as spin), then runs the section with the lines moved", () => {
    const h = harness(engineKind, ["host.kernel=5.4", "host.topology=kunpeng920"], free);
    const steps = h.steps(PATH_IRQFD_CACHED);
    const t0 = h.topo.warmupNs + 10_000;
    const other = h.core >= 32 ? 0 : 63; // on the other die
    expect(h.holdElsewhere(LOCK_LPI_LIST, t0, other).granted).toBe(true);
    h.request(t0, CLS_VHOST, PATH_IRQFD_CACHED);
    const spinFrom = t0 + steps[0]!.ns + 0; // the cpuReq arrives at t0, the wake-up runs first
    h.runUntil(spinFrom + 1);
    expect(h.state()).toBe("spin");
    const grantAt = h.releaseElsewhere(LOCK_LPI_LIST, spinFrom + 2000);
    const transfer = h.topo.layout.transferNs(other, h.core);
    expect(grantAt).toBe(spinFrom + 2000 + transfer); // qspinlock: one transfer to the next waiter
    h.runUntil(grantAt + 1);
    expect(h.state()).toBe("vhost");
    h.runUntil(t0 + 100_000);
    const lines = h.vm().locks[LOCK_LPI_LIST]!.lines;
    const total = steps.reduce((a, s) => a + s.ns, 0) + (grantAt - spinFrom) + lines * transfer;
    expect(h.sent()).toEqual([
      { time: t0 + total + h.cfg.host.linkNs, dst: h.requester, event: { type: "cpuDone", token: 7 } },
    ]);
    // Time in state: the spin is the core's, conserved with the rest.
    const span = h.topo.endNs - h.topo.warmupNs;
    const stats = h.stats(h.topo.endNs) as { shares: Record<string, number> };
    expect(stats.shares.spin).toBeCloseTo((grantAt - spinFrom) / span, 12);
    expect(Object.values(stats.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(h.vm().locks[LOCK_LPI_LIST]!.stats.spinNs).toBe(grantAt - spinFrom);
  });

  it("4.x: a held its_lock (a mutex) puts the kworker to sleep and the core runs the next job meanwhile", () => {
    const h = harness(engineKind, ["host.kernel=4.x"], free);
    const steps = h.steps(PATH_KWORKER_ITS);
    expect(steps.map((s) => s.lock)).toEqual([-1, LOCK_ITS, apListLock(h.topo.queueVcpu(1))]);
    const t0 = h.topo.warmupNs + 10_000;
    h.holdElsewhere(LOCK_ITS, t0, 40);
    h.request(t0, CLS_KWORKER, PATH_KWORKER_ITS, 7);
    h.plain(t0 + 10, 300, 8); // queued behind the kworker
    const sleepAt = t0 + steps[0]!.ns;
    h.runUntil(sleepAt + 1);
    expect(h.state()).toBe("vhost"); // the kworker sleeps; the plain job runs
    expect(h.ctx().parked).toHaveLength(1);
    const grantAt = h.releaseElsewhere(LOCK_ITS, sleepAt + 5000);
    // A mutex handoff: wake-up, the line's transfer, and the switch back in.
    const { wakeupNs, contextSwitchNs } = h.cfg.locks;
    expect(grantAt).toBe(sleepAt + 5000 + wakeupNs + h.topo.layout.transferNs(40, h.core) + contextSwitchNs);
    h.runUntil(t0 + 100_000);
    const link = h.cfg.host.linkNs;
    const sent = h.sent();
    expect(sent.map((m) => m.event)).toEqual([{ type: "cpuDone", token: 8 }, { type: "cpuDone", token: 7 }]);
    expect(sent[0]!.time).toBe(sleepAt + 300 + link);
    const section = steps[1]!.ns + h.vm().locks[LOCK_ITS]!.lines * h.topo.layout.transferNs(40, h.core);
    expect(sent[1]!.time).toBe(grantAt + section + steps[2]!.ns + link);
    expect(h.vm().locks[LOCK_ITS]!.stats.contextSwitches).toBe(2);
    expect(h.state()).toBe("idle");
  });

  it("on a core with a pinned vCPU the path runs in its place from a steal to the vCPU's hand-back (at the end, or " +
    "at a held lock), and spins in its place until stealEnd", () => {
    const h = harness(engineKind, ["host.kernel=5.4"], (t) => t.vcpuPcpu(0, 1));
    const vcpu = h.topo.vcpu(0, 0, 1);
    const link = h.cfg.host.linkNs;
    const steps = h.steps(PATH_IRQFD_CACHED);
    const t0 = h.topo.warmupNs + 10_000;
    h.holdElsewhere(LOCK_LPI_LIST, t0, 40);
    h.request(t0, CLS_VHOST, PATH_IRQFD_CACHED);
    h.runUntil(t0 + 1);
    expect(h.state()).toBe("delegated");
    const job = { path: PATH_IRQFD_CACHED, arg: 1, vm: 0 };
    expect(h.sent()).toEqual([
      { time: t0 + link, dst: vcpu, event: { type: "steal", ns: steps[0]!.ns, epoch: 1, step: 0, ...job } },
    ]);
    // The vCPU ran irqfd_wakeup and found lpi_list_lock held: it hands back one step.
    const back1 = t0 + 2 * link + steps[0]!.ns;
    h.send(back1, vcpu, { type: "handBack", epoch: 1, steps: 1, ns: steps[0]!.ns });
    h.runUntil(back1 + 1);
    expect(h.state()).toBe("delegatedSpin");
    expect(h.sent()).toEqual([{ time: back1 + link, dst: vcpu, event: { type: "steal", ns: -1, epoch: 2, step: 1, ...job } }]);
    const grantAt = h.releaseElsewhere(LOCK_LPI_LIST, back1 + 3000);
    h.runUntil(grantAt + 1);
    expect(h.sent()).toEqual([{ time: grantAt + link, dst: vcpu, event: { type: "stealEnd", epoch: 2 } }]);
    // The vCPU spun from the steal's arrival to stealEnd's.
    h.send(grantAt + 2 * link, vcpu, { type: "handBack", epoch: 2, steps: 0, ns: grantAt - back1 });
    h.runUntil(grantAt + 2 * link + 1);
    expect(h.state()).toBe("delegated");
    expect(h.sent().map((m) => m.event)).toEqual([{ type: "steal", ns: expect.any(Number), epoch: 3, step: 1, ...job }]);
    expect(h.vm().locks[LOCK_LPI_LIST]!.owner).toBe(h.core);
    // The vCPU runs the rest (the section, the ap_list_lock's, put_irq's), passing each lock on, and hands
    // back: the job is done, and the time the vCPU says its steps ran is the pCPU's host work.
    const back3 = grantAt + 3 * link + 5000;
    h.send(back3, vcpu, { type: "handBack", epoch: 3, steps: steps.length - 1, ns: 4000 });
    h.runUntil(back3 + 1);
    expect(h.sent()).toEqual([{ time: back3 + link, dst: h.requester, event: { type: "cpuDone", token: 7 } }]);
    expect(h.state()).toBe("idle");
    const span = h.topo.endNs - h.topo.warmupNs;
    const stats = h.stats(h.topo.endNs) as { shares: Record<string, number> };
    expect(stats.shares.vhost).toBeCloseTo((steps[0]!.ns + 4000) / span, 12);
    expect(stats.shares.spin).toBeCloseTo((grantAt - back1) / span, 12);
  });
});
