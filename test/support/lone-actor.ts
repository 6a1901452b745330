import { resolveConfig } from "../../shared/config/load.js";
import { PartitionEngine, type ActorEnv, type EngineKind, type SimEvent } from "../../shared/kernel/engine.js";
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
  const ios: NetInput[] = [];
  const instance = {
    ...sim.instance,
    logic: (a: number, env: ActorEnv) => {
      const made = sim.instance.logic(a, env);
      ios[a] = made.input as NetInput;
      return made;
    },
  };
  const partitionOf = new Int32Array(topo.actorCount).fill(1);
  partitionOf[id] = 0;
  const engine = new PartitionEngine(instance, 0, partitionOf, 2, rc.config.seed, engineKind);
  engine.checkSend = (src, dst, event) => sim.checkDeclared!(src, dst, event.type);
  engine.start();
  let seq = 0;
  return {
    rc,
    cfg,
    sim,
    topo,
    id,
    engine,
    /** The actor's io (its VM's memory among it). */
    io: () => ios[id]!,
    /** Hands `event` from `src` to the actor at virtual time `at` (run it with runUntil). */
    send: (at: number, src: number, event: SimEvent) => engine.ingest([{ time: at, src, seq: seq++, dst: id, event }]),
    runUntil: (t: number) => engine.runUntil(t),
    state: () => engine.actor(id)!.stateName(),
    context: () => engine.actor(id)!.getSnapshot().context,
    /** What it sent to other actors since the last call. */
    sent: () => engine.takeOutbox(1).map((m) => ({ time: m.time, dst: m.dst, event: m.event })),
    stats: (end: number) =>
      sim.actorStats(id, engine.actor(id)!.getSnapshot().context, end, engine.timeInState(id, end)),
  };
}
