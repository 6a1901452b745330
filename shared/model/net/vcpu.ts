import { setup } from "xstate";
import type { ActorDeclaration, NetInput } from "./common.js";
import { countClient, countFlood } from "./vm-state.js";
import { bool, choice, int, mergeParamTrees, num, type ParamTree } from "../../config/params.js";
import { guestMitigationParams } from "./busy-poll.js";
import { countSegs, streamGuestParams, unreadSegs } from "./stream.js";
import { bind, unbound } from "../bind.js";
import {
  GuestCore, heldBursts, heldFloodPkts, heldStreamSegs, newVcpuContext, type SegmentState, type VcpuContext,
} from "./vcpu-core.js";
import { DALL16, DALL17 } from "./sources.js";
import { lockReport } from "../host/lock.js";
import { txLock, txLockCount } from "./inject-path.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const vcpuParams = mergeParamTrees(guestMitigationParams, streamGuestParams, {
  app: {
    service: {
      dist: choice("lognormal", ["fixed", "exponential", "lognormal"], "assumed: serving one static page varies little", "distribution of application work per request"),
      meanUs: num(95, "us",
        "fitted to the paper's shape (knee near 8 vCPUs, modes equal at 1): new-connection HTTP request, nginx 29 "
          + "us/req on x86 (docs/calibration.md §3) x ~3 for a 2 GHz ARM core",
            "mean application work per request on a vCPU", { min: 0 }),
      cv: num(0.5, "", "assumed: serving one static page varies little", "coefficient of variation for lognormal"),
    },
  },
  kvm: {
    arm: {
      exitCycles: num(6500, "cycles", `${DALL16}: hypercall (exit + entry), KVM ARM`, "exit and re-entry to inject a vIRQ into a running vCPU"),
      mmioKernelCycles: num(8034, "cycles", `${DALL17}: I/O exit handled in host kernel (ioeventfd), non-VHE`, "TX kick: MMIO trap to ioeventfd"),
      mmioUserCycles: num(10012, "cycles", `${DALL17}: I/O exit to QEMU userspace, non-VHE`, "virtio-mmio InterruptStatus read or InterruptACK write"),
      ipiSendCycles: num(7370, "cycles", `${DALL16}: interrupt-controller trap (GIC distributor), KVM ARM`, "sender side of a virtual IPI (ICC_SGI1R trap)"),
      wakeCycles: num(6500, "cycles", `${DALL16}: hypercall cost used for the WFI exit and wake-up entry [A]`, "WFI exit plus re-entry when an idle vCPU is woken"),
      eoiCycles: num(71, "cycles", `${DALL16}: virtual IRQ completion, KVM ARM`, "guest EOI through the list register"),
    },
    x86: {
      exitCycles: num(1300, "cycles", `${DALL16}: hypercall, KVM x86`, "exit and re-entry to inject a vIRQ into a running vCPU (no APICv)"),
      mmioKernelCycles: num(2565, "cycles", `${DALL17}: I/O exit in host kernel, KVM x86`, "TX kick to ioeventfd"),
      mmioUserCycles: num(6732, "cycles", `${DALL17}: I/O exit to QEMU, KVM x86`, "legacy virtio-pci ISR read"),
      ipiSendCycles: num(2384, "cycles", `${DALL16}: APIC access trap, KVM x86 [r]`, "sender side of a virtual IPI"),
      wakeCycles: num(1300, "cycles", `${DALL16}: hypercall cost used for HLT exit and wake-up [A]`, "HLT exit plus re-entry"),
      eoiCycles: num(1556, "cycles", `${DALL16}: virtual IRQ completion without APICv, KVM x86`,
        "EOI exit: a level-triggered IOAPIC interrupt's, and every interrupt's in x86-msi (APICv off)"),
    },
    apicvEoiCycles: num(71, "cycles",
      `assumed: APICv virtualises the EOI write (no exit, docs/calibration.md §2.5); no x86 measurement `
        + `found, taken at KVM ARM's list-register EOI (${DALL16}, 71 cycles) [A]`,
      "guest EOI with APICv (x86-msix-posted), completed without an exit"),
  },
  guest: {
    napi: bool(true, "Linux NAPI (docs/calibration.md §2.6)",
      "interrupt schedules a budgeted poll; false = netif_rx: the handler takes every packet off the ring "
        + "(guest.rxDriverPerPktNs) onto the CPU's backlog, the stack runs in NET_RX softirq"),
    rxDriverPerPktNs: num(500, "ns",
      "assumed: receive_buf (build_skb or copy of a small packet) + try_fill_recv, a fifth of guest.rxPerPktNs; "
        + "no ARM measurement found [A]",
      "the driver's part of guest.rxPerPktNs: with guest.napi false it runs in the hardirq for every packet taken "
        + "off the ring, the rest in NET_RX softirq from the backlog", { min: 0 }),
    netdevMaxBacklog: int(1000, "packets", "netdev_max_backlog, net/core/dev.c",
      "per-CPU backlog of netif_rx (guest.napi false); enqueue_to_backlog drops beyond it", { min: 1 }),
    schedLatencyUs: num(6000, "us",
      "sysctl_sched_latency 6 ms, kernel/sched/fair.c (CFS, Linux 4.x), times 1 + ilog2(min(vCPUs, 8)) "
        + "(sched_init_granularity)",
      "CFS period of a vCPU's ksoftirqd and application thread: each runs half of it as its slice, and one "
        + "waking from sleep is placed at most half of it behind", { min: 0, above: true }),
    schedWakeupGranularityUs: num(1000, "us",
      "sysctl_sched_wakeup_granularity 1 ms, kernel/sched/fair.c (Linux 4.x), scaled as guest.schedLatencyUs",
      "vruntime lead of the running thread over a runnable one beyond which it is preempted", { min: 0 }),
    napiWeight: int(64, "packets", "NAPI_POLL_WEIGHT, include/linux/netdevice.h", "packets per poll of one queue", { min: 1 }),
    netdevBudget: int(300, "packets", "netdev_budget, net/core/dev.c", "packets per net_rx_action", { min: 1 }),
    softirqMaxUs: num(2000, "us", "MAX_SOFTIRQ_TIME, kernel/softirq.c", "softirq time before deferring to ksoftirqd", { min: 0, above: true }),
    softirqRestarts: int(10, "restarts", "MAX_SOFTIRQ_RESTART, kernel/softirq.c", "net_rx_action rounds before deferring to ksoftirqd", { min: 1 }),
    rxPerPktNs: num(2500, "ns",
      "docs/calibration.md §3: guest RX stack 1-3 us per packet on a 2 GHz ARMv8 core [A]; 2.5 us chosen in that "
        + "range (GRO + TCP + socket wake-up on a small core)", "virtnet_poll -> GRO -> TCP per packet"),
    txPerPktNs: num(1000, "ns", "assumed: start_xmit + free_old_xmit_skbs, lighter than RX", "TCP send -> start_xmit per packet"),
    hardirqNs: num(500, "ns", "assumed: vring_interrupt + napi_schedule at 2 GHz", "guest hardirq handler body"),
    vringCheckNs: num(50, "ns",
      "assumed: vring_interrupt's more_used() reads the used index vhost wrote from another core "
        + "(one cache-line transfer)",
      "per further virtqueue a shared interrupt's handler scans (sq-spi with vm.net.queues > 1: 2 per queue pair)"),
    ipiHandlerNs: num(250, "ns", "assumed: scheduler_ipi sets need_resched and returns (half a device hardirq)", "guest handler of a reschedule IPI"),
    pollOverheadNs: num(300, "ns", "assumed: net_rx_action + napi_poll bookkeeping", "fixed cost per NAPI poll"),
    socketBacklog: int(128, "requests", "SOMAXCONN = 128 in Linux 4.x", "requests queued for the application before new ones are dropped", { min: 1 }),
    txLockNs: num(200, "ns", "assumed: start_xmit's work under HARD_TX_LOCK (xmit_skb, virtqueue_kick_prepare)",
      "the transmit's critical section under its TX queue's lock, lines moved excluded"),
    txLockLines: int(2, "lines",
      "assumed: txq->xmit_lock_owner and the virtqueue's avail index, last written by the previous transmitter",
      "shared cache lines a transmit writes under the TX queue lock besides the lock word", { min: 0 }),
    spinlock: choice("qspinlock", ["qspinlock", "ticket"],
      "arm64 Linux: ticket spinlocks before 4.19, qspinlock since (as host.spinlock)",
      "algorithm of the guest kernel's spinlocks (its TX queue locks)"),
  },
} satisfies ParamTree);

