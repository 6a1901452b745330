// A tiny model for kernel and sync tests: named actors, a latency function and one xstate machine
// per actor, wrapped as a ModelInstance, a Simulation and a resolved config that runLocal accepts.
import { createMachine, type AnyActorLogic } from "xstate";
import type { ActorEnv, ModelInstance } from "../../shared/kernel/engine.js";
import type { Simulation } from "../../shared/kernel/simulation.js";
import type { ResolvedConfig } from "../../shared/config/load.js";

export interface TinySpec {
  names: string[];
  /** Declared minimum delay between two actors (0 for self, Infinity for no link). */
  latency: (src: number, dst: number) => number;
  /** The machine of actor `id`; it talks to the kernel through `env`. */
  behaviour: (id: number, env: ActorEnv) => AnyActorLogic;
  /** Group of each actor (default: one group per actor). */
  groupOf?: (actor: number) => number;
  /** What the simulation claims as lookahead; default: the smallest latency of a cut link. */
  lookaheadNs?: number;
  endNs: number;
}

export function tinyInstance(spec: TinySpec): ModelInstance {
  return {
    actorCount: spec.names.length,
    actorName: (id) => spec.names[id] ?? `actor ${id}`,
    latency: (s, d) => (s === d ? 0 : spec.latency(s, d)),
    logic: (id, env) => ({ logic: spec.behaviour(id, env), input: undefined }),
  };
}

export function tinySimulation(spec: TinySpec): Simulation {
  const n = spec.names.length;
  const groupOf = spec.groupOf ?? ((a: number) => a);
  let groups = 0;
  for (let a = 0; a < n; a++) groups = Math.max(groups, groupOf(a) + 1);
  return {
    instance: tinyInstance(spec),
    groups,
    groupOf,
    lookahead: (pog) => {
      if (spec.lookaheadNs !== undefined) return { ns: spec.lookaheadNs, link: "declared" };
      let best = { ns: Infinity, link: "none cut" };
      for (let s = 0; s < n; s++) for (let d = 0; d < n; d++) {
        if (pog[groupOf(s)] === pog[groupOf(d)]) continue;
        const l = spec.latency(s, d);
        if (l < best.ns) best = { ns: l, link: `${spec.names[s]}->${spec.names[d]}` };
      }
      return best;
    },
    endNs: spec.endNs,
    actorStats: (_id: number, context: unknown) => context ?? null,
    summarize: (stats) => ({ tiny: Object.fromEntries(stats) }),
  };
}

export function tinyConfig(spec: TinySpec, seed = 1): ResolvedConfig {
  return {
    model: { name: "tiny", description: "test model", params: {}, build: () => tinySimulation(spec) },
    preset: undefined,
    config: { model: "tiny", seed },
  };
}

/** Two actors in two groups bouncing one message, `gap` ns per hop, over a `latency` ns link. */
export function pingPong(gap: number, latency: number, endNs: number): TinySpec {
  return {
    names: ["left", "right"], latency: () => latency, endNs,
    behaviour: (id, env) => createMachine({
      entry: () => { if (id === 0) env.send(1, { type: "phold", hops: 0 }, gap); },
      on: { phold: { actions: () => env.send(1 - id, { type: "phold", hops: 0 }, gap) } },
    }),
  };
}
