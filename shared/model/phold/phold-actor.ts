import { setup } from "xstate";
import type { ActorEnv } from "../../kernel/engine.js";
import { int, num } from "../../config/params.js";

/**
 * PHOLD, the standard PDES benchmark (Fujimoto 1990; ROSS and SST ship it): every message makes
 * its receiver draw a delay (minimum + exponential) and a destination, and send one message on.
 */
export const pholdParams = {
  actors: int(64, "actors", "PHOLD benchmark convention", "number of PHOLD actors", { min: 1, max: 1_000_000 }),
  groups: int(8, "groups", "PHOLD benchmark convention", "actor groups; a partition is a union of groups", { min: 1 }),
  initial: int(4, "messages", "PHOLD benchmark convention", "messages each actor sends at t=0", { min: 0 }),
  remoteShare: num(0.25, "fraction", "PHOLD benchmark convention", "share of sends to an actor outside the sender's group", { max: 1 }),
  meanDelayNs: num(1000, "ns", "PHOLD benchmark convention", "mean of the exponential part of each delay"),
  minDelayNs: int(500, "ns", "PHOLD benchmark convention", "fixed minimum delay = latency of every link (the lookahead)", { min: 0, above: true }),
  endNs: int(2_000_000, "ns", "chosen", "virtual end time of the run", { min: 0, above: true }),
};

/** Message types this actor accepts and sends (proto/irqscale.proto: PholdMsg). */
export const pholdPorts = { accepts: ["phold"], sends: ["phold"] } as const;
/** Statistics it keeps. */
export const pholdStats = { handled: "messages handled", sent: "messages sent" } as const;

export interface PholdLayout { actors: number; groups: number; initial: number; remoteShare: number; meanDelayNs: number; minDelayNs: number }

export const groupOfActor = (a: number, l: PholdLayout): number => Math.floor((a * l.groups) / l.actors);
export const groupStart = (g: number, l: PholdLayout): number => Math.ceil((g * l.actors) / l.groups);

interface PholdContext { env: ActorEnv; layout: PholdLayout; stats: { handled: number; sent: number } }
type PholdEvent = { type: "phold"; hops: number };

function forward(ctx: PholdContext, hops: number): void {
  const { env, layout: l } = ctx;
  const rng = env.rng;
  const g = groupOfActor(env.id, l);
  const lo = groupStart(g, l), hi = groupStart(g + 1, l);
  let dst: number;
  if (l.groups > 1 && rng.next() < l.remoteShare) {
    const r = rng.int(l.actors - (hi - lo));
    dst = r < lo ? r : r + (hi - lo);
  } else {
    dst = lo + rng.int(hi - lo);
  }
  const delay = l.minDelayNs + Math.round(rng.exp(l.meanDelayNs));
  ctx.stats.sent++;
  env.send(dst, { type: "phold", hops }, delay);
}

export const pholdMachine = setup({
  types: {
    context: {} as PholdContext,
    input: {} as { env: ActorEnv; layout: PholdLayout },
    events: {} as PholdEvent,
  },
}).createMachine({
  id: "phold",
  context: ({ input }) => ({ env: input.env, layout: input.layout, stats: { handled: 0, sent: 0 } }),
  entry: ({ context }) => { for (let i = 0; i < context.layout.initial; i++) forward(context, 0); },
  initial: "active",
  states: {
    active: {
      on: {
        phold: {
          actions: ({ context, event }) => {
            context.stats.handled++;
            forward(context, event.hops + 1);
          },
        },
      },
    },
  },
});
