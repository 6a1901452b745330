import type { ActorEnv } from "../../kernel/engine.js";
import type { HostLayout } from "../host/layout.js";
import type { LockCosts } from "../host/lock.js";
import type { LpiVm } from "./vm.js";

/** The resolved config as the lpi-stress actors read it (the tree is in index.ts). */
export interface LpiCosts {
  host: { kernel: "4.x" | "5.4" | "6.10" };
  vm: { vcpus: number };
  stress: { devices: number; eventsPerDevice: number };
  kvm: {
    signalMsiNs: number; xaLookupNs: number; cacheLookupNs: number; cacheEntryNs: number; cachePerVcpu: number;
    putIrqNs: number; itsTranslateNs: number; itsWalkNsPerEntry: number; apListQueueNs: number; kickNs: number;
    ipiNs: number; exitNs: number; entryNs: number; foldFlushNs: number; flushPerLrNs: number; listRegisters: number;
  };
  guest: { lpiHandlerNs: number };
  locks: LockCosts;
}

/** What an lpi-stress actor runs with, reached by closure (its context stays plain data). */
export interface LpiIo {
  readonly env: ActorEnv;
  readonly cfg: LpiCosts;
  readonly vm: LpiVm;
  readonly layout: HostLayout;
  /** Host core of each injector and of each vCPU. */
  readonly injectorCore: readonly number[];
  readonly vcpuCore: readonly number[];
  /** Actor ids: injectors 0..devices-1, then the vCPUs. */
  readonly vcpuActor: (j: number) => number;
  readonly index: number;
  readonly warmupNs: number;
}

/** Whether now is in the measured window: statistics count from the end of warm-up on. */
export const measured = (io: LpiIo): boolean => io.env.now() >= io.warmupNs;
