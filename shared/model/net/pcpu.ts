import { setup } from "xstate";
import { bind, unbound } from "../bind.js";
import { CPU_CLASSES, type ActorDeclaration, type NetInput } from "./common.js";
import { int, mergeParamTrees, num, type ParamTree } from "../../config/params.js";
import { lockParams, lockTrace, releaseLock, requestLock, type Lock } from "../host/lock.js";
import { injectPathParams, lockId, PATH_PLAIN, pathStepsOf, type PathStep } from "./inject-path.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const pcpuParams = mergeParamTrees(injectPathParams, lockParams, {
  host: {
    pcpus: int(64, "cores", "Phytium FT-2000/64 (docs/calibration.md §1 [A])", "physical cores per host", { min: 1,
      max: 1024 }),
    ghz: num(2.0, "GHz", "Phytium FT-2000/64 up to 2 GHz (The Register 2016-09-01)",
      "core clock; converts cycle costs to ns", { min: 0.01, max: 10 }),
  },
} satisfies ParamTree);

export const pcpuDeclaration: ActorDeclaration = {
  kind: "pcpu",
  models: "host core, one timeline: runs host RX, vhost workers, kworkers and the QEMU main loop FIFO, an interrupt's "
    + "injection path step by step under the kernel's locks (spinning for a held spinlock, asleep on a held mutex "
    + "while the core runs the next job); with its pinned vCPU on the core a job preempts the vCPU (steal) and runs "
    + "in its place, step after step while their locks are free, handing the core back at the end or at a held "
    + "lock; on an idle core a woken vCPU waits for the job; its state is the class of the host thread running, "
    + "spin, or idle",
  params: pcpuParams,
  accepts: ["cpuReq", "segDone", "handBack", "lockGrant"],
  sends: ["cpuDone", "steal", "stealEnd", "segDone", "lockGrant"],
  stats: {
    shares: "share of time in each state: idle, each host thread class, and spin (waiting for a spinlock)",
    jobs: "host thread runs executed",
    vcpu: "actor id of the vCPU pinned to this core, -1 if none (its guest time is taken out of idle)",
  },
};

/**
 * A host thread run of class `cls` (an index of CPU_CLASSES), for `from`: `ns` of work, or the steps
 * of injection path `path` (inject-path.ts) for queue `arg` of VM `vm`, whose locks they take.
 */
interface Job {
  from: number; cls: number; ns: number; token: number; path: number; arg: number; vm: number;
  /** Its path's steps (pathSteps), once started; null before. */
  steps: PathStep[] | null;
  /** Index of the front step (the next to run, or running) in `steps`. */
  step: number;
  /** It holds the lock of its front step (granted on request, or after a wait). */
  holding: boolean;
}

/** Plain data: the FIFO of runs, the one running, the runs asleep on a mutex, and counts. */
interface PcpuContext {
  queue: Job[];
  head: number;
  cur: Job | null;
  /** Numbers the steps run, so a segDone names the step it ends. */
  epoch: number;
  /** vCPU actor pinned here, whose guest time host work steals; -1 if none. */
  vcpu: number;
  /** The pinned vCPU's index in its VM, whose memory holds the core's busy time; -1 if none. */
  pinnedIndex: number;
  /** The running job runs in the pinned vCPU's place (states `delegated`, `delegatedSpin`). */
  delegated: boolean;
  /** Measured time of the steps run in the vCPU's place, per host thread class (ns), and of their spins. */
  delegatedNs: number[];
  delegatedSpinNs: number;
  /** When the running job began to wait for its front step's lock (-1: it does not wait). */
  spinSince: number;
  /** Runs asleep on a held mutex, in the order they asked; the core runs others meanwhile. */
  parked: Job[];
  jobs: number;
}
/** proto CpuReq, SegDone, HandBack and LockGrant. */
type PcpuEvent =
  | { type: "cpuReq"; cls: number; ns: number; token: number; from: number; path: number; arg: number }
  | { type: "segDone"; epoch: number }
  | { type: "handBack"; epoch: number; steps: number; ns: number }
  | { type: "lockGrant"; lock: number };
type Args = { context: PcpuContext; event: PcpuEvent };

