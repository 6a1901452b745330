import type { SimEvent } from "../../kernel/engine.js";
import { lockTrace, releaseLock, requestLock } from "../host/lock.js";
import { hasApList, hasQueueVectors, isMultiQueue, type NetConfig } from "./config.js";
import { apListLock, lockId, PATH_PLAIN, pathStepsOf, type PathStep } from "./inject-path.js";
import {
  burstAs,
  cyclesNs,
  drawService,
  drop,
  hashFlow,
  noDrops,
  platformCosts,
  type DropStats,
  type NetInput,
} from "./common.js";
import { intidName } from "./gic-redist.js";
import { busyPollArm, busyPollEnd, busyPollQueue, newBusyPoll, type BusyPollCtx } from "./busy-poll.js";
import { dimInterrupt, dimPolled, newDim } from "./dim.js";
import {
  countSegs, flowVcpu, guestReceive, isStreamKind, KIND_ACK, threadMarker, threadStepDone, threadStepNs,
} from "./stream.js";
import {
  hasVpe, isDirect, isHwNic, runningNeedsExit, rxPerPktNs, takeDirect, txDoorbellNs, wakePath,
} from "./passthrough.js";
import {
  INTID_LPI_BASE,
  INTID_SGI_RESCHED,
  INTID_SPI_VIRTIO,
  KIND_EW_REQ,
  KIND_EW_RESP,
  KIND_FLOOD,
  KIND_REQ,
  KIND_RESP,
  countClient,
  countFlood,
  type AppItem,
  type Burst,
} from "./vm-state.js";

/**
 * The guest core's work, as plain data: what each segment does when it completes, the queues of
 * exits and list registers, the suspended segments of each level. The vCPU machine (vcpu.ts) is in
 * the state of the running segment; these functions are its actions.
 */

/** The machine states a segment runs in (the vCPU's accounted states, idle aside). */
export type SegmentState = "exit" | "stolen" | "hardirq" | "softirq" | "ksoftirqd" | "app" | "busypoll" | "spin";
type Level = 0 | 1 | 2 | 3; // exit, hardirq, softirq, app/ksoftirqd

/** The per-CPU backlog of netif_rx (guest.napi false) in the softirq list, beside the virtqueues' NAPI contexts. */
export const BACKLOG = -1;

/** A message sent when an exit completes (a kick to vhost, an IPI to a redistributor). */
interface Send {
  to: number;
  event: SimEvent;
}

/** The pCPU run a host-preempt exit hands the core back to. */
const stealEpoch = (then: Send): number =>
  then.event.type === "handBack" ? (then.event as unknown as { epoch: number }).epoch : -1;

/**
 * A stretch of its pCPU's job run in the vCPU's place (host-preempt): the VM whose locks the job's path takes
 * (the requester's, not always this vCPU's), the path's steps (inject-path.ts) and the index of the one after
 * the step running, and the steps run and their time so far, which the hand-back tells the pCPU.
 */
interface HostRun { vm: number; path: PathStep[]; next: number; steps: number; ns: number }

/** What a segment does when it completes. */
type Work =
  /**
   * Time in the host; `unlock` (an index in VmState.locks, -1 none) is a lock held through it, released at its
   * end; `run` the pCPU's job when it is a step of one (null: an exit of the vCPU's own, or an open-ended steal).
   */
  | { k: "exit"; reason: string; then: Send | null; unlock: number; run: HostRun | null }
  | { k: "ipi" }
  | { k: "irqNapi"; queues: number[] }
  | { k: "irqNoNapi"; queues: number[]; bursts: Burst[] }
  | { k: "poll"; q: number; pkts: number; taken: Burst[] }
  | { k: "app"; burst: Burst }
  | { k: "tx"; q: number; req: Burst; resp: Burst; ew: Burst | null }
  | { k: "busypoll"; q: number }
  | { k: "streamTx"; q: number; bursts: Burst[] }
  /** tcp_send_ack of each ACK down to the driver, before the TX queue's lock. */
  | { k: "streamAcks"; send: Extract<Work, { k: "streamTx" }>; state: SegmentState; level: Level }
  /** Waiting for lock `lock` (an index in VmState.locks), to run `workNs` of `state` under it, then `then`. */
  | { k: "spin"; lock: number; workNs: number; state: SegmentState; then: Work }
  /** A critical section under lock `lock`: at its end the lock passes on, then `then` takes effect. */
  | { k: "locked"; lock: number; then: Work }
  /** vgic_v3_dispatch_sgi has queued the SGI on the target's ap_list: it goes to the target's interface. */
  | { k: "sgi"; send: Send }
  /** kvm_vgic_flush_hwstate at entry: the ap_list's pending vIRQs fill the list registers. */
  | { k: "entry" };

export interface Segment {
  state: SegmentState;
  level: Level;
  ns: number;
  start: number;
  /** Client bursts (requests or responses) this segment holds until it completes. */
  holds: number;
  /** Flood packets it holds. */
  flood: number;
  work: Work;
}

/** Time in the host: an exit (counted by reason), or host work holding the core (stolen). */
interface Exit {
  reason: string;
  ns: number;
  state: "exit" | "stolen";
  then: Send | null;
  counted: boolean;
  /** A lock held through the exit (the TX queue's around a kick; a pCPU job's step's), -1 none. */
  unlock: number;
  run: HostRun | null;
}

/** A vCPU's context: plain data only. */
export interface VcpuContext {
  i: number;
  seg: Segment | null;
  epoch: number;
  /** Timer of the running segment's end, cancelled when the segment is preempted. */
  segEnd: number | null;
  exits: Exit[];
  lrs: number[];
  maintenance: boolean;
  softirq: number[];
  ksoftirqd: boolean;
  sessionPkts: number;
  sessionStart: number;
  suspended: (Segment | null)[];
  /** netif_rx's per-CPU backlog (input_pkt_queue) without NAPI: bursts the handler took, for NET_RX softirq. */
  backlog: Burst[];
  backlogPkts: number;
  /** CFS between this vCPU's ksoftirqd and its application thread (cfsPick). */
  cfs: Cfs;
  /** The segment that follows the one that ended, in the same context (a transmit, a section after its spin). */
  follow: Segment | null;
  exitCounts: Record<string, number>;
  irqCounts: Record<string, number>;
  completed: number;
  pulled: number;
  /** East-west calls made (sent), served for another host, and answered back here. */
  eastWest: { calls: number; served: number; answered: number };
  drops: DropStats;
  /** Bursts dropped on a full backlog (enqueue_to_backlog), after the handler took them off the ring. */
  backlogDrops: DropStats;
  /** Flood packets through the guest's RX stack: over the run, and in the measured window. */
  flood: { delivered: number; measured: number };
  /** The application thread's busy polling (busy-poll.ts). */
  busyPoll: BusyPollCtx;
}

