import type { Simulation } from "../../kernel/simulation.js";
import type { ModelInstance } from "../../kernel/engine.js";
import { groupOfActor, pholdLogic, pholdParams, pholdPorts, type PholdIo, type PholdLayout } from "./phold-actor.js";
import { portsMismatch } from "../declarations.js";

export { pholdParams };

export interface PholdConfig { model: "phold"; seed: number; phold: PholdLayout & { endNs: number } }

export function buildPhold(cfg: PholdConfig): Simulation {
  const l = cfg.phold;
  const groups = Math.min(l.groups, l.actors);
  const layout: PholdLayout = { ...l, groups };
  const instance: ModelInstance = {
    actorCount: l.actors,
    actorName: (id) => `phold[${id}]`,
    latency: (src, dst) => (src === dst ? 0 : l.minDelayNs),
    logic: (_id, env) => {
      const io: PholdIo = { env, layout };
      return { ...pholdLogic(io), input: io };
    },
  };
  return {
    instance,
    groups,
    groupOf: (a) => groupOfActor(a, layout),
    lookahead: (pog) => {
      for (let g = 1; g < groups; g++) if (pog[g] !== pog[0]) return { ns: l.minDelayNs, link: "phold group link" };
      return { ns: Infinity, link: "none cut" };
    },
    endNs: l.endNs,
    actorStats: (_id, context) => (context as { stats: unknown }).stats,
    summarize: (stats) => {
      let handled = 0, sent = 0;
      for (const s of stats.values()) { handled += (s as { handled: number }).handled; sent += (s as { sent: number }).sent; }
      return { phold: { handled, sent } };
    },
    checkDeclared: (src, dst, type) => {
      const end = (id: number) => ({ name: instance.actorName(id), kind: "phold" });
      return portsMismatch(end(src), end(dst), type, pholdPorts, pholdPorts);
    },
  };
}
