import { setup } from "xstate";
import {
  burstAs, drop, noDrops, type DropStats, toBurst, CLS_KWORKER, CLS_QEMU, CLS_VHOST,
  type ActorDeclaration, type NetInput,
} from "./common.js";
import { requestCpu } from "./pcpu.js";
import { countClient, countFlood, INTID_SPI_VIRTIO, type Burst, type Virtqueue } from "./vm-state.js";
import { PATH_IRQ_LINE, PATH_KWORKER_IOAPIC, PATH_KWORKER_ITS, signalPath } from "./inject-path.js";
import { bind, unbound } from "../bind.js";
import { int, mergeParamTrees, num, type ParamTree } from "../../config/params.js";
import { DALL16 } from "./sources.js";
import {
  coalesceGuestPolls, coalesceParams, coalesceTimerFired, coalesceUsed, newCoalesce, type CoalesceState,
} from "./coalesce.js";
import { newVhostPoll, nextSlice, vhostCoreFree, vhostPollParams, type VhostPollState } from "./vhost-poll.js";
import { dimProfileNs } from "./dim.js";
import { countSegs, KIND_SEG, streamVhostParams, vhostCopyNs } from "./stream.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const vhostParams = mergeParamTrees(coalesceParams, vhostPollParams, streamVhostParams, {
  guest: {
    rxRing: int(256, "packets", "QEMU virtio-net default rx_queue_size", "virtqueue RX ring size", { min: 1 }),
  },
  host: {
    vhostPerPktNs: num(1000, "ns", "docs/calibration.md §3: vhost copy + ring 0.5-1.5 us per packet [A]",
      "vhost handle_rx / handle_tx per packet"),
    vhostWakeNs: num(2000, "ns", "assumed: kthread wake-up and context switch", "wake-up of a vhost worker"),
    vhostPktWeight: int(256, "packets", "VHOST_NET_PKT_WEIGHT, drivers/vhost/net.c", "packets per vhost run before requeueing", { min: 1 }),
    tapQueuePkts: int(500, "packets",
      "TUN_READQ_SIZE 500: tun_setup sets the tap's tx_queue_len, the size of each queue's ring "
        + "(drivers/net/tun.c, 4.x)",
      "tap queue (per queue pair); tun_net_xmit drops a packet that finds it full", { min: 1 }),
    qemuRelayNs: num(5000, "ns",
      `${DALL16}: I/O latency in 13,872 cycles minus injection; eventfd -> QEMU main loop -> KVM_IRQ_LINE [A]`,
      "userspace relay of the virtio-mmio interrupt"),
    kworkerHopNs: num(4000, "ns", "Zyngier 2020: about two context switches per injected MSI before Linux 5.4 [A: 2 us each]", "irqfd injection deferred to a kworker (4.x)"),
  },
} satisfies ParamTree);

export const vhostDeclaration: ActorDeclaration = {
  kind: "vhost",
  models: "vhost-net worker of one virtqueue pair: handle_rx/handle_tx with weight limits, asleep when the tap is "
    + "empty or the guest's RX buffers are full (or first busy-polling, host.vhostPollUs), then vhost_signal through "
    + "the userspace relay (virtio-mmio) or irqfd (MSI), held back by RX notification coalescing (guest.coalesce)",
  params: vhostParams,
  accepts: ["pkts", "kick", "cpuDone"],
  sends: ["cpuReq", "xmit", "irqLine", "msi", "dropped", "segDone"],
  stats: {
    runs: "handle_rx/handle_tx runs",
    busyNs: "CPU time requested after warm-up (the worker thread's utilisation)",
    signals: "guest interrupts raised",
    coalesced: "interrupts merged into a deferred injection already on its way (eventfd read once, one work item)",
    rxPkts: "packets copied to the guest",
    txPkts: "packets sent from the guest",
    dropPkts: "packets dropped on a full tap queue",
    dropReqs: "bursts (requests or responses) dropped on a full tap queue",
    dropMeasured: "bursts dropped on a full tap queue after warm-up",
    dropSegs: "stream segments dropped on a full tap queue",
    heldFlood: "flood packets on the tap and being copied at the end",
    heldSegs: "stream segments on the tap and being copied at the end",
    coalesce: "RX notification coalescing in the measured window: notifications sent at rxFrames buffers (byFrames), "
      + "at rxUsecs (byTimer), and runs whose notification was held (held)",
    poll: "busy polling (host.vhostPollUs) in the measured window: polls begun, polls that found work (hits), spin "
      + "time (ns, also in busyNs)",
    dim: "the guest's net_dim on this queue (null when guest.dim is off): decisions, profile changes, measured ns "
      + "at each RX profile",
  },
};