/**
 * CFS's view of the two threads that share a vCPU at the application level: their vruntimes (ns of
 * CPU each received, equal weights), the one holding the CPU and its vruntime when it got it, and
 * which were runnable at the last pick (a thread runnable again is placed as a woken sleeper).
 */
interface Cfs {
  soft: number;
  app: number;
  cur: "soft" | "app" | null;
  since: number;
  wasSoft: boolean;
  wasApp: boolean;
}

export const newVcpuContext = (i: number): VcpuContext => ({
  i,
  seg: null,
  epoch: 0,
  segEnd: null,
  exits: [],
  lrs: [],
  maintenance: false,
  softirq: [],
  ksoftirqd: false,
  sessionPkts: 0,
  sessionStart: 0,
  suspended: [null, null, null, null],
  backlog: [],
  backlogPkts: 0,
  cfs: { soft: 0, app: 0, cur: null, since: 0, wasSoft: false, wasApp: false },
  follow: null,
  exitCounts: {},
  irqCounts: {},
  completed: 0,
  pulled: 0,
  eastWest: { calls: 0, served: 0, answered: 0 },
  drops: noDrops(),
  backlogDrops: noDrops(),
  flood: { delivered: 0, measured: 0 },
  busyPoll: newBusyPoll(),
});

/** Platform costs in ns, from the config's cycle counts. */
export function vcpuCosts(cfg: NetConfig) {
  const p = platformCosts(cfg);
  return {
    exit: cyclesNs(cfg, p.exitCycles),
    mmioKernel: cyclesNs(cfg, p.mmioKernelCycles),
    mmioUser: cyclesNs(cfg, p.mmioUserCycles),
    ipiSend: cyclesNs(cfg, p.ipiSendCycles),
    wake: cyclesNs(cfg, p.wakeCycles),
    eoi: cyclesNs(cfg, p.eoiCycles),
    /** x86 with APICv (posted interrupts): the EOI is virtualised, no exit. */
    apicvEoi: cyclesNs(cfg, cfg.kvm.apicvEoiCycles),
  };
}
type Costs = ReturnType<typeof vcpuCosts>;

/** One vCPU's view of the world: its io and costs; the functions below act on its context. */
export class GuestCore {
  private costs: Costs | undefined;
  private readonly steps: (path: number, arg: number) => PathStep[];
  constructor(private readonly io: NetInput) {
    this.steps = pathStepsOf(io);
  }

  private get c(): Costs {
    return (this.costs ??= vcpuCosts(this.io.cfg));
  }
  private get vm() {
    return this.io.vm!;
  }
  private get cfg() {
    return this.io.cfg;
  }
  private now(): number {
    return this.io.env.now();
  }
  private measuring(): boolean {
    return this.now() >= this.io.topo.warmupNs;
  }
  private exit(
    reason: string,
    ns: number,
    then: Send | null = null,
    state: Exit["state"] = "exit",
    counted = true,
    unlock = -1,
    run: HostRun | null = null,
  ): Exit {
    return { reason, ns, state, then, counted, unlock, run };
  }

  /**
   * kvm_vcpu_kick of a vCPU in WFI: it exits the wait and is entered again, once the host work its
   * pCPU is running (if any) lets it have the core.
   */
  wake(x: VcpuContext): void {
    const wait = this.vm.coreBusyUntil[x.i]! - this.now();
    if (wait > 0) x.exits.push(this.exit("host-busy", wait, null, "stolen", false));
    // Direct delivery (passthrough.ts): a resident vCPU wakes in the guest, a blocked one by its vPE's doorbell.
    const path = wakePath(this.cfg, this.io.topo, this.vm.vgic[x.i]!.pending);
    const load = hasVpe(this.cfg) ? this.cfg.kvm.vpeLoadNs : 0;
    if (path === "none") this.flush(x);
    else if (path === "irq-inject") x.exits.push(this.exit(path, this.c.exit));
    else x.exits.push(this.exit(path, this.c.wake + load + (path === "doorbell" ? this.cfg.kvm.doorbellNs : 0)));
  }

  /**
   * kvm_vcpu_kick of a running guest: an exit to inject (ARM; x86 without posted interrupts: the
   * IPI forces a VM exit and the interrupt is injected at entry), or a posted interrupt (no exit).
   */
  inject(x: VcpuContext): void {
    const posted = this.cfg.vm.net.mode === "x86-msix-posted" || this.cfg.vm.net.mode === "x86-vf-posted";
    if (posted || !runningNeedsExit(this.cfg, this.vm.vgic[x.i]!.pending)) this.flush(x);
    else x.exits.push(this.exit("irq-inject", this.c.exit));
  }

  /**
   * Host work of pCPU run `epoch` preempts this vCPU and runs on the core in its place: `ns` of step `step` of
   * its job's path `path` for MSI event `arg` of VM `vm` (a plain run: path 0), whose lock the pCPU took for
   * it. When it is done (hostStepOn) the steps after it follow, or the core goes back to the vCPU and the pCPU
   * hears how far its job got.
   */
  steal(x: VcpuContext, ns: number, epoch: number, path: number, arg: number, step: number, vm: number): void {
    const { topo, slot } = this.io;
    const pcpu = topo.pcpu(slot.host, topo.vcpuPcpu(slot.vm, x.i));
    const then = { to: pcpu, event: { type: "handBack", epoch, steps: 0, ns: 0 } };
    let e: Exit;
    if (ns < 0) {
      // Open-ended (a spin for a lock), until the pCPU's stealEnd.
      e = this.exit("host-preempt", Math.max(1, topo.endNs + 1 - this.now()), then, "stolen");
    } else if (path === PATH_PLAIN) {
      e = this.exit("host-preempt", ns, then, "stolen", true, -1, { vm, path: [], next: 0, steps: 0, ns: 0 });
    } else {
      const steps = this.steps(path, arg);
      const run = { vm, path: steps, next: step + 1, steps: 0, ns: 0 };
      e = this.exit("host-preempt", ns, then, "stolen", true, steps[step]!.lock, run);
    }
    // A spin in the host gives the core to the host work at once (it may hold the lock spun for).
    if (x.seg?.state === "spin" && x.seg.level === 0) x.exits.unshift(e);
    else x.exits.push(e);
  }