const pcpuImpl = (io: NetInput) => {
  const core = () => io.slot.index;
  const front = (job: Job | null): PathStep | undefined => job?.steps?.[job.step];
  /** LockGrant's id of the lock a job's front step takes. */
  const frontLockId = (job: Job) => lockId(job.vm, front(job)!.lock);
  const lockOf = (job: Job): Lock => io.vmOf(job.vm).locks[front(job)!.lock]!;
  const steps = pathStepsOf(io);
  const stepsOf = (job: Job): PathStep[] =>
    job.path === PATH_PLAIN ? [{ lock: -1, ns: job.ns }] : steps(job.path, job.arg);

  /**
   * Runs `ns` of the current job's front step on the core, or in the pinned vCPU's place (steal; -1: until
   * told), where the steps after it follow at once while their locks are free (vcpu-core.ts hostStepOn).
   */
  const runFor = (ctx: PcpuContext, ns: number) => {
    const { env } = io;
    ctx.epoch++;
    if (ctx.delegated) {
      const { path, arg, step } = ctx.cur!;
      // A plain run takes no lock: no VM's memory (the NIC's and QEMU's runs have none).
      const vm = path === PATH_PLAIN ? 0 : ctx.cur!.vm;
      env.send(ctx.vcpu, { type: "steal", ns, epoch: ctx.epoch, path, arg, step, vm }, io.cfg.host.linkNs);
      return;
    }
    if (ctx.pinnedIndex >= 0) io.vm!.coreBusyUntil[ctx.pinnedIndex] = env.now() + ns;
    env.send(env.id, { type: "segDone", epoch: ctx.epoch }, ns);
  };
  /** The current job's front step begins: its lock is held already, free, or not needed. */
  const beginStep = (ctx: PcpuContext) => {
    const job = ctx.cur!;
    const s = front(job)!;
    if (s.lock < 0) return runFor(ctx, s.ns);
    const lock = lockOf(job);
    if (job.holding) {
      // Granted after waiting: the section's lines come from the core that released it.
      return runFor(ctx, s.ns + lock.lines * io.topo.layout.transferNs(lock.lastCore, core()));
    }
    const r = requestLock(lock, io.env.now(), io.env.id, core(), s.ns, io.topo.layout, lockTrace(io.env));
    if (!r.granted) throw new Error(`${io.slot.name}: took ${lock.name}, which is held`);
    job.holding = true;
    runFor(ctx, r.sectionNs);
  };
  const begin = (ctx: PcpuContext, job: Job) => {
    job.steps ??= stepsOf(job);
    beginStep(ctx);
  };
  /** Measured part of `ns` that ended (as the vCPU's hand-back says) one link before now. */
  const measuredBefore = (ns: number) => Math.min(ns, io.env.now() - io.cfg.host.linkNs - io.topo.warmupNs);

  return {
    actions: {
      enqueue: ({ context, event }: Args) => {
        if (event.type !== "cpuReq") return;
        const { from, cls, ns, token, path, arg } = event;
        context.queue.push({ from, cls, ns, token, path, arg, vm: io.topo.slots[from]!.vm, steps: null, step: 0,
          holding: false });
      },
      /** Runs the oldest queued job on this core; a vCPU woken meanwhile waits for it. */
      start: ({ context }: Args) => begin(context, take(context)),
      /**
       * The core runs its vCPU: the oldest job preempts it with an exit and runs in its place, step by
       * step; the vCPU hands the core back (handBack) when the steps it can run are done.
       */
      delegate: ({ context }: Args) => {
        const job = take(context);
        context.delegated = true;
        begin(context, job);
      },
      beginStep: ({ context }: Args) => beginStep(context),
      /**
       * The front step is done: its lock passes to the next waiter, if any. In the pinned vCPU's place the
       * vCPU ran it and the steps it went on to, and passed their locks on as each ended.
       */
      endStep: ({ context, event }: Args) => {
        const job = context.cur!;
        if (context.delegated) {
          if (event.type !== "handBack") return;
          job.step += event.steps;
          job.holding = false;
          const ns = measuredBefore(event.ns);
          if (ns > 0) context.delegatedNs[job.cls]! += ns;
          return;
        }
        const s = job.steps![job.step++]!;
        if (s.lock < 0 || !job.holding) return;
        job.holding = false;
        const lock = io.vmOf(job.vm).locks[s.lock]!;
        const next = releaseLock(lock, io.env.now(), io.topo.layout, io.cfg.locks, lockTrace(io.env));
        if (next) {
          const grant = { type: "lockGrant", lock: lockId(job.vm, s.lock) };
          io.env.send(next.waiter.actor, grant, next.grantAt - io.env.now());
        }
      },
      /** The front step's spinlock is held: spin for it (in the vCPU's place, until told, when delegated). */
      spin: ({ context }: Args) => {
        const job = context.cur!;
        requestLock(lockOf(job), io.env.now(), io.env.id, core(), front(job)!.ns, io.topo.layout, lockTrace(io.env));
        context.spinSince = io.env.now();
        if (context.delegated) runFor(context, -1);
      },
      /** The front step's mutex is held: the run sleeps on it and the core is free for others. */
      park: ({ context }: Args) => {
        const job = context.cur!;
        requestLock(lockOf(job), io.env.now(), io.env.id, core(), front(job)!.ns, io.topo.layout, lockTrace(io.env));
        context.parked.push(job);
        context.cur = null;
        context.delegated = false;
      },
      /** The spinning run holds its lock now. */
      granted: ({ context }: Args) => {
        context.cur!.holding = true;
        context.spinSince = -1;
      },
      /** The spin in the vCPU's place is over: the vCPU is told, and hands the core back for the section. */
      grantedDelegated: ({ context }: Args) => {
        context.cur!.holding = true;
        context.spinSince = -1;
        io.env.send(context.vcpu, { type: "stealEnd", epoch: context.epoch }, io.cfg.host.linkNs);
      },
      /** The vCPU handed the core back after the spin: the time it spun in the vCPU's place, as it says. */
      spun: ({ context, event }: Args) => {
        const ns = event.type === "handBack" ? measuredBefore(event.ns) : 0;
        if (ns > 0) context.delegatedSpinNs += ns;
      },
      /** A run asleep on the mutex now holds it: it runs next on this core. */
      unpark: ({ context, event }: Args) => {
        if (event.type !== "lockGrant") return;
        const i = context.parked.findIndex((j) => frontLockId(j) === event.lock);
        if (i < 0) throw new Error(`${io.slot.name}: granted lock ${event.lock}, which none of its runs waits for`);
        const [job] = context.parked.splice(i, 1);
        job!.holding = true;
        context.queue.splice(context.head, 0, job!);
      },
      complete: ({ context }: Args) => {
        const job = context.cur!;
        context.cur = null;
        context.jobs++;
        context.delegated = false;
        io.env.send(job.from, { type: "cpuDone", token: job.token }, io.cfg.host.linkNs);
      },
    },
    guards: {
      /**
       * A job waits and the pinned vCPU is on the core (running, or woken and about to run); an
       * injection path always runs in the vCPU's place, whose wake-up cannot know how long a spin lasts.
       */
      vcpuHoldsCore: ({ context }: Args) => {
        const job = context.queue[context.head];
        if (context.pinnedIndex < 0 || job === undefined) return false;
        return job.path !== PATH_PLAIN || (job.ns > 0 && !io.vm!.idle[context.pinnedIndex]);
      },
      nextIs: ({ context }: Args, params: { cls: number }) =>
        context.head < context.queue.length && context.queue[context.head]!.cls === params.cls,
      current: ({ context, event }: Args) =>
        (event.type === "segDone" || event.type === "handBack") && event.epoch === context.epoch,
      jobDone: ({ context }: Args) => context.cur!.step === context.cur!.steps!.length,
      /**
       * The front step needs no lock, holds it already, or finds it free, and the job runs in the
       * vCPU's place (cls -1) or on the core as class `cls`.
       */
      readyIn: ({ context }: Args, params: { cls: number }) => {
        const job = context.cur!;
        if (params.cls < 0 ? !context.delegated : context.delegated || job.cls !== params.cls) return false;
        return front(job)!.lock < 0 || job.holding || lockOf(job).owner < 0;
      },
      mutexHeld: ({ context }: Args) => lockOf(context.cur!).algorithm === "mutex",
      delegated: ({ context }: Args) => context.delegated,
      /** A lockGrant for the run spinning here (not for one asleep on a mutex). */
      forSpinner: ({ context, event }: Args) =>
        event.type === "lockGrant" && context.cur !== null && context.spinSince >= 0
          && frontLockId(context.cur) === event.lock,
    },
  };
};