/** cpuDone tokens: a run's CPU time, an injection path, the coalescing timer (self), a busy-poll slice. */
const TOKEN_RUN = 0, TOKEN_SIGNAL = 1, TOKEN_COAL = 2, TOKEN_POLL = 3;

/**
 * Plain data: the tap socket's queue, and the bursts the current run copies into the guest's RX
 * buffers and takes from its TX ring (handed over when the run's CPU time is done).
 */
interface VhostContext {
  tap: Burst[];
  tapPkts: number;
  rxTaken: Burst[];
  txTaken: Burst[];
  pcpu: number;
  qemuPcpu: number;
  /** A deferred injection (QEMU's relay, a kworker) is requested and has not yet run to its end. */
  deferredPending: boolean;
  coal: CoalesceState;
  poll: VhostPollState;
  stats: { runs: number; signals: number; coalesced: number; rxPkts: number; txPkts: number; busyNs: number }
    & DropStats;
}

type BurstEvent<T extends string> = Omit<Burst, "type"> & { type: T };
type VhostEvent = BurstEvent<"pkts"> | { type: "kick"; queue: number } | { type: "cpuDone"; token: number };
interface Args { context: VhostContext; event: VhostEvent }

/** The virtqueue pair this worker serves, in the VM's shared memory. */
const vqOf = (io: NetInput): Virtqueue => io.vm!.vqs[io.slot.index]!;

/** RX buffers of the guest vhost may still fill: the ring less the used ones and those the current run fills. */
function freeRxBuffers(ctx: VhostContext, io: NetInput): number {
  let filling = 0;
  for (const b of ctx.rxTaken) filling += b.pkts;
  return io.cfg.guest.rxRing - vqOf(io).usedPkts - filling;
}

/** handle_rx or handle_tx has something to do: TX buffers queued, or a tap head that fits the free RX buffers. */
function hasWork(ctx: VhostContext, io: NetInput, tapHead: { pkts: number } | undefined = ctx.tap[0]): boolean {
  return vqOf(io).txAvail.length > 0 || (tapHead !== undefined && tapHead.pkts <= freeRxBuffers(ctx, io));
}

const rxBlocked = (ctx: VhostContext, io: NetInput, tapHead: { pkts: number } | undefined = ctx.tap[0]): boolean =>
  tapHead !== undefined && tapHead.pkts > freeRxBuffers(ctx, io);

const fitsTap = (ctx: VhostContext, io: NetInput, pkts: number): boolean =>
  ctx.tapPkts + pkts <= io.cfg.host.tapQueuePkts;

/** The tap's head once `arriving` is queued (itself when the tap was empty and it is not dropped). */
const tapHeadWith = (ctx: VhostContext, io: NetInput, arriving: { pkts: number }) =>
  ctx.tap[0] ?? (fitsTap(ctx, io, arriving.pkts) ? arriving : undefined);

/** handle_rx + handle_tx: take what the weights and the guest's RX buffers allow, then ask for CPU. */
function run(ctx: VhostContext, io: NetInput, wake: boolean): void {
  const { cfg } = io;
  const weight = cfg.host.vhostPktWeight;
  const vq = vqOf(io);
  let rx = 0, tx = 0;
  let room = cfg.guest.rxRing - vq.usedPkts;
  while (ctx.tap.length > 0 && rx + ctx.tap[0]!.pkts <= weight && ctx.tap[0]!.pkts <= room) {
    const b = ctx.tap.shift()!;
    ctx.tapPkts -= b.pkts;
    rx += b.pkts; room -= b.pkts;
    ctx.rxTaken.push(b);
    // A stream segment goes to the used ring as soon as it is copied, as handle_rx adds each packet (stream.ts).
    if (b.kind === KIND_SEG) break;
  }
  // Out of RX buffers: the guest is asked to kick once it has posted new ones.
  if (ctx.tap.length > 0 && ctx.tap[0]!.pkts > room) vq.rxNeedKick = true;
  while (vq.txAvail.length > 0 && tx < weight) {
    const b = vq.txAvail.shift()!;
    tx += b.pkts;
    ctx.txTaken.push(b);
    if (b.kind === KIND_SEG) break;
  }
  // EVENT_IDX: no TX kicks while the worker runs; it looks at the TX ring again before it sleeps.
  vq.txNotify = false;
  ctx.stats.runs++;
  const ns = (wake ? cfg.host.vhostWakeNs : 0) + (rx + tx) * cfg.host.vhostPerPktNs
    + vhostCopyNs(cfg, ctx.rxTaken, ctx.txTaken);
  if (io.env.now() >= io.topo.warmupNs) ctx.stats.busyNs += ns;
  requestCpu(io, ctx.pcpu, CLS_VHOST, ns, TOKEN_RUN);
}