  /** The running segment is the open-ended host work of pCPU run `epoch`. */
  stealing(x: VcpuContext, epoch: number): boolean {
    const w = x.seg?.work;
    return x.seg?.state === "stolen" && w?.k === "exit" && w.then !== null && stealEpoch(w.then) === epoch;
  }

  /** Ends the open-ended host work of run `epoch` now (it runs), or makes it 1 ns long (it waits behind an exit). */
  endSteal(x: VcpuContext, epoch: number): void {
    if (this.stealing(x, epoch)) {
      if (x.segEnd !== null) this.io.env.cancel(x.segEnd);
      x.segEnd = null;
      this.complete(x);
      return;
    }
    const queued = x.exits.find((e) => e.then !== null && stealEpoch(e.then) === epoch);
    if (queued) queued.ns = 1;
  }

  /**
   * A step of its pCPU's job ended in this vCPU's place: the host thread goes on with the next step at once
   * where it needs no lock or finds its lock free, as the kernel's path runs on; at the job's end, or at a
   * held lock (the pCPU spins or sleeps for it), the core goes back to the vCPU and the pCPU hears how many
   * steps ran in how long.
   */
  private hostStepOn(x: VcpuContext, then: Send, run: HostRun, ranNs: number): void {
    const steps = run.steps + 1, ns = run.ns + ranNs;
    const next = run.path[run.next];
    const lock = next !== undefined && next.lock >= 0 ? this.io.vmOf(run.vm).locks[next.lock]! : undefined;
    if (next !== undefined && (lock === undefined || lock.owner < 0)) {
      let len = next.ns;
      if (lock !== undefined) {
        const { env, topo } = this.io;
        const r = requestLock(lock, this.now(), env.id, this.core, next.ns, topo.layout, lockTrace(env));
        if (!r.granted) throw new Error(`${this.io.slot.name}: took ${lock.name}, which is held`);
        len = r.sectionNs;
      }
      const on: HostRun = { vm: run.vm, path: run.path, next: run.next + 1, steps, ns };
      x.follow = this.mk("stolen", 0, len, { k: "exit", reason: "host-preempt", then, unlock: next.lock, run: on });
      return;
    }
    this.io.env.send(then.to, { ...then.event, steps, ns }, this.cfg.host.linkNs);
    this.entry(x);
  }

  /**
   * Entry after an exit. kvm_vgic_sync_hwstate (at the exit) and kvm_vgic_flush_hwstate (at entry) each
   * take the vCPU's ap_list_lock when its ap_list is not empty and return at once when it is; here one
   * section at entry, whose work the exit's measured cost includes, so it pays only the lines it moves.
   */
  private entry(x: VcpuContext): void {
    // An exit whose spin host work preempted enters when it is done.
    if (x.suspended[0]) return;
    const vgic = this.vm.vgic[x.i]!;
    if (!hasApList(this.cfg.vm.net.mode) || (vgic.pending.length === 0 && x.lrs.length === 0)) return this.flush(x);
    x.follow = this.locked(x, apListLock(x.i), 0, "exit", 0, { k: "entry" });
  }

  /** The sender's SGI goes onto the target's ap_list (not with GICv4.1 vSGIs, which the ITS delivers). */
  private sgiOnApList(): boolean {
    return hasApList(this.cfg.vm.net.mode) && !isDirect(this.cfg, INTID_SGI_RESCHED);
  }

  /** The host core this vCPU runs on. */
  private get core(): number {
    return this.io.topo.vcpuPcpu(this.io.slot.vm, this.io.slot.index);
  }

  /**
   * `workNs` of `state` under lock `lock` (VmState.locks), then `then`: the section at once when the lock is
   * free (plus the lines it moves from their last writer), else a spin until its grant.
   */
  private locked(
    x: VcpuContext, lock: number, workNs: number, state: SegmentState, level: Level, then: Work, holds = 0,
  ): Segment {
    const { env, topo } = this.io;
    const r = requestLock(this.vm.locks[lock]!, this.now(), env.id, this.core, workNs, topo.layout, lockTrace(env));
    if (r.granted) return this.mk(state, level, r.sectionNs, { k: "locked", lock, then }, holds);
    return this.mk("spin", level, 0, { k: "spin", lock, workNs, state, then }, holds);
  }

  /** The spin running now is for lock id `id` (a LockGrant's). */
  spinningFor(x: VcpuContext, id: number): boolean {
    const w = x.seg?.work;
    return w?.k === "spin" && lockId(this.io.slot.vm, w.lock) === id;
  }

  /**
   * This vCPU holds lock id `id` from now on: its spin becomes the section, run next if the spin is
   * running, or where the spin was when it is preempted (the lock is held meanwhile, as a preempted
   * qspinlock waiter that is handed the lock holds it).
   */
  granted(x: VcpuContext, id: number): void {
    const section = (s: Segment): Segment => {
      const w = s.work as Extract<Work, { k: "spin" }>;
      const l = this.vm.locks[w.lock]!;
      const ns = w.workNs + l.lines * this.io.topo.layout.transferNs(l.lastCore, this.core);
      return this.mk(w.state, s.level, ns, { k: "locked", lock: w.lock, then: w.then }, s.holds);
    };
    if (this.spinningFor(x, id)) {
      this.account(x, x.seg!);
      x.follow = section(x.seg!);
      x.seg = null;
      return;
    }
    const level = x.suspended.findIndex((s) => s?.work.k === "spin" && lockId(this.io.slot.vm, s.work.lock) === id);
    if (level < 0) throw new Error(`${this.io.slot.name}: granted lock ${id}, which it does not wait for`);
    x.suspended[level] = section(x.suspended[level]!);
  }

  /** The section under `lock` is over: the lock passes to its next waiter, if any. */
  private release(lock: number, vm = this.io.slot.vm): void {
    const { env, topo, cfg } = this.io;
    const next = releaseLock(this.io.vmOf(vm).locks[lock]!, this.now(), topo.layout, cfg.locks, lockTrace(env));
    if (!next) return;
    env.send(next.waiter.actor, { type: "lockGrant", lock: lockId(vm, lock) }, next.grantAt - this.now());
  }

  /** Entry: vgic_flush_lr_state moves pending vIRQs into the list registers. */
  private flush(x: VcpuContext): void {
    const vgic = this.vm.vgic[x.i]!;
    vgic.kickPending = false;
    takeDirect(this.cfg, vgic.pending, x.lrs);
    const nr = this.cfg.kvm.listRegisters;
    while (vgic.pending.length > 0 && x.lrs.length < nr) x.lrs.push(vgic.pending.shift()!);
    x.maintenance = vgic.pending.length > 0;
  }

