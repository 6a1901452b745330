import { setup } from "xstate";
import { bind, unbound } from "../bind.js";
import { mergeParamTrees, num, type ParamTree } from "../../config/params.js";
import { cacheEntriesWalked, vgicInjectionParams } from "../host/vgic-costs.js";
import { lockTrace, releaseLock, requestLock, type Lock } from "../host/lock.js";
import { measured, type LpiIo } from "./common.js";
import {
  apListLockId, EXITING_GUEST_MODE, IN_GUEST_MODE, ITS_LOCK, LPI_LIST_LOCK, lockById, targetOf,
} from "./vm.js";

const UPTON = "Upton 2024, 'KVM: arm64: Improvements to LPI injection' cover letter, vgic_lpi_stress -v1 -d1 -e1";

/** Parameters this actor reads, at their config paths (unit, default, source): the shared vgic path, then its own. */
export const injectorParams = mergeParamTrees(vgicInjectionParams, {
  kvm: {
    signalMsiNs: num(612, "ns",
      `calibrated at 1 vCPU / 1 device on the 6.10 path to ${UPTON}: 1,255,291 LPIs/s with the series`,
      "KVM_SIGNAL_MSI outside any lock: syscall, kvm_send_userspace_msi, kvm_set_msi, vgic_msi_to_its"),
    kickNs: num(250, "ns", "assumed: kvm_vcpu_kick: mode cmpxchg and smp_send_reschedule (an ICC_SGI1R write)",
      "sending the kick IPI to a vCPU in guest mode"),
    ipiNs: num(400, "ns", "assumed: SGI delivery from the sender's redistributor to the target core",
      "time from the kick until the target core takes the IPI"),
  },
} satisfies ParamTree);

export const injectorDeclaration = {
  kind: "injector",
  models: "a vgic_lpi_stress worker thread on its own host core: KVM_SIGNAL_MSI for each event of its device "
    + "in turn, as fast as it can, through the host kernel generation's injection path",
  params: injectorParams,
  accepts: ["step", "lockGrant"],
  sends: ["step", "lockGrant", "vkick"],
  stats: {
    signals: "KVM_SIGNAL_MSI calls completed in the measured window",
    queued: "LPIs it put on a vCPU's ap_list", merged: "injections that found the LPI already on an ap_list",
    kicks: "kick IPIs sent", slowPath: "translations done under its_lock (4.x, or a 5.4 cache miss)",
  },
} as const;

/** Steps of one signal, each named after the kernel function it models. */
export const SIGNAL = 0, CHECK_CACHE = 1, TRIGGER = 2, CACHE_INSERT = 3, QUEUE = 4, KICK = 5, PUT_IRQ = 6;
export const stepNames = [
  "kvm_send_userspace_msi", "vgic_its_check_cache", "vgic_its_trigger_msi", "vgic_its_cache_translation",
  "vgic_queue_irq_unlock", "kvm_vcpu_kick", "vgic_put_irq",
] as const;

interface InjectorContext {
  /** Event id of the current signal, and the steps left of it (front first). */
  event: number;
  steps: number[];
  stats: { signals: number; queued: number; merged: number; kicks: number; slowPath: number };
}
type InjectorEvent = { type: "step"; step: number } | { type: "lockGrant"; lock: number };
type Args = { context: InjectorContext; event: InjectorEvent };

/** The path of one KVM_SIGNAL_MSI by kernel generation (later steps may be skipped or added as it runs). */
export function signalPath(kernel: "4.x" | "5.4" | "6.10"): number[] {
  switch (kernel) {
    case "4.x": return [SIGNAL, TRIGGER, QUEUE, KICK];
    case "5.4": return [SIGNAL, CHECK_CACHE, QUEUE, KICK, PUT_IRQ];
    case "6.10": return [SIGNAL, QUEUE, KICK];
  }
}

