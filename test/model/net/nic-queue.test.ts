// The NIC queue's machine, driven event by event: idle until a packet raises the interrupt, polling
// while host NAPI runs on the queue's pCPU (one poll per cpuDone, no new interrupt while packets
// wait), drops at a full ring before any host work.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../../shared/config/load.js";
import { PartitionEngine, type SimEvent } from "../../../shared/kernel/engine.js";
import { Topology } from "../../../shared/model/net/topology.js";
import type { NetConfig } from "../../../shared/model/net/config.js";
import { KIND_REQ } from "../../../shared/model/net/vm-state.js";
import type { NicContext } from "../../../shared/model/net/nic-queue.js";

function harness(sets: string[] = []) {
  const rc = resolveConfig({ preset: "paper", sets: ["vm.vcpus=2", ...sets] });
  const cfg = rc.config as unknown as NetConfig;
  const sim = rc.model.build(rc.config);
  const topo = new Topology(cfg);
  const engine = new PartitionEngine(sim.instance, 0, new Int32Array(topo.actorCount), 1, rc.config.seed);
  const sent: { src: number; dst: number; type: string; event: SimEvent }[] = [];
  engine.checkSend = (src, dst, event) => {
    sent.push({ src, dst, type: event.type, event });
    return undefined;
  };
  engine.start();
  const nic = topo.nic(0, 0);
  sent.length = 0;
  const actor = engine.actor(nic)!;
  const burst = (pkts: number, req: number): SimEvent => ({
    type: "pkts",
    conn: 0,
    req,
    pkts,
    kind: KIND_REQ,
    sentAt: 0,
    replyTo: topo.client(0),
    vm: 0,
    queue: 0,
    dst: nic,
    replyVm: 0,
    replyQueue: 0,
  });
  const take = () => sent.splice(0).filter((m) => m.src === nic);
  return {
    cfg,
    topo,
    nic,
    actor,
    burst,
    take,
    ctx: () => actor.getSnapshot().context as NicContext,
    state: () => actor.getSnapshot().value,
  };
}

describe("nic-queue machine", () => {
  it("idle -> polling on a packet (a cpuReq paying the interrupt), polls on while packets wait, idle when none", () => {
    const h = harness();
    const { hostIrqNs, hostRxPerPktNs } = h.cfg.host;
    expect(h.state()).toBe("idle");
    h.actor.send(h.burst(3, 0));
    expect(h.state()).toBe("polling");
    let out = h.take();
    expect(out.map((m) => m.type)).toEqual(["cpuReq"]);
    expect(h.topo.slots[out[0]!.dst]!.kind).toBe("pcpu");
    // The first poll pays the NIC interrupt and the host RX path of each packet.
    expect(out[0]!.event.ns).toBe(hostIrqNs + 3 * hostRxPerPktNs);
    expect(h.ctx().inService.map((b) => b.pkts)).toEqual([3]);

    h.actor.send(h.burst(2, 1)); // arrives during the poll: waits in the ring, no new interrupt
    expect(h.state()).toBe("polling");
    expect(h.take()).toEqual([]);
    expect(h.ctx().ring).toBe(5);

    h.actor.send({ type: "cpuDone", token: 0 });
    out = h.take();
    expect(out.map((m) => m.type)).toEqual(["pkts", "cpuReq"]);
    expect(h.topo.slots[out[0]!.dst]!.kind).toBe("vhost");
    expect(out[1]!.event.ns).toBe(2 * hostRxPerPktNs); // the poll goes on: no interrupt
    expect(h.state()).toBe("polling");
    expect(h.ctx().inService.map((b) => b.pkts)).toEqual([2]);

    h.actor.send({ type: "cpuDone", token: 0 });
    expect(h.take().map((m) => m.type)).toEqual(["pkts"]);
    expect(h.state()).toBe("idle");
    expect(h.ctx().ring).toBe(0);
    expect(h.ctx().stats.rxPkts).toBe(5);
  });

  it("a burst that does not fit the ring is dropped before any host work, in either state", () => {
    const h = harness(["host.nicRing=4"]);
    h.actor.send(h.burst(5, 0)); // idle, does not fit: dropped, still idle, no cpuReq
    expect(h.state()).toBe("idle");
    expect(h.take().map((m) => m.type)).toEqual(["dropped"]);
    h.actor.send(h.burst(3, 1));
    expect(h.state()).toBe("polling");
    h.take();
    h.actor.send(h.burst(2, 2)); // 3 + 2 > 4
    expect(h.take().map((m) => m.type)).toEqual(["dropped"]);
    expect(h.state()).toBe("polling");
    expect(h.ctx().stats).toMatchObject({ rxPkts: 3, dropPkts: 7, dropReqs: 2 });
  });
});
