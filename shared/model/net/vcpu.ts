import { setup } from "xstate";
import type { SimEvent } from "../../kernel/engine.js";
import { TimeInState } from "../../stats/time-in-state.js";
import { isMultiQueue, type NetConfig } from "./config.js";
import {
  cyclesNs,
  drawService,
  drop,
  hashFlow,
  noDrops,
  platformCosts,
  type ActorDeclaration,
  type NetInput,
} from "./common.js";
import { intidName } from "./gic-redist.js";
import { INTID_SGI_RESCHED, INTID_SPI_VIRTIO, INTID_LPI_BASE, KIND_EW_REQ, KIND_EW_RESP, KIND_REQ, KIND_RESP, countClient, type AppItem, type Burst } from "./vm-state.js";
import { bool, choice, int, num, type ParamTree } from "../../config/params.js";
import { DALL16, DALL17 } from "./sources.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const vcpuParams = {
  app: {
    service: {
      dist: choice("lognormal", ["fixed", "exponential", "lognormal"], "assumed: serving one static page varies little", "distribution of application work per request"),
      meanUs: num(95, "us", "fitted to the paper's shape (knee near 8 vCPUs, modes equal at 1): new-connection HTTP request, nginx 29 us/req on x86 (reference §3) x ~3 for a 2 GHz ARM core", "mean application work per request on a vCPU", { min: 0 }),
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
      eoiCycles: num(1556, "cycles", `${DALL16}: virtual IRQ completion without APICv, KVM x86`, "EOI exit for a level-triggered IOAPIC interrupt"),
    },
  },
  guest: {
    napi: bool(true, "Linux NAPI (reference §2.6)", "interrupt schedules a budgeted poll; false = all RX work in the interrupt handler"),
    napiWeight: int(64, "packets", "NAPI_POLL_WEIGHT, include/linux/netdevice.h", "packets per poll of one queue", { min: 1 }),
    netdevBudget: int(300, "packets", "netdev_budget, net/core/dev.c", "packets per net_rx_action", { min: 1 }),
    softirqMaxUs: num(2000, "us", "MAX_SOFTIRQ_TIME, kernel/softirq.c", "softirq time before deferring to ksoftirqd", { min: 0, above: true }),
    softirqRestarts: int(10, "restarts", "MAX_SOFTIRQ_RESTART, kernel/softirq.c", "net_rx_action rounds before deferring to ksoftirqd", { min: 1 }),
    rxPerPktNs: num(2500, "ns", "reference §3: guest RX stack 1-3 us per packet on a 2 GHz ARMv8 core [A]; 2.5 us chosen in that range (GRO + TCP + socket wake-up on a small core)", "virtnet_poll -> GRO -> TCP per packet"),
    txPerPktNs: num(1000, "ns", "assumed: start_xmit + free_old_xmit_skbs, lighter than RX", "TCP send -> start_xmit per packet"),
    hardirqNs: num(500, "ns", "assumed: vring_interrupt + napi_schedule at 2 GHz", "guest hardirq handler body"),
    ipiHandlerNs: num(250, "ns", "assumed: scheduler_ipi sets need_resched and returns (half a device hardirq)", "guest handler of a reschedule IPI"),
    pollOverheadNs: num(300, "ns", "assumed: net_rx_action + napi_poll bookkeeping", "fixed cost per NAPI poll"),
    socketBacklog: int(128, "requests", "SOMAXCONN = 128 in Linux 4.x", "requests queued for the application before new ones are dropped", { min: 1 }),
    txLockNs: num(200, "ns", "assumed: HARD_TX_LOCK hold per transmit", "hold time of a TX queue lock per transmit"),
  },
} satisfies ParamTree;