const injectorImpl = (io: LpiIo) => {
  const lpiOf = (ctx: InjectorContext) => io.index * io.cfg.stress.eventsPerDevice + ctx.event;
  const target = (ctx: InjectorContext) => targetOf(lpiOf(ctx), io.cfg.vm.vcpus);
  const core = () => io.injectorCore[io.index]!;
  const lpis = () => io.cfg.stress.devices * io.cfg.stress.eventsPerDevice;
  const cacheSize = () => io.cfg.kvm.cachePerVcpu * io.cfg.vm.vcpus;

  /** The lock the front step takes, or -1. */
  const lockOf = (ctx: InjectorContext): number => {
    switch (ctx.steps[0]) {
      case CHECK_CACHE: case CACHE_INSERT: case PUT_IRQ: return LPI_LIST_LOCK;
      case TRIGGER: return ITS_LOCK;
      case QUEUE: return apListLockId(target(ctx));
      default: return -1;
    }
  };
  /** Work of the front step on this core, excluding lines moved with a lock. */
  const workNs = (ctx: InjectorContext): number => {
    const k = io.cfg.kvm;
    switch (ctx.steps[0]) {
      case SIGNAL: return k.signalMsiNs + (io.cfg.host.kernel === "6.10" ? k.xaLookupNs : 0);
      case CHECK_CACHE: return k.cacheLookupNs + k.cacheEntryNs * cacheEntriesWalked(lpis(), io.cfg.vm.vcpus,
        k.cachePerVcpu);
      case CACHE_INSERT: return k.cacheLookupNs;
      case TRIGGER: return k.itsTranslateNs + k.itsWalkNsPerEntry * (io.index + 1 + ctx.event + 1);
      case QUEUE: return k.apListQueueNs;
      case KICK: return k.kickNs;
      case PUT_IRQ: return k.putIrqNs;
      default: throw new Error(`injector ${io.index}: no step`);
    }
  };
  const lock = (ctx: InjectorContext): Lock => lockById(io.vm, lockOf(ctx));
  const runFor = (ns: number) => io.env.after(Math.max(1, Math.round(ns)), { type: "step", step: 0 });

  /** Drops front steps that do not run this time; a kick only runs for a vCPU in guest mode. */
  const skipNotTaken = (ctx: InjectorContext) => {
    const vm = io.vm;
    for (;;) {
      const s = ctx.steps[0];
      if (s === QUEUE) {
        const lpi = lpiOf(ctx);
        // vgic_queue_irq_unlock: irq->vcpu set means it is on an ap_list already; no list work.
        vm.latch[lpi] = true;
        if (!vm.onList[lpi]) return;
        if (measured(io)) ctx.stats.merged++;
        ctx.steps.shift();
      } else if (s === KICK) {
        const j = target(ctx);
        vm.irqPending[j] = true;
        if (vm.mode[j] === IN_GUEST_MODE) return;
        ctx.steps.shift();
      } else {
        return;
      }
    }
  };

  return {
    actions: {
      startSignal: ({ context }: Args) => {
        context.steps = signalPath(io.cfg.host.kernel);
        runFor(workNs(context));
      },
      finishSignal: ({ context }: Args) => {
        if (measured(io)) context.stats.signals++;
        context.event = (context.event + 1) % io.cfg.stress.eventsPerDevice;
      },
      /** The front step ended: apply what it did, then drop the steps that do not run next. */
      finishStep: ({ context }: Args) => {
        const s = context.steps.shift();
        if (s === CHECK_CACHE && lpis() > cacheSize()) {
          // Cyclic access to more LPIs than the LRU holds: every lookup misses; its_lock, then a cache insert.
          context.steps.unshift(TRIGGER, CACHE_INSERT);
        }
        if (s === TRIGGER && measured(io)) context.stats.slowPath++;
        skipNotTaken(context);
      },
      startWork: ({ context }: Args) => { runFor(workNs(context)); },
      takeLock: ({ context }: Args) => {
        const r = requestLock(lock(context), io.env.now(), io.env.id, core(), workNs(context), io.layout,
          lockTrace(io.env));
        if (!r.granted) throw new Error(`injector ${io.index}: took a held lock`);
        runFor(r.sectionNs);
      },
      waitForLock: ({ context }: Args) => {
        requestLock(lock(context), io.env.now(), io.env.id, core(), workNs(context), io.layout, lockTrace(io.env));
      },
      /** Granted after waiting: the section's lines come from the core that released it. */
      startSection: ({ context }: Args) => {
        const l = lock(context);
        runFor(workNs(context) + l.lines * io.layout.transferNs(l.lastCore, core()));
      },
      /** End of a critical section: its effect, then the lock passes to the next waiter, if any. */
      release: ({ context }: Args) => {
        const vm = io.vm;
        if (context.steps[0] === QUEUE) {
          const lpi = lpiOf(context);
          vm.onList[lpi] = true;
          vm.apList[target(context)]!.push(lpi);
          if (measured(io)) context.stats.queued++;
        }
        const next = releaseLock(lock(context), io.env.now(), io.layout, io.cfg.locks, lockTrace(io.env));
        if (next) {
          io.env.send(next.waiter.actor, { type: "lockGrant", lock: lockOf(context) }, next.grantAt - io.env.now());
        }
      },
      /** kvm_vcpu_kick of a vCPU in guest mode: EXITING_GUEST_MODE, and the IPI to its core. */
      sendKick: ({ context }: Args) => {
        const j = target(context);
        io.vm.mode[j] = EXITING_GUEST_MODE;
        if (measured(io)) context.stats.kicks++;
        io.env.send(io.vcpuActor(j), { type: "vkick", reason: 0 }, io.cfg.kvm.ipiNs + io.cfg.kvm.kickNs);
        runFor(workNs(context));
      },
    },
    guards: {
      signalDone: ({ context }: Args) => context.steps.length === 0,
      lockFree: ({ context }: Args) => lockOf(context) >= 0 && lock(context).owner < 0,
      mutexHeld: ({ context }: Args) => lockOf(context) >= 0 && lock(context).algorithm === "mutex",
      spinlockHeld: ({ context }: Args) => lockOf(context) >= 0,
      kickNext: ({ context }: Args) => context.steps[0] === KICK,
    },
  };
};

