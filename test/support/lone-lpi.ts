import { resolveConfig } from "../../shared/config/load.js";
import { PartitionEngine, type ActorEnv, type EngineKind, type SimEvent } from "../../shared/kernel/engine.js";
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
  const ios: LpiIo[] = [];
  const instance = {
    ...sim.instance,
    logic: (a: number, env: ActorEnv) => {
      const made = sim.instance.logic(a, env);
      ios[a] = made.input as LpiIo;
      return made;
    },
  };
  const partitionOf = new Int32Array(sim.instance.actorCount).fill(1);
  partitionOf[id] = 0;
  const engine = new PartitionEngine(instance, 0, partitionOf, 2, rc.config.seed, engineKind);
  // When each message was sent (the outbox keeps the event object itself), for its delay.
  const sentAt = new WeakMap<SimEvent, number>();
  engine.checkSend = (src, dst, event) => {
    sentAt.set(event, engine.now);
    return sim.checkDeclared!(src, dst, event.type);
  };
  engine.start();
  let seq = 0;
  return {
    rc,
    cfg,
    sim,
    engine,
    id,
    devices,
    vcpus,
    /** The actor's io: its resolved costs, the host layout, its cores, and the VM's shared memory. */
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
      sim.actorStats(id, engine.actor(id)!.getSnapshot().context, end, engine.timeInState(id, end)) as
        Record<string, unknown> & { shares: Record<string, number> },
  };
}