  /** Suspends the running segment (guest work at a level an exit, a hardirq or host work outranks). */
  suspend(x: VcpuContext): void {
    const s = x.seg!;
    this.account(x, s);
    // The segment moves from the core to its level's slot, with the time it has left.
    s.ns = s.work.k === "spin" ? 0 : Math.max(0, s.start + s.ns - this.now());
    x.suspended[s.level] = s;
    x.seg = null;
    x.epoch++;
    if (x.segEnd !== null) this.io.env.cancel(x.segEnd);
  }

  /** Starts the next segment, if any: the transmit after an application segment, else by priority. */
  dispatch(x: VcpuContext): void {
    const seg = x.follow ?? this.next(x);
    x.follow = null;
    if (seg === undefined) return;
    const { env } = this.io;
    x.seg = seg;
    this.vm.idle[x.i] = false;
    if (seg.state !== "exit") this.vm.waking[x.i] = false;
    x.epoch++;
    // A busy poll (again) owns its queue; buffers already used end it at once.
    if (seg.work.k === "busypoll" && busyPollArm(this.vm.vqs[seg.work.q]!, x.i, x.epoch)) seg.ns = 0;
    // A spin lasts until its grant (granted).
    x.segEnd = seg.work.k === "spin" ? null : env.after(seg.ns, { type: "segDone", epoch: x.epoch });
  }

  goIdle(x: VcpuContext): void {
    this.vm.idle[x.i] = true;
  }

  /** Picks the next segment by priority: exits, hardirqs, softirq, then application level. */
  private next(x: VcpuContext): Segment | undefined {
    // A spin in the host that host work preempted goes on once that work is done.
    if (x.suspended[0] && x.exits[0]?.reason !== "host-preempt") return this.resume(x, 0);
    const e = x.exits.shift();
    if (e) {
      if (e.counted && this.measuring()) x.exitCounts[e.reason] = (x.exitCounts[e.reason] ?? 0) + 1;
      return this.mk(e.state, 0, e.ns, { k: "exit", reason: e.reason, then: e.then, unlock: e.unlock, run: e.run });
    }
    if (x.suspended[1]) return this.resume(x, 1);
    const intid = x.lrs.shift();
    if (intid !== undefined) return this.hardirq(x, intid);
    if (x.maintenance) {
      x.maintenance = false;
      x.exits.push(this.exit("maintenance", this.c.exit));
      return this.next(x);
    }
    if (x.suspended[2]) return this.resume(x, 2);
    const s3 = x.suspended[3];
    // A thread in dev_queue_xmit runs with softirqs disabled: the softirq raised meanwhile waits for it.
    if (s3 && (s3.work.k === "spin" || s3.work.k === "locked")) return this.resume(x, 3);
    if (x.softirq.length > 0 && !x.ksoftirqd) return this.poll(x, "softirq", 2);
    if (s3) {
      // need_resched() ends a busy poll that a woken thread preempted (its wake-up IPI brought it here).
      if (s3.work.k === "busypoll" && this.vm.runq[x.i]!.length > 0) {
        x.suspended[3] = null;
        this.busyPolled(x, s3.work.q);
        return this.next(x);
      }
      return this.resume(x, 3);
    }
    // ksoftirqd is a thread like the application's: CFS shares the vCPU between them by time.
    const canSoft = x.ksoftirqd && x.softirq.length > 0;
    const own = this.vm.runq[x.i]!.length > 0;
    if (canSoft && (!own || this.cfsPick(x, true, own) === "soft")) {
      if (!own) this.cfsPick(x, true, false);
      return this.poll(x, "ksoftirqd", 3);
    }
    // With nothing runnable here, newidle balancing may pull a thread from a busier vCPU.
    const app = this.takeApp(x);
    if (app) {
      if (!canSoft) this.cfsPick(x, false, true);
      return this.mk("app", 3, app.remainingNs, { k: "app", burst: app.burst }, countClient([app.burst]));
    }
    // net.core.busy_poll: the thread spins on its queue instead of sleeping.
    const bq = busyPollQueue(this.io, x.busyPoll, x.i, x.softirq);
    if (bq >= 0) {
      this.cfsPick(x, false, true);
      return this.mk("busypoll", 3, this.cfg.guest.busyPollUs * 1000, { k: "busypoll", q: bq });
    }
    x.cfs.cur = null;
    x.cfs.wasSoft = x.cfs.wasApp = false;
    return undefined;
  }

  /**
   * CFS (kernel/sched/fair.c, 4.x) between ksoftirqd and the application thread at a scheduling point: the
   * running one keeps the vCPU until it has used its slice (check_preempt_tick: sched_latency / 2 with two
   * runnable) or leads a woken one by more than the wakeup granularity (check_preempt_wakeup); then the one
   * with the smaller vruntime runs. A thread runnable again after sleeping is placed at most half a latency
   * behind the other (place_entity, GENTLE_FAIR_SLEEPERS). Both latencies scale by 1 + ilog2(min(vCPUs, 8)).
   */
  private cfsPick(x: VcpuContext, soft: boolean, app: boolean): "soft" | "app" {
    const c = x.cfs;
    const g = this.cfg.guest;
    const factor = 1 + Math.floor(Math.log2(Math.min(this.cfg.vm.vcpus, 8)));
    const half = (g.schedLatencyUs * 1000 * factor) / 2;
    if (soft && !c.wasSoft) c.soft = Math.max(c.soft, c.app - half);
    if (app && !c.wasApp) c.app = Math.max(c.app, c.soft - half);
    c.wasSoft = soft;
    c.wasApp = app;
    let pick: "soft" | "app";
    if (!soft || !app) pick = soft ? "soft" : "app";
    else {
      const cur = c.cur;
      const lead = cur === "soft" ? c.soft - c.app : c.app - c.soft;
      const keep = cur !== null && c[cur] - c.since < half && lead <= g.schedWakeupGranularityUs * 1000 * factor;
      // The leftmost entity; on a tie the one that waited.
      pick = keep ? cur! : c.soft < c.app || (c.soft === c.app && cur === "app") ? "soft" : "app";
    }
    if (pick !== c.cur) {
      c.cur = pick;
      c.since = c[pick];
    }
    return pick;
  }

  /** CPU time a segment at the application level ran goes to its thread's vruntime. */
  private account(x: VcpuContext, s: Segment): void {
    if (s.level !== 3) return;
    const ran = Math.max(0, s.work.k === "spin" ? this.now() - s.start : Math.min(s.ns, this.now() - s.start));
    // A spin is the time of the thread it spins for.
    if ((s.work.k === "spin" ? s.work.state : s.state) === "ksoftirqd") x.cfs.soft += ran;
    else x.cfs.app += ran;
  }

