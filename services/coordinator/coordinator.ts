import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { ResolvedConfig } from "../../shared/config/load.js";
import { ConfigError, SimError } from "../../shared/kernel/errors.js";
import type { Ns } from "../../shared/kernel/time.js";
import {
  claimWorkers, describeWorker, pingWorker, releaseWorkers, workerSubject, type WorkerInfo,
} from "../../shared/run/nats-pool.js";
import { assignPartitions, DEFAULT_MIN_LOOKAHEAD_NS, planRun } from "../../shared/run/partition.js";
import { hostname } from "node:os";
import { cpuMsSince } from "../../shared/stats/cpu.js";
import { assembleResult } from "../../shared/stats/result.js";
import { traceOfRun, traceWindowError, type TraceRequest } from "../../shared/stats/trace.js";
import { decodeControl, irqscale } from "../../shared/sync/codec.js";
import { Coordinator, windowWidthNs } from "../../shared/sync/coordinator.js";
import {
  beatEveryMs, checkStallTimeout, DEFAULT_STALL_TIMEOUT_MS, lostAfterMs, newRunToken,
} from "../../shared/sync/liveness.js";
import { subjects } from "../../shared/sync/subjects.js";
import { checkRunId, connectNats, NatsBus, natsConnectOptions, newRunId, watchConnection } from "../../shared/transport/nats.js";
import { buildIdentity, describeBuild } from "../../shared/run/build-id.js";
import { WORKER_REPORT } from "../worker/worker.js";
import type { RunCut } from "../../shared/kernel/cut.js";
import type { CheckpointManifest } from "../../shared/run/checkpoint.js";
import { checkpointFigures, checkpointLookahead, resumeStart } from "../../shared/run/local.js";
import {
  CHECKPOINT_BUCKET, dropCheckpoint, manifestName, openCheckpointStore,
} from "../../shared/run/nats-checkpoints.js";
import { CutCommitter } from "./cut-committer.js";

export interface DistributedRunOptions {
  /** NATS server (default $NATS_URL); ignored when `nc` is given. */
  natsUrl?: string;
  /** An open connection to use (not closed at the end). */
  nc?: NatsConnection;
  workers: number;
  /** Partitions; default the map's, else one per worker. */
  partitions?: number;
  /** Explicit group -> partition map. */
  partitionMap?: Int32Array;
  /** Cut links below this latency are rejected (default 1000 ns). */
  minLookaheadNs?: number;
  runId?: string;
  /** Pipeline depth of the window protocol (default DEFAULT_PIPELINE_DEPTH, less when the lookahead is under that many ns). */
  pipelineDepth?: number;
  /** Partitions report progress at most this often (wall ms; default 50; 0 = every window). */
  reportEveryMs?: number;
  /** How long to wait for enough idle workers (ms, default 60000). */
  waitMs?: number;
  /** Once, this long after discovery, called with the number of workers still missing. */
  shortfallAfterMs?: number;
  onShortfall?: (missing: number) => void | Promise<void>;
  /** Ping period (ms, default 1000): a worker whose NATS connection is gone aborts the run at once. */
  pingMs?: number;
  /**
   * Liveness bound (ms, default DEFAULT_STALL_TIMEOUT_MS, 5000): a worker that answers no heartbeat
   * for this long is lost and the run aborts, naming it; so does a run where every worker has only
   * waited for its peers' batches this long (a lost message). Independent of window length.
   */
  stallMs?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  onWindow?: (window: number, virtualNs: Ns) => void;
  /** Records a Chrome trace of `window` in every partition and hands the merged one to `done`. */
  trace?: TraceRequest;
  /** Cuts the run as it goes, into the JetStream object store CHECKPOINT_BUCKET (docs/checkpoints.md). */
  checkpoint?: { everyWindows?: number; everyMs?: number };
  /** Goes on from this checkpoint (its manifest names the run it continues and the cut). */
  resume?: { manifest: CheckpointManifest; cut: RunCut };
  /**
   * The run the checkpoints are stored under (default the run id): a run resumed under a new id
   * keeps cutting into its first attempt's checkpoint.
   */
  checkpointRun?: string;
  /** Go on with this many workers or more when fewer than `workers` answer within `waitMs` (default `workers`). */
  minWorkers?: number;
}

