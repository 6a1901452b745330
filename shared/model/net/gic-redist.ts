import { setup } from "xstate";
import { bind, unbound } from "../bind.js";
import type { ActorDeclaration, NetInput } from "./common.js";
import type { VgicCpu } from "./vm-state.js";
import { int, type ParamTree } from "../../config/params.js";
import { lockReport } from "../host/lock.js";
import { hasApList } from "./config.js";
import { apListLock } from "./inject-path.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const gicRedistParams = {
  kvm: {
    listRegisters: int(4, "LRs", "GIC-400 GICH_VTR (docs/calibration.md §2.4); typical A57/A72 GICv3 CPU interfaces",
      "list registers per vCPU interface", { min: 1, max: 64 }),
  },
} satisfies ParamTree;

export const gicRedistDeclaration: ActorDeclaration = {
  kind: "gic-redist",
  models: "per-vCPU virtual CPU interface: pending vIRQs (ap_list, in the VM's shared memory), kvm_vcpu_kick of a "
    + "running or WFI vCPU once per pending batch; the vCPU fills list registers at entry",
  params: gicRedistParams,
  accepts: ["virq"],
  sends: ["vkick"],
  stats: {
    interrupts: "vIRQs per INTID", merged: "vIRQs merged into one already pending", kicks: "kicks sent to the vCPU",
    locks: "the vCPU's ap_list_lock (KVM/arm64): served acquisitions, wait, hold, spin time, handoffs by distance",
  },
};

/**
 * Plain data: counts only. The pending list and the kick flag are the vCPU interface's, in the VM's
 * shared memory, where the vCPU takes the vIRQs and clears the flag without a message to this actor.
 */
interface RedistContext { interrupts: Record<string, number>; merged: number; kicks: number }
/** proto Virq. */
type RedistEvent = { type: "virq"; intid: number };

const intidNames = new Map<number, string>();
/** An INTID's name as its count's key: made once, so counting a vIRQ builds no string. */
export function intidName(intid: number): string {
  let name = intidNames.get(intid);
  if (name === undefined) {
    name = intid < 16 ? `sgi${intid}` : intid < 1020 ? `spi${intid}` : `lpi${intid}`;
    intidNames.set(intid, name);
  }
  return name;
}

type Args = { context: RedistContext; event: RedistEvent };

const redistImpl = (io: NetInput) => {
  const vgic = (): VgicCpu => io.vm!.vgic[io.slot.index]!;
  return {
    actions: {
      count: ({ context, event }: Args) => {
        if (io.env.now() < io.topo.warmupNs) return;
        const name = intidName(event.intid);
        context.interrupts[name] = (context.interrupts[name] ?? 0) + 1;
      },
      merge: ({ context }: Args) => { context.merged++; },
      /** vgic_queue_irq_unlock: onto the vCPU's ap_list. */
      queue: ({ event }: Args) => { vgic().pending.push(event.intid); },
      /** kvm_vcpu_kick: an IPI to the running vCPU, or its wake-up from WFI. */
      kick: ({ context }: Args) => {
        const { env, cfg, topo, slot } = io;
        vgic().kickPending = true;
        context.kicks++;
        env.send(topo.vcpu(slot.host, slot.vm, slot.index), { type: "vkick", reason: 0 }, cfg.host.linkNs);
      },
    },
    guards: {
      alreadyPending: ({ event }: Args) => vgic().pending.includes(event.intid),
      kickPending: () => vgic().kickPending,
    },
  };
};

export const gicRedistMachine = setup({
  types: { context: {} as RedistContext, input: {} as NetInput, events: {} as RedistEvent },
  ...redistImpl(unbound("gic-redist")),
}).createMachine({
  id: "gic-redist",
  context: () => ({ interrupts: {}, merged: 0, kicks: 0 }),
  initial: "listening",
  states: {
    listening: {
      on: {
        virq: [
          { guard: "alreadyPending", actions: ["count", "merge"] },
          // The vCPU has not yet taken the batch this kick announced: it will see this vIRQ too.
          { guard: "kickPending", actions: ["count", "queue"] },
          { actions: ["count", "queue", "kick"] },
        ],
      },
    },
  },
});

export const gicRedistLogic = (io: NetInput) => bind(gicRedistMachine, redistImpl(io));

export const redistStats = (ctx: RedistContext, io: NetInput) => ({
  kind: "gic-redist", interrupts: ctx.interrupts, merged: ctx.merged, kicks: ctx.kicks,
  locks: hasApList(io.cfg.vm.net.mode) ? [lockReport(io.vm!.locks[apListLock(io.slot.index)]!, io.topo.endNs)] : [],
});
export type { RedistContext };
