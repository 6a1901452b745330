import { setup } from "xstate";
import type { ActorDeclaration, NetInput } from "./common.js";
import type { VgicCpu } from "./vm-state.js";
import { int, type ParamTree } from "../../config/params.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const gicRedistParams = {
  kvm: {
    listRegisters: int(4, "LRs", "GIC-400 GICH_VTR (reference §2.4); typical A57/A72 GICv3 CPU interfaces", "list registers per vCPU interface", { min: 1, max: 64 }),
  },
} satisfies ParamTree;

export const gicRedistDeclaration: ActorDeclaration = {
  kind: "gic-redist",
  models: "per-vCPU virtual CPU interface: pending vIRQs (ap_list), kvm_vcpu_kick of a running or WFI vCPU; the vCPU fills list registers at entry",
  params: gicRedistParams,
  accepts: ["virq"],
  sends: ["vkick"],
  stats: { interrupts: "vIRQs per INTID", merged: "vIRQs merged into one already pending", kicks: "kicks sent to the vCPU" },
};

interface RedistContext { in: NetInput; vgic: VgicCpu; interrupts: Record<string, number>; merged: number; kicks: number }

export const intidName = (intid: number): string => (intid < 16 ? `sgi${intid}` : intid < 1020 ? `spi${intid}` : `lpi${intid}`);

export const gicRedistMachine = setup({
  types: { context: {} as RedistContext, input: {} as NetInput, events: {} as { type: "virq"; intid: number } },
}).createMachine({
  id: "gic-redist",
  context: ({ input }) => ({ in: input, vgic: input.vm!.vgic[input.slot.index]!, interrupts: {}, merged: 0, kicks: 0 }),
  initial: "listening",
  states: {
    listening: {
      on: {
        virq: {
          actions: ({ context, event }) => {
            const { env, cfg, topo, slot } = context.in;
            const vgic = context.vgic;
            if (env.now() >= topo.warmupNs) {
              const name = intidName(event.intid);
              context.interrupts[name] = (context.interrupts[name] ?? 0) + 1;
            }
            if (vgic.pending.includes(event.intid)) { context.merged++; return; }
            vgic.pending.push(event.intid);
            if (!vgic.kickPending) {
              vgic.kickPending = true;
              context.kicks++;
              env.send(topo.vcpu(slot.host, slot.vm, slot.index), { type: "vkick", reason: 0 }, cfg.host.linkNs);
            }
          },
        },
      },
    },
  },
});

export const redistStats = (ctx: RedistContext) => ({ kind: "gic-redist", interrupts: ctx.interrupts, merged: ctx.merged, kicks: ctx.kicks });
export type { RedistContext };
