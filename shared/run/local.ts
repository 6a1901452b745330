import { PartitionEngine, type PartitionSnapshot } from "../kernel/engine.js";
import { mergeCut, type RunCut } from "../kernel/cut.js";
import { ConfigError } from "../kernel/errors.js";
import { actorPartitions, blockPartition, type Simulation } from "../kernel/simulation.js";
import { engineOf, type ResolvedConfig } from "../config/load.js";
import { Coordinator, windowWidthNs } from "../sync/coordinator.js";
import { PartitionRunner } from "../sync/partition-runner.js";
import { MemoryBus } from "../transport/memory.js";
import { cpuMsSince } from "../stats/cpu.js";
import { assembleResult } from "../stats/result.js";
import { traceOfRun, traceWindowError, type TraceRequest } from "../stats/trace.js";
import { wireMismatch } from "../sync/codec.js";

export interface LocalRunOptions {
  partitions?: number;
  /** Explicit group -> partition map; default contiguous blocks of groups. */
  partitionOfGroup?: Int32Array;
  runId?: string;
  /** Pipeline depth of the window protocol (default 1: lockstep windows of one lookahead). */
  pipelineDepth?: number;
  onWindow?: (window: number, virtualNs: number) => void;
  /**
   * Progress for a display, observational only: called every 4,096 events of each partition (the
   * engine's interrupt hook, which here never stops the run), at each completed window and once at
   * the end, with the virtual time every partition has reached (non-decreasing, the run's end last)
   * and the events handled so far (the result's `events` last).
   */
  onProgress?: (p: { virtualNs: number; events: number; endNs: number }) => void;
  /** Round-trips every message through the protobuf codec and fails the run on any difference. */
  wireCheck?: boolean;
  /** Records a Chrome trace of `window` and hands it to `done` once the run is over. */
  trace?: TraceRequest;
  /** Cuts the run as it goes (every N windows, or every so much wall time) and hands each cut to `write`. */
  checkpoint?: LocalCheckpoints;
  /** Goes on from this cut instead of starting at time 0 (any partitioning of the same model and seed). */
  resume?: RunCut;
}

export interface LocalCheckpoints {
  everyWindows?: number;
  everyMs?: number;
  /** Stores one cut and says its size; the result's sync.checkpoints gives it with the time to take and store it. */
  write(cut: RunCut): { bytes: number };
}

/**
 * A run that cuts nothing has one window, so nothing to checkpoint at: with checkpoints it runs in
 * windows of this much virtual time (100 µs), which changes nothing else (no message crosses a cut).
 */
export const CHECKPOINT_WINDOW_NS = 100_000;

/**
 * The lookahead the window protocol runs with: the model's, or CHECKPOINT_WINDOW_NS for a checkpointed run that
 * cuts nothing.
 */
export const checkpointLookahead = (ns: number, checkpoints: unknown): number =>
  (Number.isFinite(ns) || checkpoints === undefined ? ns : CHECKPOINT_WINDOW_NS);

/** The figures of a run's checkpoints in its result (sync.checkpoints). */
export function checkpointFigures(
  every: { everyWindows?: number; everyMs?: number } | undefined, costs: readonly { bytes: number; ms: number }[],
  resumedFrom: RunCut | { window: number; now: number } | undefined,
): Record<string, unknown> | undefined {
  if (every === undefined && resumedFrom === undefined) return undefined;
  const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : 0);
  return {
    ...(every?.everyWindows !== undefined ? { everyWindows: every.everyWindows } : {}),
    ...(every?.everyMs !== undefined ? { everyMs: every.everyMs } : {}),
    taken: costs.length,
    bytesPerCut: mean(costs.map((c) => c.bytes)),
    msPerCut: mean(costs.map((c) => c.ms)),
    ...(resumedFrom ? { resumedFrom: { window: resumedFrom.window, virtualNs: resumedFrom.now } } : {}),
  };
}

/** Checks and returns the group -> partition map for `partitions` partitions. */
export function planPartitions(
  sim: Simulation, partitions: number, explicit?: Int32Array, flag = `--partitions ${partitions}`,
): Int32Array {
  if (!Number.isInteger(partitions) || partitions < 1) throw new ConfigError([`--partitions: expected a positive integer, got ${partitions}`]);
  if (partitions > sim.groups) {
    throw new ConfigError([
      `${flag}: this config has only ${sim.groups} groups of actors that can be separated; use at most ${sim.groups}`,
    ]);
  }
  const map = explicit ?? blockPartition(sim.groups, partitions);
  if (map.length !== sim.groups) throw new ConfigError([`partition map: ${map.length} entries for ${sim.groups} groups`]);
  const used = new Set(map);
  for (let p = 0; p < partitions; p++) if (!used.has(p)) throw new ConfigError([`partition map: partition ${p} holds no group`]);
  for (const p of map) if (p < 0 || p >= partitions) throw new ConfigError([`partition map: partition ${p} out of range 0..${partitions - 1}`]);
  return map;
}