/** A run that lost a worker (its process or its network), named; with a checkpoint it can be resumed. */
export class WorkerLostError extends SimError {
  constructor(message: string, readonly worker: string) { super(message); this.name = "WorkerLostError"; }
}

/**
 * Progress reports over NATS at most every 50 ms per partition: plenty for a progress display and for
 * stall detection, where a report per window (hundreds per second) would wake the coordinator and
 * cost nats-server that many messages on the cores the workers need.
 */
export const DEFAULT_REPORT_EVERY_MS = 50;

/**
 * Windows of half a lookahead, and a partition may run one window ahead of its slowest peer: on the
 * 2-core VM of README "Across processes" this absorbs part of the batch's trip through nats-server
 * and of the workers' jitter (rack: 1.57x against 1.45x at depth 1, median of 6 interleaved rounds).
 */
export const DEFAULT_PIPELINE_DEPTH = 2;

interface WorkerFigures { worker: string; host: string; pid: number; partitions: number[]; busyMs: number; cpuMs: number; bytesSent: number; messagesSent: number; wallMs: number }

/**
 * CPU time of the distinct processes among `figures` (a worker's process may host other workers or
 * the coordinator: each covers the same process over an overlapping span, so the longest one counts).
 */
export function processesCpuMs(figures: readonly { host: string; pid: number; cpuMs: number }[]): number {
  const byProcess = new Map<string, number>();
  for (const f of figures) {
    const key = `${f.host}\u0000${f.pid}`;
    byProcess.set(key, Math.max(byProcess.get(key) ?? 0, Number.isFinite(f.cpuMs) ? f.cpuMs : 0));
  }
  let sum = 0;
  for (const ms of byProcess.values()) sum += ms;
  return sum;
}

/**
 * Runs a resolved config across NATS workers: plans the partitions (groups, explicit map, lookahead
 * against the minimum), claims idle workers, gives each its partitions in a RunSpec, drives the
 * conservative window protocol, and merges one result (with windows, events per window, sync share
 * and bytes per worker). A worker whose connection disappears aborts the run with its name.
 */