/**
 * vhost_signal: the guest's interrupt, through the path the interrupt mode and host kernel give it
 * (inject-path.ts), run by the thread that raises it: QEMU's main loop for virtio-mmio (no irqfd:
 * eventfd -> KVM_IRQ_LINE), a kworker before 5.4 and for an x86 IOAPIC line (irqfd_inject is a work
 * item), this worker itself in atomic context otherwise (irqfd_wakeup -> kvm_arch_set_irq_inatomic).
 */
function signal(ctx: VhostContext, io: NetInput): void {
  ctx.stats.signals++;
  const path = signalPath(io.cfg);
  const q = vqOf(io).index;
  const deferred = path === PATH_IRQ_LINE || path === PATH_KWORKER_ITS || path === PATH_KWORKER_IOAPIC;
  if (deferred && ctx.deferredPending) {
    // The eventfd counter (QEMU reads it once) or the irqfd's one work item (schedule_work on a pending
    // work does nothing): the interrupt already on its way covers this one. Each virtqueue has its own
    // call eventfd (virtio-mmio: virtio_mmio_set_guest_notifier, a QEMU fd handler per queue, no irqfd),
    // so only this worker's signals merge here; several queues behind one SPI each relay, every read sets
    // the ISR's VRING bit and virtio_mmio_update_irq raises the one line, merged in the distributor with
    // the SPI already pending.
    ctx.stats.coalesced++;
    return;
  }
  if (path === PATH_IRQ_LINE) requestCpu(io, ctx.qemuPcpu, CLS_QEMU, 0, TOKEN_SIGNAL, path, q);
  else if (deferred) requestCpu(io, ctx.pcpu, CLS_KWORKER, 0, TOKEN_SIGNAL, path, q);
  else requestCpu(io, ctx.pcpu, CLS_VHOST, 0, TOKEN_SIGNAL, path, q);
  ctx.deferredPending = deferred;
}

/**
 * A run added `pkts` used RX buffers: vhost_signal, unless coalescing holds it (coalesce.ts); with the guest's
 * callbacks off nothing is signalled, and a thread busy-polling the queue sees the used index move.
 */
function usedBuffers(ctx: VhostContext, io: NetInput, pkts: number): void {
  const { env, cfg, topo, slot } = io;
  const vq = vqOf(io);
  if (vq.rxCallbacks) {
    const timer = (ns: number) => env.after(ns, { type: "cpuDone", token: TOKEN_COAL });
    if (coalesceUsed(ctx.coal, env, cfg, vq, pkts, env.now() >= topo.warmupNs, timer)) signal(ctx, io);
    return;
  }
  coalesceGuestPolls(ctx.coal, env);
  // napi_busy_loop's next napi->poll finds them: its busy-poll segment ends (busy-poll.ts).
  if (vq.busyPoller >= 0) {
    const to = topo.vcpu(slot.host, slot.vm, vq.busyPoller);
    env.send(to, { type: "segDone", epoch: vq.busyPollEpoch }, cfg.host.linkNs);
  }
}

/** A busy poll begins (the run found no more work) or goes on: a slice of spinning on the worker's core. */
function pollSlice(ctx: VhostContext, io: NetInput, start: boolean): void {
  const now = io.env.now();
  const measuring = now >= io.topo.warmupNs;
  if (start) {
    ctx.poll.until = now + Math.round(io.cfg.host.vhostPollUs * 1000);
    if (measuring) ctx.poll.polls++;
  }
  const ns = nextSlice(ctx.poll, io);
  if (measuring) { ctx.poll.ns += ns; ctx.stats.busyNs += ns; }
  // vhost_disable_notify: the guest does not kick while the worker spins; it looks at the TX ring itself.
  vqOf(io).txNotify = false;
  requestCpu(io, ctx.pcpu, CLS_VHOST, ns, TOKEN_POLL);
}