  /** The segment suspended at `level` leaves its slot and runs again from now for the time it has left. */
  private resume(x: VcpuContext, level: Level): Segment {
    const s = x.suspended[level]!;
    x.suspended[level] = null;
    s.start = this.now();
    return s;
  }

  private mk(state: SegmentState, level: Level, ns: number, work: Work, holds = 0, flood = 0): Segment {
    return { state, level, ns: Math.max(0, Math.round(ns)), start: this.now(), holds, flood, work };
  }

  /**
   * The guest's EOI of an interrupt it took: the guest time it costs, or an EOI exit queued (x86 without
   * APICv: the write to the LAPIC's EOI register traps). ARM completes through the list register; APICv
   * (with posted interrupts) virtualises the EOI.
   */
  private eoi(x: VcpuContext, ipi: boolean): number {
    switch (this.cfg.vm.net.mode) {
      case "x86-msi":
        x.exits.push(this.exit("eoi", this.c.eoi));
        return 0;
      case "x86-msix-posted":
      case "x86-vf-posted":
        return this.c.apicvEoi;
      case "x86-ioapic":
        // A level-triggered line's EOI exits (it is broadcast to the IOAPIC); a reschedule IPI's does not.
        if (!ipi) x.exits.push(this.exit("eoi", this.c.eoi));
        return ipi ? this.c.eoi : 0;
      case "sq-spi":
        // The SPI's completion: vm_interrupt's InterruptACK write (trapped), then the list register.
        return ipi ? this.c.eoi : 0;
      default:
        return this.c.eoi;
    }
  }

  private hardirq(x: VcpuContext, intid: number): Segment {
    const { cfg } = this;
    const mode = cfg.vm.net.mode;
    if (this.measuring()) {
      const n = intidName(intid);
      x.irqCounts[n] = (x.irqCounts[n] ?? 0) + 1;
    }
    // The reschedule IPI's handler only sets need_resched; the woken thread is already queued.
    if (intid === INTID_SGI_RESCHED) {
      return this.mk("hardirq", 1, cfg.guest.ipiHandlerNs + this.eoi(x, true), { k: "ipi" });
    }
    // A wired line serves every queue: its handler scans them all (vm_interrupt / vp_interrupt call
    // vring_interrupt for each virtqueue); an MSI is one queue's.
    const wired = intid === INTID_SPI_VIRTIO;
    const queues = wired ? this.vm.vqs.map((_, q) => q) : [intid - INTID_LPI_BASE];
    // hardirqNs covers one queue pair's vring_interrupt calls; each further pair's RX and TX virtqueues add one each.
    let ns = cfg.guest.hardirqNs + (wired ? 2 * (queues.length - 1) * cfg.guest.vringCheckNs : 0);
    if (mode === "sq-spi") {
      // vm_interrupt: read InterruptStatus and write InterruptACK, both trapped to QEMU.
      x.exits.push(this.exit("mmio-user", this.c.mmioUser), this.exit("mmio-user", this.c.mmioUser));
    } else if (mode === "x86-ioapic") {
      // vp_interrupt: the ISR read traps to QEMU.
      x.exits.push(this.exit("mmio-user", this.c.mmioUser));
    }
    ns += this.eoi(x, false);
    if (!cfg.guest.napi) {
      // No NAPI (netif_rx, as drivers did before it): the handler takes every used buffer off the ring, does
      // the driver's part and queues the packets on this CPU's backlog; callbacks stay enabled.
      const bursts: Burst[] = [];
      let pkts = 0;
      for (const q of queues) {
        const vq = this.vm.vqs[q]!;
        pkts += vq.usedPkts;
        bursts.push(...vq.used.splice(0));
        vq.usedPkts = 0;
      }
      return this.mk(
        "hardirq",
        1,
        ns + pkts * cfg.guest.rxDriverPerPktNs,
        { k: "irqNoNapi", queues, bursts },
        countClient(bursts),
        countFlood(bursts),
      );
    }
    return this.mk("hardirq", 1, ns, { k: "irqNapi", queues });
  }

  /**
   * One napi poll of the first scheduled context, in softirq or in ksoftirqd: a virtqueue's (virtnet_poll:
   * the driver's and the stack's work per packet), or the backlog's (process_backlog, weight_p = 64: the
   * stack's work; the handler did the driver's).
   */
  private poll(x: VcpuContext, state: "softirq" | "ksoftirqd", level: Level): Segment {
    const { cfg } = this;
    const q = x.softirq[0]!;
    const backlog = q === BACKLOG;
    const ring = backlog ? x.backlog : this.vm.vqs[q]!.used;
    const taken: Burst[] = [];
    let pkts = 0;
    while (ring.length > 0 && (pkts === 0 || pkts + ring[0]!.pkts <= cfg.guest.napiWeight)) {
      const b = ring.shift()!;
      pkts += b.pkts;
      taken.push(b);
    }
    if (backlog) x.backlogPkts -= pkts;
    else this.vm.vqs[q]!.usedPkts -= pkts;
    const perPkt = backlog ? cfg.guest.rxPerPktNs - cfg.guest.rxDriverPerPktNs : rxPerPktNs(cfg);
    const ns = cfg.guest.pollOverheadNs + pkts * perPkt;
    return this.mk(state, level, ns, { k: "poll", q, pkts, taken }, countClient(taken), countFlood(taken));
  }

  /** The running segment ends: its work takes effect. */
  complete(x: VcpuContext): void {
    const done = x.seg!;
    this.account(x, done);
    x.seg = null;
    this.finish(x, done, done.work);
  }

