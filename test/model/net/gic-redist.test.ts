// The redistributor's machine, driven event by event: a vIRQ joins the vCPU's pending list (the
// ap_list, in the VM's shared memory) unless the same INTID is already pending, where it merges;
// the vCPU is kicked once per pending batch, again only after it took the batch.
import { describe, expect, it } from "vitest";
import { loneActor } from "../../support/lone-actor.js";
import type { EngineKind, SimEvent } from "../../../shared/kernel/engine.js";
import { INTID_SPI_VIRTIO, intidOfQueue } from "../../../shared/model/net/vm-state.js";

/**
 * Runs the redistributor of vCPU 1 of VM 0 alone (every other actor is in partition 1, whose inbox
 * is the outbox here), with a hand on the vCPU interface it shares with its vCPU.
 */
function harness(engineKind: EngineKind) {
  const lone = loneActor(engineKind, "paper", ["vm.vcpus=2"], (topo) => topo.redist(0, 0, 1));
  const { cfg, topo, id, engine, sim } = lone;
  const vgic = lone.io().vm!.vgic[1]!;
  let seq = 0;
  const its = topo.its(0, 0);
  return {
    cfg,
    topo,
    id,
    engine,
    vgic,
    virq: (at: number, intid: number) => {
      const event: SimEvent = { type: "virq", intid };
      engine.ingest([{ time: at, src: its, seq: seq++, dst: id, event }]);
      engine.runUntil(at + 1);
    },
    /** What the vCPU does at entry: it takes the pending vIRQs into list registers, ending the batch. */
    vcpuTakesBatch: () => {
      vgic.pending.length = 0;
      vgic.kickPending = false;
    },
    state: () => engine.actor(id)!.stateName(),
    sent: () => engine.takeOutbox(1).map((m) => ({ time: m.time, dst: m.dst, event: m.event })),
    stats: () =>
      sim.actorStats(id, engine.actor(id)!.getSnapshot().context, topo.endNs, {}) as {
        interrupts: Record<string, number>;
        merged: number;
        kicks: number;
      },
  };
}

describe.each(["compiled", "xstate"] as const)("gic-redist machine (%s engine)", (engineKind) => {
  it("kicks the vCPU once per pending batch; a vIRQ already pending merges", () => {
    const h = harness(engineKind);
    const vcpu = h.topo.vcpu(0, 0, 1);
    const t0 = h.topo.warmupNs + 10_000;
    const lpi = intidOfQueue(1);
    h.virq(t0, lpi);
    expect(h.vgic.pending).toEqual([lpi]);
    expect(h.vgic.kickPending).toBe(true);
    expect(h.sent()).toEqual([{ time: t0 + h.cfg.host.linkNs, dst: vcpu, event: { type: "vkick", reason: 0 } }]);

    h.virq(t0 + 100, INTID_SPI_VIRTIO); // joins the batch the kick announced
    h.virq(t0 + 200, lpi); // already pending: one interrupt for the guest
    expect(h.vgic.pending).toEqual([lpi, INTID_SPI_VIRTIO]);
    expect(h.sent()).toEqual([]);
    expect(h.state()).toBe("listening");

    h.vcpuTakesBatch();
    h.virq(t0 + 1000, lpi); // a new batch
    expect(h.vgic.pending).toEqual([lpi]);
    expect(h.sent()).toEqual([{ time: t0 + 1000 + h.cfg.host.linkNs, dst: vcpu, event: { type: "vkick", reason: 0 } }]);
    expect(h.stats()).toEqual({
      kind: "gic-redist",
      interrupts: { [`lpi${lpi}`]: 3, [`spi${INTID_SPI_VIRTIO}`]: 1 },
      merged: 1,
      kicks: 2,
      // The injecting cores take the vCPU's ap_list_lock (inject-path.ts); the interface reports it.
      locks: [expect.objectContaining({ algorithm: "qspinlock", acquisitions: 0 })],
    });
    const { locks } = h.stats() as unknown as { locks: { name: string }[] };
    expect(locks[0]!.name).toMatch(/^h0\.vm0\.vcpu\d+\.ap_list_lock$/);
  });

  it("while the kick is outstanding a vIRQ is queued without another kick, even on an emptied list", () => {
    const h = harness(engineKind);
    const t0 = h.topo.warmupNs + 10_000;
    h.virq(t0, intidOfQueue(0));
    h.vgic.pending.length = 0; // taken, but the vCPU has not yet cleared the kick
    h.virq(t0 + 10, intidOfQueue(0));
    expect(h.vgic.pending).toEqual([intidOfQueue(0)]);
    expect(h.sent().map((m) => m.event.type)).toEqual(["vkick"]);
    expect(h.stats()).toMatchObject({ merged: 0, kicks: 1 });
  });

  it("counts vIRQs per INTID only after warm-up; merges and kicks from the start", () => {
    const h = harness(engineKind);
    const w = h.topo.warmupNs;
    h.virq(w - 100, intidOfQueue(0));
    h.virq(w - 50, intidOfQueue(0));
    h.vcpuTakesBatch();
    h.virq(w, intidOfQueue(0));
    expect(h.stats()).toEqual({
      kind: "gic-redist",
      interrupts: { [`lpi${intidOfQueue(0)}`]: 1 },
      merged: 1,
      kicks: 2,
      locks: [expect.objectContaining({ acquisitions: 0 })],
    });
  });
});