export const vcpuDeclaration: ActorDeclaration = {
  kind: "vcpu",
  models: "guest core: WFI idle, exits and entries (list-register fill, maintenance), hardirq, NAPI softirq with weight/budget and ksoftirqd fallback, application threads with wake-up IPIs, TX with EVENT_IDX-suppressed kicks",
  params: vcpuParams,
  accepts: ["vkick", "steal", "segDone"],
  sends: ["virq", "kick", "dropped"],
  stats: {
    shares: "share of time in app, hardirq, softirq, ksoftirqd, exit, stolen, idle",
    exits: "exits by reason",
    interrupts: "hardirqs taken",
    completed: "requests served",
    eastWest: "east-west calls made, served for other hosts and answered back (whole run)",
    pulled: "application threads pulled from another vCPU's run queue by idle balancing",
    dropPkts: "packets of requests dropped on a full socket backlog",
    dropReqs: "requests dropped on a full socket backlog",
    dropMeasured: "requests dropped on a full socket backlog after warm-up",
  },
};

export const VCPU_STATES = ["app", "hardirq", "softirq", "ksoftirqd", "exit", "stolen", "idle"] as const;
type Level = 0 | 1 | 2 | 3; // exit, hardirq, softirq, app/ksoftirqd

interface Segment {
  state: (typeof VCPU_STATES)[number];
  level: Level;
  ns: number;
  start: number;
  done: () => void;
  /** Client bursts (requests or responses) this segment holds until it completes. */
  holds: number;
}

interface Exit { reason: string; ns: number; then?: () => void; state?: "exit" | "stolen" }

/** The guest core's run state, driven by the xstate machine below. */
class GuestCore {
  readonly i: number;
  seg: Segment | undefined;
  epoch = 0;
  /** The pending end of the running segment, cancelled when the segment is preempted. */
  segEnd: number | undefined;
  exits: Exit[] = [];
  lrs: number[] = [];
  maintenance = false;
  softirq: number[] = [];
  ksoftirqd = false;
  sessionPkts = 0;
  sessionStart = 0;
  suspended: (Segment | undefined)[] = [undefined, undefined, undefined, undefined];
  appTurn = false;
  idle = true;
  readonly tis: TimeInState;
  readonly exitCounts: Record<string, number> = {};
  readonly irqCounts: Record<string, number> = {};
  completed = 0;
  pulled = 0;
  /** East-west calls made (sent), served for another host, and answered back here. */
  readonly eastWest = { calls: 0, served: 0, answered: 0 };
  readonly dropStats = noDrops();
  private readonly c;

  constructor(readonly input: NetInput) {
    this.i = input.slot.index;
    this.tis = new TimeInState("idle", input.topo.warmupNs, VCPU_STATES);
    const { cfg } = input;
    const p = platformCosts(cfg);
    this.c = {
      exit: cyclesNs(cfg, p.exitCycles), mmioKernel: cyclesNs(cfg, p.mmioKernelCycles), mmioUser: cyclesNs(cfg, p.mmioUserCycles),
      ipiSend: cyclesNs(cfg, p.ipiSendCycles), wake: cyclesNs(cfg, p.wakeCycles), eoi: cyclesNs(cfg, p.eoiCycles),
    };
  }

  private get vm() { return this.input.vm!; }
  private get cfg() { return this.input.cfg; }
  private now(): number { return this.input.env.now(); }
  private measuring(): boolean { return this.now() >= this.input.topo.warmupNs; }

  private countExit(reason: string): void { if (this.measuring()) this.exitCounts[reason] = (this.exitCounts[reason] ?? 0) + 1; }

  /** kvm_vcpu_kick from the redistributor. */
  kick(): void {
    const mode = this.cfg.vm.net.mode;
    if (this.idle) {
      this.exits.push({ reason: "wfi-wake", ns: this.c.wake });
    } else if (this.seg?.level === 0) {
      // Already in the host: the pending vIRQs are flushed at the coming entry.
    } else if (mode === "x86-msix-posted") {
      // Posted interrupt: the notification vector lands in the running guest without an exit.
      this.flush();
    } else {
      this.exits.push({ reason: "irq-inject", ns: this.c.exit });
    }
  }

  /** Host work on this vCPU's pCPU. */
  steal(ns: number): void {
    if (this.idle) return;
    this.exits.push({ reason: "host-preempt", ns, state: "stolen" });
  }

