import { setup } from "xstate";
import { lockReport } from "../host/lock.js";
import { bind, unbound } from "../bind.js";
import type { ActorDeclaration, NetInput } from "./common.js";
import { LOCK_LINE } from "./inject-path.js";
import { int, type ParamTree } from "../../config/params.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const gicDistParams = {
  gic: {
    spiTarget: int(0, "vCPU",
      "gic_set_affinity writes one target; boot CPU without irqbalance (docs/calibration.md §2.4)",
        "vCPU the wired SPI is routed to"),
  },
} satisfies ParamTree;

export const gicDistDeclaration: ActorDeclaration = {
  kind: "gic-dist",
  models: "(v)GIC distributor (x86: IOAPIC): a wired interrupt is routed to one target vCPU (GICD_IROUTER / "
    + "redirection entry), once the injecting core has run kvm_vgic_inject_irq (kvm_ioapic_set_irq) under the line's "
    + "lock, which it holds",
  params: gicDistParams,
  accepts: ["irqLine"],
  sends: ["virq"],
  stats: {
    injected: "wired interrupts injected",
    locks: "the line's irq_lock (x86: ioapic->lock): served acquisitions, wait, hold, spin time",
  },
};

/** Plain data: a count (the line's lock is the VM's, in its shared memory). */
interface DistContext { injected: number }
type DistEvent = { type: "irqLine"; intid: number };

const distImpl = (io: NetInput) => ({
  actions: {
    /** vgic_queue_irq_unlock: the SPI goes to its single routed target. */
    route: ({ context, event }: { context: DistContext; event: DistEvent }) => {
      const { env, cfg, topo, slot } = io;
      context.injected++;
      const target = topo.redist(slot.host, slot.vm, cfg.gic.spiTarget);
      env.send(target, { type: "virq", intid: event.intid }, cfg.host.linkNs);
    },
  },
});

export const gicDistMachine = setup({
  types: { context: {} as DistContext, input: {} as NetInput, events: {} as DistEvent },
  ...distImpl(unbound("gic-dist")),
}).createMachine({
  id: "gic-dist",
  context: () => ({ injected: 0 }),
  initial: "routing",
  states: {
    routing: { on: { irqLine: { actions: "route" } } },
  },
});

export const gicDistLogic = (io: NetInput) => bind(gicDistMachine, distImpl(io));

export const distStats = (ctx: DistContext, io: NetInput) => ({
  kind: "gic-dist", injected: ctx.injected, locks: [lockReport(io.vm!.locks[LOCK_LINE]!, io.topo.endNs)],
});
export type { DistContext };
