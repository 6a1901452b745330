import { setup } from "xstate";
import type { SimEvent } from "../../kernel/engine.js";
import { burstAs, drop, noDrops, type DropStats, toBurst, CLS_KWORKER, CLS_QEMU, CLS_VHOST, type ActorDeclaration, type NetInput } from "./common.js";
import { requestCpu } from "./pcpu.js";
import { countClient, INTID_SPI_VIRTIO, type Burst, type Virtqueue } from "./vm-state.js";
import { int, num, type ParamTree } from "../../config/params.js";
import { DALL16 } from "./sources.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const vhostParams = {
  guest: {
    rxRing: int(256, "packets", "QEMU virtio-net default rx_queue_size", "virtqueue RX ring size", { min: 1 }),
  },
  host: {
    vhostPerPktNs: num(1000, "ns", "reference §3: vhost copy + ring 0.5-1.5 us per packet [A]", "vhost handle_rx / handle_tx per packet"),
    vhostWakeNs: num(2000, "ns", "assumed: kthread wake-up and context switch", "wake-up of a vhost worker"),
    vhostPktWeight: int(256, "packets", "VHOST_NET_PKT_WEIGHT, drivers/vhost/net.c", "packets per vhost run before requeueing", { min: 1 }),
    tapQueuePkts: int(1000, "packets", "tun txqueuelen default 1000", "tap socket queue before drops", { min: 1 }),
    qemuRelayNs: num(5000, "ns", `${DALL16}: I/O latency in 13,872 cycles minus injection; eventfd -> QEMU main loop -> KVM_IRQ_LINE [A]`, "userspace relay of the virtio-mmio interrupt"),
    kworkerHopNs: num(4000, "ns", "Zyngier 2020: about two context switches per injected MSI before Linux 5.4 [A: 2 us each]", "irqfd injection deferred to a kworker (4.x)"),
  },
} satisfies ParamTree;

export const vhostDeclaration: ActorDeclaration = {
  kind: "vhost",
  models: "vhost-net worker of one virtqueue pair: handle_rx/handle_tx with weight limits, then vhost_signal through the userspace relay (virtio-mmio) or irqfd (MSI)",
  params: vhostParams,
  accepts: ["pkts", "kick", "cpuDone"],
  sends: ["cpuReq", "xmit", "irqLine", "msi", "dropped"],
  stats: {
    runs: "handle_rx/handle_tx runs",
    busyNs: "CPU time requested after warm-up (the worker thread's utilisation)",
    signals: "guest interrupts raised",
    rxPkts: "packets copied to the guest",
    txPkts: "packets sent from the guest",
    dropPkts: "packets dropped on a full tap queue",
    dropReqs: "bursts (requests or responses) dropped on a full tap queue",
    dropMeasured: "bursts dropped on a full tap queue after warm-up",
  },
};

const TOKEN_RUN = 0, TOKEN_SIGNAL = 1;

interface VhostContext {
  in: NetInput;
  vq: Virtqueue;
  tap: Burst[];
  tapPkts: number;
  rxTaken: Burst[];
  txTaken: Burst[];
  /** A handle_rx/handle_tx run holds the CPU or was asked for it. */
  inRun: boolean;
  pcpu: number;
  qemuPcpu: number;
  stats: { runs: number; signals: number; rxPkts: number; txPkts: number; busyNs: number } & DropStats;
}

function hasWork(ctx: VhostContext): boolean {
  return ctx.vq.txAvail.length > 0 || (ctx.tap.length > 0 && ctx.vq.usedPkts + ctx.tap[0]!.pkts <= ctx.in.cfg.guest.rxRing);
}

/** handle_rx + handle_tx: take what the weights and the guest's RX buffers allow, then ask for CPU. */
function run(ctx: VhostContext, fromIdle: boolean): void {
  const { cfg } = ctx.in;
  const weight = cfg.host.vhostPktWeight;
  const vq = ctx.vq;
  let rx = 0, tx = 0;
  let room = cfg.guest.rxRing - vq.usedPkts;
  while (ctx.tap.length > 0 && rx + ctx.tap[0]!.pkts <= weight && ctx.tap[0]!.pkts <= room) {
    const b = ctx.tap.shift()!;
    ctx.tapPkts -= b.pkts;
    rx += b.pkts; room -= b.pkts;
    ctx.rxTaken.push(b);
  }
  if (ctx.tap.length > 0 && ctx.tap[0]!.pkts > room) vq.rxNeedKick = true;
  while (vq.txAvail.length > 0 && tx < weight) {
    const b = vq.txAvail.shift()!;
    tx += b.pkts;
    ctx.txTaken.push(b);
  }
  vq.txNotify = false;
  ctx.stats.runs++;
  ctx.inRun = true;
  const ns = (fromIdle ? cfg.host.vhostWakeNs : 0) + (rx + tx) * cfg.host.vhostPerPktNs;
  if (ctx.in.env.now() >= ctx.in.topo.warmupNs) ctx.stats.busyNs += ns;
  requestCpu(ctx.in, ctx.pcpu, CLS_VHOST, ns, TOKEN_RUN);
}