  /** Entry: vgic_flush_lr_state moves pending vIRQs into the list registers. */
  private flush(): void {
    const vgic = this.vm.vgic[this.i]!;
    vgic.kickPending = false;
    const nr = this.cfg.kvm.listRegisters;
    while (vgic.pending.length > 0 && this.lrs.length < nr) this.lrs.push(vgic.pending.shift()!);
    this.maintenance = vgic.pending.length > 0;
  }

  /** Picks the next segment by priority: exits, hardirqs, softirq, then application level. */
  next(): Segment | undefined {
    const e = this.exits.shift();
    if (e) {
      this.countExit(e.reason);
      return this.mk(e.state ?? "exit", 0, e.ns, () => { e.then?.(); this.flush(); });
    }
    const intid = this.lrs.shift();
    if (intid !== undefined) return this.hardirq(intid);
    if (this.maintenance) {
      this.maintenance = false;
      this.exits.push({ reason: "maintenance", ns: this.c.exit });
      return this.next();
    }
    const s2 = this.suspended[2];
    if (s2) { this.suspended[2] = undefined; return this.resume(s2); }
    if (this.softirq.length > 0 && !this.ksoftirqd) return this.poll("softirq", 2);
    const s3 = this.suspended[3];
    if (s3) { this.suspended[3] = undefined; return this.resume(s3); }
    // ksoftirqd is a thread like the application's: they take turns on this vCPU.
    const canSoft = this.ksoftirqd && this.softirq.length > 0;
    const own = this.vm.runq[this.i]!.length > 0;
    if (canSoft && (!own || this.appTurn)) {
      this.appTurn = false;
      return this.poll("ksoftirqd", 3);
    }
    // With nothing runnable here, newidle balancing may pull a thread from a busier vCPU.
    const app = this.takeApp();
    if (app) { this.appTurn = true; return this.appSegment(app); }
    return undefined;
  }

  private mk(state: Segment["state"], level: Level, ns: number, done: () => void, holds = 0): Segment {
    return { state, level, ns: Math.max(0, Math.round(ns)), start: this.now(), done, holds };
  }

  private resume(s: Segment): Segment { return { ...s, start: this.now() }; }

  /** Preempts the running segment if `level` outranks it; returns true when it did. */
  preempt(level: Level): boolean {
    const s = this.seg;
    if (!s || s.level <= level || s.level < 2) return false;
    const left = Math.max(0, s.start + s.ns - this.now());
    this.suspended[s.level] = { ...s, ns: left };
    this.seg = undefined;
    return true;
  }

  private hardirq(intid: number): Segment {
    const { cfg } = this;
    const mode = cfg.vm.net.mode;
    if (this.measuring()) { const n = intidName(intid); this.irqCounts[n] = (this.irqCounts[n] ?? 0) + 1; }
    // The reschedule IPI's handler only sets need_resched; the woken thread is already queued.
    if (intid === INTID_SGI_RESCHED) return this.mk("hardirq", 1, cfg.guest.ipiHandlerNs + this.c.eoi, () => {});
    const queues = intid === INTID_SPI_VIRTIO ? this.vm.vqs.map((_, q) => q) : [intid - INTID_LPI_BASE];
    let ns = cfg.guest.hardirqNs;
    if (mode === "sq-spi") {
      // vm_interrupt: read InterruptStatus and write InterruptACK, both trapped to QEMU.
      this.exits.push({ reason: "mmio-user", ns: this.c.mmioUser }, { reason: "mmio-user", ns: this.c.mmioUser });
    } else if (mode === "x86-ioapic") {
      this.exits.push({ reason: "mmio-user", ns: this.c.mmioUser }, { reason: "eoi", ns: this.c.eoi });
    } else {
      ns += this.c.eoi;
    }
    if (!cfg.guest.napi) {
      // No NAPI: the whole receive path runs in the interrupt handler, callbacks stay enabled.
      const bursts: Burst[] = [];
      let pkts = 0;
      for (const q of queues) { const vq = this.vm.vqs[q]!; pkts += vq.usedPkts; bursts.push(...vq.used.splice(0)); vq.usedPkts = 0; }
      return this.mk("hardirq", 1, ns + pkts * cfg.guest.rxPerPktNs, () => { for (const b of bursts) this.deliver(b); this.refillKick(queues); }, countClient(bursts));
    }
    return this.mk("hardirq", 1, ns, () => {
      for (const q of queues) {
        const vq = this.vm.vqs[q]!;
        if (vq.used.length === 0 && mode === "sq-spi") continue;
        vq.rxCallbacks = false;
        if (!this.softirq.includes(q)) this.softirq.push(q);
      }
      if (this.softirq.length > 0 && !this.ksoftirqd && this.sessionPkts === 0) this.sessionStart = this.now();
    });
  }

