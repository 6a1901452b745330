import { setup } from "xstate";
import {
  burstAs, drop, noDrops, type DropStats, toBurst, CLS_HOSTRX, type ActorDeclaration, type NetInput,
} from "./common.js";
import { requestCpu } from "./pcpu.js";
import { countClient, countFlood, type Burst } from "./vm-state.js";
import { bind, unbound } from "../bind.js";
import { int, mergeParamTrees, num, type ParamTree } from "../../config/params.js";
import { afterGro, burstWireNs, countSegs, streamHostRxExtraNs, streamNicParams } from "./stream.js";
import { dmaToQueue, isHwNic } from "./passthrough.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const nicQueueParams = mergeParamTrees(streamNicParams, {
  host: {
    hostRxPerPktNs: num(700, "ns", "assumed: netif_receive_skb + bridge + tun_net_xmit per packet on the host", "host RX path per packet"),
    hostIrqNs: num(1000, "ns", "assumed: host NIC interrupt + NAPI schedule", "host cost per NIC interrupt"),
    nicRing: int(512, "descriptors", "ixgbe default RX ring 512", "physical NIC RX ring per queue", { min: 1 }),
    nicQueues: int(16, "queues", "ixgbe: one queue pair per core up to 16 (RSS)", "physical NIC queue pairs per host", { min: 1 }),
    pcieNs: int(1000, "ns", "assumed: DMA + MSI-X latency of a PCIe NIC", "NIC DMA latency, paid on TX (payload fetch before serialization) and on RX (payload write, descriptor write-back, MSI-X)"),
  },
} satisfies ParamTree);

export const nicQueueDeclaration: ActorDeclaration = {
  kind: "nic-queue",
  models: "physical NIC RX/TX queue pair: RSS-steered RX ring (drops when full), DMA, host NAPI on its IRQ's pCPU, TX "
    + "to the wire; with a hardware queue per VM queue pair (vf-passthrough, x86-vf-posted, native) it DMAs into that "
    + "ring and raises its MSI, with no host work",
  params: nicQueueParams,
  accepts: ["pkts", "xmit", "cpuDone"],
  sends: ["cpuReq", "pkts", "dropped", "virq"],
  stats: {
    rxPkts: "packets received",
    txPkts: "packets transmitted",
    dropPkts: "packets dropped on a full ring",
    dropReqs: "bursts (requests or responses) dropped on a full ring",
    dropMeasured: "bursts dropped on a full ring after warm-up",
    dropSegs: "stream segments dropped on a full ring",
    heldFlood: "flood packets in the ring at the end",
    heldSegs: "stream segments in the ring at the end",
  },
};

/** Plain data: the RX ring's fill, the bursts waiting in it and those the running poll took, the TX wire. */
interface NicContext {
  ring: number;
  waiting: Burst[];
  inService: Burst[];
  txFreeAt: number;
  pcpu: number;
  stats: { rxPkts: number; txPkts: number } & DropStats;
}

type BurstEvent<T extends string> = Omit<Burst, "type"> & { type: T };
type NicEvent = BurstEvent<"pkts"> | BurstEvent<"xmit"> | { type: "cpuDone"; token: number };
interface Args { context: NicContext; event: NicEvent }

/** One host NAPI poll of up to napiWeight packets, run on the queue's pCPU. */
function poll(ctx: NicContext, io: NetInput, fromIdle: boolean): void {
  const { cfg } = io;
  let pkts = 0;
  while (ctx.waiting.length > 0 && (pkts === 0 || pkts + ctx.waiting[0]!.pkts <= cfg.guest.napiWeight)) {
    const b = ctx.waiting.shift()!;
    pkts += b.pkts;
    ctx.inService.push(b);
  }
  // A stream segment's frames are merged by GRO: per frame the driver and GRO, the rest once (stream.ts).
  const ns = (fromIdle ? cfg.host.hostIrqNs : 0) + pkts * cfg.host.hostRxPerPktNs
    + streamHostRxExtraNs(cfg, ctx.inService);
  requestCpu(io, ctx.pcpu, CLS_HOSTRX, ns, 0);
}