export const vcpuDeclaration: ActorDeclaration = {
  kind: "vcpu",
  models: "guest core: WFI idle, exits and entries (list-register fill, maintenance), hardirq, NAPI softirq with "
    + "weight/budget and ksoftirqd fallback, application threads with wake-up IPIs, TX with EVENT_IDX-suppressed "
    + "kicks; its pCPU's host work preempts it and runs in its place (steal), then hands the core back",
  params: vcpuParams,
  accepts: ["vkick", "steal", "stealEnd", "segDone", "lockGrant"],
  sends: ["virq", "kick", "dropped", "handBack", "xmit", "lockGrant"],
  stats: {
    shares: "share of time in app, hardirq, softirq, ksoftirqd, exit, spin (for a lock: the guest's TX queue "
      + "lock, or in the host an ap_list_lock), stolen, idle (and busypoll, the spin of a busy-polling thread, where "
      + "guest.busyPollUs > 0)",
    locks: "vCPU 0: the VM's TX queue locks (served acquisitions, wait, hold, spin time, handoffs by distance)",
    exits: "exits by reason",
    interrupts: "hardirqs taken",
    completed: "requests served",
    eastWest: "east-west calls made, served for other hosts and answered back (whole run)",
    pulled: "application threads pulled from another vCPU's run queue by idle balancing",
    dropPkts: "packets of requests dropped on a full socket backlog",
    dropReqs: "requests dropped on a full socket backlog",
    dropMeasured: "requests dropped on a full socket backlog after warm-up",
    dropSegs: "stream segments dropped on a full socket backlog (none: a stream's socket is its window)",
    backlogDrops: "bursts dropped on netif_rx's full per-CPU backlog (guest.napi false): dropPkts, dropReqs, "
      + "dropMeasured",
    floodDelivered: "flood packets through the guest's RX stack (whole run)",
    floodMeasured: "flood packets through the guest's RX stack in the measured window",
    heldFlood: "flood packets held at the end: in its segments, its backlog and (vCPU 0) the VM's rings",
    heldSegs: "stream segments held at the end: in its segments and (vCPU 0) the VM's rings and unread in its sockets",
    stream: "vCPU 0, workload.kind stream (null otherwise): the VM's sockets' segments sent and read (in the "
      + "window), ACKs sent (in the window) and received",
    busyPoll: "busy polls of the application thread (guest.busyPollUs) in the measured window, and those that found "
      + "packets (hits)",
  },
};

