// The pCPU's machine, driven event by event: host thread runs are served FIFO, one at a time, each
// in the state of its class; a run ends after its time with cpuDone to its requester. On a core
// with a pinned vCPU, one timeline: with the vCPU on the core a run preempts it (steal) and ends
// when the vCPU hands the core back; with the vCPU idle the pCPU runs it and a woken vCPU waits for
// it. Time-in-state is the kernel's accounting.
import { describe, expect, it } from "vitest";
import type { EngineKind } from "../../../shared/kernel/engine.js";
import { loneActor } from "../../support/lone-actor.js";
import { Topology } from "../../../shared/model/net/topology.js";
import { CLS_HOSTRX, CLS_KWORKER, CLS_QEMU, CLS_VHOST, CPU_CLASSES } from "../../../shared/model/net/common.js";
import type { PcpuContext } from "../../../shared/model/net/pcpu.js";

/** Runs pCPU `p` of host 0 alone: every other actor is in partition 1, whose inbox is the outbox here. */
function harness(engineKind: EngineKind, p: (topo: Topology) => number) {
  const lone = loneActor(engineKind, "paper", ["vm.vcpus=2"], (topo) => topo.pcpu(0, p(topo)));
  const { cfg, topo, id, engine } = lone;
  const requester = topo.vhost(0, 0, 0);
  return {
    cfg,
    topo,
    id,
    engine,
    requester,
    /** The memory of the pinned vCPU's VM, which this pCPU shares. */
    vm: () => lone.io().vm!,
    /** The pinned vCPU hands the core back at `at`, ending run `epoch`: its one step, run in `ns`. */
    handBack: (at: number, from: number, epoch: number, ns: number) =>
      lone.send(at, from, { type: "handBack", epoch, steps: 1, ns }),
    /** A cpuReq from the vhost worker, arriving at `at`. */
    request: (at: number, cls: number, ns: number, token: number) =>
      lone.send(at, requester, { type: "cpuReq", cls, ns, token, from: requester, path: 0, arg: 0 }),
    runUntil: lone.runUntil,
    state: lone.state,
    ctx: () => lone.context() as PcpuContext,
    sent: lone.sent,
    stats: lone.stats,
  };
}

