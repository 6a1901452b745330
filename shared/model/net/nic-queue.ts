import { setup } from "xstate";
import { burstAs, drop, noDrops, type DropStats, serializationNs, toBurst, CLS_HOSTRX, type ActorDeclaration, type NetInput } from "./common.js";
import { requestCpu } from "./pcpu.js";
import { countClient, type Burst } from "./vm-state.js";
import type { SimEvent } from "../../kernel/engine.js";
import { int, num, type ParamTree } from "../../config/params.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const nicQueueParams = {
  host: {
    hostRxPerPktNs: num(700, "ns", "assumed: netif_receive_skb + bridge + tun_net_xmit per packet on the host", "host RX path per packet"),
    hostIrqNs: num(1000, "ns", "assumed: host NIC interrupt + NAPI schedule", "host cost per NIC interrupt"),
    nicRing: int(512, "descriptors", "ixgbe default RX ring 512", "physical NIC RX ring per queue", { min: 1 }),
    nicQueues: int(16, "queues", "ixgbe: one queue pair per core up to 16 (RSS)", "physical NIC queue pairs per host", { min: 1 }),
    pcieNs: int(1000, "ns", "assumed: DMA + MSI-X latency of a PCIe NIC", "NIC DMA latency, paid on TX (payload fetch before serialization) and on RX (payload write, descriptor write-back, MSI-X)"),
  },
} satisfies ParamTree;

export const nicQueueDeclaration: ActorDeclaration = {
  kind: "nic-queue",
  models: "physical NIC RX/TX queue pair: RSS-steered RX ring (drops when full), DMA, host NAPI on its IRQ's pCPU, TX to the wire",
  params: nicQueueParams,
  accepts: ["pkts", "xmit", "cpuDone"],
  sends: ["cpuReq", "pkts", "dropped"],
  stats: { rxPkts: "packets received", txPkts: "packets transmitted", dropPkts: "packets dropped on a full ring", dropReqs: "bursts (requests or responses) dropped on a full ring", dropMeasured: "bursts dropped on a full ring after warm-up" },
};

interface NicContext {
  in: NetInput;
  ring: number;
  waiting: Burst[];
  inService: Burst[];
  busy: boolean;
  txFreeAt: number;
  pcpu: number;
  stats: { rxPkts: number; txPkts: number } & DropStats;
}

function poll(ctx: NicContext, fromIdle: boolean): void {
  const { cfg } = ctx.in;
  let pkts = 0;
  while (ctx.waiting.length > 0 && (pkts === 0 || pkts + ctx.waiting[0]!.pkts <= cfg.guest.napiWeight)) {
    const b = ctx.waiting.shift()!;
    pkts += b.pkts;
    ctx.inService.push(b);
  }
  ctx.busy = true;
  requestCpu(ctx.in, ctx.pcpu, CLS_HOSTRX, (fromIdle ? cfg.host.hostIrqNs : 0) + pkts * cfg.host.hostRxPerPktNs, 0);
}

export const nicQueueMachine = setup({
  types: { context: {} as NicContext, input: {} as NetInput, events: {} as SimEvent },
  actions: {
    receive: ({ context, event }) => {
      const { cfg } = context.in;
      const b = toBurst(event);
      const s = context.stats;
      if (context.ring + b.pkts > cfg.host.nicRing) {
        drop(context.in, s, b);
        return;
      }
      s.rxPkts += b.pkts;
      context.ring += b.pkts;
      context.waiting.push(b);
      if (!context.busy) poll(context, true);
    },
    polled: ({ context }) => {
      const { env, cfg, topo, slot } = context.in;
      for (const b of context.inService) {
        context.ring -= b.pkts;
        env.send(topo.vhost(slot.host, b.vm, b.queue), burstAs("pkts", b), cfg.host.linkNs);
      }
      context.inService = [];
      context.busy = false;
      if (context.waiting.length > 0) poll(context, false);
    },
    transmit: ({ context, event }) => {
      const { env, cfg, topo } = context.in;
      const b = toBurst(event);
      context.stats.txPkts += b.pkts;
      const now = env.now();
      context.txFreeAt = Math.max(context.txFreeAt, now + cfg.host.pcieNs) + serializationNs(cfg, b.pkts);
      env.send(b.dst, burstAs("pkts", b), context.txFreeAt - now + topo.wireNs(env.id, b.dst));
    },
  },
}).createMachine({
  id: "nic-queue",
  context: ({ input }) => ({
    in: input, ring: 0, waiting: [], inService: [], busy: false, txFreeAt: 0,
    pcpu: input.topo.pcpu(input.slot.host, input.topo.hostThreadPcpu(input.topo.nicThread(input.slot.index))),
    stats: { rxPkts: 0, txPkts: 0, ...noDrops() },
  }),
  initial: "up",
  states: {
    up: { on: { pkts: { actions: "receive" }, cpuDone: { actions: "polled" }, xmit: { actions: "transmit" } } },
  },
});

export function nicStats(ctx: NicContext) {
  return { kind: "nic-queue", ...ctx.stats, heldClient: countClient(ctx.waiting) + countClient(ctx.inService) };
}
export type { NicContext };
