// The ITS's machine, driven event by event: the host kernel and the platform choose its state at
// start. The translation's cost and locks are paid on the injecting core (test/model/net/pcpu-path.test.ts);
// the ITS routes the vIRQ, one link later, to the redistributor of the vCPU the queue's collection targets,
// and reports the VM's its_lock and lpi_list_lock.
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
        locks: { name: string; algorithm: string; acquisitions: number }[];
      },
  };
}

describe.each(["compiled", "xstate"] as const)("gic-its machine (%s engine)", (engineKind) => {
  it("chooses its state at start from the platform and the host kernel", () => {
    expect(harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=4.x"]).state()).toBe("ittWalk");
    expect(harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=5.4"]).state()).toBe("translationCache");
    expect(harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=6.10"]).state()).toBe("rcuTranslationCache");
    expect(harness(engineKind, ["vm.net.mode=x86-msix-posted", "host.kernel=4.x"]).state()).toBe("x86MsiRouting");
  });

  for (const sets of [["vm.net.mode=mq-msi", "host.kernel=4.x"], ["vm.net.mode=mq-msi", "host.kernel=5.4"],
    ["vm.net.mode=x86-msix-posted"]]) {
    it(`routes every MSI one link later, none waiting for another (${sets.join(" ")})`, () => {
      const h = harness(engineKind, sets);
      const link = h.cfg.host.linkNs;
      const t0 = h.topo.warmupNs + 10_000;
      h.msi(t0, 0);
      h.msi(t0, 1);
      h.msi(t0 + 500, 3);
      h.runUntil(t0 + 1000);
      // Queue q's LPI goes to the redistributor of vCPU q mod vcpus.
      expect(h.sent()).toEqual([
        { time: t0 + link, dst: h.topo.redist(0, 0, 0), event: { type: "virq", intid: intidOfQueue(0) } },
        { time: t0 + link, dst: h.topo.redist(0, 0, 1), event: { type: "virq", intid: intidOfQueue(1) } },
        { time: t0 + 500 + link, dst: h.topo.redist(0, 0, 1), event: { type: "virq", intid: intidOfQueue(3) } },
      ]);
      expect(h.ctx().translated).toBe(3);
    });
  }

  it("reports the VM's its_lock (a mutex) and lpi_list_lock (host.spinlock), taken by the injecting cores", () => {
    const h = harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=5.4", "host.spinlock=ticket"]);
    const stats = h.stats();
    expect(stats.locks.map((l) => [l.name, l.algorithm, l.acquisitions])).toEqual([
      ["h0.vm0.its_lock", "mutex", 0],
      ["h0.vm0.lpi_list_lock", "ticket", 0],
    ]);
  });
});