const vhostImpl = (io: NetInput) => ({
  actions: {
    askForKick: () => { vqOf(io).rxNeedKick = true; },
    /** tun_net_xmit: the packets wait on the tap socket, or are dropped when its queue is full. */
    tapRx: ({ context, event }: Args) => {
      const b = toBurst(event);
      if (!fitsTap(context, io, b.pkts)) {
        drop(io, context.stats, b);
        return;
      }
      context.tap.push(b);
      context.tapPkts += b.pkts;
    },
    wakeAndRun: ({ context }: Args) => run(context, io, true),
    runAgain: ({ context }: Args) => run(context, io, false),
    /** The run's CPU time is done: used RX buffers go to the guest, TX bursts to the NIC. */
    finishRun: ({ context }: Args) => {
      const { env, cfg, topo, slot } = io;
      const vq = vqOf(io);
      let filled = 0;
      for (const b of context.rxTaken) { vq.used.push(b); vq.usedPkts += b.pkts; filled += b.pkts; }
      context.stats.rxPkts += filled;
      for (const b of context.txTaken) {
        context.stats.txPkts += b.pkts;
        env.send(topo.nic(slot.host, vq.index % cfg.host.nicQueues), burstAs("xmit", b), cfg.host.linkNs);
      }
      context.rxTaken = [];
      context.txTaken = [];
      if (filled > 0) usedBuffers(context, io, filled);
    },
    enableTxNotify: () => { vqOf(io).txNotify = true; },
    startPoll: ({ context }: Args) => pollSlice(context, io, true),
    pollAgain: ({ context }: Args) => pollSlice(context, io, false),
    /** The spin found work: handle_rx/handle_tx run again, without a wake-up. */
    pollHit: ({ context }: Args) => {
      if (io.env.now() >= io.topo.warmupNs) context.poll.hits++;
      run(context, io, false);
    },
    /** rxUsecs passed since the first buffer the device held. */
    coalTimer: ({ context }: Args) => {
      if (coalesceTimerFired(context.coal, vqOf(io), io.env.now() >= io.topo.warmupNs)) signal(context, io);
    },
    /** The injection path ran: the interrupt reaches the (v)GIC or the IOAPIC / MSI routing. */
    relay: ({ context }: Args) => {
      const { env, cfg, topo, slot } = io;
      context.deferredPending = false;
      if (cfg.vm.net.mode === "sq-spi" || cfg.vm.net.mode === "x86-ioapic") {
        env.send(topo.dist(slot.host, slot.vm), { type: "irqLine", intid: INTID_SPI_VIRTIO }, cfg.host.linkNs);
      } else {
        env.send(topo.its(slot.host, slot.vm), { type: "msi", devid: 0, eventid: vqOf(io).index }, cfg.host.linkNs);
      }
    },
  },
  guards: {
    hasWork: ({ context }: Args) => hasWork(context, io),
    rxBlocked: ({ context }: Args) => rxBlocked(context, io),
    workOnArrival: ({ context, event }: Args) =>
      event.type === "pkts" && hasWork(context, io, tapHeadWith(context, io, event)),
    rxBlockedOnArrival: ({ context, event }: Args) =>
      event.type === "pkts" && rxBlocked(context, io, tapHeadWith(context, io, event)),
    signalDone: ({ event }: Args) => event.type === "cpuDone" && event.token === TOKEN_SIGNAL,
    coalTimer: ({ event }: Args) => event.type === "cpuDone" && event.token === TOKEN_COAL,
    /** busyloop_timeout is set and need_resched() would not end the spin at once. */
    canPoll: () => io.cfg.host.vhostPollUs > 0 && vhostCoreFree(io),
    /** The slice ended with time left and nothing found, and the core is still free. */
    pollOn: ({ context }: Args) => nextSlice(context.poll, io) > 0 && vhostCoreFree(io),
  },
});

/**
 * A cpuDone that is not the end of a handle_rx/handle_tx run, handled alike in every state: the end of
 * an interrupt's injection path (on vhost's, a kworker's or QEMU's core) and the coalescing timer.
 */
const HOST_RUNS_DONE = [
  { guard: "signalDone", actions: "relay" },
  { guard: "coalTimer", actions: "coalTimer" },
] as const;