  /** One napi poll of the first scheduled queue, in softirq or in ksoftirqd. */
  private poll(state: "softirq" | "ksoftirqd", level: Level): Segment {
    const { cfg } = this;
    const q = this.softirq[0]!;
    const vq = this.vm.vqs[q]!;
    const taken: Burst[] = [];
    let pkts = 0;
    while (vq.used.length > 0 && (pkts === 0 || pkts + vq.used[0]!.pkts <= cfg.guest.napiWeight)) {
      const b = vq.used.shift()!;
      vq.usedPkts -= b.pkts;
      pkts += b.pkts;
      taken.push(b);
    }
    return this.mk(state, level, cfg.guest.pollOverheadNs + pkts * cfg.guest.rxPerPktNs, () => {
      for (const b of taken) this.deliver(b);
      this.refillKick([q]);
      const idx = this.softirq.indexOf(q);
      this.softirq.splice(idx, 1);
      if (pkts < cfg.guest.napiWeight) {
        // napi_complete_done + virtqueue_enable_cb: re-arm, unless buffers arrived meanwhile.
        vq.rxCallbacks = true;
        if (vq.used.length > 0) { vq.rxCallbacks = false; this.softirq.push(q); }
      } else {
        this.softirq.push(q);
      }
      this.sessionPkts += pkts;
      if (this.softirq.length === 0) {
        this.ksoftirqd = false;
        this.sessionPkts = 0;
      } else if (!this.ksoftirqd && (this.sessionPkts >= cfg.guest.netdevBudget * cfg.guest.softirqRestarts || this.now() - this.sessionStart >= cfg.guest.softirqMaxUs * 1000)) {
        this.ksoftirqd = true; // wakeup_softirqd
      }
    }, countClient(taken));
  }

  /** try_fill_recv: new RX buffers, and a kick if vhost was waiting for them. */
  private refillKick(queues: number[]): void {
    for (const q of queues) {
      const vq = this.vm.vqs[q]!;
      if (!vq.rxNeedKick) continue;
      vq.rxNeedKick = false;
      this.kickExit(q);
    }
  }

  private kickExit(q: number): void {
    const { env, topo, slot } = this.input;
    this.exits.push({ reason: "mmio-kick", ns: this.c.mmioKernel, then: () => env.send(topo.vhost(slot.host, slot.vm, q), { type: "kick", queue: q }, this.cfg.host.linkNs) });
  }

  /** The socket layer wakes the application thread of a received request. */
  private deliver(b: Burst): void {
    if (b.kind === KIND_EW_RESP) { this.eastWest.answered++; return; }
    const vm = this.vm;
    if (vm.queuedApp >= this.cfg.guest.socketBacklog) {
      drop(this.input, this.dropStats, b);
      return;
    }
    const n = this.cfg.vm.vcpus;
    const prefer = isMultiQueue(this.cfg.vm.net.mode) ? this.i : (b.conn % n);
    let target = prefer;
    if (!vm.idle[prefer]) {
      // select_idle_sibling: an idle vCPU takes the wake-up if the thread's CPU is busy; with none
      // idle, load balancing keeps run queues even (IRQ time lowers a CPU's capacity in CFS).
      const idle = vm.idle.indexOf(true);
      if (idle >= 0) target = idle;
      else if (n > 1) {
        // The waker is busy with receive work, so it is the last choice.
        if (target === this.i) target = (this.i + 1) % n;
        for (let j = 0; j < n; j++) if (j !== this.i && vm.runq[j]!.length < vm.runq[target]!.length) target = j;
      }
    }
    vm.runq[target]!.push({ burst: b, remainingNs: drawService(this.input.env, this.cfg) });
    vm.queuedApp++;
    if (target !== this.i && vm.idle[target]) {
      vm.idle[target] = false;
      vm.waking[target] = true;
      const { env, topo, slot } = this.input;
      this.exits.push({ reason: "ipi-send", ns: this.c.ipiSend, then: () => env.send(topo.redist(slot.host, slot.vm, target), { type: "virq", intid: INTID_SGI_RESCHED }, this.cfg.host.linkNs) });
    }
  }