  private finish(x: VcpuContext, done: Segment, w: Work): void {
    switch (w.k) {
      case "exit":
        if (w.unlock >= 0) this.release(w.unlock, w.run?.vm);
        if (w.run !== null) return this.hostStepOn(x, w.then!, w.run, done.ns);
        if (w.then !== null && w.reason === "ipi-send" && this.sgiOnApList()) {
          // vgic_v3_dispatch_sgi -> vgic_queue_irq_unlock: onto the target's ap_list, under its lock.
          const target = apListLock(this.io.topo.slots[w.then.to]!.index);
          x.follow = this.locked(x, target, this.cfg.kvm.apListQueueNs, "exit", 0, { k: "sgi", send: w.then });
          return;
        }
        if (w.then !== null) {
          // An open-ended steal's hand-back says how long the core spun in the pCPU's place.
          const open = w.reason === "host-preempt";
          const event = open ? { ...w.then.event, ns: this.now() - done.start } : w.then.event;
          this.io.env.send(w.then.to, event, this.cfg.host.linkNs);
        }
        return this.entry(x);
      case "sgi":
        this.io.env.send(w.send.to, w.send.event, this.cfg.host.linkNs);
        return this.entry(x);
      case "entry":
        return this.flush(x);
      case "locked":
        // start_xmit notifies the device with the TX queue lock held: a transmit's lock passes on after its kick.
        if (w.then.k === "tx") return this.transmitted(x, w.then, w.lock);
        if (w.then.k === "streamTx") return this.streamSent(x, w.then.q, w.then.bursts, w.lock);
        this.release(w.lock);
        return this.finish(x, done, w.then);
      case "spin":
        throw new Error(`${this.io.slot.name}: a spin for ${this.vm.locks[w.lock]!.name} ended without its grant`);
      case "ipi":
        return;
      case "irqNapi":
        return this.scheduleNapi(x, w.queues);
      case "irqNoNapi":
        for (const b of w.bursts) this.netifRx(x, b);
        return this.refillKick(x, w.queues);
      case "poll":
        this.polled(x, w.q, w.pkts, w.taken);
        x.busyPoll.napi = -1;
        if (this.vm.stream) x.follow = this.streamOut(x, done.state, done.level);
        return;
      case "app":
        x.busyPoll.slept = false;
        x.follow = this.vm.stream ? this.streamStep(x, w.burst.conn) : this.transmit(x, w.burst);
        return;
      case "streamAcks":
        x.follow = this.locked(x, this.vm.vqs[w.send.q]!.txLock, this.cfg.guest.txLockNs, w.state, w.level, w.send);
        return;
      case "busypoll":
        return this.busyPolled(x, w.q);
      case "tx":
      case "streamTx":
        throw new Error(`${this.io.slot.name}: a transmit ran without its TX queue's lock`);
    }
  }

  private scheduleNapi(x: VcpuContext, queues: number[]): void {
    for (const q of queues) {
      const vq = this.vm.vqs[q]!;
      if (vq.used.length === 0 && this.cfg.vm.net.mode === "sq-spi") continue;
      // napi_schedule_prep fails while a busy poller owns the NAPI.
      if (vq.busyPoller >= 0) continue;
      if (vq.used.length > 0 && this.cfg.guest.dim) dimInterrupt(vq.dim ??= newDim());
      vq.rxCallbacks = false;
      if (!x.softirq.includes(q)) x.softirq.push(q);
    }
    if (x.softirq.length > 0 && !x.ksoftirqd && x.sessionPkts === 0) x.sessionStart = this.now();
  }

  /**
   * netif_rx -> enqueue_to_backlog: the packets join this CPU's backlog, or are dropped when it holds
   * netdev_max_backlog (after the handler's work on them), and NET_RX softirq is raised for it.
   */
  private netifRx(x: VcpuContext, b: Burst): void {
    if (x.backlogPkts + b.pkts > this.cfg.guest.netdevMaxBacklog) {
      drop(this.io, x.backlogDrops, b);
      return;
    }
    x.backlog.push(b);
    x.backlogPkts += b.pkts;
    if (!x.softirq.includes(BACKLOG)) x.softirq.push(BACKLOG);
    if (!x.ksoftirqd && x.sessionPkts === 0) x.sessionStart = this.now();
  }

  private polled(x: VcpuContext, q: number, pkts: number, taken: Burst[]): void {
    const { cfg } = this;
    for (const b of taken) this.deliver(x, b);
    x.softirq.splice(x.softirq.indexOf(q), 1);
    if (q === BACKLOG) {
      // process_backlog: done when the backlog is empty, else it stays scheduled.
      if (x.backlog.length > 0) x.softirq.push(q);
    } else this.repoll(x, q, pkts);
    x.sessionPkts += pkts;
    const overBudget = x.sessionPkts >= cfg.guest.netdevBudget * cfg.guest.softirqRestarts;
    const overTime = this.now() - x.sessionStart >= cfg.guest.softirqMaxUs * 1000;
    if (x.softirq.length === 0) {
      x.ksoftirqd = false;
      x.sessionPkts = 0;
    } else if (!x.ksoftirqd && (overBudget || overTime)) {
      x.ksoftirqd = true; // wakeup_softirqd
    }
  }

  /** virtnet_poll's end: refill and kick, then napi_complete under the weight or stay scheduled. */
  private repoll(x: VcpuContext, q: number, pkts: number): void {
    const vq = this.vm.vqs[q]!;
    this.refillKick(x, [q]);
    if (pkts < this.cfg.guest.napiWeight) {
      // napi_complete_done + virtqueue_enable_cb: re-arm, unless buffers arrived meanwhile.
      vq.rxCallbacks = true;
      if (vq.used.length > 0) {
        vq.rxCallbacks = false;
        x.softirq.push(q);
      }
    } else {
      x.softirq.push(q);
    }
    if (this.cfg.guest.dim) this.dim(x, q, pkts);
  }

  /**
   * virtnet_rx_dim_update at the poll's end (dim.ts); a new profile goes to the device by a control-queue
   * command, whose kick exits to QEMU (virtnet_send_command, kvm.*.mmioUserCycles).
   */
  private dim(x: VcpuContext, q: number, pkts: number): void {
    const vq = this.vm.vqs[q]!;
    const { cfg } = this;
    const completed = pkts < cfg.guest.napiWeight;
    if (dimPolled(vq.dim ??= newDim(), this.now(), this.io.topo.warmupNs, pkts, cfg.workload.pktBytes, completed)) {
      x.exits.push(this.exit("ctrl-cmd", this.c.mmioUser));
    }
  }

  /** The busy poll ended: what it found is polled as the queue's NAPI here, or the thread goes to sleep. */
  private busyPolled(x: VcpuContext, q: number): void {
    if (x.segEnd !== null) this.io.env.cancel(x.segEnd);
    x.segEnd = null;
    if (!busyPollEnd(this.vm.vqs[q]!, x.busyPoll, this.measuring())) return;
    x.busyPoll.napi = q;
    if (!x.softirq.includes(q)) x.softirq.push(q);
    if (!x.ksoftirqd && x.sessionPkts === 0) x.sessionStart = this.now();
  }

  /** try_fill_recv: new RX buffers, and a kick if vhost was waiting for them. */
  private refillKick(x: VcpuContext, queues: number[]): void {
    for (const q of queues) {
      const vq = this.vm.vqs[q]!;
      if (!vq.rxNeedKick) continue;
      vq.rxNeedKick = false;
      this.kickExit(x, q);
    }
  }

