import { setup } from "xstate";
import { SerialUnit } from "../../stats/time-in-state.js";
import type { ActorDeclaration, NetInput } from "./common.js";
import { int, num, type ParamTree } from "../../config/params.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const gicDistParams = {
  gic: {
    spiInjectNs: num(500, "ns", "assumed: vgic_update_irq_pending under the distributor lock", "distributor injection lock hold per SPI"),
    spiTarget: int(0, "vCPU", "gic_set_affinity writes one target; boot CPU without irqbalance (reference §2.4)", "vCPU the wired SPI is routed to"),
  },
} satisfies ParamTree;

export const gicDistDeclaration: ActorDeclaration = {
  kind: "gic-dist",
  models: "(v)GIC distributor (x86: IOAPIC): a wired interrupt is routed to one target vCPU (GICD_IROUTER / redirection entry) under the injection lock",
  params: gicDistParams,
  accepts: ["irqLine"],
  sends: ["virq"],
  stats: { injected: "wired interrupts injected", lock: "injection lock utilisation and mean wait" },
};

interface DistContext { in: NetInput; lock: SerialUnit; injected: number }

export const gicDistMachine = setup({
  types: { context: {} as DistContext, input: {} as NetInput, events: {} as { type: "irqLine"; intid: number } },
}).createMachine({
  id: "gic-dist",
  context: ({ input }) => ({ in: input, lock: new SerialUnit(`${input.slot.name}.lock`, "lock", input.topo.warmupNs), injected: 0 }),
  initial: "routing",
  states: {
    routing: {
      on: {
        irqLine: {
          actions: ({ context, event }) => {
            const { env, cfg, topo, slot } = context.in;
            const now = env.now();
            const hold = cfg.gic.spiInjectNs;
            const start = context.lock.acquire(now, hold);
            context.injected++;
            // kvm_vgic_inject_irq -> vgic_queue_irq_unlock: the SPI goes to its single routed target.
            env.send(topo.redist(slot.host, slot.vm, cfg.gic.spiTarget), { type: "virq", intid: event.intid }, start + hold - now + cfg.host.linkNs);
          },
        },
      },
    },
  },
});

export const distStats = (ctx: DistContext) => ({ kind: "gic-dist", injected: ctx.injected, lock: ctx.lock.report(ctx.in.topo.endNs) });
export type { DistContext };
