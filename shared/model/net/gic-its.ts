import { setup } from "xstate";
import { acquire, serialReport, serialUnit, type SerialUnit } from "../../stats/serial-unit.js";
import { bind, unbound } from "../bind.js";
import { isX86 } from "./config.js";
import type { ActorDeclaration, NetInput } from "./common.js";
import { intidOfQueue } from "./vm-state.js";
import { num, type ParamTree } from "../../config/params.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const gicItsParams = {
  gic: {
    itsTranslateNs: num(1300, "ns", "Upton 2024 LPI rework cover letter: ~780 k LPIs/s through the global lock with 1 vCPU", "its_lock hold per MSI translation (cached)"),
    itsWalkNsPerEntry: num(50, "ns", "assumed: find_ite linear walk per ITE (no cache, < 5.4)", "extra translation time per ITT entry walked without the cache"),
    x86MsiNs: num(300, "ns", "assumed: kvm_set_msi -> kvm_irq_delivery_to_apic, no global lock", "x86 MSI routing per interrupt"),
  },
} satisfies ParamTree;

export const gicItsDeclaration: ActorDeclaration = {
  kind: "gic-its",
  models: "KVM's emulated GICv3 ITS (x86: MSI routing): MSI (DeviceID, EventID) -> LPI + collection -> target vCPU; "
    + "states by host kernel: under its_lock a linear find_ite walk (4.x) or the translation cache (5.4+); "
    + "x86 routes without the lock",
  params: gicItsParams,
  accepts: ["msi"],
  sends: ["virq"],
  stats: { translated: "MSIs translated", lock: "its_lock utilisation and mean wait (0 acquisitions on x86)" },
};

/** Plain data: its_lock and a count. */
interface ItsContext { lock: SerialUnit; translated: number }
/** proto Msi. */
type ItsEvent = { type: "msi"; devid: number; eventid: number };

const itsImpl = (io: NetInput) => {
  /** The LPI of queue `eventid` and the redistributor of the vCPU its collection targets (virtnet_set_affinity). */
  const route = (eventid: number) => {
    const { cfg, topo, slot } = io;
    return { intid: intidOfQueue(eventid), dst: topo.redist(slot.host, slot.vm, eventid % cfg.vm.vcpus) };
  };
  return {
    actions: {
      /** vgic_its_trigger_msi under its_lock; without the cache (4.x) find_ite walks the ITT up to the event. */
      translate: ({ context, event }: { context: ItsContext; event: ItsEvent }, params: { walkItt: boolean }) => {
        const { env, cfg } = io;
        const now = env.now();
        context.translated++;
        const { intid, dst } = route(event.eventid);
        const walk = params.walkItt ? (event.eventid + 1) * cfg.gic.itsWalkNsPerEntry : 0;
        const hold = cfg.gic.itsTranslateNs + walk;
        const start = acquire(context.lock, now, hold);
        env.send(dst, { type: "virq", intid }, start + hold - now + cfg.host.linkNs);
      },
      /** kvm_set_msi -> kvm_irq_delivery_to_apic: no global lock. */
      routeMsi: ({ context, event }: { context: ItsContext; event: ItsEvent }) => {
        const { env, cfg } = io;
        context.translated++;
        const { intid, dst } = route(event.eventid);
        env.send(dst, { type: "virq", intid }, cfg.gic.x86MsiNs + cfg.host.linkNs);
      },
    },
    guards: {
      x86: () => isX86(io.cfg.vm.net.mode),
      noTranslationCache: () => io.cfg.host.kernel === "4.x",
    },
  };
};

export const gicItsMachine = setup({
  types: { context: {} as ItsContext, input: {} as NetInput, events: {} as ItsEvent },
  ...itsImpl(unbound("gic-its")),
}).createMachine({
  id: "gic-its",
  context: ({ input }) => ({
    lock: serialUnit(`${input.slot.name}.its_lock`, "lock", input.topo.warmupNs), translated: 0,
  }),
  // The platform and host kernel decide, once, how an MSI is translated.
  initial: "configuring",
  states: {
    configuring: {
      always: [
        { guard: "x86", target: "x86MsiRouting" },
        { guard: "noTranslationCache", target: "ittWalk" },
        { target: "translationCache" },
      ],
    },
    ittWalk: { on: { msi: { actions: { type: "translate", params: { walkItt: true } } } } },
    translationCache: { on: { msi: { actions: { type: "translate", params: { walkItt: false } } } } },
    x86MsiRouting: { on: { msi: { actions: "routeMsi" } } },
  },
});

export const gicItsLogic = (io: NetInput) => bind(gicItsMachine, itsImpl(io));

export const itsStats = (ctx: ItsContext, io: NetInput) => ({
  kind: "gic-its", translated: ctx.translated, lock: serialReport(ctx.lock, io.topo.endNs),
});
export type { ItsContext };
