import { setup } from "xstate";
import { bind, unbound } from "../bind.js";
import { CPU_CLASSES, type ActorDeclaration, type NetInput } from "./common.js";
import { int, num, type ParamTree } from "../../config/params.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const pcpuParams = {
  host: {
    pcpus: int(64, "cores", "Phytium FT-2000/64 (reference §1 [A])", "physical cores per host", { min: 1 }),
    ghz: num(2.0, "GHz", "Phytium FT-2000/64 up to 2 GHz (The Register 2016-09-01)",
      "core clock; converts cycle costs to ns", { min: 0.01, max: 10 }),
  },
} satisfies ParamTree;

export const pcpuDeclaration: ActorDeclaration = {
  kind: "pcpu",
  models: "host core, one timeline: runs host RX, vhost workers, kworkers and the QEMU main loop FIFO; with its pinned "
    + "vCPU on the core a job preempts the vCPU (steal) and runs in its place, on an idle core a woken vCPU waits for "
    + "the job; its state is the class of the host thread running (idle when none)",
  params: pcpuParams,
  accepts: ["cpuReq", "segDone"],
  sends: ["cpuDone", "steal", "segDone"],
  stats: {
    shares: "share of time in each state: idle, then each host thread class",
    jobs: "host thread runs executed",
    vcpu: "actor id of the vCPU pinned to this core, -1 if none (its guest time is taken out of idle)",
  },
};

/** A host thread run of class `cls` (an index of CPU_CLASSES), for `from`. */
interface Job { from: number; cls: number; ns: number; token: number }

/** Plain data: the FIFO of runs, the one running, and counts. */
interface PcpuContext {
  queue: Job[];
  head: number;
  cur: Job | null;
  /** Numbers the runs, so a segDone names the run it ends. */
  epoch: number;
  /** vCPU actor pinned here, whose guest time host work steals; -1 if none. */
  vcpu: number;
  /** The pinned vCPU's index in its VM, whose memory holds the core's busy time; -1 if none. */
  pinnedIndex: number;
  /** The running job runs in the pinned vCPU's place (state `delegated`). */
  delegated: boolean;
  /** Measured time of the jobs run in the vCPU's place, per host thread class (ns). */
  delegatedNs: number[];
  jobs: number;
}
/** proto CpuReq and SegDone. */
type PcpuEvent =
  | { type: "cpuReq"; cls: number; ns: number; token: number; from: number }
  | { type: "segDone"; epoch: number };
type Args = { context: PcpuContext; event: PcpuEvent };

const pcpuImpl = (io: NetInput) => ({
  actions: {
    enqueue: ({ context, event }: Args) => {
      if (event.type !== "cpuReq") return;
      context.queue.push({ from: event.from, cls: event.cls, ns: event.ns, token: event.token });
    },
    /** Runs the oldest queued job on this core; a vCPU woken meanwhile waits for it. */
    start: ({ context }: Args) => {
      const { env } = io;
      const job = take(context);
      if (context.pinnedIndex >= 0) io.vm!.coreBusyUntil[context.pinnedIndex] = env.now() + job.ns;
      env.send(env.id, { type: "segDone", epoch: context.epoch }, job.ns);
    },
    /**
     * The core runs its vCPU: the oldest job preempts it with an exit and runs in its place; the vCPU
     * hands the core back (segDone of this run) when the job is done.
     */
    delegate: ({ context }: Args) => {
      const job = take(context);
      context.delegated = true;
      const steal = { type: "steal", ns: job.ns, epoch: context.epoch };
      io.env.send(context.vcpu, steal, io.cfg.host.linkNs);
    },
    complete: ({ context }: Args) => {
      const job = context.cur!;
      context.cur = null;
      context.jobs++;
      if (context.delegated) {
        // The vCPU's hand-back arrives one link after the job ended on the core.
        const measured = Math.min(job.ns, io.env.now() - io.cfg.host.linkNs - io.topo.warmupNs);
        if (measured > 0) context.delegatedNs[job.cls]! += measured;
      }
      context.delegated = false;
      io.env.send(job.from, { type: "cpuDone", token: job.token }, io.cfg.host.linkNs);
    },
  },
  guards: {
    /** A job waits and the pinned vCPU is on the core (running, or woken and about to run). */
    vcpuHoldsCore: ({ context }: Args) =>
      context.pinnedIndex >= 0 && context.head < context.queue.length && context.queue[context.head]!.ns > 0
      && !io.vm!.idle[context.pinnedIndex],
    nextIs: ({ context }: Args, params: { cls: number }) =>
      context.head < context.queue.length && context.queue[context.head]!.cls === params.cls,
    current: ({ context, event }: Args) => event.type === "segDone" && event.epoch === context.epoch,
  },
});

/** Running a job of one class: later requests queue; its end returns to idle, which starts the next. */
const running = {
  on: {
    cpuReq: { actions: "enqueue" },
    segDone: { guard: "current", target: "idle", actions: "complete" },
  },
} as const;

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
      pinnedIndex: pinned ? pinned.vcpu : -1,
    };
  },
  initial: "idle",
  states: {
    idle: {
      on: { cpuReq: { actions: "enqueue" } },
      always: [
        { guard: "vcpuHoldsCore", target: "delegated", actions: "delegate" },
        ...CPU_CLASSES.map((cls, i) => ({
          guard: { type: "nextIs" as const, params: { cls: i } }, target: cls, actions: "start" as const,
        })),
      ],
    },
    /** A job runs in the pinned vCPU's place: from its steal until the vCPU hands the core back. */
    delegated: running,
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
  context.epoch++;
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
    shares: { idle: shares.idle ?? 0, ...Object.fromEntries(CPU_CLASSES.map((cls, i) => [cls, own(cls, i)])) },
    jobs: ctx.jobs,
    vcpu: ctx.vcpu,
  };
}
export type { PcpuContext };

/** Asks pCPU `pcpu` to run host work of class `cls` for `ns` on behalf of the sender. */
export function requestCpu(input: NetInput, pcpu: number, cls: number, ns: number, token: number): void {
  input.env.send(pcpu, { type: "cpuReq", cls, ns, token, from: input.env.id }, input.cfg.host.linkNs);
}