export async function runDistributed(rc: ResolvedConfig, o: DistributedRunOptions): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const log = o.log ?? (() => undefined);
  if (!Number.isInteger(o.workers) || o.workers < 1) throw new ConfigError([`--workers: expected a positive integer, got ${o.workers}`]);
  const runId = checkRunId(o.runId ?? newRunId(String(rc.config.model)));
  const sim = rc.model.build(rc.config);
  const planFor = (workers: number) => {
    const plan = planRun(sim, {
      partitions: o.partitions ?? (o.partitionMap ? undefined : workers),
      map: o.partitionMap,
      minLookaheadNs: o.minLookaheadNs ?? DEFAULT_MIN_LOOKAHEAD_NS,
      partitionsFlag: o.partitions === undefined && !o.partitionMap
        ? `--workers ${workers} (one partition per worker)` : undefined,
    });
    const assignment = assignPartitions(plan.partitions, workers);
    const depth = o.pipelineDepth ?? Math.max(1, Math.min(DEFAULT_PIPELINE_DEPTH, Math.floor(plan.lookahead.ns)));
    windowWidthNs(plan.lookahead.ns, depth);
    return { plan, assignment, depth };
  };
  let { plan, assignment, depth } = planFor(o.workers);
  const traceError = o.trace && traceWindowError(o.trace.window, sim.endNs);
  if (traceError) throw new ConfigError([traceError]);
  const checkpointRun = o.checkpointRun ?? o.resume?.manifest.run.runId ?? runId;
  const cutting = o.checkpoint !== undefined || o.resume !== undefined;
  const stallMs = checkStallTimeout(o.stallMs ?? DEFAULT_STALL_TIMEOUT_MS);
  const beatMs = beatEveryMs(stallMs);
  const lostMs = lostAfterMs(stallMs, beatMs);
  // Only this coordinator and the workers it gives the run to know it: control messages without it are ignored.
  const token = newRunToken();
  const server = o.nc ? o.nc.getServer() : natsConnectOptions({ url: o.natsUrl }).display;
  const nc = o.nc ?? await connectNats({ url: o.natsUrl, name: `irqscale-coordinator-${runId}` });
  const bus = new NatsBus(nc, runId);
  const coordinatorSubject = bus.subject("ctl.coordinator");
  const reports = new Map<string, irqscale.WorkerReport>();
  let reportsArrived: (() => void) | undefined;
  let claimed: WorkerInfo[] = [];
  let running = false;
  const subs: Subscription[] = [];
  const timers: NodeJS.Timeout[] = [];
  let coordinator: Coordinator | undefined;
  /** The worker whose loss (no heartbeat, connection gone) aborted the run. */
  let lostName: string | undefined;
  const loseWorker = (cause: string, worker: string): void => {
    lostName ??= worker;
    coordinator!.abort(cause, worker);
  };
  bus.onError = (err, subject) => {
    coordinator?.abort(`coordinator: bad message on ${subject}: ${(err as Error)?.message ?? String(err)}`);
  };
  // Liveness: what each claimed worker said in its last answer to a heartbeat, and when.
  const heard = new Map<string, { at: number; ack?: irqscale.LivenessAck }>();
  /** Fails the start (spec phase) when a worker is lost before the windows run. */
  let failStart: ((e: Error) => void) | undefined;
  /** When window 0 was started: waits before it do not count as waiting for peers. */
  let windowsFrom = Infinity;
  const onAbortSignal = (): void => { coordinator?.abort(`coordinator: ${String((o.signal?.reason as Error)?.message ?? o.signal?.reason)}`); };
  // Core NATS does not keep what was published while a client was cut off (a server restart, a lost
  // network), so a run cannot trust its window protocol past a disconnect: abort with that cause.
  let disconnected = false;
  const unwatch = watchConnection(nc, {
    disconnect: (at) => {
      disconnected = true;
      if (!running || !coordinator) return;
      log(`run ${runId}: lost the connection to NATS at ${at} in window ${coordinator.window}`);
      coordinator.abort(`coordinator lost its connection to NATS at ${at} in window ${coordinator.window} (server stopped or restarted, or network lost): messages in flight may be lost, so the run cannot continue`);
    },
    reconnect: () => { disconnected = false; },
  });
  try {
    // Workers ping this subject to notice a coordinator that is gone.
    subs.push(nc.subscribe(coordinatorSubject, { callback: (err, m) => { if (!err) m.respond(new Uint8Array(0)); } }));
    bus.subscribe(subjects.liveAck, (d) => {
      const a = decodeControl.livenessAck(d);
      if (a.runId !== runId) return;
      if (a.token !== token) {
        log(`run ${runId}: ignored a heartbeat answer without the run's token (from "${a.worker}")`);
        return;
      }
      if (heard.has(a.workerId)) heard.set(a.workerId, { at: performance.now(), ack: a });
    });
    let beatSeq = 0;
    const lostWorker = (w: WorkerInfo, silentMs: number): string => {
      // Where it got to: its partitions' progress reports, or what it said in its last answer.
      const i = claimed.indexOf(w);
      const reported = coordinator ? Math.min(...assignment[i]!.map((p) => coordinator!.reported()[p]!)) : -1;
      const said = heard.get(w.id)?.ack?.window ?? -1;
      const last = Math.max(reported, said);
      const where = last >= 0 ? `its partitions last reported window ${last}`
        : coordinator ? "before its first window" : "before the run started";
      return `worker ${describeWorker(w)} lost: no answer to heartbeats for ${(silentMs / 1000).toFixed(1)} s `
        + `(bound ${stallMs} ms; process stopped or hung, or its network cut off); ${where}`;
    };
    // Heartbeats from the first claim to the end: claimed and running workers answer each one.
    let tick = performance.now();
    timers.push(setInterval(() => {
      bus.publish(subjects.live, irqscale.LivenessBeat.encode({ runId, token, seq: beatSeq++ }).finish());
      const now = performance.now();
      // After this process's own event loop was held up, answers may be waiting in the socket:
      // read them before judging anyone.
      const late = now - tick > 2 * beatMs;
      tick = now;
      if (late) return;
      const live = claimed.filter((w) => heard.has(w.id) && !reports.has(w.worker)
        && heard.get(w.id)!.ack?.done !== true);
      for (const w of live) {
        const silent = now - heard.get(w.id)!.at;
        if (silent < lostMs) continue;
        const cause = lostWorker(w, silent);
        if (coordinator) loseWorker(cause, w.worker);
        else failStart?.(new SimError(`run ${runId} could not start: ${cause}`));
        return;
      }
      // Every worker only waiting on its peers (or done), for the bound: a message of the run was lost.
      if (!coordinator || !running || live.length === 0) return;
      const waits = claimed.map((w) => heard.get(w.id)?.ack);
      const waited = (w: WorkerInfo, a: irqscale.LivenessAck): number =>
        Math.min(a.waitingMs, heard.get(w.id)!.at - windowsFrom);
      if (!claimed.every((w, i) => {
        const a = waits[i];
        return a !== undefined && (a.done || (a.waiting && waited(w, a) >= stallMs));
      })) return;
      const where = claimed.map((w, i) => `${describeWorker(w)} `
        + (waits[i]!.done ? "done" : `window ${waits[i]!.window}`));
      coordinator.abort("every worker has only waited for its peers' batches for "
        + `${(stallMs / 1000).toFixed(1)} s or more `
        + `(${where.join(", ")}): a batch or the window start was lost on the way`);
    }, beatMs));
    bus.subscribe(WORKER_REPORT, (d) => {
      const r = decodeControl.workerReport(d);
      if (r.runId !== runId) return;
      reports.set(r.worker, r);
      if (reports.size >= claimed.length) reportsArrived?.();
    });
    await bus.flush();

    log(`run ${runId}: ${plan.partitions} partition${plan.partitions === 1 ? "" : "s"} on ${o.workers} worker${o.workers === 1 ? "" : "s"}, lookahead ${Number.isFinite(plan.lookahead.ns) ? `${plan.lookahead.ns} ns (${plan.lookahead.link})` : "none (nothing cut)"}; waiting for workers on ${server}`);
    const os = cutting ? await openCheckpointStore(nc) : undefined;
    claimed = await claimWorkers(nc, o.workers, {
      runId, token, coordinator: coordinatorSubject, waitMs: o.waitMs ?? 60_000, server, log,
      shortfallAfterMs: o.shortfallAfterMs, onShortfall: o.onShortfall, signal: o.signal,
      ...(o.minWorkers !== undefined ? { atLeast: o.minWorkers } : {}),
    });
    if (claimed.length < o.workers) {
      ({ plan, assignment, depth } = planFor(claimed.length));
      log(`run ${runId}: going on with ${claimed.length} of ${o.workers} workers, ${plan.partitions} partitions`);
    }
    const claimedAt = performance.now();
    const cuts = os && o.checkpoint && new CutCommitter(os, {
      runId: checkpointRun, config: rc.config, preset: rc.preset, partitions: plan.partitions, pipelineDepth: depth,
      every: o.checkpoint, build: buildIdentity(),
    }, plan.partitions, o.resume?.manifest.parts.map((p) => p.name) ?? [], (e) => {
      coordinator?.abort(`coordinator: checkpoint: ${e.message}`);
    }, log);
    if (cuts) {
      bus.subscribe(subjects.cut, (d) => {
        const c = decodeControl.cutTaken(d);
        if (c.runId !== runId) return;
        if (c.token !== token) return log(`run ${runId}: ignored a cut report without the run's token`);
        cuts.add(c);
      });
      await bus.flush();
    }
    for (const w of claimed) heard.set(w.id, { at: claimedAt });

    // Hand out the partitions; every worker answers once it has built them and subscribed.
    const configJson = JSON.stringify(rc.config);
    const pog = Array.from(plan.partitionOfGroup);
    const lost = new Promise<never>((_res, rej) => { failStart = rej; });
    lost.catch(() => undefined);
    const readies = await Promise.race([lost, Promise.all(claimed.map((w, i) => {
      const spec = irqscale.RunSpec.encode({
        runId, configJson, partitions: plan.partitions, workerPartitions: assignment[i]!, worker: w.worker,
        partitionOfGroup: pog, preset: rc.preset ?? "", coordinator: coordinatorSubject,
        token, stallTimeoutMs: stallMs, beatEveryMs: beatMs,
        ...(os ? { checkpointBucket: CHECKPOINT_BUCKET, checkpointRun } : {}),
        ...(o.checkpoint?.everyWindows ? { checkpointEveryWindows: o.checkpoint.everyWindows } : {}),
        ...(o.checkpoint?.everyMs ? { checkpointEveryMs: o.checkpoint.everyMs } : {}),
        ...(o.resume ? { resumeFrom: manifestName(checkpointRun) } : {}),
        ...(o.trace ? { traceFromNs: o.trace.window.fromNs, traceToNs: o.trace.window.toNs } : {}),
      }).finish();
      return nc.request(workerSubject(w.id, "spec"), spec, { timeout: 120_000 }).then(
        (m) => decodeControl.runReady(m.data),
        (e: Error) => irqscale.RunReady.create({ runId, worker: w.worker, ok: false, error: `worker ${describeWorker(w)} did not accept the run: ${e.message}` }),
      );
    }))]);
    failStart = undefined;
    const bad = readies.find((r) => !r.ok);
    if (bad) {
      if (bad.configError) throw new ConfigError([bad.error]);
      throw new SimError(`run ${runId} could not start: ${bad.error}`);
    }

    o.signal?.throwIfAborted();
    const tRun = performance.now();
    windowsFrom = tRun;
    running = true;
    coordinator = new Coordinator(bus, runId, plan.partitions, checkpointLookahead(plan.lookahead.ns, o.checkpoint),
      sim.endNs, {
        depth, reportEveryMs: o.reportEveryMs ?? DEFAULT_REPORT_EVERY_MS, token, log,
        ...(o.resume
          ? { resume: { window: o.resume.cut.window + 1, start: resumeStart(o.resume.cut, sim.endNs) } }
          : {}),
      });
    coordinator.onWindow = (w, ns) => o.onWindow?.(w, ns);
    o.signal?.addEventListener("abort", onAbortSignal);
    const pingMs = o.pingMs ?? 1000;
    let pinging = false;
    timers.push(setInterval(() => {
      if (pinging || !coordinator) return;
      pinging = true;
      void Promise.all(claimed.map(async (w) => ({ w, state: await pingWorker(nc, w.id, Math.max(1000, pingMs)) }))).then((states) => {
        pinging = false;
        // A connection that closed is noticed here at once; a silent one by the heartbeats.
        const gone = states.find((s) => s.state === "gone");
        if (gone) {
          loseWorker(`worker ${describeWorker(gone.w)} stopped answering: its NATS connection is gone `
            + `(process ended or network lost)`, gone.w.worker);
        }
      });
    }, pingMs));
    if (o.signal?.aborted) onAbortSignal();

    let outcome;
    try {
      outcome = await coordinator.run();
    } catch (e) {
      if (lostName !== undefined) throw new WorkerLostError((e as Error).message, lostName);
      throw e;
    }
    await cuts?.settled();
    if (os) await dropCheckpoint(os, checkpointRun);
    const runMs = performance.now() - tRun;
    running = false;
    if (reports.size < claimed.length) {
      await new Promise<void>((res) => {
        reportsArrived = res;
        timers.push(setTimeout(res, 5000));
      });
    }

    const perWorker: WorkerFigures[] = claimed.map((w, i) => {
      const r = reports.get(w.worker);
      return {
        worker: w.worker, host: w.host, pid: w.pid, partitions: assignment[i]!,
        busyMs: round(r?.busyMs ?? NaN), cpuMs: round(r?.cpuMs ?? NaN), bytesSent: r?.bytesSent ?? 0, messagesSent: r?.messagesSent ?? 0, wallMs: round(r?.wallMs ?? NaN),
      };
    });
    const busy = perWorker.map((w) => w.busyMs).filter(Number.isFinite);
    const meanBusy = busy.length ? busy.reduce((a, b) => a + b, 0) / busy.length : NaN;
    const phase = outcome.windowWallMs;
    const syncShare = phase > 0 && Number.isFinite(meanBusy) ? Math.min(1, Math.max(0, 1 - meanBusy / phase)) : null;
    const wallMs = performance.now() - t0;
    if (o.trace) o.trace.done(traceOfRun(sim, o.trace.window, outcome.finals));
    const coordinatorCpuMs = cpuMsSince(cpu0);
    const checkpoints = checkpointFigures(o.checkpoint, cuts?.costs ?? [], o.resume?.cut);
    return assembleResult(sim, rc.config, outcome, {
      runId, preset: rc.preset, partitions: plan.partitions, workers: claimed.length,
      lookaheadNs: plan.lookahead.ns, lookaheadLink: plan.lookahead.link, pipelineDepth: depth, wallMs, transport: "nats",
      cpuMs: processesCpuMs([...perWorker, { host: hostname(), pid: process.pid, cpuMs: coordinatorCpuMs }]),
      workerBytes: Object.fromEntries(perWorker.map((w) => [w.worker, w.bytesSent])),
      syncExtra: {
        syncShare: syncShare === null ? null : round(syncShare, 4),
        windowPhaseMs: round(phase),
        setupMs: round(tRun - t0),
        coordinatorCpuMs: round(coordinatorCpuMs),
        runMs: round(runMs),
        barrierMsPerWindow: outcome.windows > 0 && Number.isFinite(meanBusy) ? round((phase - meanBusy) / outcome.windows, 4) : null,
        partitionMap: pog,
        perWorker,
        // Every claimed worker runs this coordinator's build (claimWorkers refuses any other).
        builds: Object.fromEntries(claimed.map((w) => [w.worker, describeBuild(w.build)])),
        coordinatorBuild: describeBuild(buildIdentity()),
        ...(checkpoints ? { checkpoints } : {}),
      },
    });
  } finally {
    o.signal?.removeEventListener("abort", onAbortSignal);
    unwatch();
    for (const t of timers) clearTimeout(t);
    for (const s of subs) s.unsubscribe();
    // Workers still holding the run (failed start, abort) go back to the pool.
    if (claimed.length && (running || reports.size < claimed.length)) releaseWorkers(nc, claimed, runId, token);
    if (disconnected) {
      // Do not wait for a server that may not come back: workers drop the run on their own
      // (they lost the connection too, or they find this coordinator gone).
      await bus.close({ flush: false });
      if (!o.nc) await nc.close().catch(() => undefined);
    } else {
      await bus.close();
      if (!o.nc) await nc.drain().catch(() => nc.close());
    }
  }
}

