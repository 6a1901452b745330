import { PartitionEngine, type ActorEnv, type EngineKind, type SimEvent } from "../../shared/kernel/engine.js";
import type { Simulation } from "../../shared/kernel/simulation.js";

/**
 * Actor `id` of a built model run alone, for its kind's unit tests: it is the only actor of
 * partition 0, so what it sends to the others leaves through partition 1's outbox, and events are
 * handed to it at chosen virtual times. Every send is held to the kinds' declarations. Each actor's
 * io (its kernel handle, config and the shared memory of this partition's model instance) is kept.
 */
export function loneEngine<Io>(sim: Simulation, seed: number, engineKind: EngineKind, id: number) {
  const ios: Io[] = [];
  const instance = {
    ...sim.instance,
    logic: (a: number, env: ActorEnv) => {
      const made = sim.instance.logic(a, env);
      ios[a] = made.input as Io;
      return made;
    },
  };
  const partitionOf = new Int32Array(sim.instance.actorCount).fill(1);
  partitionOf[id] = 0;
  const engine = new PartitionEngine(instance, 0, partitionOf, 2, seed, engineKind);
  // When each message was sent (the outbox keeps the event object itself), for its delay.
  const sentAt = new WeakMap<SimEvent, number>();
  engine.checkSend = (src, dst, event) => {
    sentAt.set(event, engine.now);
    return sim.checkDeclared!(src, dst, event.type);
  };
  engine.start();
  let seq = 0;
  return {
    engine,
    /** The actor's io. */
    io: () => ios[id]!,
    /** Hands `event` from `src` to the actor at virtual time `at` (run it with runUntil). */
    send: (at: number, src: number, event: SimEvent) => engine.ingest([{ time: at, src, seq: seq++, dst: id, event }]),
    /** Handles every event before `t`. */
    runUntil: (t: number) => engine.runUntil(t),
    state: () => engine.actor(id)!.stateName(),
    context: () => engine.actor(id)!.getSnapshot().context,
    /** What it sent to other actors since the last call, with each message's delay from when it was sent. */
    sent: () => engine.takeOutbox(1).map((m) =>
      ({ time: m.time, dst: m.dst, event: m.event, delay: m.time - sentAt.get(m.event)! })),
    /** Its actorStats at `end` (the kernel's time-in-state shares among them). */
    stats: (end: number) =>
      sim.actorStats(id, engine.actor(id)!.getSnapshot().context, end, engine.timeInState(id, end)),
  };
}
