import { resolveConfig } from "../../shared/config/load.js";
import type { EngineKind } from "../../shared/kernel/engine.js";
import { loneEngine } from "./lone-engine.js";
import { Topology } from "../../shared/model/net/topology.js";
import type { NetConfig } from "../../shared/model/net/config.js";
import type { NetInput } from "../../shared/model/net/common.js";

/**
 * One actor of the network model run alone, for its unit tests: it is the only actor of partition 0,
 * so what it sends to others leaves through partition 1's outbox, and events are handed to it at
 * chosen virtual times. Every send is held to the kinds' declarations.
 */
export function loneActor(engineKind: EngineKind, preset: string, sets: string[], pick: (topo: Topology) => number) {
  const rc = resolveConfig({ preset, sets });
  const cfg = rc.config as unknown as NetConfig;
  const sim = rc.model.build(rc.config);
  const topo = new Topology(cfg);
  const id = pick(topo);
  const lone = loneEngine<NetInput>(sim, rc.config.seed, engineKind, id);
  return {
    ...lone,
    rc,
    cfg,
    sim,
    topo,
    id,
    /** What it sent to other actors since the last call. */
    sent: () => lone.sent().map(({ time, dst, event }) => ({ time, dst, event })),
  };
}