const round = (x: number, digits = 2): number => {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** How long a resumed attempt waits for the workers it had before going on with those that answered (ms). */
export const RESUME_CLAIM_MS = 2500;

export interface ResumableRunOptions extends DistributedRunOptions {
  /** What a lost worker does to the run: abort it (default), or resume it from its last checkpoint. */
  onWorkerLoss?: "abort" | "resume";
  /** Resumes at most this many times (default 3). */
  maxResumes?: number;
}

/**
 * runDistributed, resumed after a lost worker when `onWorkerLoss` is "resume": each new attempt
 * (run id `<id>-r<n>`) claims the workers it can get (the survivors, spares) and goes on from the
 * run's last committed cut, re-partitioned for them; the result is the uninterrupted run's.
 */
export async function runResumable(rc: ResolvedConfig, o: ResumableRunOptions): Promise<Record<string, unknown>> {
  if (o.onWorkerLoss !== "resume") return runDistributed(rc, o);
  if (o.checkpoint === undefined) {
    throw new ConfigError(["--on-worker-loss resume: a run resumes from its last checkpoint; give --checkpoint-every "
      + "or --checkpoint-every-s too"]);
  }
  const base = checkRunId(o.runId ?? newRunId(String(rc.config.model)));
  const checkpointRun = o.checkpointRun ?? o.resume?.manifest.run.runId ?? base;
  const log = o.log ?? (() => undefined);
  const lost: string[] = [];
  let resume = o.resume;
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await runDistributed(rc, {
        ...o, runId: attempt === 0 ? base : `${base}-r${attempt}`, checkpointRun, resume,
        ...(attempt > 0 ? { minWorkers: 1, waitMs: RESUME_CLAIM_MS } : {}),
      });
      if (lost.length > 0) {
        const sync = r.sync as Record<string, unknown>;
        sync.checkpoints = { ...(sync.checkpoints as Record<string, unknown>), resumes: attempt, lostWorkers: lost };
      }
      return r;
    } catch (e) {
      if (!(e instanceof WorkerLostError) || attempt >= (o.maxResumes ?? 3)) throw e;
      lost.push(e.worker);
      const nc = o.nc ?? await connectNats({ url: o.natsUrl, name: `irqscale-coordinator-${base}-resume` });
      try {
        const { readManifest, loadCut } = await import("../../shared/run/nats-checkpoints.js");
        const os = await openCheckpointStore(nc);
        const manifest = await readManifest(os, checkpointRun);
        if (manifest === undefined) {
          throw new SimError(`${e.message}; no checkpoint was committed yet, so the run cannot be resumed`);
        }
        resume = { manifest, cut: await loadCut(os, manifest) };
        log(`run ${base}: worker ${e.worker} lost; resuming from the cut of window ${manifest.window} `
          + `(t=${manifest.now} ns) on the workers that answer`);
      } finally {
        if (!o.nc) await nc.close().catch(() => undefined);
      }
    }
  }
}
