// The vCPU's machine, driven event by event: its state is the level it runs (idle = WFI, exit, stolen,
// hardirq, softirq, ksoftirqd, app) or a spin for a lock (its TX queue's, an ap_list_lock); a kick wakes
// it from WFI with an exit, exits to inject into a running guest, and preempts softirq and application
// work; host work of its pCPU preempts any guest level, runs in its place and hands the core back.
// Time-in-state is the kernel's accounting.
import { describe, expect, it } from "vitest";
import type { EngineKind } from "../../../shared/kernel/engine.js";
import { loneActor } from "../../support/lone-actor.js";
import { releaseLock, requestLock } from "../../../shared/model/host/lock.js";
import { cyclesNs } from "../../../shared/model/net/common.js";
import {
  apListLock, lockId, LOCK_ITS, PATH_KWORKER_ITS, pathSteps,
} from "../../../shared/model/net/inject-path.js";
import type { VcpuContext } from "../../../shared/model/net/vcpu-core.js";
import { INTID_LPI_BASE, KIND_REQ, type Burst } from "../../../shared/model/net/vm-state.js";

const OTHER = 9_999; // an actor id standing for another core's thread holding a lock

/** Runs the vCPU of a 1-vCPU VM (mq-msi) alone: every other actor is in partition 1. */
function harness(engineKind: EngineKind, sets: string[] = []) {
  const sets0 = ["vm.vcpus=1", "vm.net.mode=mq-msi", "app.service.dist=fixed", ...sets];
  const lone = loneActor(engineKind, "paper", sets0, (topo) => topo.vcpu(0, 0, 0));
  const { cfg, topo, id, engine } = lone;
  const io = () => lone.io();
  const redist = topo.redist(0, 0, 0);
  const pcpu = topo.pcpu(0, topo.vcpuPcpu(0, 0));
  const send = lone.send;
  const ns = (cycles: number) => cyclesNs(cfg, cycles);
  return {
    cfg,
    topo,
    engine,
    id,
    pcpu,
    ns,
    vm: () => io().vm!,
    /** The redistributor queues `intid` and kicks the vCPU, as gic-redist does. */
    virq: (at: number, intid: number) => {
      const vgic = io().vm!.vgic[0]!;
      vgic.pending.push(intid);
      vgic.kickPending = true;
      send(at, redist, { type: "vkick", reason: 0 });
    },
    /** A plain run of `stealNs` (path 0), or step `step` of injection path `path` for queue `arg`, of VM 0. */
    steal: (at: number, stealNs: number, epoch: number, path = 0, arg = 0, step = 0) =>
      send(at, pcpu, { type: "steal", ns: stealNs, epoch, path, arg, step, vm: 0 }),
    /** Another core (actor OTHER) takes lock `l` of the VM at `at`, as an injecting pCPU or a vCPU would. */
    holdElsewhere: (l: number, at: number, core: number) =>
      requestLock(io().vm!.locks[l]!, at, OTHER, core, 100, topo.layout),
    /** That core releases it at `at`; the grant reaches this vCPU when the lock's handoff is over. */
    releaseElsewhere: (l: number, at: number) => {
      const next = releaseLock(io().vm!.locks[l]!, at, topo.layout, cfg.locks)!;
      expect(next.waiter.actor).toBe(id);
      send(next.grantAt, OTHER, { type: "lockGrant", lock: lockId(0, l) });
      return next.grantAt;
    },
    runUntil: lone.runUntil,
    state: lone.state,
    ctx: () => lone.context() as VcpuContext,
    sent: lone.sent,
    /** A request in the used ring of queue 0, as vhost leaves it. */
    usedRequest: (req: number) => {
      const b: Burst = {
        type: "pkts",
        conn: 0,
        req,
        pkts: 1,
        kind: KIND_REQ,
        sentAt: 0,
        replyTo: topo.client(0),
        vm: 0,
        queue: 0,
        dst: topo.nic(0, 0),
        replyVm: 0,
        replyQueue: 0,
      };
      const vq = io().vm!.vqs[0]!;
      vq.used.push(b);
      vq.usedPkts += 1;
    },
  };
}