  private takeApp(): AppItem | undefined {
    const vm = this.vm;
    let item = vm.runq[this.i]!.shift();
    if (!item) {
      // Idle balancing: pull from the busiest run queue.
      let best = -1, len = 0;
      for (let j = 0; j < vm.runq.length; j++) if (!vm.waking[j] && vm.runq[j]!.length > len) { len = vm.runq[j]!.length; best = j; }
      if (best >= 0) { item = vm.runq[best]!.shift(); this.pulled++; }
    }
    if (item) vm.queuedApp--;
    return item;
  }

  private appSegment(item: AppItem): Segment {
    return this.mk("app", 3, item.remainingNs, () => this.transmit(item.burst), countClient([item.burst]));
  }

  /** tcp_sendmsg -> start_xmit on this vCPU's TX queue, then a kick unless vhost is polling. */
  private transmit(req: Burst): void {
    const { cfg, env, topo, slot } = this.input;
    const vm = this.vm;
    const q = isMultiQueue(cfg.vm.net.mode) ? this.i % vm.vqs.length : 0;
    const vq = vm.vqs[q]!;
    const now = this.now();
    const wait = vq.txLock.acquire(now, cfg.guest.txLockNs) - now;
    const pkts = cfg.workload.respPkts;
    const resp: Burst = {
      type: "pkts", conn: req.conn, req: req.req, pkts, kind: req.kind === KIND_EW_REQ ? KIND_EW_RESP : KIND_RESP, sentAt: req.sentAt,
      replyTo: req.replyTo, vm: req.vm, queue: req.queue, dst: req.replyTo, replyVm: 0, replyQueue: 0,
    };
    // An east-west response goes back to the VM and queue pair that made the call.
    if (req.kind === KIND_EW_REQ) { resp.vm = req.replyVm; resp.queue = req.replyQueue; }
    let ew: Burst | undefined;
    if (req.kind === KIND_REQ && cfg.workload.eastWestShare > 0 && env.rng.next() < cfg.workload.eastWestShare) {
      const hosts = cfg.host.count;
      const other = (slot.host + 1 + env.rng.int(hosts - 1)) % hosts;
      const to = eastWestFlow(cfg, slot.host, slot.vm, req.conn, vm.vqs.length);
      ew = {
        type: "pkts", conn: req.conn, req: req.req, pkts: cfg.workload.reqPkts, kind: KIND_EW_REQ, sentAt: now,
        replyTo: topo.nic(slot.host, q % cfg.host.nicQueues), vm: to.vm, queue: to.queue,
        dst: topo.nic(other, to.nicQueue), replyVm: slot.vm, replyQueue: q,
      };
    }
    this.pendingTx = this.mk("app", 3, wait + pkts * cfg.guest.txPerPktNs, () => {
      this.completed++;
      if (req.kind === KIND_EW_REQ) this.eastWest.served++;
      vq.txAvail.push(resp);
      if (ew) { vq.txAvail.push(ew); this.eastWest.calls++; }
      if (vq.txNotify) this.kickExit(q);
    }, countClient([resp]));
  }
  /** The transmit that follows an application segment, run next in the same thread. */
  pendingTx: Segment | undefined;

  /** Client bursts held by this vCPU's running, suspended and follow-up segments. */
  held(): number {
    let n = 0;
    for (const s of [this.seg, this.pendingTx, ...this.suspended]) if (s) n += s.holds;
    return n;
  }
}

export { GuestCore };

interface VcpuContext { in: NetInput; core: GuestCore }

/**
 * Where an east-west call lands on the remote host. The call is a flow of its own, (calling host,
 * VM, connection): the remote NIC queue (RSS), the service VM it reaches and that VM's virtqueue
 * pair follow from the flow, as a client's flows do, so one flow always reaches one remote VM and
 * the flows of one caller spread over all of them.
 */