export const VCPU_STATES = ["app", "hardirq", "softirq", "ksoftirqd", "exit", "spin", "stolen", "idle"] as const;
/** The states a vCPU's shares report: busypoll only where the guest busy-polls. */
const statesOf = (io: NetInput): readonly string[] =>
  io.cfg.guest.busyPollUs > 0 ? [...VCPU_STATES, "busypoll"] : VCPU_STATES;

type VcpuEvent =
  | { type: "vkick"; reason: number }
  | { type: "steal"; ns: number; epoch: number; path: number; arg: number; step: number; vm: number }
  | { type: "stealEnd"; epoch: number }
  | { type: "segDone"; epoch: number }
  | { type: "lockGrant"; lock: number };
type Args = { context: VcpuContext; event: VcpuEvent };

const vcpuImpl = (io: NetInput) => {
  const core = new GuestCore(io);
  return {
    actions: {
      wake: ({ context }: Args) => core.wake(context),
      inject: ({ context }: Args) => core.inject(context),
      steal: ({ context, event }: Args) => {
        if (event.type !== "steal") return;
        core.steal(context, event.ns, event.epoch, event.path, event.arg, event.step, event.vm);
      },
      endSteal: ({ context, event }: Args) => { if (event.type === "stealEnd") core.endSteal(context, event.epoch); },
      suspend: ({ context }: Args) => core.suspend(context),
      complete: ({ context }: Args) => core.complete(context),
      dispatch: ({ context }: Args) => core.dispatch(context),
      goIdle: ({ context }: Args) => core.goIdle(context),
      granted: ({ context, event }: Args) => { if (event.type === "lockGrant") core.granted(context, event.lock); },
    },
    guards: {
      current: ({ context, event }: Args) => event.type === "segDone" && event.epoch === context.epoch,
      runs: ({ context }: Args, state: SegmentState) => context.seg?.state === state,
      /** A stealEnd for the host work running in this vCPU's place now. */
      stealing: ({ context, event }: Args) => event.type === "stealEnd" && core.stealing(context, event.epoch),
      /** A lockGrant for the spin running now. */
      spinning: ({ context, event }: Args) => event.type === "lockGrant" && core.spinningFor(context, event.lock),
      /** The spin running now is in the host (an ap_list_lock in an exit), not the guest's. */
      spinsInHost: ({ context }: Args) => context.seg?.level === 0,
    },
  };
};

