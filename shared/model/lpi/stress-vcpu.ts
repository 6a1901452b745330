import { setup } from "xstate";
import { bind, unbound } from "../bind.js";
import { int, num, type ParamTree } from "../../config/params.js";
import { lockTrace, releaseLock, requestLock } from "../host/lock.js";
import { measured, type LpiIo } from "./common.js";
import { apListLockId, EXITING_GUEST_MODE, IN_GUEST_MODE, OUTSIDE_GUEST_MODE } from "./vm.js";

const DALL16 = "Dall et al., ISCA 2016: a KVM/ARM hypercall (exit and entry) costs 6,500 cycles";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const stressVcpuParams = {
  kvm: {
    exitNs: num(500, "ns", `assumed: a VHE host exits far faster than the non-VHE ${DALL16}`,
      "trap to the host on the kick IPI, state saved"),
    entryNs: num(500, "ns", `assumed: a VHE host enters far faster than the non-VHE ${DALL16}`,
      "return to the guest after the vgic is flushed"),
    foldFlushNs: num(300, "ns", "assumed: vgic_fold_lr_state, vgic_prune_ap_list and vgic_flush_lr_state",
      "ap_list_lock hold of one exit's list-register sync, before the LRs it fills"),
    flushPerLrNs: num(50, "ns", "assumed: vgic_populate_lr per list register written",
      "per LPI put in a list register"),
    listRegisters: int(4, "LRs", "GICv3 CPU interfaces of Cortex-A57/A72 and Neoverse N1 implement 4 (ICH_VTR_EL2)",
      "list registers per vCPU", { min: 1, max: 16 }),
  },
  guest: {
    lpiHandlerNs: num(200, "ns", "assumed: vgic_lpi_stress guest_irq_handler: gic_get_and_ack_irq and gic_set_eoi",
      "guest handler per LPI (acknowledge and EOI)"),
  },
} satisfies ParamTree;

export const stressVcpuDeclaration = {
  kind: "stress-vcpu",
  models: "a vgic_lpi_stress vCPU: spins in the guest; a kick makes it exit, sync its list registers under its "
    + "ap_list_lock, re-enter and acknowledge the LPIs it was given",
  params: stressVcpuParams,
  accepts: ["vkick", "step", "lockGrant"],
  sends: ["step", "lockGrant"],
  stats: {
    exits: "exits taken on a kick IPI", maintenance: "exits for LPIs the list registers could not hold",
    reflushes: "entries aborted by a request made while it was outside the guest", handled: "LPIs acknowledged",
  },
} as const;

interface StressVcpuContext {
  /** A kick arrived while it handled LPIs: exit when the handler returns. */
  kicked: boolean;
  stats: { exits: number; maintenance: number; reflushes: number; handled: number };
}
type StressVcpuEvent =
  | { type: "vkick"; reason: number } | { type: "step"; step: number } | { type: "lockGrant"; lock: number };
type Args = { context: StressVcpuContext; event: StressVcpuEvent };

