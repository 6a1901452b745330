import { setup } from "xstate";
import { lockReport } from "../host/lock.js";
import { bind, unbound } from "../bind.js";
import { isX86 } from "./config.js";
import type { ActorDeclaration, NetInput } from "./common.js";
import { LOCK_ITS, LOCK_LPI_LIST } from "./inject-path.js";
import { intidOfQueue } from "./vm-state.js";
import type { ParamTree } from "../../config/params.js";

/** Parameters this actor reads: none; the translation's cost is paid on the injecting core (inject-path.ts). */
export const gicItsParams = {} satisfies ParamTree;

export const gicItsDeclaration: ActorDeclaration = {
  kind: "gic-its",
  models: "KVM's emulated GICv3 ITS (x86: MSI routing): MSI (DeviceID, EventID) -> LPI + collection -> target vCPU, "
    + "once the injecting core has run the host kernel's translation path (its_lock and the ITT walk on 4.x, the "
    + "translation cache under lpi_list_lock on 5.4, an RCU lookup on 6.10); it holds the VM's ITS locks",
  params: gicItsParams,
  accepts: ["msi"],
  sends: ["virq"],
  stats: {
    translated: "MSIs translated",
    locks: "its_lock and lpi_list_lock: served acquisitions, wait, hold, spin time, handoffs by distance",
  },
};

/** Plain data: a count (the locks are the VM's, in its shared memory). */
interface ItsContext { translated: number }
/** proto Msi. */
type ItsEvent = { type: "msi"; devid: number; eventid: number };

const itsImpl = (io: NetInput) => ({
  actions: {
    /**
     * The LPI of queue `eventid` to the redistributor of the vCPU its collection targets (MAPTI/MOVI as
     * irq_set_affinity programs them: vm.net.irqAffinity; x86: the MSI address's destination APIC ID).
     */
    route: ({ context, event }: { context: ItsContext; event: ItsEvent }) => {
      const { env, cfg, topo, slot } = io;
      context.translated++;
      const dst = topo.redist(slot.host, slot.vm, topo.queueVcpu(event.eventid));
      env.send(dst, { type: "virq", intid: intidOfQueue(event.eventid) }, cfg.host.linkNs);
    },
  },
  guards: {
    x86: () => isX86(io.cfg.vm.net.mode),
    noTranslationCache: () => io.cfg.host.kernel === "4.x",
    rcuLookup: () => io.cfg.host.kernel === "6.10",
  },
});

export const gicItsMachine = setup({
  types: { context: {} as ItsContext, input: {} as NetInput, events: {} as ItsEvent },
  ...itsImpl(unbound("gic-its")),
}).createMachine({
  id: "gic-its",
  context: () => ({ translated: 0 }),
  // The platform and host kernel decide, once, which translation path the injecting cores ran.
  initial: "configuring",
  states: {
    configuring: {
      always: [
        { guard: "x86", target: "x86MsiRouting" },
        { guard: "noTranslationCache", target: "ittWalk" },
        { guard: "rcuLookup", target: "rcuTranslationCache" },
        { target: "translationCache" },
      ],
    },
    ittWalk: { on: { msi: { actions: "route" } } },
    translationCache: { on: { msi: { actions: "route" } } },
    rcuTranslationCache: { on: { msi: { actions: "route" } } },
    x86MsiRouting: { on: { msi: { actions: "route" } } },
  },
});

export const gicItsLogic = (io: NetInput) => bind(gicItsMachine, itsImpl(io));

export const itsStats = (ctx: ItsContext, io: NetInput) => ({
  kind: "gic-its", translated: ctx.translated,
  locks: [LOCK_ITS, LOCK_LPI_LIST].map((l) => lockReport(io.vm!.locks[l]!, io.topo.endNs)),
});
export type { ItsContext };