  /** virtqueue_notify: the MMIO write traps to ioeventfd; `unlock` is a lock held through the exit (-1 none). */
  private kickExit(x: VcpuContext, q: number, unlock = -1): void {
    const { topo, slot } = this.io;
    const to = topo.vhost(slot.host, slot.vm, q);
    const kick = { to, event: { type: "kick", queue: q } };
    x.exits.push(this.exit("mmio-kick", this.c.mmioKernel, kick, "exit", true, unlock));
  }

  /** The transmit on queue `q` under TX queue lock `lock` is queued: it kicks vhost with the lock held, if asked to. */
  private notifyUnlock(x: VcpuContext, q: number, lock: number): void {
    if (this.vm.vqs[q]!.txNotify) this.kickExit(x, q, lock);
    else this.release(lock);
  }

  /** The socket layer wakes the application thread of a received request. */
  private deliver(x: VcpuContext, b: Burst): void {
    if (this.vm.stream && isStreamKind(b.kind)) return this.streamDeliver(x, b);
    if (b.kind === KIND_FLOOD) {
      // No application: the stack is done with the packet and frees it.
      x.flood.delivered += b.pkts;
      if (this.measuring() && this.now() < this.io.topo.endNs) x.flood.measured += b.pkts;
      return;
    }
    if (b.kind === KIND_EW_RESP) {
      x.eastWest.answered++;
      return;
    }
    const vm = this.vm;
    if (vm.queuedApp >= this.cfg.guest.socketBacklog) {
      drop(this.io, x.drops, b);
      return;
    }
    const n = this.cfg.vm.vcpus;
    // With an interrupt per queue the wake-up prefers the vCPU that took it (wake_affine; with spread affinity
    // the vCPU of the connection's queue); with one wired line for every queue, the thread's own vCPU (spread
    // by connection).
    const prefer = hasQueueVectors(this.cfg.vm.net.mode) ? x.i : b.conn % n;
    let target = prefer;
    // What a busy poll found is its own thread's (a worker per queue, as busy polling is deployed).
    if (x.busyPoll.napi >= 0) target = x.i;
    else if (!vm.idle[prefer]) {
      // select_idle_sibling: an idle vCPU takes the wake-up if the thread's CPU is busy; with none
      // idle, load balancing keeps run queues even (IRQ time lowers a CPU's capacity in CFS).
      const idle = vm.idle.indexOf(true);
      if (idle >= 0) target = idle;
      else if (n > 1) {
        // The waker is busy with receive work, so it is the last choice.
        if (target === x.i) target = (x.i + 1) % n;
        for (let j = 0; j < n; j++) if (j !== x.i && vm.runq[j]!.length < vm.runq[target]!.length) target = j;
      }
    }
    // The thread serves the request, then tcp_sendmsg takes its response down to the driver (per packet).
    const sendNs = this.cfg.workload.respPkts * this.cfg.guest.txPerPktNs;
    vm.runq[target]!.push({ burst: b, remainingNs: drawService(this.io.env, this.cfg) + sendNs });
    vm.queuedApp++;
    // A thread woken onto a busy-polling vCPU preempts the poller: resched_curr's IPI, as onto an idle one.
    if (target !== x.i && (vm.idle[target] || vm.vqs.some((q) => q.busyPoller === target))) {
      vm.idle[target] = false;
      vm.waking[target] = true;
      const { topo, slot } = this.io;
      const ipi = { to: topo.redist(slot.host, slot.vm, target), event: { type: "virq", intid: INTID_SGI_RESCHED } };
      // Native: ICC_SGI1R_EL1 is written without a trap.
      if (this.cfg.vm.net.mode === "native") this.io.env.send(ipi.to, ipi.event, this.cfg.host.linkNs);
      else x.exits.push(this.exit("ipi-send", this.c.ipiSend, ipi));
    }
  }

  // ---- workload.kind stream (stream.ts): the flows' sockets and their application threads ----

  /** A stream segment or ACK through the stack: its socket takes it, and the flow's thread may be woken. */
  private streamDeliver(x: VcpuContext, b: Burst): void {
    const f = guestReceive(this.io, this.vm.stream!, b, x.i);
    if (f < 0) return;
    const vm = this.vm;
    const target = flowVcpu(this.cfg, f);
    vm.runq[target]!.push({ burst: threadMarker(f), remainingNs: threadStepNs(this.cfg) });
    vm.queuedApp++;
    if (target !== x.i && (vm.idle[target] || vm.vqs.some((q) => q.busyPoller === target))) {
      vm.idle[target] = false;
      vm.waking[target] = true;
      const { topo, slot } = this.io;
      const ipi = { to: topo.redist(slot.host, slot.vm, target), event: { type: "virq", intid: INTID_SGI_RESCHED } };
      x.exits.push(this.exit("ipi-send", this.c.ipiSend, ipi));
    }
  }

  /** A read or write of flow f's thread is done: it goes on (its next step queued here) or sleeps. */
  private streamStep(x: VcpuContext, f: number): Segment | null {
    const gs = this.vm.stream!;
    const { seg, more } = threadStepDone(this.io, gs, f, x.i);
    if (more) {
      this.vm.runq[x.i]!.push({ burst: threadMarker(f), remainingNs: threadStepNs(this.cfg) });
      this.vm.queuedApp++;
    }
    if (seg) gs.out[x.i]!.push(seg);
    return this.streamOut(x, "app", 3);
  }

  /**
   * What this vCPU's sockets have to send (ACKs, a written segment) goes out in a segment of the same context:
   * tcp_send_ack -> start_xmit per ACK (guest.txPerPktNs; a written segment paid its own), on this vCPU's queue.
   */
  private streamOut(x: VcpuContext, state: SegmentState, level: Level): Segment | null {
    const out = this.vm.stream!.out[x.i]!;
    if (out.length === 0) return null;
    const bursts = out.splice(0);
    const { cfg } = this;
    const q = isMultiQueue(cfg.vm.net.mode) ? x.i % this.vm.vqs.length : 0;
    const acks = bursts.filter((b) => b.kind === KIND_ACK).length;
    const send: Work = { k: "streamTx", q, bursts };
    if (acks === 0) return this.locked(x, this.vm.vqs[q]!.txLock, cfg.guest.txLockNs, state, level, send);
    return this.mk(state, level, acks * cfg.guest.txPerPktNs, { k: "streamAcks", send, state, level });
  }

  private streamSent(x: VcpuContext, q: number, bursts: Burst[], lock: number): void {
    this.vm.vqs[q]!.txAvail.push(...bursts);
    this.notifyUnlock(x, q, lock);
  }

