import { describe, expect, it } from "vitest";
import { resolveConfig, type ResolvedConfig } from "../../shared/config/load.js";
import { PartitionEngine, type EngineKind, type PartitionSnapshot } from "../../shared/kernel/engine.js";
import { actorPartitions, type Simulation } from "../../shared/kernel/simulation.js";
import { planPartitions } from "../../shared/run/local.js";
import { presets } from "../../shared/model/registry.js";

// A partition's state is plain data: every actor's machine and context, the queued events, the
// random streams and the models' shared memory. A run snapshotted mid-way, sent through JSON and
// restored into fresh engines finishes exactly as the run that was never interrupted.

/** Each preset, shortened to a run that still reaches its steady behaviour. */
const cases: [string, string[]][] = [
  ["paper", ["sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["paper", ["vm.net.mode=mq-msi", "sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["paper", ["vm.net.mode=x86-ioapic", "vm.vcpus=4", "sim.warmupMs=0.5", "sim.durationMs=2"]],
  // No vhost: the NIC's DMA and MSI straight to the VM (doorbells with WFI trapped), the host's own cores, vSGIs.
  ["paper", ["vm.net.mode=vf-passthrough", "kvm.wfiTrapPolicy=trap", "vm.vcpus=4", "workload.kind=open",
    "sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["paper", ["vm.net.mode=x86-vf-posted", "vm.vcpus=4", "workload.kind=open", "sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["paper", ["vm.net.mode=native", "vm.vcpus=4", "workload.kind=open", "sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["paper", ["vm.net.mode=mq-msi", "host.kernel=6.10", "gic.vsgi=true", "vm.vcpus=4", "workload.kind=open",
    "sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["livelock", ["sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["livelock", ["guest.napi=false", "sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["ideal", ["sim.warmupMs=1", "sim.durationMs=4"]],
  ["flood", ["workload.ratePerSec=800000", "sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["flood", ["guest.napi=false", "workload.ratePerSec=800000", "sim.warmupMs=0.5", "sim.durationMs=2"]],
  // Bulk TCP: windows and sockets in the VM's memory, segments on the tap and mid-copy, threads mid-read.
  ["stream", ["sim.warmupMs=0.5", "sim.durationMs=1"]],
  ["stream", ["workload.direction=tx", "vm.net.mode=sq-spi", "workload.ackEverySegs=2", "sim.warmupMs=0.5",
    "sim.durationMs=1"]],
  ["rack", ["host.count=4", "sim.warmupMs=0.1", "sim.durationMs=0.2"]],
  ["rack", ["host.count=2", "vm.perHost=2", "vm.vcpus=2", "host.pcpus=8", "workload.connections=16",
    "vm.net.mode=vf-passthrough", "sim.warmupMs=0.1", "sim.durationMs=0.3"]],
  // Every mitigation on: coalescing timers, net_dim's state, busy-polling vCPUs and workers mid-spin.
  ["paper", ["vm.net.mode=mq-msi", "vm.vcpus=4", "workload.connections=8", "guest.coalesce.rxUsecs=20",
    "guest.coalesce.rxFrames=8", "guest.dim=true", "guest.busyPollUs=30", "host.vhostPollUs=20", "sim.warmupMs=0.5",
    "sim.durationMs=2"]],
  ["phold", ["phold.endNs=200000"]],
  ["lpi-stress", ["stress.devices=4", "vm.vcpus=4", "host.kernel=5.4", "sim.durationMs=0.2"]],
  ["lpi-stress", ["stress.devices=3", "vm.vcpus=2", "host.kernel=4.x", "host.topology=kunpeng920", "host.pcpus=64",
    "vm.pinning=spread", "sim.durationMs=0.2"]],
];

/** A run's engines, each with the model instance of its own partition (its actors' io and memory). */
interface Run {
  sim: Simulation;
  sims: Simulation[];
  engines: PartitionEngine[];
  lookahead: number;
}

function start(rc: ResolvedConfig, partitions: number, engine: EngineKind, snaps?: PartitionSnapshot[]): Run {
  const sim = rc.model.build(rc.config);
  const pog = planPartitions(sim, partitions);
  const partitionOf = actorPartitions(sim, pog);
  const sims = Array.from({ length: partitions }, () => rc.model.build(rc.config));
  const engines = sims.map((own, p) => {
    const e = new PartitionEngine(own.instance, p, partitionOf, partitions, rc.config.seed, engine);
    if (snaps) e.restore(snaps[p]!);
    else e.start();
    return e;
  });
  return { sim, sims, engines, lookahead: sim.lookahead(pog).ns };
}

/** Windows of one lookahead each, exchanging the partitions' messages between windows. */
function advance(run: Run, from: number, to: number): void {
  const width = Number.isFinite(run.lookahead) ? run.lookahead : to - from;
  for (let t = from; t < to; t += width) {
    const end = Math.min(t + width, to);
    for (const e of run.engines) {
      e.remoteFloor = t + width;
      e.runUntil(end);
    }
    for (const e of run.engines) {
      for (const other of run.engines) if (other !== e) other.ingest(e.takeOutbox(other.partition));
    }
  }
}

/** Every actor's digest lanes and final statistics, in actor order. */
function outcome(run: Run): unknown[] {
  const end = run.sim.endNs;
  const out: unknown[] = [];
  for (const [p, e] of run.engines.entries()) {
    for (const id of e.owned) {
      const stats = run.sims[p]!.actorStats(id, e.actor(id)!.getSnapshot().context, end, e.timeInState(id, end));
      out[id] = [e.digests.h1[id], e.digests.h2[id], stats];
    }
  }
  return out;
}

function interrupted(rc: ResolvedConfig, partitions: number, engine: EngineKind, at: number): unknown[] {
  const first = start(rc, partitions, engine);
  advance(first, 0, at);
  const saved = JSON.stringify(first.engines.map((e) => e.snapshot()));
  // The first run goes on, to show the snapshot is a copy, not a view of the live state.
  advance(first, at, first.sim.endNs);
  const second = start(rc, partitions, engine, JSON.parse(saved) as PartitionSnapshot[]);
  advance(second, at, second.sim.endNs);
  return outcome(second);
}

describe("snapshot mid-run -> JSON -> restore: the same digest and statistics as the run never interrupted", () => {
  for (const [preset, sets] of cases) {
    it(`${preset} ${sets.join(" ")}`, () => {
      const rc = resolveConfig({ preset, sets });
      const whole = start(rc, 1, "compiled");
      const end = whole.sim.endNs;
      advance(whole, 0, end);
      const expected = outcome(whole);
      // A time that is not a window boundary of anything in particular, inside the measured window.
      const at = Math.round(end * 0.61);
      expect(interrupted(rc, 1, "compiled", at)).toEqual(expected);
      // Partitioned: each partition restores from its own snapshot.
      if (rc.model.build(rc.config).groups > 1) expect(interrupted(rc, 2, "compiled", at)).toEqual(expected);
    });
  }

  it("under xstate's interpreter too (its persisted snapshots), on the paper preset in mq-msi", () => {
    const rc = resolveConfig({ preset: "paper", sets: ["vm.net.mode=mq-msi", "vm.vcpus=4", ...cases[0]![1]] });
    const whole = start(rc, 1, "xstate");
    advance(whole, 0, whole.sim.endNs);
    expect(interrupted(rc, 1, "xstate", Math.round(whole.sim.endNs * 0.61))).toEqual(outcome(whole));
  });

  it("covers every preset", () => {
    expect(new Set(cases.map(([p]) => p))).toEqual(new Set(Object.keys(presets)));
  });

  it("a snapshot refuses to restore into another partition, seed or engine, naming both", () => {
    const rc = resolveConfig({ preset: "phold", sets: ["phold.endNs=20000"] });
    const run = start(rc, 1, "compiled");
    advance(run, 0, 10_000);
    const snap = run.engines[0]!.snapshot();
    const other = (seed: number, engine: EngineKind) =>
      new PartitionEngine(
        rc.model.build(rc.config).instance,
        0,
        new Int32Array(run.sim.instance.actorCount),
        1,
        seed,
        engine,
      );
    expect(() => other(rc.config.seed + 1, "compiled").restore(snap)).toThrow(/seed \d+ cannot restore into seed \d+/);
    expect(() => other(rc.config.seed, "xstate").restore(snap)).toThrow(
      /engine "compiled" cannot restore into engine "xstate"/,
    );
  });
});
