import { setup } from "xstate";
import type { ActorEnv } from "../../kernel/engine.js";
import { bind, unbound } from "../bind.js";
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

/** What a PHOLD actor runs with: its kernel handle and the layout, reached by closure (not in its context). */
export interface PholdIo { env: ActorEnv; layout: PholdLayout }
/** Plain data: counts only. */
interface PholdContext { stats: { handled: number; sent: number } }
/** proto PholdMsg. */
type PholdEvent = { type: "phold"; hops: number };
type Args = { context: PholdContext; event: PholdEvent };

function forward(io: PholdIo, ctx: PholdContext, hops: number): void {
  const { env, layout: l } = io;
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

const pholdImpl = (io: PholdIo) => ({
  actions: {
    sendInitial: ({ context }: Args) => { for (let i = 0; i < io.layout.initial; i++) forward(io, context, 0); },
    handle: ({ context, event }: Args) => {
      context.stats.handled++;
      forward(io, context, event.hops + 1);
    },
  },
});

export const pholdMachine = setup({
  types: { context: {} as PholdContext, input: {} as PholdIo, events: {} as PholdEvent },
  ...pholdImpl(unbound("phold")),
}).createMachine({
  id: "phold",
  context: () => ({ stats: { handled: 0, sent: 0 } }),
  entry: "sendInitial",
  initial: "active",
  states: {
    active: { on: { phold: { actions: "handle" } } },
  },
});

export const pholdLogic = (io: PholdIo) => bind(pholdMachine, pholdImpl(io));