describe.each(["compiled", "xstate"] as const)("pcpu machine (%s engine)", (engineKind) => {
  it("runs queued host work FIFO, one run at a time, in the state of the running class", () => {
    const h = harness(engineKind, (topo) => topo.hostThreadPcpu(0));
    const link = h.cfg.host.linkNs;
    const t0 = h.topo.warmupNs + 10_000;
    expect(h.state()).toBe("idle");
    h.request(t0, CLS_VHOST, 1000, 1);
    h.request(t0, CLS_QEMU, 500, 2);
    h.request(t0, CLS_VHOST, 200, 3);
    h.runUntil(t0 + 1);
    expect(h.state()).toBe("vhost");
    expect(h.ctx().queue.length - h.ctx().head).toBe(2);
    h.runUntil(t0 + 1000);
    expect(h.state()).toBe("vhost");
    h.runUntil(t0 + 1001);
    expect(h.state()).toBe("qemu");
    h.runUntil(t0 + 1501);
    expect(h.state()).toBe("vhost");
    h.runUntil(t0 + 1701);
    expect(h.state()).toBe("idle");
    // Each run's cpuDone reaches its requester one link after the run's time, in arrival order.
    expect(h.sent()).toEqual([
      { time: t0 + 1000 + link, dst: h.requester, event: { type: "cpuDone", token: 1 } },
      { time: t0 + 1500 + link, dst: h.requester, event: { type: "cpuDone", token: 2 } },
      { time: t0 + 1700 + link, dst: h.requester, event: { type: "cpuDone", token: 3 } },
    ]);
    expect(h.ctx().jobs).toBe(3);
  });

  it("a request arriving while busy waits for the running one; one arriving while idle starts at once", () => {
    const h = harness(engineKind, (topo) => topo.hostThreadPcpu(0));
    const t0 = h.topo.warmupNs + 10_000;
    h.request(t0, CLS_HOSTRX, 300, 1);
    h.request(t0 + 100, CLS_KWORKER, 50, 2); // during the first run
    h.runUntil(t0 + 101);
    expect(h.state()).toBe("hostRx");
    h.runUntil(t0 + 301);
    expect(h.state()).toBe("kworker");
    h.runUntil(t0 + 351);
    expect(h.state()).toBe("idle");
    h.request(t0 + 1000, CLS_HOSTRX, 10, 3); // after it went idle: starts at once
    h.runUntil(t0 + 1001);
    expect(h.state()).toBe("hostRx");
    h.runUntil(t0 + 1011);
    const doneAfter = h.sent().map((m) => [m.time - h.cfg.host.linkNs - t0, m.event.token]);
    expect(doneAfter).toEqual([
      [300, 1],
      [350, 2],
      [1010, 3],
    ]);
  });

  it("accounts busy time per class as the sum of its runs' times, the rest as idle", () => {
    const h = harness(engineKind, (topo) => topo.hostThreadPcpu(0));
    const from = h.topo.warmupNs;
    const t0 = from + 10_000;
    const end = t0 + 20_000;
    h.request(t0, CLS_VHOST, 1000, 1);
    h.request(t0, CLS_QEMU, 500, 2);
    h.request(t0, CLS_VHOST, 200, 3);
    h.request(t0 + 5000, CLS_HOSTRX, 700, 4);
    h.runUntil(end);
    const span = end - from;
    expect(h.engine.timeInState(h.id, end)).toEqual({
      idle: (span - 2400) / span,
      vhost: 1200 / span,
      qemu: 500 / span,
      hostRx: 700 / span,
    });
    // The stats name every state, idle first then CPU_CLASSES and spin, 0 for a class that never ran.
    const stats = h.stats(end) as { shares: Record<string, number>; jobs: number; vcpu: number };
    expect(Object.keys(stats.shares)).toEqual(["idle", ...CPU_CLASSES, "spin"]);
    expect(stats.shares).toEqual({
      idle: (span - 2400) / span,
      hostRx: 700 / span,
      vhost: 1200 / span,
      qemu: 500 / span,
      kworker: 0,
      spin: 0,
    });
    expect(stats.jobs).toBe(4);
  });

  it("time before the end of warm-up is not accounted", () => {
    const h = harness(engineKind, (topo) => topo.hostThreadPcpu(0));
    const from = h.topo.warmupNs;
    h.request(from - 400, CLS_QEMU, 1000, 1); // runs across the end of warm-up
    const end = from + 4000;
    h.runUntil(end);
    expect(h.engine.timeInState(h.id, end)).toEqual({ idle: 3400 / 4000, qemu: 600 / 4000 });
  });

  it("with its pinned vCPU idle, the core runs host work itself and a vCPU woken meanwhile waits for it", () => {
    const h = harness(engineKind, (topo) => topo.vcpuPcpu(0, 1));
    const link = h.cfg.host.linkNs;
    expect(h.ctx().vcpu).toBe(h.topo.vcpu(0, 0, 1));
    const t0 = h.topo.warmupNs + 10_000;
    h.request(t0, CLS_VHOST, 800, 1);
    h.runUntil(t0 + 1);
    expect(h.state()).toBe("vhost");
    expect(h.vm().coreBusyUntil[1]).toBe(t0 + 800);
    h.runUntil(t0 + 2000);
    expect(h.sent()).toEqual([{ time: t0 + 800 + link, dst: h.requester, event: { type: "cpuDone", token: 1 } }]);
  });

  it("with its pinned vCPU on the core, host work preempts it and ends when the vCPU hands the core back", () => {
    const h = harness(engineKind, (topo) => topo.vcpuPcpu(0, 1));
    const link = h.cfg.host.linkNs;
    const vcpu = h.topo.vcpu(0, 0, 1);
    const t0 = h.topo.warmupNs + 10_000;
    h.vm().idle[1] = false;
    h.request(t0, CLS_VHOST, 800, 1);
    h.request(t0, CLS_QEMU, 300, 2);
    h.runUntil(t0 + 1);
    expect(h.state()).toBe("delegated");
    const plain = { path: 0, arg: 0, step: 0, vm: 0 };
    expect(h.sent()).toEqual([{ time: t0 + link, dst: vcpu, event: { type: "steal", ns: 800, epoch: 1, ...plain } }]);
    // No end of its own: the run lasts until the vCPU has run it (here it also exited first, 150 ns).
    h.runUntil(t0 + 5000);
    expect(h.state()).toBe("delegated");
    h.handBack(t0 + link + 150 + 800 + link, vcpu, 1, 800);
    h.runUntil(t0 + 6000);
    expect(h.sent()).toEqual([
      { time: t0 + 2 * link + 950 + link, dst: h.requester, event: { type: "cpuDone", token: 1 } },
      { time: t0 + 2 * link + 950 + link, dst: vcpu, event: { type: "steal", ns: 300, epoch: 2, ...plain } },
    ]);
    // A stale hand-back (of run 1) ends nothing.
    h.handBack(t0 + 6500, vcpu, 1, 300);
    h.runUntil(t0 + 7000);
    expect(h.state()).toBe("delegated");
    expect(h.sent()).toEqual([]);
    // Charged to the pCPU as host work: each run's own time, not the wait for the vCPU to exit.
    h.handBack(t0 + 8000, vcpu, 2, 300);
    h.runUntil(t0 + 9000);
    const stats = h.stats(h.topo.endNs) as { shares: Record<string, number> };
    const span = h.topo.endNs - h.topo.warmupNs;
    expect(stats.shares.vhost).toBeCloseTo(800 / span, 12);
    expect(stats.shares.qemu).toBeCloseTo(300 / span, 12);
  });

  it("a core without a pinned vCPU sends no steal", () => {
    const h = harness(engineKind, (topo) => topo.hostThreadPcpu(0));
    expect(h.topo.vcpuOnPcpu(h.id - h.topo.pcpu(0, 0))).toBeUndefined();
    expect(h.ctx().vcpu).toBe(-1);
    const t0 = h.topo.warmupNs + 10_000;
    h.request(t0, CLS_VHOST, 800, 1);
    h.runUntil(t0 + 2000);
    expect(h.sent().map((m) => m.event.type)).toEqual(["cpuDone"]);
  });
});
