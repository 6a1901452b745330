// The NIC queue's machine, driven event by event in virtual time: idle until a packet raises the
// interrupt, polling while host NAPI runs on the queue's pCPU (one poll per cpuDone, no new
// interrupt while packets wait), drops at a full ring before any host work; TX in either state.
// Only the NIC queue runs; what it sends is collected.
import { describe, expect, it } from "vitest";
import { loneActor } from "../../support/lone-actor.js";
import type { EngineKind, SimEvent } from "../../../shared/kernel/engine.js";
import { CLS_HOSTRX, serializationNs } from "../../../shared/model/net/common.js";
import { KIND_REQ, KIND_RESP } from "../../../shared/model/net/vm-state.js";
import type { NicContext } from "../../../shared/model/net/nic-queue.js";

function harness(engineKind: EngineKind, sets: string[] = []) {
  const lone = loneActor(engineKind, "paper", ["vm.vcpus=2", "sim.warmupMs=0", ...sets], (topo) => topo.nic(0, 0));
  const { cfg, topo, id: nic, engine } = lone;
  const actor = engine.actor(nic)!;
  let seq = 0;
  const at = (time: number, event: SimEvent, src: number) => {
    engine.ingest([{ time, src, seq: seq++, dst: nic, event }]);
    engine.runUntil(time + 1);
  };
  const burst = (type: "pkts" | "xmit", pkts: number, req: number, dst = nic): SimEvent => ({
    type, conn: 0, req, pkts, kind: type === "pkts" ? KIND_REQ : KIND_RESP, sentAt: 0, replyTo: topo.client(0),
    vm: 0, queue: 0, dst, replyVm: 0, replyQueue: 0,
  });
  const ctx = () => actor.getSnapshot().context as NicContext;
  return {
    cfg, topo, nic, engine, ctx,
    state: () => actor.getSnapshot().value,
    take: () => engine.takeOutbox(1).map((m) => ({ ...m, delay: m.time - engine.now })),
    pkts: (time: number, pkts: number, req: number) => at(time, burst("pkts", pkts, req), topo.client(0)),
    xmit: (time: number, pkts: number, req: number) =>
      at(time, burst("xmit", pkts, req, topo.client(0)), topo.vhost(0, 0, 0)),
    cpuDone: (time: number) => at(time, { type: "cpuDone", token: 0 }, ctx().pcpu),
  };
}

describe.each(["compiled", "xstate"] as const)("nic-queue machine (%s engine)", (engineKind) => {
  it("idle -> polling on a packet (a cpuReq paying the interrupt), polls on while packets wait, idle when none", () => {
    const h = harness(engineKind);
    const { hostIrqNs, hostRxPerPktNs, linkNs } = h.cfg.host;
    expect(h.state()).toBe("idle");
    h.pkts(1000, 3, 0);
    expect(h.state()).toBe("polling");
    let out = h.take();
    // The first poll pays the NIC interrupt and the host RX path of each packet.
    expect(out.map((m) => [m.dst, m.event])).toEqual([
      [h.ctx().pcpu, { type: "cpuReq", cls: CLS_HOSTRX, ns: hostIrqNs + 3 * hostRxPerPktNs, token: 0, from: h.nic,
        path: 0, arg: 0 }],
    ]);
    expect(h.topo.slots[out[0]!.dst]!.kind).toBe("pcpu");
    expect(h.ctx().inService.map((b) => b.pkts)).toEqual([3]);

    h.pkts(2000, 2, 1); // arrives during the poll: waits in the ring, no new interrupt
    expect(h.state()).toBe("polling");
    expect(h.take()).toEqual([]);
    expect(h.ctx().ring).toBe(5);

    h.cpuDone(5000);
    out = h.take();
    expect(out.map((m) => [m.dst, m.event.type, m.event.req, m.delay])).toEqual([
      [h.topo.vhost(0, 0, 0), "pkts", 0, linkNs],
      [h.ctx().pcpu, "cpuReq", undefined, linkNs],
    ]);
    expect(out[1]!.event.ns).toBe(2 * hostRxPerPktNs); // the poll goes on: no interrupt
    expect(h.state()).toBe("polling");
    expect(h.ctx().inService.map((b) => b.pkts)).toEqual([2]);

    h.cpuDone(7000);
    expect(h.take().map((m) => [m.event.type, m.event.req])).toEqual([["pkts", 1]]);
    expect(h.state()).toBe("idle");
    expect(h.ctx().ring).toBe(0);
    expect(h.ctx().stats.rxPkts).toBe(5);
    expect(h.engine.timeInState(h.nic, 10_000)).toEqual({ idle: (1000 + 3000) / 10_000, polling: 6000 / 10_000 });
  });

  it("a poll takes up to napiWeight packets, at least one burst", () => {
    const h = harness(engineKind, ["guest.napiWeight=4"]);
    h.pkts(1000, 5, 0); // larger than the weight: taken alone
    expect(h.ctx().inService.map((b) => b.pkts)).toEqual([5]);
    h.pkts(1100, 2, 1);
    h.pkts(1200, 2, 2);
    h.pkts(1300, 1, 3);
    h.take();
    h.cpuDone(5000);
    expect(h.ctx().inService.map((b) => b.req)).toEqual([1, 2]);
    expect(h.ctx().waiting.map((b) => b.req)).toEqual([3]);
  });

  it("a burst that does not fit the ring is dropped before any host work, in either state", () => {
    const h = harness(engineKind, ["host.nicRing=4"]);
    h.pkts(1000, 5, 0); // idle, does not fit: dropped, still idle, no cpuReq
    expect(h.state()).toBe("idle");
    expect(h.take().map((m) => m.event.type)).toEqual(["dropped"]);
    h.pkts(2000, 3, 1);
    expect(h.state()).toBe("polling");
    h.take();
    h.pkts(3000, 2, 2); // 3 + 2 > 4
    expect(h.take().map((m) => m.event.type)).toEqual(["dropped"]);
    expect(h.state()).toBe("polling");
    expect(h.ctx().stats).toMatchObject({ rxPkts: 3, dropPkts: 7, dropReqs: 2 });
  });

  it("TX: each burst waits for the DMA, then for the wire behind the previous one, in either state", () => {
    const h = harness(engineKind);
    const { pcieNs } = h.cfg.host;
    const wire = h.topo.wireNs(h.nic, h.topo.client(0));
    const ser = (pkts: number) => serializationNs(h.cfg, pkts);
    h.xmit(1000, 4, 0);
    h.xmit(1000, 2, 1); // behind the first on the wire
    h.pkts(1500, 1, 2);
    h.xmit(2000, 3, 2); // while polling
    expect(h.state()).toBe("polling");
    const freeAt1 = 1000 + pcieNs + ser(4);
    const freeAt2 = freeAt1 + ser(2);
    const freeAt3 = Math.max(freeAt2, 2000 + pcieNs) + ser(3);
    const out = h.take().filter((m) => m.event.type === "pkts");
    expect(out.map((m) => [m.dst, m.event.req, m.time])).toEqual([
      [h.topo.client(0), 0, freeAt1 + wire],
      [h.topo.client(0), 1, freeAt2 + wire],
      [h.topo.client(0), 2, freeAt3 + wire],
    ]);
    expect(h.ctx().stats.txPkts).toBe(9);
    expect(JSON.parse(JSON.stringify(h.ctx()))).toEqual(h.ctx());
  });
});