/** A request in the used ring and its LPI at warm-up + 10 us: the time its application work starts. */
function requestReachesApp(h: ReturnType<typeof harness>): number {
  const { cfg } = h;
  const t0 = h.topo.warmupNs + 10_000;
  h.usedRequest(1);
  h.virq(t0, INTID_LPI_BASE);
  const wake = h.ns(cfg.kvm.arm.wakeCycles);
  const irq = cfg.guest.hardirqNs + h.ns(cfg.kvm.arm.eoiCycles);
  const poll = cfg.guest.pollOverheadNs + cfg.guest.rxPerPktNs;
  return t0 + wake + irq + poll;
}

describe.each(["compiled", "xstate"] as const)("vcpu machine (%s engine)", (engineKind) => {
  it("a kick in WFI wakes it with an exit, the LPI's hardirq follows, NAPI then polls in softirq, the app runs", () => {
    const h = harness(engineKind);
    const { cfg } = h;
    const t0 = h.topo.warmupNs + 10_000;
    expect(h.state()).toBe("idle");
    h.usedRequest(1);
    h.virq(t0, INTID_LPI_BASE);
    h.runUntil(t0 + 1);
    expect(h.state()).toBe("exit");
    const wake = h.ns(cfg.kvm.arm.wakeCycles);
    h.runUntil(t0 + wake + 1);
    expect(h.state()).toBe("hardirq");
    const irq = cfg.guest.hardirqNs + h.ns(cfg.kvm.arm.eoiCycles);
    h.runUntil(t0 + wake + irq + 1);
    expect(h.state()).toBe("softirq");
    const poll = cfg.guest.pollOverheadNs + cfg.guest.rxPerPktNs;
    h.runUntil(t0 + wake + irq + poll + 1);
    // The request woke its application thread here (no other vCPU to take it).
    expect(h.state()).toBe("app");
    expect(h.ctx().exitCounts).toEqual({ "wfi-wake": 1 });
    expect(h.ctx().irqCounts).toEqual({ lpi8192: 1 });
    const shares = h.engine.timeInState(h.id, t0 + wake + irq + poll + 1);
    const span = t0 + wake + irq + poll + 1 - h.topo.warmupNs;
    expect(shares.exit! * span).toBeCloseTo(wake, 6);
    expect(shares.hardirq! * span).toBeCloseTo(irq, 6);
    expect(shares.softirq! * span).toBeCloseTo(poll, 6);
  });

  it("a kick while the app runs exits to inject and preempts it; the app resumes with the time it had left", () => {
    const h = harness(engineKind);
    const { cfg } = h;
    const appStart = requestReachesApp(h);
    h.runUntil(appStart + 1000);
    expect(h.state()).toBe("app");
    h.virq(appStart + 1000, INTID_LPI_BASE + 1);
    h.runUntil(appStart + 1001);
    expect(h.state()).toBe("exit");
    // The application segment is the request's service, then tcp_sendmsg of its response's packets.
    const appNs = cfg.app.service.meanUs * 1000 + cfg.workload.respPkts * cfg.guest.txPerPktNs;
    expect(h.ctx().suspended[3]!.ns).toBe(appNs - 1000);
    expect(h.ctx().exitCounts["irq-inject"]).toBe(1);
  });

  it("host work preempts a running guest level, runs in its place, hands the core back, and the guest resumes", () => {
    const h = harness(engineKind);
    const { cfg } = h;
    const appStart = requestReachesApp(h);
    h.runUntil(appStart + 500);
    h.sent();
    h.steal(appStart + 500, 2000, 7);
    h.runUntil(appStart + 501);
    expect(h.state()).toBe("stolen");
    h.runUntil(appStart + 2501);
    expect(h.state()).toBe("app");
    expect(h.sent()).toEqual([
      { time: appStart + 2500 + cfg.host.linkNs, dst: h.pcpu, event: { type: "handBack", epoch: 7, steps: 1, ns: 2000 } },
    ]);
    expect(h.ctx().seg!.ns).toBe(cfg.app.service.meanUs * 1000 + cfg.workload.respPkts * cfg.guest.txPerPktNs - 500);
  });

  it("host work sent to an idle vCPU runs on its core all the same, then the core is idle again", () => {
    const h = harness(engineKind);
    const t0 = h.topo.warmupNs + 10_000;
    h.steal(t0, 1500, 3);
    h.runUntil(t0 + 1);
    expect(h.state()).toBe("stolen");
    h.runUntil(t0 + 1501);
    expect(h.state()).toBe("idle");
    expect(h.sent()).toEqual([
      { time: t0 + 1500 + h.cfg.host.linkNs, dst: h.pcpu, event: { type: "handBack", epoch: 3, steps: 1, ns: 1500 } },
    ]);
    expect(h.vm().idle[0]).toBe(true);
  });

  it("a pCPU job's injection path runs on in the vCPU's place while its locks are free: each lock passes on at " +
    "its step's end, and one hand-back says how many steps ran in how long", () => {
    const h = harness(engineKind);
    const { cfg, topo } = h;
    const t0 = topo.warmupNs + 10_000;
    const core = topo.vcpuPcpu(0, 0);
    const steps = pathSteps(cfg, PATH_KWORKER_ITS, 0, topo.queues, topo.queueVcpu(0));
    expect(steps.map((s) => s.lock)).toEqual([-1, LOCK_ITS, apListLock(0)]);
    h.steal(t0, steps[0]!.ns, 5, PATH_KWORKER_ITS, 0, 0);
    h.runUntil(t0 + steps[0]!.ns + 1);
    // The kworker hop is done; its_lock was free, so the ITT walk runs on under it, on this core.
    const its = h.vm().locks[LOCK_ITS]!;
    expect(h.state()).toBe("stolen");
    expect(its.owner).toBe(core);
    h.runUntil(t0 + 100_000);
    expect(h.state()).toBe("idle");
    const [back] = h.sent();
    const section = (l: number) => steps[l]!.ns + (1 + h.vm().locks[steps[l]!.lock]!.lines) * topo.layout.transferNs(core, core);
    const ns = steps[0]!.ns + section(1) + section(2);
    expect(back).toEqual({ time: t0 + ns + cfg.host.linkNs, dst: h.pcpu, event: { type: "handBack", epoch: 5, steps: 3, ns } });
    for (const l of [LOCK_ITS, apListLock(0)]) {
      expect(h.vm().locks[l]!.owner).toBe(-1);
      expect(h.vm().locks[l]!.stats.acquisitions).toBe(1);
    }
    // Host work it ran, stolen from the vCPU, in one stretch.
    expect(h.engine.timeInState(h.id, t0 + ns).stolen! * (t0 + ns - topo.warmupNs)).toBeCloseTo(ns, 6);
    expect(h.ctx().exitCounts).toEqual({ "host-preempt": 1 });
  });

  it("a pCPU job's path that reaches a held lock hands the core back before that step, the lock not asked for", () => {
    const h = harness(engineKind);
    const { cfg, topo } = h;
    const t0 = topo.warmupNs + 10_000;
    const steps = pathSteps(cfg, PATH_KWORKER_ITS, 0, topo.queues, topo.queueVcpu(0));
    expect(h.holdElsewhere(LOCK_ITS, t0, 1 - Math.min(1, topo.vcpuPcpu(0, 0))).granted).toBe(true);
    h.steal(t0, steps[0]!.ns, 5, PATH_KWORKER_ITS, 0, 0);
    h.runUntil(t0 + 100_000);
    expect(h.sent()).toEqual([{
      time: t0 + steps[0]!.ns + cfg.host.linkNs, dst: h.pcpu,
      event: { type: "handBack", epoch: 5, steps: 1, ns: steps[0]!.ns },
    }]);
    expect(h.state()).toBe("idle");
    expect(h.vm().locks[LOCK_ITS]!.waiters).toEqual([]);
  });

  it("a vCPU woken while its pCPU runs host work waits for the core (stolen, not counted as an exit)", () => {
    const h = harness(engineKind);
    const t0 = h.topo.warmupNs + 10_000;
    h.vm().coreBusyUntil[0] = t0 + 3000;
    h.virq(t0, INTID_LPI_BASE);
    h.runUntil(t0 + 1);
    expect(h.state()).toBe("stolen");
    h.runUntil(t0 + 3001);
    expect(h.state()).toBe("exit");
    expect(h.ctx().exitCounts).toEqual({ "wfi-wake": 1 });
  });

  it("an entry with vIRQs on its ap_list takes the vCPU's ap_list_lock: held by an injector, it spins in the host",
    () => {
    const h = harness(engineKind, ["host.topology=kunpeng920", "host.pcpus=64"]);
    const { cfg } = h;
    const t0 = h.topo.warmupNs + 10_000;
    const lock = apListLock(0);
    const core = h.topo.vcpuPcpu(0, 0);
    const other = core >= 32 ? 0 : 63; // the injecting core, on the other die
    expect(h.holdElsewhere(lock, t0, other).granted).toBe(true);
    h.virq(t0, INTID_LPI_BASE);
    const wake = h.ns(cfg.kvm.arm.wakeCycles);
    h.runUntil(t0 + wake + 1);
    // kvm_vgic_flush_hwstate waits for the injector's vgic_queue_irq_unlock; a kick meanwhile is absorbed.
    expect(h.state()).toBe("spin");
    h.virq(t0 + wake + 100, INTID_LPI_BASE + 1);
    h.runUntil(t0 + wake + 101);
    expect(h.state()).toBe("spin");
    const grant = h.releaseElsewhere(lock, t0 + wake + 400);
    h.runUntil(grant + 1);
    // The section pays the list head's line from the injector's core, then the vIRQs go to the list registers.
    const l = h.vm().locks[lock]!;
    const section = l.lines * h.topo.layout.transferNs(other, core);
    expect(section).toBeGreaterThan(0);
    expect(h.state()).toBe("exit");
    expect(l.owner).toBe(core);
    h.runUntil(grant + section + 1);
    expect(h.state()).toBe("hardirq");
    expect(l.owner).toBe(-1);
    const shares = h.engine.timeInState(h.id, grant + section + 1);
    expect(shares.spin! * (grant + section + 1 - h.topo.warmupNs)).toBeCloseTo(grant - t0 - wake, 6);
    expect(l.stats.acquisitions).toBe(2);
  });

  it("a transmit that finds its TX queue lock held spins in the guest; granted while a kick preempts it, it holds " +
    "the lock, runs its section before the softirq, and passes the lock on", () => {
    const h = harness(engineKind);
    const { cfg } = h;
    const appStart = requestReachesApp(h);
    const appEnd = appStart + cfg.app.service.meanUs * 1000 + cfg.workload.respPkts * cfg.guest.txPerPktNs;
    const tx = h.vm().vqs[0]!.txLock;
    const core = h.topo.vcpuPcpu(0, 0);
    h.holdElsewhere(tx, appEnd - 10, 1 - Math.min(1, core));
    h.runUntil(appEnd + 1);
    expect(h.state()).toBe("spin");
    // A kick exits to inject and preempts the spin; the lock is handed over meanwhile.
    h.usedRequest(2);
    h.virq(appEnd + 100, INTID_LPI_BASE);
    h.runUntil(appEnd + 101);
    expect(h.state()).toBe("exit");
    const grant = h.releaseElsewhere(tx, appEnd + 200);
    h.runUntil(grant + 1);
    const l = h.vm().locks[tx]!;
    expect(l.owner).toBe(core);
    expect(h.ctx().suspended[3]!.work.k).toBe("locked");
    // The exit, then the LPI's hardirq; softirqs wait for the thread in dev_queue_xmit.
    h.runUntil(grant + 20_000);
    expect(l.owner).toBe(-1);
    expect(l.stats.acquisitions).toBe(2);
    expect(h.ctx().completed).toBe(1);
    expect(h.ctx().exitCounts["mmio-kick"]).toBe(1);
  });

  it("start_xmit kicks vhost with the TX queue lock held: the lock passes on when the kick's exit ends", () => {
    const h = harness(engineKind);
    const { cfg } = h;
    const appStart = requestReachesApp(h);
    const appEnd = appStart + cfg.app.service.meanUs * 1000 + cfg.workload.respPkts * cfg.guest.txPerPktNs;
    const l = h.vm().locks[h.vm().vqs[0]!.txLock]!;
    const core = h.topo.vcpuPcpu(0, 0);
    // Taken on the vCPU's own core: no line to move, the section is start_xmit's own work.
    const kickAt = appEnd + cfg.guest.txLockNs;
    h.runUntil(kickAt + 1);
    expect(h.state()).toBe("exit");
    expect(h.ctx().seg!.work).toMatchObject({ k: "exit", reason: "mmio-kick" });
    expect(l.owner).toBe(core);
    h.sent();
    const kickEnd = kickAt + h.ns(cfg.kvm.arm.mmioKernelCycles);
    h.runUntil(kickEnd + 1);
    expect(l.owner).toBe(-1);
    expect(l.stats.holdNs).toBe(kickEnd - appEnd);
    expect(h.sent()).toContainEqual({
      time: kickEnd + cfg.host.linkNs, dst: h.topo.vhost(0, 0, 0), event: { type: "kick", queue: 0 },
    });
  });
});