export const injectorMachine = setup({
  types: { context: {} as InjectorContext, input: {} as LpiIo, events: {} as InjectorEvent },
  ...injectorImpl(unbound("injector")),
}).createMachine({
  id: "injector",
  context: () => ({ event: 0, steps: [], stats: { signals: 0, queued: 0, merged: 0, kicks: 0, slowPath: 0 } }),
  initial: "syscall",
  entry: "startSignal",
  states: {
    /** Kernel code outside any lock: the ioctl's entry and, on 6.10, the RCU translation lookup. */
    syscall: { on: { step: { target: "routing", actions: "finishStep" } } },
    routing: {
      always: [
        { guard: "signalDone", target: "syscall", actions: ["finishSignal", "startSignal"] },
        { guard: "lockFree", target: "locked", actions: "takeLock" },
        { guard: "mutexHeld", target: "sleep", actions: "waitForLock" },
        { guard: "spinlockHeld", target: "spin", actions: "waitForLock" },
        { guard: "kickNext", target: "kick", actions: "sendKick" },
        { target: "syscall", actions: "startWork" },
      ],
    },
    /** Spinning for a held raw spinlock: the core is busy and does nothing else. */
    spin: { on: { lockGrant: { target: "locked", actions: "startSection" } } },
    /** Asleep on its_lock (a mutex): the core is free. */
    sleep: { on: { lockGrant: { target: "locked", actions: "startSection" } } },
    /** In a critical section. */
    locked: { on: { step: { target: "routing", actions: ["release", "finishStep"] } } },
    kick: { on: { step: { target: "routing", actions: "finishStep" } } },
  },
});

export const injectorLogic = (io: LpiIo) => bind(injectorMachine, injectorImpl(io));

export const injectorStats = (ctx: InjectorContext, shares: Readonly<Record<string, number>>) => ({
  kind: "injector", ...ctx.stats, shares,
});
export type { InjectorContext };