/**
 * A guest state: its segment ends (segDone); host work preempts it; a kick exits to inject and
 * preempts softirq, ksoftirqd and application work, while a hardirq runs on with vIRQs masked.
 */
function running(kickPreempts: boolean) {
  const on = {
    segDone: { guard: "current", target: "dispatch", actions: "complete" },
    steal: { target: "dispatch", actions: ["steal", "suspend"] },
    stealEnd: { actions: "endSteal" },
    lockGrant: { actions: "granted" },
  } as const;
  if (kickPreempts) return { on: { ...on, vkick: { target: "dispatch", actions: ["inject", "suspend"] } } } as const;
  return { on: { ...on, vkick: { actions: "inject" } } } as const;
}
const inHost = {
  on: {
    segDone: { guard: "current", target: "dispatch", actions: "complete" },
    steal: { actions: "steal" },
    stealEnd: [{ guard: "stealing", target: "dispatch", actions: "endSteal" }, { actions: "endSteal" }],
    lockGrant: { actions: "granted" },
  },
} as const;

/**
 * The guest core. Its state is the level running: idle (WFI), exit or stolen (in the host, entry
 * to follow), hardirq, softirq, ksoftirqd or app; `dispatch` is the scheduling point between two
 * segments, left at once for the next segment's state (or idle). A kick in WFI wakes it with an
 * exit; in the host it is absorbed (the pending vIRQs are flushed at entry); in the guest it exits
 * to inject (x86 posted: no exit) and preempts softirq and application work. Host work of its pCPU
 * (steal) preempts any guest level, runs on the core in its place and hands the core back.
 */
