import type { Simulation } from "../kernel/simulation.js";
import { choice, int, type ParamTree } from "../config/params.js";
import { buildPhold, pholdParams, type PholdConfig } from "./phold/index.js";
import { buildNet, netConfigTree } from "./net/index.js";
import type { NetConfig } from "./net/config.js";
import { netPresets } from "./net/presets.js";
import { buildLpi, lpiConfigTree, type LpiConfig } from "./lpi/index.js";

export interface Preset { readonly model: string; readonly description: string; readonly config: Record<string, unknown> }

export interface ModelDef {
  readonly name: string;
  readonly description: string;
  /** Declarations of the whole config tree of this model (without `model` and `seed`). */
  readonly params: ParamTree;
  build(config: Record<string, unknown>): Simulation;
}

export const commonParams = <const M extends string>(model: M) => ({
  model: choice(model, [model], "irqscale", "model this config is for"),
  seed: int(1, "", "irqscale", "run seed; each actor's random stream derives from (seed, actor id)", { max: 2 ** 31 - 1 }),
  engine: choice("compiled", ["compiled", "xstate"], "irqscale",
    "how actors' xstate machines run: compiled transition tables (default) or xstate's own interpreter; "
    + "same digest and result"),
}) satisfies ParamTree;

export const models: Record<string, ModelDef> = {
  phold: {
    name: "phold",
    description: "PHOLD, the standard parallel discrete-event benchmark",
    params: { phold: pholdParams },
    build: (c) => buildPhold(c as unknown as PholdConfig),
  },
  net: {
    name: "net",
    description: "virtualized network I/O: NIC queues, pCPUs, vhost, GIC distributor/ITS/redistributors, vCPUs",
    params: netConfigTree,
    build: (c) => buildNet(c as unknown as NetConfig),
  },
  lpi: {
    name: "lpi",
    description: "KVM's vgic_lpi_stress selftest: injector threads signalling MSIs into a VM's vCPUs through the ITS",
    params: lpiConfigTree,
    build: (c) => buildLpi(c as unknown as LpiConfig),
  },
};

export const presets: Record<string, Preset> = {
  phold: { model: "phold", description: "PHOLD: 64 actors in 8 groups, 25% remote sends, 2 ms", config: {} },
  ...netPresets,
  "lpi-stress": {
    model: "lpi",
    description: "vgic_lpi_stress -v1 -d1 -e1 on the 6.10 injection path; vary vm.vcpus, stress.devices, host.kernel",
    config: {},
  },
};
