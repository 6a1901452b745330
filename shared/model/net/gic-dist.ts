import { setup } from "xstate";
import { acquire, serialReport, serialUnit, type SerialUnit } from "../../stats/serial-unit.js";
import { bind, unbound } from "../bind.js";
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

/** Plain data: the injection lock and a count. */
interface DistContext { lock: SerialUnit; injected: number }
type DistEvent = { type: "irqLine"; intid: number };

const distImpl = (io: NetInput) => ({
  actions: {
    /** kvm_vgic_inject_irq -> vgic_queue_irq_unlock: the SPI goes to its single routed target. */
    inject: ({ context, event }: { context: DistContext; event: DistEvent }) => {
      const { env, cfg, topo, slot } = io;
      const now = env.now();
      const hold = cfg.gic.spiInjectNs;
      const start = acquire(context.lock, now, hold);
      context.injected++;
      const target = topo.redist(slot.host, slot.vm, cfg.gic.spiTarget);
      env.send(target, { type: "virq", intid: event.intid }, start + hold - now + cfg.host.linkNs);
    },
  },
});

export const gicDistMachine = setup({
  types: { context: {} as DistContext, input: {} as NetInput, events: {} as DistEvent },
  ...distImpl(unbound("gic-dist")),
}).createMachine({
  id: "gic-dist",
  context: ({ input }) => ({ lock: serialUnit(`${input.slot.name}.lock`, "lock", input.topo.warmupNs), injected: 0 }),
  initial: "routing",
  states: {
    routing: { on: { irqLine: { actions: "inject" } } },
  },
});

export const gicDistLogic = (io: NetInput) => bind(gicDistMachine, distImpl(io));

export const distStats = (ctx: DistContext, io: NetInput) => ({
  kind: "gic-dist", injected: ctx.injected, lock: serialReport(ctx.lock, io.topo.endNs),
});
export type { DistContext };
