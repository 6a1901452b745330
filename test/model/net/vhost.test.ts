// The vhost worker's machine, driven event by event in virtual time: idle until a packet or a kick
// wakes it, running while a handle_rx/handle_tx run holds its pCPU (kicks suppressed, new packets
// wait on the tap), waiting for buffers when the tap's head does not fit the guest's free RX
// buffers, until the guest's refill kick. Only the vhost actor runs; what it sends is collected.
import { describe, expect, it } from "vitest";
import { loneActor } from "../../support/lone-actor.js";
import type { EngineKind, SimEvent } from "../../../shared/kernel/engine.js";
import { CLS_KWORKER, CLS_QEMU, CLS_VHOST } from "../../../shared/model/net/common.js";
import { INTID_SPI_VIRTIO, KIND_REQ, KIND_RESP, type Burst } from "../../../shared/model/net/vm-state.js";
import type { VhostContext } from "../../../shared/model/net/vhost.js";
import {
  PATH_IRQ_LINE, PATH_IRQFD_CACHED, PATH_IRQFD_RCU, PATH_IRQFD_X86, PATH_KWORKER_IOAPIC, PATH_KWORKER_ITS,
} from "../../../shared/model/net/inject-path.js";

const TOKEN_RUN = 0,
  TOKEN_SIGNAL = 1;

function harness(engineKind: EngineKind, sets: string[] = []) {
  const lone = loneActor(engineKind, "paper", ["vm.vcpus=2", "sim.warmupMs=0", ...sets], (topo) => topo.vhost(0, 0, 0));
  const { cfg, topo, id, engine } = lone;
  const vq = lone.io().vm!.vqs[0]!;
  const actor = engine.actor(id)!;
  const nic = topo.nic(0, 0);
  let seq = 0;
  const at = (time: number, event: SimEvent, src = nic) => {
    engine.ingest([{ time, src, seq: seq++, dst: id, event }]);
    engine.runUntil(time + 1);
  };
  const burst = (pkts: number, req: number, kind = KIND_REQ): Burst => ({
    type: "pkts",
    conn: 0,
    req,
    pkts,
    kind,
    sentAt: 0,
    replyTo: topo.client(0),
    vm: 0,
    queue: 0,
    dst: nic,
    replyVm: 0,
    replyQueue: 0,
  });
  const ctx = () => actor.getSnapshot().context as VhostContext;
  return {
    cfg,
    topo,
    id,
    vq,
    engine,
    burst,
    ctx,
    state: () => actor.getSnapshot().value,
    take: () => engine.takeOutbox(1).map((m) => ({ ...m, delay: m.time - engine.now })),
    pkts: (time: number, pkts: number, req: number) => at(time, burst(pkts, req) as unknown as SimEvent),
    kick: (time: number) => at(time, { type: "kick", queue: 0 }, topo.vcpu(0, 0, 0)),
    cpuDone: (time: number, token: number) => at(time, { type: "cpuDone", token }, ctx().pcpu),
    /** The guest's NAPI poll takes every used buffer and posts new ones (try_fill_recv). */
    guestPolls: () => {
      vq.used.splice(0);
      vq.usedPkts = 0;
    },
  };
}