/** Runs a resolved config in this process: N partitions over the in-memory transport. */
export async function runLocal(rc: ResolvedConfig, opts: LocalRunOptions = {}): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const partitions = opts.partitions ?? 1;
  const runId = opts.runId ?? `local-${rc.config.seed}`;
  const sim = rc.model.build(rc.config);
  const pog = planPartitions(sim, partitions, opts.partitionOfGroup);
  const lookahead = sim.lookahead(pog);
  if (partitions > 1 && !(lookahead.ns > 0)) throw new ConfigError([`lookahead: the cut link ${lookahead.link} has latency ${lookahead.ns} ns; cut links need latency > 0`]);
  const depth = opts.pipelineDepth ?? 1;
  windowWidthNs(lookahead.ns, depth);
  const partitionOf = actorPartitions(sim, pog);
  const trace = opts.trace;
  const traceError = trace && traceWindowError(trace.window, sim.endNs);
  if (traceError) throw new ConfigError([traceError]);
  const bus = new MemoryBus();
  const cp = opts.checkpoint;
  const costs: { bytes: number; ms: number }[] = [];
  // Per window being cut: the partitions' snapshots so far and the wall time they took.
  const parts = new Map<number, { snaps: PartitionSnapshot[]; ms: number }>();
  const policy = cp && {
    everyWindows: cp.everyWindows, everyMs: cp.everyMs,
    take: (window: number, snap: PartitionSnapshot, snapshotMs: number) => {
      const got = parts.get(window) ?? { snaps: [], ms: 0 };
      got.snaps.push(snap);
      got.ms += snapshotMs;
      parts.set(window, got);
      if (got.snaps.length < partitions) return;
      parts.delete(window);
      const t0 = performance.now();
      const { bytes } = cp.write(mergeCut(got.snaps, window));
      costs.push({ bytes, ms: got.ms + performance.now() - t0 });
    },
  };
  const resume = opts.resume;
  if (resume && (resume.seed !== rc.config.seed || resume.engine !== engineOf(rc.config))) {
    throw new ConfigError([`resume: the cut is of seed ${resume.seed} and engine ${resume.engine}, `
      + `the run of seed ${rc.config.seed} and engine ${engineOf(rc.config)}`]);
  }
  const runners: PartitionRunner[] = [];
  const engines: PartitionEngine[] = [];
  let reached = 0;
  const progress = opts.onProgress && ((atEnd: boolean): void => {
    let now = Infinity, events = 0;
    for (const e of engines) { now = Math.min(now, e.now); events += e.events; }
    reached = atEnd ? sim.endNs : Math.max(reached, Math.min(now, sim.endNs));
    opts.onProgress!({ virtualNs: reached, events, endNs: sim.endNs });
  });
  for (let p = 0; p < partitions; p++) {
    // Each partition has a model instance of its own: its actors' io and shared memory live there.
    const own = rc.model.build(rc.config);
    const engine = new PartitionEngine(own.instance, p, partitionOf, partitions, rc.config.seed, engineOf(rc.config));
    if (opts.wireCheck) {
      engine.checkSend = (src, dst, event) => sim.checkDeclared?.(src, dst, event.type) ?? wireMismatch(event);
    }
    if (progress) {
      const outer = engine.interrupt;
      engine.interrupt = () => { progress(false); return outer?.(); };
    }
    engines.push(engine);
    if (resume) engine.restoreCut(resume);
    const runner = new PartitionRunner(engine, own, bus, runId, "local", {
      ...(policy ? { checkpoint: policy } : {}), ...(resume ? { firstWindow: resume.window + 1 } : {}),
    });
    if (trace) runner.trace(trace.window);
    runner.attach();
    runners.push(runner);
  }
  const coordinator = new Coordinator(bus, runId, partitions, checkpointLookahead(lookahead.ns, cp), sim.endNs, {
    depth, ...(resume ? { resume: { window: resume.window + 1, start: resumeStart(resume, sim.endNs) } } : {}),
  });
  coordinator.onWindow = !progress ? opts.onWindow : (w, ns) => { progress(false); opts.onWindow?.(w, ns); };
  try {
    const outcome = await coordinator.run();
    progress?.(true);
    if (trace) trace.done(traceOfRun(sim, trace.window, outcome.finals));
    return assembleResult(sim, rc.config, outcome, {
      runId, preset: rc.preset, partitions, workers: 1, lookaheadNs: lookahead.ns, lookaheadLink: lookahead.link, pipelineDepth: depth,
      wallMs: performance.now() - t0, cpuMs: cpuMsSince(cpu0), transport: "memory",
      ...withCheckpoints(checkpointFigures(cp, costs, resume)),
    });
  } finally {
    for (const r of runners) r.detach();
    await bus.close();
  }
}

/**
 * Where a resumed run's first window starts: at the cut, or at its first pending event when that lies
 * later (the window protocol skips idle time the same way).
 */
export function resumeStart(cut: RunCut, endNs: number): number {
  let next = Infinity;
  for (const e of cut.heap) if (e[0] < next) next = e[0];
  return next < endNs ? Math.max(cut.now, next) : cut.now;
}

/** The result's sync extra for checkpoint figures, when there are any. */
export const withCheckpoints = (c: Record<string, unknown> | undefined): { syncExtra?: Record<string, unknown> } =>
  (c ? { syncExtra: { checkpoints: c } } : {});
