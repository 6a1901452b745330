import { resolveConfig } from "../../shared/config/load.js";
import type { EngineKind } from "../../shared/kernel/engine.js";
import { loneEngine } from "./lone-engine.js";
import type { LpiConfig } from "../../shared/model/lpi/index.js";
import type { LpiIo } from "../../shared/model/lpi/common.js";

/**
 * One actor of the lpi-stress model run alone, for its unit tests (as lone-actor.ts does for the
 * network model): it is the only actor of partition 0, so what it sends to the others leaves through
 * partition 1's outbox, and events are handed to it at chosen virtual times. Every send is held to
 * the kinds' declarations. The VM's shared memory (`io().vm`) is the one of this partition's model
 * instance: a test reads it, and writes it to play the actors that do not run.
 *
 * `pick` gets the number of injectors (devices, after stress.devices=0 is resolved) and of vCPUs and
 * returns the actor id to run: injectors are 0..devices-1, then the vCPUs.
 */
export function loneLpi(engineKind: EngineKind, sets: string[], pick: (devices: number, vcpus: number) => number) {
  const rc = resolveConfig({ preset: "lpi-stress", sets });
  const cfg = rc.config as unknown as LpiConfig;
  const sim = rc.model.build(rc.config);
  const vcpus = cfg.vm.vcpus;
  const devices = sim.instance.actorCount - vcpus;
  const id = pick(devices, vcpus);
  if (!(Number.isInteger(id) && id >= 0 && id < sim.instance.actorCount)) {
    throw new RangeError(`loneLpi: actor ${id} is not one of the ${sim.instance.actorCount} actors`);
  }
  const lone = loneEngine<LpiIo>(sim, rc.config.seed, engineKind, id);
  return {
    ...lone,
    rc,
    cfg,
    sim,
    id,
    devices,
    vcpus,
    stats: (end: number) => lone.stats(end) as Record<string, unknown> & { shares: Record<string, number> },
  };
}