describe.each(["compiled", "xstate"] as const)("vhost machine (%s engine)", (engineKind) => {
  it("idle -> running on a packet; a kick while running is suppressed; it loops while the tap has work", () => {
    const h = harness(engineKind);
    const { vhostWakeNs, vhostPerPktNs, qemuRelayNs, linkNs } = h.cfg.host;
    expect(h.state()).toBe("idle");

    h.pkts(1000, 3, 0);
    expect(h.state()).toBe("running");
    let out = h.take();
    // A worker woken from sleep pays the wake-up, then the copy of each packet.
    const ns = vhostWakeNs + 3 * vhostPerPktNs;
    expect(out.map((m) => [m.dst, m.event])).toEqual([
      [h.ctx().pcpu, { type: "cpuReq", cls: CLS_VHOST, ns, token: TOKEN_RUN, from: h.id, path: 0, arg: 0 }],
    ]);
    expect(h.vq.txNotify).toBe(false); // EVENT_IDX: the guest does not kick for TX while the worker runs

    h.kick(2000);
    expect(h.state()).toBe("running");
    expect(h.take()).toEqual([]);
    h.pkts(2500, 2, 1); // waits on the tap for the run's loop
    expect(h.take()).toEqual([]);
    expect(h.ctx().tap.map((b) => b.pkts)).toEqual([2]);

    // The run ends: its buffers are used, the guest is signalled (sq-spi: through QEMU), the loop runs on.
    h.cpuDone(5000, TOKEN_RUN);
    expect(h.vq.usedPkts).toBe(3);
    out = h.take();
    expect(out.map((m) => [m.dst, m.event])).toEqual([
      [h.ctx().qemuPcpu, { type: "cpuReq", cls: CLS_QEMU, ns: 0, token: TOKEN_SIGNAL, from: h.id, path: PATH_IRQ_LINE,
        arg: 0 }],
      [h.ctx().pcpu, { type: "cpuReq", cls: CLS_VHOST, ns: 2 * vhostPerPktNs, token: TOKEN_RUN, from: h.id, path: 0,
        arg: 0 }],
    ]);
    expect(h.state()).toBe("running");

    h.cpuDone(6000, TOKEN_SIGNAL); // QEMU's main loop ran: KVM_IRQ_LINE
    expect(h.take().map((m) => [m.dst, m.event, m.delay])).toEqual([
      [h.topo.dist(0, 0), { type: "irqLine", intid: INTID_SPI_VIRTIO }, linkNs],
    ]);
    expect(h.state()).toBe("running");

    h.cpuDone(8000, TOKEN_RUN); // nothing left: asleep, TX kicks wanted again
    expect(h.take().map((m) => m.event.type)).toEqual(["cpuReq"]);
    expect(h.state()).toBe("idle");
    expect(h.vq.txNotify).toBe(true);
    expect(h.ctx().stats).toMatchObject({ runs: 2, rxPkts: 5, signals: 2 });
    // Busy time is the CPU time it asked for; time in state is the kernel's, from the machine's states.
    expect(h.ctx().stats.busyNs).toBe(vhostWakeNs + 5 * vhostPerPktNs);
    expect(h.engine.timeInState(h.id, 10_000)).toEqual({ idle: (1000 + 2000) / 10_000, running: 7000 / 10_000 });
  });

  it("a guest's TX kick wakes it; the TX ring's bursts go to the NIC queue when the run is done, no signal", () => {
    const h = harness(engineKind);
    const { vhostWakeNs, vhostPerPktNs, linkNs } = h.cfg.host;
    h.vq.txAvail.push(h.burst(4, 7, KIND_RESP));
    h.kick(1000);
    expect(h.state()).toBe("running");
    expect(h.take().map((m) => m.event)).toEqual([
      { type: "cpuReq", cls: CLS_VHOST, ns: vhostWakeNs + 4 * vhostPerPktNs, token: TOKEN_RUN, from: h.id, path: 0,
        arg: 0 },
    ]);
    expect(h.vq.txAvail).toEqual([]);
    h.cpuDone(3000, TOKEN_RUN);
    const out = h.take();
    expect(out.map((m) => [m.dst, m.event.type, m.event.pkts, m.event.req, m.delay])).toEqual([
      [h.topo.nic(0, 0), "xmit", 4, 7, linkNs],
    ]);
    expect(h.state()).toBe("idle");
    expect(h.ctx().stats).toMatchObject({ txPkts: 4, rxPkts: 0, signals: 0 });
  });

  it("a full RX ring makes it wait for buffers; without free buffers it stays; the refill kick resumes it", () => {
    const h = harness(engineKind, ["guest.rxRing=4"]);
    const { vhostWakeNs, vhostPerPktNs } = h.cfg.host;
    h.pkts(1000, 1, 0);
    h.pkts(1500, 2, 1);
    h.pkts(1600, 2, 2);
    h.take();
    h.cpuDone(3000, TOKEN_RUN); // 1 used, 3 free: the first 2 fits, the second does not
    expect(h.state()).toBe("running");
    expect(h.ctx().rxTaken.map((b) => b.pkts)).toEqual([2]);
    expect(h.vq.rxNeedKick).toBe(true); // the guest is asked to kick once it posts buffers
    h.take();
    h.cpuDone(4000, TOKEN_SIGNAL); // QEMU relayed the first interrupt
    h.take();

    h.cpuDone(5000, TOKEN_RUN); // 3 used, 1 free: the tap's head (2) does not fit
    expect(h.state()).toBe("waitingForBuffers");
    expect(h.vq.txNotify).toBe(true);
    expect(h.take().map((m) => m.event.token)).toEqual([TOKEN_SIGNAL]); // the used buffers are signalled

    h.pkts(6000, 1, 3); // still no room for the head: it queues behind it
    h.kick(6500); // a kick that brings no buffers
    expect(h.state()).toBe("waitingForBuffers");
    expect(h.take()).toEqual([]);
    expect(h.ctx().tap.map((b) => b.pkts)).toEqual([2, 1]);

    h.guestPolls();
    h.vq.rxNeedKick = false; // the guest's try_fill_recv clears it and kicks
    h.kick(8000);
    expect(h.state()).toBe("running");
    expect(h.take().map((m) => m.event)).toEqual([
      { type: "cpuReq", cls: CLS_VHOST, ns: vhostWakeNs + 3 * vhostPerPktNs, token: TOKEN_RUN, from: h.id, path: 0,
        arg: 0 },
    ]);
    expect(h.vq.rxNeedKick).toBe(false);
    expect(JSON.parse(JSON.stringify(h.ctx()))).toEqual(h.ctx());
    expect(h.engine.timeInState(h.id, 10_000)).toEqual({
      idle: 1000 / 10_000,
      running: (5000 - 1000 + 10_000 - 8000) / 10_000,
      waitingForBuffers: 3000 / 10_000,
    });
  });

  it("waiting for buffers, a packet resumes it once the guest has freed buffers", () => {
    const h = harness(engineKind, ["guest.rxRing=3"]);
    h.pkts(1000, 2, 0);
    h.pkts(1500, 2, 1); // arrives during the run, found not to fit when the run ends
    h.cpuDone(3000, TOKEN_RUN);
    expect(h.state()).toBe("waitingForBuffers");
    // handle_rx found no buffers for the head: vhost_enable_notify asks the guest to kick on refill.
    expect(h.vq.rxNeedKick).toBe(true);
    h.guestPolls();
    h.take();
    h.pkts(4000, 1, 2);
    expect(h.state()).toBe("running");
    expect(h.ctx().rxTaken.map((b) => b.pkts)).toEqual([2, 1]);
    expect(h.take().map((m) => m.event.ns)).toEqual([h.cfg.host.vhostWakeNs + 3 * h.cfg.host.vhostPerPktNs]);
  });

  it("a packet that does not fit the tap queue is dropped, and the client told after its RTO", () => {
    const h = harness(engineKind, ["host.tapQueuePkts=4"]);
    h.pkts(1000, 3, 0); // running with it
    h.pkts(1100, 3, 1);
    h.pkts(1200, 2, 2); // 3 + 2 > 4 on the tap
    const out = h.take().filter((m) => m.event.type === "dropped");
    expect(out.map((m) => [m.dst, m.event, m.delay])).toEqual([
      [h.topo.client(0), { type: "dropped", conn: 0, req: 2 }, Math.round(h.cfg.workload.rtoMs * 1e6)],
    ]);
    expect(h.ctx().stats).toMatchObject({ dropPkts: 2, dropReqs: 1, dropMeasured: 1 });
    expect(h.ctx().tap.map((b) => b.req)).toEqual([1]);
  });

  it("vhost_signal runs the interrupt mode's and kernel's injection path on the raising thread's core", () => {
    // QEMU's main loop (virtio-mmio), a kworker on this worker's core (4.x; x86 IOAPIC), or this worker itself.
    const paths: [string[], (h: ReturnType<typeof harness>) => unknown[]][] = [
      [["vm.net.mode=sq-spi"], (h) => [h.ctx().qemuPcpu, "cpuReq", CLS_QEMU, PATH_IRQ_LINE]],
      [["vm.net.mode=mq-msi", "host.kernel=4.x"], (h) => [h.ctx().pcpu, "cpuReq", CLS_KWORKER, PATH_KWORKER_ITS]],
      [["vm.net.mode=mq-msi", "host.kernel=5.4"], (h) => [h.ctx().pcpu, "cpuReq", CLS_VHOST, PATH_IRQFD_CACHED]],
      [["vm.net.mode=mq-msi", "host.kernel=6.10"], (h) => [h.ctx().pcpu, "cpuReq", CLS_VHOST, PATH_IRQFD_RCU]],
      [["vm.net.mode=x86-msix-posted"], (h) => [h.ctx().pcpu, "cpuReq", CLS_VHOST, PATH_IRQFD_X86]],
      [["vm.net.mode=x86-ioapic"], (h) => [h.ctx().pcpu, "cpuReq", CLS_KWORKER, PATH_KWORKER_IOAPIC]],
    ];
    for (const [sets, expected] of paths) {
      const h = harness(engineKind, sets);
      h.pkts(1000, 1, 0);
      h.take();
      h.cpuDone(2000, TOKEN_RUN);
      expect(
        h.take().map((m) => [m.dst, m.event.type, m.event.cls, m.event.path]),
        sets.join(" "),
      ).toEqual([expected(h)]);
    }
    const h = harness(engineKind);
    h.vq.rxCallbacks = false; // the guest's NAPI is scheduled: it polls the used ring anyway
    h.pkts(1000, 1, 0);
    h.take();
    h.cpuDone(2000, TOKEN_RUN);
    expect(h.take()).toEqual([]);
    expect(h.ctx().stats.signals).toBe(0);
  });

  it("a deferred injection on its way absorbs further signals (eventfd read once, one irqfd work item)", () => {
    for (const sets of [["vm.net.mode=sq-spi"], ["vm.net.mode=mq-msi", "host.kernel=4.x"]]) {
      const h = harness(engineKind, sets);
      h.pkts(1000, 1, 0);
      h.pkts(1100, 1, 1);
      h.cpuDone(2000, TOKEN_RUN); // signals; the loop runs on for the second burst
      h.cpuDone(3000, TOKEN_RUN); // signals again while the first is on its way: merged
      expect(h.take().filter((m) => m.event.token === TOKEN_SIGNAL), sets.join(" ")).toHaveLength(1);
      expect(h.ctx().stats).toMatchObject({ signals: 2, coalesced: 1 });
      h.cpuDone(4000, TOKEN_SIGNAL);
      h.pkts(5000, 1, 2);
      h.cpuDone(6000, TOKEN_RUN); // after it ran, the next signal has a path of its own
      expect(h.take().filter((m) => m.event.token === TOKEN_SIGNAL)).toHaveLength(1);
    }
    // In atomic context (5.4) each signal runs its own path on this worker's core.
    const h = harness(engineKind, ["vm.net.mode=mq-msi", "host.kernel=5.4"]);
    h.pkts(1000, 1, 0);
    h.pkts(1100, 1, 1);
    h.cpuDone(2000, TOKEN_RUN);
    h.cpuDone(3000, TOKEN_RUN);
    expect(h.take().filter((m) => m.event.token === TOKEN_SIGNAL)).toHaveLength(2);
  });

  it("once its injection path has run, the interrupt goes to the distributor (wired) or the ITS (MSI)", () => {
    for (const [mode, to, type] of [["sq-spi", "dist", "irqLine"], ["x86-ioapic", "dist", "irqLine"],
      ["mq-msi", "its", "msi"], ["x86-msix-posted", "its", "msi"]] as const) {
      const h = harness(engineKind, [`vm.net.mode=${mode}`]);
      h.pkts(1000, 1, 0);
      h.cpuDone(2000, TOKEN_RUN);
      h.take();
      h.cpuDone(9000, TOKEN_SIGNAL);
      const dst = to === "dist" ? h.topo.dist(0, 0) : h.topo.its(0, 0);
      expect(h.take().map((m) => [m.dst, m.event.type, m.delay]), mode).toEqual([[dst, type, h.cfg.host.linkNs]]);
    }
  });
});