/** Running a step of a job of one class: later requests queue; its end decides what the core does next. */
const running = {
  on: {
    cpuReq: { actions: "enqueue" },
    lockGrant: { actions: "unpark" },
    segDone: { guard: "current", target: "next", actions: "endStep" },
  },
} as const;

/** Where a job whose next step can begin goes: the vCPU's place (cls -1), or its class's state. */
const toStep = [
  { guard: { type: "readyIn", params: { cls: -1 } }, target: "delegated", actions: "beginStep" },
  ...CPU_CLASSES.map((cls, i) => ({
    guard: { type: "readyIn" as const, params: { cls: i } }, target: cls, actions: "beginStep" as const,
  })),
] as const;

export const pcpuMachine = setup({
  types: { context: {} as PcpuContext, input: {} as NetInput, events: {} as PcpuEvent },
  ...pcpuImpl(unbound("pcpu")),
}).createMachine({
  id: "pcpu",
  context: ({ input }) => {
    const pinned = input.topo.vcpuOnPcpu(input.slot.index);
    const vcpu = pinned ? input.topo.vcpu(input.slot.host, pinned.vm, pinned.vcpu) : -1;
    return {
      queue: [], head: 0, cur: null, epoch: 0, jobs: 0, vcpu, delegated: false, delegatedNs: CPU_CLASSES.map(() => 0),
      delegatedSpinNs: 0, spinSince: -1, parked: [], pinnedIndex: pinned ? pinned.vcpu : -1,
    };
  },
  initial: "idle",
  states: {
    idle: {
      on: { cpuReq: { actions: "enqueue" }, lockGrant: { actions: "unpark" } },
      always: [
        { guard: "vcpuHoldsCore", target: "delegated", actions: "delegate" },
        ...CPU_CLASSES.map((cls, i) => ({
          guard: { type: "nextIs" as const, params: { cls: i } }, target: cls, actions: "start" as const,
        })),
      ],
    },
    /** Between two steps of a job: done, on to the next, asleep on a mutex, or spinning on a spinlock. */
    next: {
      always: [
        { guard: "jobDone", target: "idle", actions: "complete" },
        ...toStep,
        { guard: "mutexHeld", target: "idle", actions: "park" },
        { guard: "delegated", target: "delegatedSpin", actions: "spin" },
        { target: "spin", actions: "spin" },
      ],
    },
    /** A step runs in the vCPU's place, then the steps after it while their locks are free: until the handBack. */
    delegated: {
      on: {
        cpuReq: { actions: "enqueue" },
        lockGrant: { actions: "unpark" },
        handBack: { guard: "current", target: "next", actions: "endStep" },
      },
    },
    /** Spinning in the vCPU's place for a held spinlock; once granted, the vCPU's hand-back begins the section. */
    delegatedSpin: {
      on: {
        cpuReq: { actions: "enqueue" },
        lockGrant: [{ guard: "forSpinner", actions: "grantedDelegated" }, { actions: "unpark" }],
        handBack: { guard: "current", target: "next", actions: "spun" },
      },
    },
    /** Spinning for a held spinlock: the core is busy and runs nothing else. */
    spin: {
      on: {
        cpuReq: { actions: "enqueue" },
        lockGrant: [{ guard: "forSpinner", target: "next", actions: "granted" }, { actions: "unpark" }],
      },
    },
    hostRx: running,
    vhost: running,
    qemu: running,
    kworker: running,
  },
});

