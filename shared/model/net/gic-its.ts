import { setup } from "xstate";
import { SerialUnit } from "../../stats/time-in-state.js";
import { isX86 } from "./config.js";
import type { ActorDeclaration, NetInput } from "./common.js";
import { intidOfQueue } from "./vm-state.js";

export const gicItsDeclaration: ActorDeclaration = {
  kind: "gic-its",
  models: "KVM's emulated GICv3 ITS (x86: MSI routing): MSI (DeviceID, EventID) -> LPI + collection -> target vCPU under its_lock; translation cache from 5.4, linear find_ite walk before",
  params: ["gic.itsTranslateNs", "gic.itsWalkNsPerEntry", "gic.x86MsiNs", "host.kernel", "host.linkNs"],
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
