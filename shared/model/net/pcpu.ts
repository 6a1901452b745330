import { setup } from "xstate";
import { TimeInState } from "../../stats/time-in-state.js";
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
  models: "host core: runs host RX, vhost workers, kworkers and the QEMU main loop FIFO, and the vCPU pinned to it",
  params: pcpuParams,
  accepts: ["cpuReq", "segDone"],
  sends: ["cpuDone", "steal", "segDone"],
  stats: {
    shares: "share of time per host thread class (idle when none runs)",
    jobs: "host thread runs executed",
    vcpu: "actor id of the vCPU pinned to this core, -1 if none (its guest time is taken out of idle)",
  },
};

interface Job { from: number; cls: number; ns: number; token: number }

interface PcpuContext {
  in: NetInput;
  queue: Job[];
  head: number;
  cur: Job | undefined;
  epoch: number;
  /** vCPU actor pinned here, whose guest time host work steals; -1 if none. */
  vcpu: number;
  tis: TimeInState;
  jobs: number;
}

function startNext(ctx: PcpuContext): void {
  const job = ctx.queue[ctx.head++]!;
  if (ctx.head > 64 && ctx.head * 2 > ctx.queue.length) { ctx.queue.splice(0, ctx.head); ctx.head = 0; }
  ctx.cur = job;
  ctx.epoch++;
  const env = ctx.in.env;
  ctx.tis.enter(CPU_CLASSES[job.cls]!, env.now());
  if (ctx.vcpu >= 0 && job.ns > 0) env.send(ctx.vcpu, { type: "steal", ns: job.ns }, ctx.in.cfg.host.linkNs);
  env.send(env.id, { type: "segDone", epoch: ctx.epoch }, job.ns);
}

export const pcpuMachine = setup({
  types: { context: {} as PcpuContext, input: {} as NetInput, events: {} as { type: "cpuReq"; cls: number; ns: number; token: number; from: number } | { type: "segDone"; epoch: number } },
  actions: {
    enqueue: ({ context, event }) => {
      if (event.type !== "cpuReq") return;
      context.queue.push({ from: event.from, cls: event.cls, ns: event.ns, token: event.token });
    },
    start: ({ context }) => startNext(context),
    complete: ({ context }) => {
      const job = context.cur!;
      context.cur = undefined;
      context.jobs++;
      context.in.env.send(job.from, { type: "cpuDone", token: job.token }, context.in.cfg.host.linkNs);
    },
    idle: ({ context }) => context.tis.enter("idle", context.in.env.now()),
  },
  guards: {
    current: ({ context, event }) => event.type === "segDone" && event.epoch === context.epoch,
    currentAndMoreQueued: ({ context, event }) => event.type === "segDone" && event.epoch === context.epoch && context.head < context.queue.length,
  },
}).createMachine({
  id: "pcpu",
  context: ({ input }) => {
    const pinned = input.topo.vcpuOnPcpu(input.slot.index);
    return {
      in: input, queue: [], head: 0, cur: undefined, epoch: 0, jobs: 0,
      vcpu: pinned ? input.topo.vcpu(input.slot.host, pinned.vm, pinned.vcpu) : -1,
      tis: new TimeInState("idle", input.topo.warmupNs, ["idle", ...CPU_CLASSES]),
    };
  },
  initial: "idle",
  states: {
    idle: {
      entry: "idle",
      on: { cpuReq: { target: "busy", actions: ["enqueue", "start"] } },
    },
    busy: {
      on: {
        cpuReq: { actions: "enqueue" },
        // The job ends: the next queued one starts, or the pCPU goes idle.
        segDone: [
          { guard: "currentAndMoreQueued", actions: ["complete", "start"] },
          { guard: "current", target: "idle", actions: "complete" },
        ],
      },
    },
  },
});

/** Asks pCPU `pcpu` to run host work of class `cls` for `ns` on behalf of the sender. */
export function requestCpu(input: NetInput, pcpu: number, cls: number, ns: number, token: number): void {
  input.env.send(pcpu, { type: "cpuReq", cls, ns, token, from: input.env.id }, input.cfg.host.linkNs);
}