export const vcpuMachine = setup({
  types: { context: {} as VcpuContext, input: {} as NetInput, events: {} as VcpuEvent },
  ...vcpuImpl(unbound("vcpu")),
}).createMachine({
  id: "vcpu",
  context: ({ input }) => newVcpuContext(input.slot.index),
  initial: "idle",
  states: {
    idle: {
      entry: "goIdle",
      // Host work sent to the core while the vCPU was about to run or just stopped runs there all the same.
      on: {
        vkick: { target: "dispatch", actions: "wake" },
        steal: { target: "dispatch", actions: "steal" },
        stealEnd: { actions: "endSteal" },
        lockGrant: { actions: "granted" },
      },
    },
    dispatch: {
      entry: "dispatch",
      always: [
        { guard: { type: "runs", params: "exit" }, target: "exit" },
        { guard: { type: "runs", params: "stolen" }, target: "stolen" },
        { guard: { type: "runs", params: "hardirq" }, target: "hardirq" },
        { guard: { type: "runs", params: "softirq" }, target: "softirq" },
        { guard: { type: "runs", params: "ksoftirqd" }, target: "ksoftirqd" },
        { guard: { type: "runs", params: "app" }, target: "app" },
        { guard: { type: "runs", params: "busypoll" }, target: "busypoll" },
        { guard: { type: "runs", params: "spin" }, target: "spin" },
        { target: "idle" },
      ],
    },
    exit: { ...inHost, on: { ...inHost.on, vkick: {} } },
    stolen: { ...inHost, on: { ...inHost.on, vkick: {} } },
    hardirq: running(false),
    softirq: running(true),
    ksoftirqd: running(true),
    app: running(true),
    // The application thread spins on its queue's NAPI (busy-poll.ts); vhost's segDone ends it early.
    busypoll: running(true),
    // Waiting for a lock (vcpu-core.ts locked): its grant ends the spin. A spin in the guest is preempted
    // as the work it belongs to; one in the host absorbs kicks, and gives way to host work at once.
    spin: {
      on: {
        lockGrant: [{ guard: "spinning", target: "dispatch", actions: "granted" }, { actions: "granted" }],
        vkick: [{ guard: "spinsInHost" }, { target: "dispatch", actions: ["inject", "suspend"] }],
        steal: { target: "dispatch", actions: ["steal", "suspend"] },
        stealEnd: { actions: "endSteal" },
      },
    },
  },
});

export const vcpuLogic = (io: NetInput) => bind(vcpuMachine, vcpuImpl(io));

export function vcpuStats(x: VcpuContext, io: NetInput, shares: Readonly<Record<string, number>>) {
  const vm = io.vm!;
  // The VM's shared rings and run queues are counted once, by vCPU 0.
  let shared = 0, sharedFlood = 0;
  if (x.i === 0) {
    for (const q of vm.vqs) {
      shared += countClient(q.used) + countClient(q.txAvail);
      sharedFlood += countFlood(q.used);
    }
    for (const r of vm.runq) shared += countClient(r.map((item) => item.burst));
  }
  return {
    heldClient: heldBursts(x) + shared,
    heldFlood: heldFloodPkts(x) + sharedFlood,
    // The VM's rings and sockets are counted once, by vCPU 0.
    heldSegs: heldStreamSegs(x) + (x.i === 0 && vm.stream
      ? vm.vqs.reduce((n, q) => n + countSegs(q.used, q.txAvail), 0) + unreadSegs(vm.stream) : 0),
    stream: x.i === 0 && vm.stream ? { ...vm.stream.stats } : null,
    backlogDrops: { ...x.backlogDrops },
    floodDelivered: x.flood.delivered,
    floodMeasured: x.flood.measured,
    kind: "vcpu", shares: Object.fromEntries(statesOf(io).map((s) => [s, shares[s] ?? 0])),
    exits: x.exitCounts, interrupts: x.irqCounts, completed: x.completed,
    pulled: x.pulled, eastWest: { ...x.eastWest }, busyPoll: { polls: x.busyPoll.polls, hits: x.busyPoll.hits },
    locks: x.i === 0
      ? Array.from({ length: txLockCount(io.cfg, io.topo.queues) }, (_, t) =>
        lockReport(vm.locks[txLock(io.cfg.vm.vcpus, t)]!, io.topo.endNs))
      : [],
    ...x.drops,
  };
}
export type { VcpuContext };
export { eastWestFlow } from "./vcpu-core.js";
