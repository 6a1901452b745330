import { setup } from "xstate";
import { unbound } from "../bind.js";
import { CPU_CLASSES, type ActorDeclaration, type NetInput } from "./common.js";
import { int, num, type ParamTree } from "../../config/params.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const pcpuParams = {
  host: {
    pcpus: int(64, "cores", "Phytium FT-2000/64 (reference §1 [A])", "physical cores per host", { min: 1 }),
    ghz: num(2.0, "GHz", "Phytium FT-2000/64 up to 2 GHz (The Register 2016-09-01)", "core clock; converts cycle costs to ns", { min: 0, above: true }),
  },
} satisfies ParamTree;

export const pcpuDeclaration: ActorDeclaration = {
  kind: "pcpu",
  models: "host core: runs host RX, vhost workers, kworkers and the QEMU main loop FIFO, and the vCPU pinned to it; "
    + "its state is the class of the host thread running (idle when none)",
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
    /** Runs the oldest queued job: it preempts the pinned vCPU for its whole time. */
    start: ({ context }: Args) => {
      const { env, cfg } = io;
      const job = context.queue[context.head++]!;
      if (context.head > 64 && context.head * 2 > context.queue.length) {
        context.queue.splice(0, context.head);
        context.head = 0;
      }
      context.cur = job;
      context.epoch++;
      if (context.vcpu >= 0 && job.ns > 0) env.send(context.vcpu, { type: "steal", ns: job.ns }, cfg.host.linkNs);
      env.send(env.id, { type: "segDone", epoch: context.epoch }, job.ns);
    },
    complete: ({ context }: Args) => {
      const job = context.cur!;
      context.cur = null;
      context.jobs++;
      io.env.send(job.from, { type: "cpuDone", token: job.token }, io.cfg.host.linkNs);
    },
  },
  guards: {
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
    return {
      queue: [], head: 0, cur: null, epoch: 0, jobs: 0,
      vcpu: pinned ? input.topo.vcpu(input.slot.host, pinned.vm, pinned.vcpu) : -1,
    };
  },
  initial: "idle",
  states: {
    idle: {
      on: { cpuReq: { actions: "enqueue" } },
      always: CPU_CLASSES.map((cls, i) => ({
        guard: { type: "nextIs", params: { cls: i } }, target: cls, actions: "start",
      })),
    },
    hostRx: running,
    vhost: running,
    qemu: running,
    kworker: running,
  },
});

export const pcpuLogic = (io: NetInput) => pcpuMachine.provide(pcpuImpl(io));

/** `shares`: the kernel's time-in-state of this pCPU's machine. */
export const pcpuStats = (ctx: PcpuContext, _io: NetInput, shares: Readonly<Record<string, number>>) => ({
  kind: "pcpu",
  shares: Object.fromEntries(["idle", ...CPU_CLASSES].map((s) => [s, shares[s] ?? 0])),
  jobs: ctx.jobs,
  vcpu: ctx.vcpu,
});
export type { PcpuContext };

/** Asks pCPU `pcpu` to run host work of class `cls` for `ns` on behalf of the sender. */
export function requestCpu(input: NetInput, pcpu: number, cls: number, ns: number, token: number): void {
  input.env.send(pcpu, { type: "cpuReq", cls, ns, token, from: input.env.id }, input.cfg.host.linkNs);
}