export const vhostMachine = setup({
  types: { context: {} as VhostContext, input: {} as NetInput, events: {} as VhostEvent },
  ...vhostImpl(unbound("vhost")),
}).createMachine({
  id: "vhost",
  context: ({ input }) => {
    const { topo, slot } = input;
    return {
      tap: [], tapPkts: 0, rxTaken: [], txTaken: [],
      pcpu: topo.pcpu(slot.host, topo.hostThreadPcpu(topo.vhostThread(slot.vm, slot.index))),
      qemuPcpu: topo.pcpu(slot.host, topo.hostThreadPcpu(topo.qemuThread(slot.vm))),
      deferredPending: false,
      coal: newCoalesce(),
      poll: newVhostPoll(),
      stats: { runs: 0, signals: 0, coalesced: 0, rxPkts: 0, txPkts: 0, busyNs: 0, ...noDrops() },
    };
  },
  initial: "idle",
  states: {
    // Asleep with nothing on the tap; a packet or a kick wakes it (vhost_poll_queue).
    idle: {
      on: {
        pkts: [
          { guard: "workOnArrival", target: "running", actions: ["tapRx", "wakeAndRun"] },
          { guard: "rxBlockedOnArrival", target: "waitingForBuffers", actions: "tapRx" },
          { actions: "tapRx" },
        ],
        kick: [
          { guard: "hasWork", target: "running", actions: "wakeAndRun" },
          { guard: "rxBlocked", target: "waitingForBuffers" },
        ],
        cpuDone: [...HOST_RUNS_DONE],
      },
    },
    // A handle_rx/handle_tx run holds the CPU or waits for it; the loop, not a kick, finds new work.
    running: {
      on: {
        pkts: { actions: "tapRx" },
        kick: {},
        cpuDone: [
          ...HOST_RUNS_DONE,
          // The run is done. Its guards see the buffers it filled as taken already (freeRxBuffers).
          { guard: "hasWork", actions: ["finishRun", "runAgain"] },
          { guard: "rxBlocked", target: "waitingForBuffers", actions: ["finishRun", "enableTxNotify"] },
          { guard: "canPoll", target: "polling", actions: ["finishRun", "startPoll"] },
          { target: "idle", actions: ["finishRun", "enableTxNotify"] },
        ],
      },
    },
    // vhost_net_busy_poll: out of work, spinning on its core with the guest's TX notifications off, slice by
    // slice; what arrives meanwhile is seen at the slice's end.
    polling: {
      on: {
        pkts: { actions: "tapRx" },
        kick: {},
        cpuDone: [
          ...HOST_RUNS_DONE,
          { guard: "hasWork", target: "running", actions: "pollHit" },
          { guard: "rxBlocked", target: "waitingForBuffers", actions: "enableTxNotify" },
          { guard: "pollOn", actions: "pollAgain" },
          { target: "idle", actions: "enableTxNotify" },
        ],
      },
    },
    // Asleep with packets on the tap that the guest's free RX buffers cannot hold; the guest's kick after it
    // refills them (or the next packet) makes it look again.
    waitingForBuffers: {
      // handle_rx found no descriptors for the tap's head: vhost_enable_notify, so the guest kicks on refill.
      entry: "askForKick",
      on: {
        pkts: [
          { guard: "workOnArrival", target: "running", actions: ["tapRx", "wakeAndRun"] },
          { actions: "tapRx" },
        ],
        kick: { guard: "hasWork", target: "running", actions: "wakeAndRun" },
        cpuDone: [...HOST_RUNS_DONE],
      },
    },
  },
});

export const vhostLogic = (io: NetInput) => bind(vhostMachine, vhostImpl(io));

export function vhostStats(ctx: VhostContext, io: NetInput) {
  const { byFrames, byTimer, held } = ctx.coal;
  const { polls, hits, ns } = ctx.poll;
  const dim = vqOf(io).dim;
  return {
    kind: "vhost", ...ctx.stats, heldClient: countClient(ctx.tap) + countClient(ctx.rxTaken) + countClient(ctx.txTaken),
    heldFlood: countFlood(ctx.tap) + countFlood(ctx.rxTaken),
    heldSegs: countSegs(ctx.tap, ctx.rxTaken, ctx.txTaken),
    coalesce: { byFrames, byTimer, held },
    poll: { polls, hits, ns },
    dim: dim === null ? null : {
      decisions: dim.decisions, changes: dim.changes, profileNs: dimProfileNs(dim, io.topo.endNs, io.topo.warmupNs),
    },
  };
}
export type { VhostContext };