  private takeApp(x: VcpuContext): AppItem | undefined {
    const vm = this.vm;
    let item = vm.runq[x.i]!.shift();
    if (!item) {
      // Idle balancing: pull from the busiest run queue.
      let best = -1,
        len = 0;
      for (let j = 0; j < vm.runq.length; j++) {
        if (!vm.waking[j] && vm.runq[j]!.length > len) {
          len = vm.runq[j]!.length;
          best = j;
        }
      }
      if (best >= 0) {
        item = vm.runq[best]!.shift();
        x.pulled++;
      }
    }
    if (item) vm.queuedApp--;
    return item;
  }

  /**
   * tcp_sendmsg -> start_xmit on this vCPU's TX queue (XPS, as virtnet_set_affinity sets it, whatever the
   * interrupts' affinity), then a kick unless vhost is polling.
   */
  private transmit(x: VcpuContext, req: Burst): Segment {
    const { cfg, env, topo, slot } = this.io;
    const vm = this.vm;
    const q = isMultiQueue(cfg.vm.net.mode) ? x.i % vm.vqs.length : 0;
    const vq = vm.vqs[q]!;
    const now = this.now();
    const pkts = cfg.workload.respPkts;
    const resp: Burst = {
      type: "pkts",
      conn: req.conn,
      req: req.req,
      pkts,
      kind: req.kind === KIND_EW_REQ ? KIND_EW_RESP : KIND_RESP,
      sentAt: req.sentAt,
      replyTo: req.replyTo,
      vm: req.vm,
      queue: req.queue,
      dst: req.replyTo,
      replyVm: 0,
      replyQueue: 0,
    };
    // An east-west response goes back to the VM and queue pair that made the call.
    if (req.kind === KIND_EW_REQ) {
      resp.vm = req.replyVm;
      resp.queue = req.replyQueue;
    }
    let ew: Burst | null = null;
    if (req.kind === KIND_REQ && cfg.workload.eastWestShare > 0 && env.rng.next() < cfg.workload.eastWestShare) {
      const hosts = cfg.host.count;
      const other = (slot.host + 1 + env.rng.int(hosts - 1)) % hosts;
      const to = eastWestFlow(cfg, slot.host, slot.vm, req.conn, vm.vqs.length);
      ew = {
        type: "pkts",
        conn: req.conn,
        req: req.req,
        pkts: cfg.workload.reqPkts,
        kind: KIND_EW_REQ,
        sentAt: now,
        replyTo: topo.nic(slot.host, q % cfg.host.nicQueues),
        vm: to.vm,
        queue: to.queue,
        dst: topo.nic(other, to.nicQueue),
        replyVm: slot.vm,
        replyQueue: q,
      };
    }
    // The stack's work per packet ran in the request's application segment (drawn at its wake-up).
    const section = cfg.guest.txLockNs + txDoorbellNs(cfg);
    return this.locked(x, vq.txLock, section, "app", 3, { k: "tx", q, req, resp, ew }, countClient([resp]));
  }

  /** The response (and any east-west call) is queued under TX queue lock `lock`. */
  private transmitted(x: VcpuContext, w: Extract<Work, { k: "tx" }>, lock: number): void {
    const vq = this.vm.vqs[w.q]!;
    x.completed++;
    if (w.req.kind === KIND_EW_REQ) x.eastWest.served++;
    if (isHwNic(this.cfg.vm.net.mode)) {
      // The section wrote the queue's tail (txDoorbellNs): no exit to hold the lock through.
      this.release(lock);
      return this.hwTransmit(x, w);
    }
    vq.txAvail.push(w.resp);
    if (w.ew) {
      vq.txAvail.push(w.ew);
      x.eastWest.calls++;
    }
    this.notifyUnlock(x, w.q, lock);
  }

  /** A hardware queue's tail write: the NIC fetches the response (and any east-west call) by DMA and sends it. */
  private hwTransmit(x: VcpuContext, w: Extract<Work, { k: "tx" }>): void {
    const { env, cfg, topo, slot } = this.io;
    const nic = topo.nic(slot.host, w.q % cfg.host.nicQueues);
    env.send(nic, burstAs("xmit", w.resp), cfg.host.linkNs);
    if (w.ew) {
      env.send(nic, burstAs("xmit", w.ew), cfg.host.linkNs);
      x.eastWest.calls++;
    }
  }
}

/** The work a segment does in the end: its own, or what follows its spin and its section. */
function finalWork(w: Work): Work {
  while (w.k === "spin" || w.k === "locked") w = w.then;
  return w.k === "streamAcks" ? w.send : w;
}

/** Client bursts held by a vCPU's running, suspended and follow-up segments, and its backlog. */
export function heldBursts(x: VcpuContext): number {
  let n = countClient(x.backlog);
  for (const s of [x.seg, x.follow, ...x.suspended]) if (s) n += s.holds;
  return n;
}

/** Stream segments held by a vCPU's segments (a poll's, a transmit's) and its backlog. */
export function heldStreamSegs(x: VcpuContext): number {
  let n = countSegs(x.backlog);
  for (const s of [x.seg, x.follow, ...x.suspended]) {
    const w = s ? finalWork(s.work) : undefined;
    if (w?.k === "poll") n += countSegs(w.taken);
    else if (w?.k === "irqNoNapi" || w?.k === "streamTx") n += countSegs(w.bursts);
  }
  return n;
}

/** Flood packets held by a vCPU's segments and its backlog. */
export function heldFloodPkts(x: VcpuContext): number {
  let n = countFlood(x.backlog);
  for (const s of [x.seg, x.follow, ...x.suspended]) if (s) n += s.flood;
  return n;
}

/**
 * Where an east-west call lands on the remote host. The call is a flow of its own, (calling host,
 * VM, connection): the remote NIC queue (RSS), the service VM it reaches and that VM's virtqueue
 * pair follow from the flow, as a client's flows do, so one flow always reaches one remote VM and
 * the flows of one caller spread over all of them.
 */
export function eastWestFlow(
  cfg: NetConfig,
  host: number,
  vm: number,
  conn: number,
  queues: number,
): { vm: number; queue: number; nicQueue: number } {
  const flow = (host * cfg.vm.perHost + vm) * cfg.workload.connections + conn;
  return {
    vm: hashFlow(flow ^ 0x2545f491) % cfg.vm.perHost,
    queue: isMultiQueue(cfg.vm.net.mode) ? Math.floor(flow / cfg.vm.perHost) % queues : 0,
    nicQueue: hashFlow(flow) % cfg.host.nicQueues,
  };
}
