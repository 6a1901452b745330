// runLocal's wiring (engines, runners, coordinator over a MemoryBus) with every part exposed, so
// tests can read per-actor digests from the partitions' final reports or inject traffic on the bus.
import type { ResolvedConfig } from "../../shared/config/load.js";
import { PartitionEngine } from "../../shared/kernel/engine.js";
import { actorPartitions } from "../../shared/kernel/simulation.js";
import { planPartitions } from "../../shared/run/local.js";
import { Coordinator, type SyncOutcome, type WindowProtocolOptions } from "../../shared/sync/coordinator.js";
import { PartitionRunner } from "../../shared/sync/partition-runner.js";
import { MemoryBus } from "../../shared/transport/memory.js";

export interface ManualRun {
  bus: MemoryBus;
  engines: PartitionEngine[];
  runners: PartitionRunner[];
  /** What the coordinator's onWindow heard: windows every partition has reported. */
  windowsSeen: number[];
  /** Settles when the coordinator has every final report, or rejects when the run aborts. */
  outcome: Promise<SyncOutcome>;
}

export function startManualRun(rc: ResolvedConfig, partitions: number, runId = "test-run", protocol: WindowProtocolOptions = {}): ManualRun {
  const sim = rc.model.build(rc.config);
  const pog = planPartitions(sim, partitions);
  const partitionOf = actorPartitions(sim, pog);
  const bus = new MemoryBus();
  const engines: PartitionEngine[] = [];
  const runners: PartitionRunner[] = [];
  for (let p = 0; p < partitions; p++) {
    const own = rc.model.build(rc.config);
    const engine = new PartitionEngine(own.instance, p, partitionOf, partitions, rc.config.seed);
    const runner = new PartitionRunner(engine, own, bus, runId, "test");
    runner.attach();
    engines.push(engine);
    runners.push(runner);
  }
  const windowsSeen: number[] = [];
  const coordinator = new Coordinator(bus, runId, partitions, sim.lookahead(pog).ns, sim.endNs, protocol);
  coordinator.onWindow = (w) => windowsSeen.push(w);
  const outcome = coordinator.run();
  return { bus, engines, runners, outcome, windowsSeen };
}

/** Per-actor digest lanes, in actor order, from a finished run's final reports. */
export function actorDigests(outcome: SyncOutcome): string[] {
  const all = outcome.finals.flatMap((f) => f.digests).sort((a, b) => a.actor - b.actor);
  return all.map((d) => `${d.actor}:${d.h1.toString(16)}.${d.h2.toString(16)}`);
}
