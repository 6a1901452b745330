import { setup } from "xstate";
import { SerialUnit } from "../../stats/time-in-state.js";
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
  models: "KVM's emulated GICv3 ITS (x86: MSI routing): MSI (DeviceID, EventID) -> LPI + collection -> target vCPU under its_lock; translation cache from 5.4, linear find_ite walk before",
  params: gicItsParams,
  accepts: ["msi"],
  sends: ["virq"],
  stats: { translated: "MSIs translated", lock: "its_lock utilisation and mean wait" },
};

interface ItsContext { in: NetInput; lock: SerialUnit; translated: number }

export const gicItsMachine = setup({
  types: { context: {} as ItsContext, input: {} as NetInput, events: {} as { type: "msi"; devid: number; eventid: number } },
}).createMachine({
  id: "gic-its",
  context: ({ input }) => ({ in: input, lock: new SerialUnit(`${input.slot.name}.its_lock`, "lock", input.topo.warmupNs), translated: 0 }),
  initial: "translating",
  states: {
    translating: {
      on: {
        msi: {
          actions: ({ context, event }) => {
            const { env, cfg, topo, slot } = context.in;
            const now = env.now();
            context.translated++;
            // The collection of queue q's LPI targets vCPU q (virtnet_set_affinity).
            const target = event.eventid % cfg.vm.vcpus;
            const intid = intidOfQueue(event.eventid);
            const dst = topo.redist(slot.host, slot.vm, target);
            if (isX86(cfg.vm.net.mode)) {
              env.send(dst, { type: "virq", intid }, cfg.gic.x86MsiNs + cfg.host.linkNs);
              return;
            }
            const walk = cfg.host.kernel === "4.x" ? (event.eventid + 1) * cfg.gic.itsWalkNsPerEntry : 0;
            const hold = cfg.gic.itsTranslateNs + walk;
            const start = context.lock.acquire(now, hold);
            env.send(dst, { type: "virq", intid }, start + hold - now + cfg.host.linkNs);
          },
        },
      },
    },
  },
});

export const itsStats = (ctx: ItsContext) => ({ kind: "gic-its", translated: ctx.translated, lock: ctx.lock.report(ctx.in.topo.endNs) });
export type { ItsContext };