function signal(ctx: VhostContext): void {
  const { env, cfg, topo, slot } = ctx.in;
  ctx.stats.signals++;
  const mode = cfg.vm.net.mode;
  const q = ctx.vq.index;
  if (mode === "sq-spi") {
    // virtio-mmio has no irqfd: eventfd -> QEMU main loop -> KVM_IRQ_LINE.
    requestCpu(ctx.in, ctx.qemuPcpu, CLS_QEMU, cfg.host.qemuRelayNs, TOKEN_SIGNAL);
  } else if (mode === "mq-msi" && cfg.host.kernel === "4.x") {
    // irqfd_wakeup cannot inject in atomic context before 5.4: schedule_work on this CPU.
    requestCpu(ctx.in, ctx.pcpu, CLS_KWORKER, cfg.host.kworkerHopNs, TOKEN_SIGNAL);
  } else if (mode === "x86-ioapic") {
    env.send(topo.dist(slot.host, slot.vm), { type: "irqLine", intid: INTID_SPI_VIRTIO }, cfg.host.linkNs);
  } else {
    env.send(topo.its(slot.host, slot.vm), { type: "msi", devid: 0, eventid: q }, cfg.host.linkNs);
  }
}

export const vhostMachine = setup({
  types: { context: {} as VhostContext, input: {} as NetInput, events: {} as SimEvent },
  actions: {
    tapRx: ({ context, event }) => {
      const { cfg } = context.in;
      const b = toBurst(event);
      if (context.tapPkts + b.pkts > cfg.host.tapQueuePkts) {
        drop(context.in, context.stats, b);
        return;
      }
      context.tap.push(b);
      context.tapPkts += b.pkts;
    },
    finishRun: ({ context }) => {
      const { env, cfg, topo, slot } = context.in;
      const vq = context.vq;
      for (const b of context.rxTaken) { vq.used.push(b); vq.usedPkts += b.pkts; context.stats.rxPkts += b.pkts; }
      for (const b of context.txTaken) {
        context.stats.txPkts += b.pkts;
        env.send(topo.nic(slot.host, vq.index % cfg.host.nicQueues), burstAs("xmit", b), cfg.host.linkNs);
      }
      const filled = context.rxTaken.length > 0;
      context.rxTaken = [];
      context.txTaken = [];
      if (filled && vq.rxCallbacks) signal(context);
    },
    relayed: ({ context }) => {
      const { env, cfg, topo, slot } = context.in;
      if (cfg.vm.net.mode === "sq-spi") env.send(topo.dist(slot.host, slot.vm), { type: "irqLine", intid: INTID_SPI_VIRTIO }, cfg.host.linkNs);
      else env.send(topo.its(slot.host, slot.vm), { type: "msi", devid: 0, eventid: context.vq.index }, cfg.host.linkNs);
    },
    // vhost_poll_queue: a worker with nothing running starts handle_rx/handle_tx when work is there.
    wake: ({ context }) => { if (hasWork(context)) run(context, true); },
    // After a run: loop while work remains, else sleep with notifications re-enabled.
    loop: ({ context }) => {
      context.inRun = false;
      if (hasWork(context)) run(context, false);
      else {
        context.vq.txNotify = true;
        // A kick may have been suppressed while notifications were off: look once more.
        if (hasWork(context)) run(context, false);
      }
    },
  },
  guards: {
    inRun: ({ context }) => context.inRun,
    noRun: ({ context }) => !context.inRun,
    runDone: ({ event }) => event.type === "cpuDone" && event.token === TOKEN_RUN,
    signalDone: ({ event }) => event.type === "cpuDone" && event.token === TOKEN_SIGNAL,
  },
}).createMachine({
  id: "vhost",
  context: ({ input }) => {
    const { topo, slot, vm } = input;
    return {
      in: input, vq: vm!.vqs[slot.index]!, tap: [], tapPkts: 0, rxTaken: [], txTaken: [], inRun: false,
      pcpu: topo.pcpu(slot.host, topo.hostThreadPcpu(topo.vhostThread(slot.vm, slot.index))),
      qemuPcpu: topo.pcpu(slot.host, topo.hostThreadPcpu(topo.qemuThread(slot.vm))),
      stats: { runs: 0, signals: 0, rxPkts: 0, txPkts: 0, busyNs: 0, ...noDrops() },
    };
  },
  initial: "idle",
  states: {
    idle: {
      on: {
        pkts: { actions: ["tapRx", "wake"] },
        kick: { actions: "wake" },
        cpuDone: { guard: "signalDone", actions: "relayed" },
      },
      always: { guard: "inRun", target: "running" },
    },
    running: {
      on: {
        pkts: { actions: "tapRx" },
        kick: {},
        cpuDone: [
          { guard: "signalDone", actions: "relayed" },
          { guard: "runDone", actions: ["finishRun", "loop"] },
        ],
      },
      always: { guard: "noRun", target: "idle" },
    },
  },
});

export function vhostStats(ctx: VhostContext) {
  return { kind: "vhost", ...ctx.stats, heldClient: countClient(ctx.tap) + countClient(ctx.rxTaken) + countClient(ctx.txTaken) };
}
export type { VhostContext };