export function eastWestFlow(
  cfg: NetConfig, host: number, vm: number, conn: number, queues: number,
): { vm: number; queue: number; nicQueue: number } {
  const flow = (host * cfg.vm.perHost + vm) * cfg.workload.connections + conn;
  return {
    vm: hashFlow(flow ^ 0x2545f491) % cfg.vm.perHost,
    queue: isMultiQueue(cfg.vm.net.mode) ? Math.floor(flow / cfg.vm.perHost) % queues : 0,
    nicQueue: hashFlow(flow) % cfg.host.nicQueues,
  };
}

/** Starts the next segment; returns false when there is nothing to run. */
function dispatch(ctx: VcpuContext): boolean {
  const core = ctx.core;
  const env = ctx.in.env;
  let seg = core.pendingTx;
  core.pendingTx = undefined;
  if (!seg) seg = core.next();
  if (!seg) return false;
  core.seg = seg;
  core.idle = false;
  ctx.in.vm!.idle[core.i] = false;
  if (seg.state !== "exit") ctx.in.vm!.waking[core.i] = false;
  core.tis.enter(seg.state, env.now());
  core.epoch++;
  core.segEnd = env.after(seg.ns, { type: "segDone", epoch: core.epoch });
  return true;
}

function finish(ctx: VcpuContext): void {
  const core = ctx.core;
  const seg = core.seg!;
  core.seg = undefined;
  seg.done();
}

function goIdle(ctx: VcpuContext): void {
  const core = ctx.core;
  core.idle = true;
  ctx.in.vm!.idle[core.i] = true;
  core.tis.enter("idle", ctx.in.env.now());
}

export const vcpuMachine = setup({
  types: { context: {} as VcpuContext, input: {} as NetInput, events: {} as SimEvent },
  actions: {
    kick: ({ context }) => context.core.kick(),
    steal: ({ context }, ns: number) => context.core.steal(ns),
    finish: ({ context }) => finish(context),
    goIdle: ({ context }) => goIdle(context),
    preempt: ({ context }) => {
      if (!context.core.preempt(0)) return;
      context.core.epoch++;
      if (context.core.segEnd !== undefined) context.in.env.cancel(context.core.segEnd);
    },
    // Runs the next segment if none is running (nothing to run: `always` below takes the vCPU to WFI).
    next: ({ context }) => { if (context.core.seg === undefined) dispatch(context); },
  },
  guards: {
    current: ({ context, event }) => event.epoch === context.core.epoch,
    nothingToRun: ({ context }) => context.core.seg === undefined,
  },
}).createMachine({
  id: "vcpu",
  context: ({ input }) => ({ in: input, core: new GuestCore(input) }),
  initial: "wfi",
  states: {
    wfi: {
      entry: "goIdle",
      on: {
        vkick: { target: "running", actions: ["kick", "next"] },
        steal: {},
      },
    },
    running: {
      on: {
        vkick: { actions: ["kick", "preempt", "next"] },
        steal: { actions: [{ type: "steal", params: ({ event }) => event.ns as number }, "preempt", "next"] },
        segDone: { guard: "current", actions: ["finish", "next"] },
      },
      always: { guard: "nothingToRun", target: "wfi" },
    },
  },
});

export function vcpuStats(ctx: VcpuContext) {
  const c = ctx.core;
  const end = ctx.in.topo.endNs;
  const vm = ctx.in.vm!;
  // The VM's shared rings and run queues are counted once, by vCPU 0.
  let shared = 0;
  if (c.i === 0) {
    for (const q of vm.vqs) shared += countClient(q.used) + countClient(q.txAvail);
    for (const r of vm.runq) shared += countClient(r.map((x) => x.burst));
  }
  return {
    heldClient: c.held() + shared,
    kind: "vcpu", shares: c.tis.shares(end), exits: c.exitCounts, interrupts: c.irqCounts, completed: c.completed,
    pulled: c.pulled, eastWest: { ...c.eastWest },
    ...c.dropStats,
  };
}
export type { VcpuContext };