const nicImpl = (io: NetInput) => ({
  guards: {
    ringFull: ({ context, event }: Args) => event.type === "pkts" && context.ring + event.pkts > io.cfg.host.nicRing,
    nothingWaiting: ({ context }: Args) => context.waiting.length === 0,
    hwQueues: () => isHwNic(io.cfg.vm.net.mode),
  },
  actions: {
    dropBurst: ({ context, event }: Args) => drop(io, context.stats, toBurst(event)),
    /** The VF's (or the host OS's) queue: the burst goes by DMA into its ring, and its MSI to the vCPU. */
    dma: ({ context, event }: Args) => dmaToQueue(io, context.stats, toBurst(event)),
    receive: ({ context, event }: Args) => {
      const b = toBurst(event);
      context.stats.rxPkts += b.pkts;
      context.ring += b.pkts;
      context.waiting.push(b);
    },
    // The NIC's interrupt: host NAPI is scheduled on the queue's pCPU.
    pollFromIdle: ({ context }: Args) => poll(context, io, true),
    // napi_complete is not reached while packets wait: the poll goes on without a new interrupt.
    pollAgain: ({ context }: Args) => poll(context, io, false),
    deliver: ({ context }: Args) => {
      const { env, cfg, topo, slot } = io;
      for (const b of context.inService) {
        context.ring -= b.pkts;
        env.send(topo.vhost(slot.host, b.vm, b.queue), burstAs("pkts", afterGro(b)), cfg.host.linkNs);
      }
      context.inService = [];
    },
    transmit: ({ context, event }: Args) => {
      const { env, cfg, topo } = io;
      const b = toBurst(event);
      context.stats.txPkts += b.pkts;
      const now = env.now();
      context.txFreeAt = Math.max(context.txFreeAt, now + cfg.host.pcieNs) + burstWireNs(cfg, b);
      env.send(b.dst, burstAs("pkts", b), context.txFreeAt - now + topo.wireNs(env.id, b.dst));
    },
  },
});

export const nicQueueMachine = setup({
  types: { context: {} as NicContext, input: {} as NetInput, events: {} as NicEvent },
  ...nicImpl(unbound("nic-queue")),
}).createMachine({
  id: "nic-queue",
  context: ({ input }) => ({
    ring: 0, waiting: [], inService: [], txFreeAt: 0,
    pcpu: input.topo.pcpu(input.slot.host, input.topo.hostThreadPcpu(input.topo.nicThread(input.slot.index))),
    stats: { rxPkts: 0, txPkts: 0, ...noDrops() },
  }),
  // The interrupt mode decides, once, whether the host or the VM's driver owns the RX rings.
  initial: "configuring",
  states: {
    configuring: { always: [{ guard: "hwQueues", target: "direct" }, { target: "idle" }] },
    // The VM's queue pairs are this NIC's (an assigned VF, or the host OS's own): no host NAPI.
    direct: { on: { pkts: { actions: "dma" }, xmit: { actions: "transmit" } } },
    // No host NAPI poll scheduled: the next packet raises the NIC's interrupt.
    idle: {
      on: {
        pkts: [
          { guard: "ringFull", actions: "dropBurst" },
          { target: "polling", actions: ["receive", "pollFromIdle"] },
        ],
        xmit: { actions: "transmit" },
      },
    },
    // A poll runs on the pCPU (cpuReq sent, cpuDone awaited); new packets wait in the ring.
    polling: {
      on: {
        pkts: [{ guard: "ringFull", actions: "dropBurst" }, { actions: "receive" }],
        cpuDone: [
          { guard: "nothingWaiting", target: "idle", actions: "deliver" },
          { actions: ["deliver", "pollAgain"] },
        ],
        xmit: { actions: "transmit" },
      },
    },
  },
});

export const nicQueueLogic = (io: NetInput) => bind(nicQueueMachine, nicImpl(io));

export function nicStats(ctx: NicContext) {
  return {
    kind: "nic-queue", ...ctx.stats, heldClient: countClient(ctx.waiting) + countClient(ctx.inService),
    heldFlood: countFlood(ctx.waiting) + countFlood(ctx.inService),
    heldSegs: countSegs(ctx.waiting, ctx.inService),
  };
}
export type { NicContext };