/** Takes the oldest queued job as the running one. */
function take(context: PcpuContext): Job {
  const job = context.queue[context.head++]!;
  if (context.head > 64 && context.head * 2 > context.queue.length) {
    context.queue.splice(0, context.head);
    context.head = 0;
  }
  context.cur = job;
  return job;
}

export const pcpuLogic = (io: NetInput) => bind(pcpuMachine, pcpuImpl(io));

/**
 * Shares of the measured time per host thread class: the jobs run on the core itself (the kernel's
 * time-in-state) and those run in the pinned vCPU's place (their own time, not the wait for the
 * vCPU to exit); idle is what the machine spent idle.
 */
export function pcpuStats(ctx: PcpuContext, io: NetInput, shares: Readonly<Record<string, number>>) {
  const span = io.topo.endNs - io.topo.warmupNs;
  const own = (cls: string, i: number) => (shares[cls] ?? 0) + (span > 0 ? ctx.delegatedNs[i]! / span : 0);
  return {
    kind: "pcpu",
    shares: {
      idle: shares.idle ?? 0, ...Object.fromEntries(CPU_CLASSES.map((cls, i) => [cls, own(cls, i)])),
      spin: (shares.spin ?? 0) + (span > 0 ? ctx.delegatedSpinNs / span : 0),
    },
    jobs: ctx.jobs,
    vcpu: ctx.vcpu,
  };
}
export type { PcpuContext };

/**
 * Asks pCPU `pcpu` to run host work of class `cls` on behalf of the sender: `ns` of work, or (path > 0)
 * injection path `path` for queue `arg` of the sender's VM.
 */
export function requestCpu(
  input: NetInput, pcpu: number, cls: number, ns: number, token: number, path = PATH_PLAIN, arg = 0,
): void {
  input.env.send(pcpu, { type: "cpuReq", cls, ns, token, from: input.env.id, path, arg }, input.cfg.host.linkNs);
}