const stressVcpuImpl = (io: LpiIo) => {
  const lock = () => io.vm.apListLock[io.index]!;
  const core = () => io.vcpuCore[io.index]!;
  const runFor = (ns: number) => io.env.after(Math.max(1, Math.round(ns)), { type: "step", step: 0 });
  /** LPIs the next flush will put in list registers. */
  const toFlush = (): number => {
    const vm = io.vm;
    let n = 0;
    for (const lpi of vm.apList[io.index]!) if (vm.latch[lpi] && !vm.inLr[lpi]) n++;
    // Only the list registers still free take an LPI (after an exit with LRs loaded, fewer than all).
    return Math.min(n, io.cfg.kvm.listRegisters - vm.lr[io.index]!.length);
  };
  const sectionNs = () => io.cfg.kvm.foldFlushNs + io.cfg.kvm.flushPerLrNs * toFlush();
  const count = (ctx: StressVcpuContext, key: keyof StressVcpuContext["stats"], n = 1) => {
    if (measured(io)) ctx.stats[key] += n;
  };
  return {
    actions: {
      exit: ({ context }: Args, params: { maintenance: boolean }) => {
        io.vm.mode[io.index] = EXITING_GUEST_MODE;
        count(context, params.maintenance && !context.kicked ? "maintenance" : "exits");
        context.kicked = false;
        runFor(io.cfg.kvm.exitNs);
      },
      markKicked: ({ context }: Args) => { context.kicked = true; },
      takeApList: () => {
        io.vm.mode[io.index] = OUTSIDE_GUEST_MODE;
        io.vm.irqPending[io.index] = false;
        const r = requestLock(lock(), io.env.now(), io.env.id, core(), sectionNs(), io.layout, lockTrace(io.env));
        if (!r.granted) throw new Error(`vcpu ${io.index}: took a held ap_list_lock`);
        runFor(r.sectionNs);
      },
      waitApList: () => {
        io.vm.mode[io.index] = OUTSIDE_GUEST_MODE;
        io.vm.irqPending[io.index] = false;
        requestLock(lock(), io.env.now(), io.env.id, core(), sectionNs(), io.layout, lockTrace(io.env));
      },
      startSection: () => { runFor(sectionNs() + lock().lines * io.layout.transferNs(lock().lastCore, core())); },
      /**
       * kvm_vgic_sync_hwstate then kvm_vgic_flush_hwstate, under ap_list_lock: LPIs the guest EOIed and
       * nobody made pending again leave the ap_list; pending ones fill the list registers.
       */
      syncAndFlush: () => {
        const vm = io.vm;
        const list = vm.apList[io.index]!;
        const kept: number[] = [];
        for (const lpi of list) {
          if (!vm.latch[lpi] && !vm.inLr[lpi]) vm.onList[lpi] = false;
          else kept.push(lpi);
        }
        const lr = vm.lr[io.index]!;
        for (const lpi of kept) {
          if (lr.length >= io.cfg.kvm.listRegisters) break;
          if (vm.latch[lpi] && !vm.inLr[lpi]) { vm.latch[lpi] = false; vm.inLr[lpi] = true; lr.push(lpi); }
        }
        list.length = 0;
        list.push(...kept);
        const next = releaseLock(lock(), io.env.now(), io.layout, io.cfg.locks, lockTrace(io.env));
        if (next) {
          const grant = { type: "lockGrant", lock: apListLockId(io.index) } as const;
          io.env.send(next.waiter.actor, grant, next.grantAt - io.env.now());
        }
      },
      countReflush: ({ context }: Args) => { count(context, "reflushes"); },
      /** smp_store_mb(vcpu->mode, IN_GUEST_MODE), then the world switch; a kick from now on sends an IPI. */
      enterGuest: () => {
        io.vm.mode[io.index] = IN_GUEST_MODE;
        runFor(io.cfg.kvm.entryNs);
      },
      startHandler: () => { runFor(io.cfg.guest.lpiHandlerNs * io.vm.lr[io.index]!.length); },
      /** The guest acknowledged and EOIed every LPI in its list registers. */
      eoiAll: ({ context }: Args) => {
        const vm = io.vm;
        const lr = vm.lr[io.index]!;
        for (const lpi of lr) vm.inLr[lpi] = false;
        count(context, "handled", lr.length);
        lr.length = 0;
      },
    },
    guards: {
      apListFree: () => lock().owner < 0,
      // The entry sees a request made after its flush (vgic_queue_irq_unlock's kvm_make_request).
      requestPending: () => io.vm.irqPending[io.index]!,
      kicked: ({ context }: Args) => context.kicked,
      lrsLoaded: () => io.vm.lr[io.index]!.length > 0,
      // A kick came during the handler, or LPIs wait that the list registers could not hold.
      mustExit: ({ context }: Args) => context.kicked || io.vm.apList[io.index]!.some((l) => io.vm.latch[l]),
    },
  };
};

export const stressVcpuMachine = setup({
  types: { context: {} as StressVcpuContext, input: {} as LpiIo, events: {} as StressVcpuEvent },
  ...stressVcpuImpl(unbound("stress-vcpu")),
}).createMachine({
  id: "stress-vcpu",
  context: () => ({ kicked: false, stats: { exits: 0, maintenance: 0, reflushes: 0, handled: 0 } }),
  initial: "guest",
  // A kick outside the guest finds the vCPU on its way to a flush that will see the LPI anyway.
  on: { vkick: {} },
  states: {
    /** The selftest's guest loop: cpu_relax() until told to stop. */
    guest: { on: { vkick: { target: "exit", actions: { type: "exit", params: { maintenance: false } } } } },
    exit: { on: { step: { target: "sync" } } },
    sync: {
      always: [
        { guard: "apListFree", target: "locked", actions: "takeApList" },
        { target: "spin", actions: "waitApList" },
      ],
    },
    spin: { on: { lockGrant: { target: "locked", actions: "startSection" } } },
    locked: { on: { step: { target: "entering", actions: "syncAndFlush" } } },
    // kvm_vcpu_exit_request: a request made since the flush began sends it round the loop again.
    entering: {
      always: [
        { guard: "requestPending", target: "sync", actions: "countReflush" },
        { target: "entry", actions: "enterGuest" },
      ],
    },
    entry: {
      on: {
        vkick: { actions: "markKicked" },
        step: [
          // An IPI taken during the world switch exits as soon as the guest runs.
          { guard: "kicked", target: "exit", actions: { type: "exit", params: { maintenance: false } } },
          { guard: "lrsLoaded", target: "handler", actions: "startHandler" },
          { target: "guest" },
        ],
      },
    },
    handler: {
      on: {
        vkick: { actions: "markKicked" },
        step: [
          { guard: "mustExit", target: "exit", actions: ["eoiAll", { type: "exit", params: { maintenance: true } }] },
          { target: "guest", actions: "eoiAll" },
        ],
      },
    },
  },
});

export const stressVcpuLogic = (io: LpiIo) => bind(stressVcpuMachine, stressVcpuImpl(io));

export const stressVcpuStats = (ctx: StressVcpuContext, io: LpiIo, shares: Readonly<Record<string, number>>) => ({
  kind: "stress-vcpu", ...ctx.stats, shares,
});
export type { StressVcpuContext };
