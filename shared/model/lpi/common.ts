import type { ActorEnv } from "../../kernel/engine.js";
import type { HostLayout } from "../host/layout.js";
import type { LpiVm } from "./vm.js";
import type { LpiConfig } from "./index.js";

/** What an lpi-stress actor runs with, reached by closure (its context stays plain data). */
export interface LpiIo {
  readonly env: ActorEnv;
  /** The resolved config, stress.devices resolved to a count. */
  readonly cfg: LpiConfig;
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
