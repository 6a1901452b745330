// The ITS's machine, driven event by event: the host kernel and the platform choose its state at
// start; on ARM every MSI is translated under its_lock (FIFO: an MSI waits for the one holding it),
// without the translation cache (4.x) find_ite walks the ITT up to the event; x86 routes the MSI
// without a global lock. The vIRQ goes to the redistributor of the vCPU the queue's collection targets.
import { describe, expect, it } from "vitest";
import type { EngineKind } from "../../../shared/kernel/engine.js";
import { loneActor } from "../../support/lone-actor.js";
import { intidOfQueue } from "../../../shared/model/net/vm-state.js";
import type { ItsContext } from "../../../shared/model/net/gic-its.js";

/** Runs the ITS of VM 0 alone: every other actor is in partition 1, whose inbox is the outbox here. */
function harness(engineKind: EngineKind, sets: string[]) {
  const lone = loneActor(engineKind, "paper", ["vm.vcpus=2", ...sets], (topo) => topo.its(0, 0));
  const { cfg, topo, id, engine, sim } = lone;
  const nic = topo.nic(0, 0);
  return {
    cfg,
    topo,
    id,
    engine,
    /** The MSI of queue `eventid`'s interrupt, written by the NIC at `at`. */
    msi: (at: number, eventid: number) => lone.send(at, nic, { type: "msi", devid: 0, eventid }),
    runUntil: lone.runUntil,
    state: lone.state,
    ctx: () => engine.actor(id)!.getSnapshot().context as ItsContext,
    sent: lone.sent,
    stats: () =>
      sim.actorStats(id, engine.actor(id)!.getSnapshot().context, topo.endNs, {}) as {
        translated: number;
        lock: { acquisitions: number; meanWaitNs: number };
      },
  };
}

describe.each(["compiled", "xstate"] as const)("gic-its machine (%s engine)", (engineKind) => {
  it("chooses its state at start from the platform and the host kernel", () => {
    expect(harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=4.x"]).state()).toBe("ittWalk");
    expect(harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=5.4+"]).state()).toBe("translationCache");
    expect(harness(engineKind, ["vm.net.mode=x86-msix-posted", "host.kernel=4.x"]).state()).toBe("x86MsiRouting");
  });

  it("an MSI arriving while another holds its_lock waits for it (kernel 5.4+: one hold per MSI)", () => {
    const h = harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=5.4+"]);
    const { itsTranslateNs: hold } = h.cfg.gic;
    const link = h.cfg.host.linkNs;
    const t0 = h.topo.warmupNs + 10_000;
    h.msi(t0, 0);
    h.msi(t0 + hold / 2, 1); // its_lock is held by the first
    h.msi(t0 + 10 * hold, 3); // its_lock is free again
    h.runUntil(t0 + 10 * hold + 1);
    expect(h.state()).toBe("translationCache");
    // Queue q's LPI goes to the redistributor of vCPU q mod vcpus.
    expect(h.sent()).toEqual([
      { time: t0 + hold + link, dst: h.topo.redist(0, 0, 0), event: { type: "virq", intid: intidOfQueue(0) } },
      { time: t0 + 2 * hold + link, dst: h.topo.redist(0, 0, 1), event: { type: "virq", intid: intidOfQueue(1) } },
      { time: t0 + 11 * hold + link, dst: h.topo.redist(0, 0, 1), event: { type: "virq", intid: intidOfQueue(3) } },
    ]);
    const stats = h.stats();
    expect(stats.translated).toBe(3);
    expect(stats.lock.acquisitions).toBe(3);
    expect(stats.lock.meanWaitNs).toBe(hold / 2 / 3);
  });

  it("kernel 4.x: the hold grows with the event's position in the ITT (find_ite's linear walk)", () => {
    const h = harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=4.x"]);
    const { itsTranslateNs, itsWalkNsPerEntry } = h.cfg.gic;
    const hold = (eventid: number) => itsTranslateNs + (eventid + 1) * itsWalkNsPerEntry;
    const link = h.cfg.host.linkNs;
    const t0 = h.topo.warmupNs + 10_000;
    h.msi(t0, 5);
    h.msi(t0, 0); // arrives with the first: waits for its walk of 6 entries
    h.msi(t0 + 100_000, 1);
    h.runUntil(t0 + 100_001);
    expect(h.sent().map((m) => [m.time - t0 - link, m.event.intid])).toEqual([
      [hold(5), intidOfQueue(5)],
      [hold(5) + hold(0), intidOfQueue(0)],
      [100_000 + hold(1), intidOfQueue(1)],
    ]);
  });

  it("x86: MSI routing takes no global lock, so simultaneous MSIs do not wait", () => {
    const h = harness(engineKind, ["vm.net.mode=x86-msix-posted"]);
    const t0 = h.topo.warmupNs + 10_000;
    h.msi(t0, 0);
    h.msi(t0, 1);
    h.runUntil(t0 + 1);
    const routed = t0 + h.cfg.gic.x86MsiNs + h.cfg.host.linkNs;
    expect(h.sent()).toEqual([
      { time: routed, dst: h.topo.redist(0, 0, 0), event: { type: "virq", intid: intidOfQueue(0) } },
      { time: routed, dst: h.topo.redist(0, 0, 1), event: { type: "virq", intid: intidOfQueue(1) } },
    ]);
    expect(h.stats().translated).toBe(2);
    expect(h.ctx().lock.acquisitions).toBe(0);
  });

  it("its_lock waits before the end of warm-up are not counted", () => {
    const h = harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=5.4+"]);
    const t0 = h.topo.warmupNs - 100_000;
    h.msi(t0, 0);
    h.msi(t0, 1);
    h.runUntil(t0 + 1);
    expect(h.sent()).toHaveLength(2);
    expect(h.stats()).toMatchObject({ translated: 2, lock: { acquisitions: 0 } });
  });
});
