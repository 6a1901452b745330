import { hostname } from "node:os";
import { nuid, type Msg, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import { schemaOf } from "../../shared/config/params.js";
import { validate } from "../../shared/config/resolve.js";
import { engineOf, type ResolvedConfig } from "../../shared/config/load.js";
import { PartitionEngine, type PartitionSnapshot } from "../../shared/kernel/engine.js";
import { ConfigError } from "../../shared/kernel/errors.js";
import { actorPartitions } from "../../shared/kernel/simulation.js";
import { commonParams, models } from "../../shared/model/registry.js";
import { runLocal } from "../../shared/run/local.js";
import {
  DISCOVER, FARM_POINTS, FARM_QUEUE, REGISTRY, farmResults, isNoResponders, workerControlWildcard,
} from "../../shared/run/nats-pool.js";
import { decodeControl, irqscale, quotedCause } from "../../shared/sync/codec.js";
import {
  beatEveryMs, checkStallTimeout, DEFAULT_STALL_TIMEOUT_MS, MAX_BEAT_MS, SLICE_MS,
} from "../../shared/sync/liveness.js";
import { cpuMsSince } from "../../shared/stats/cpu.js";
import { buildIdentity } from "../../shared/run/build-id.js";
import { traceWindowError } from "../../shared/stats/trace.js";
import { PartitionRunner, type CheckpointPolicy } from "../../shared/sync/partition-runner.js";
import type { ObjectStore } from "@nats-io/obj";
import type { RunCut } from "../../shared/kernel/cut.js";
import { subjects } from "../../shared/sync/subjects.js";
import { NatsBus, runSubject, watchConnection } from "../../shared/transport/nats.js";

export const WORKER_REPORT = "ctl.worker";

export interface WorkerOptions {
  /** Display name (default <host>-<pid>). */
  name?: string;
  /** Progress lines; default none. */
  log?: (line: string) => void;
  /** Take sweep points from the queue group (default true). */
  farm?: boolean;
  /** Asked during long windows whether to stop (returns why), e.g. because the parent process is gone. */
  interrupt?: () => string | undefined;
  /** How often a running worker checks that its coordinator is still there (ms, default 2000). */
  coordinatorPingMs?: number;
  /**
   * A coordinator whose heartbeats stop for this long (ms) is lost: the worker drops its run and
   * returns to the pool (default DEFAULT_STALL_TIMEOUT_MS, 5000; never less than 3 of the run's beats).
   */
  stallTimeoutMs?: number;
  /** Longest stretch of a window without answering heartbeats (ms, default SLICE_MS). */
  sliceMs?: number;
}

/** Rebuilds a resolved config received over the wire, validating it against this build's schema. */
export function configFromWire(json: string, preset?: string): ResolvedConfig {
  let raw: Record<string, unknown>;
  try { raw = JSON.parse(json) as Record<string, unknown>; } catch (e) { throw new ConfigError([`run spec: config is not JSON (${(e as Error).message})`]); }
  const name = String(raw.model);
  const model = models[name];
  if (!model) throw new ConfigError([`config.model: unknown model '${name}' on this worker; allowed: ${Object.keys(models).join(", ")}`]);
  const config = validate(schemaOf({ ...commonParams(name), ...model.params }), raw) as ResolvedConfig["config"];
  return { model, preset: preset || undefined, config };
}

interface HostedRun {
  runId: string;
  /** The run's token (from its claim or spec): control messages of the run must carry it. */
  token: string;
  coordinator: string;
  bus: NatsBus;
  runners: PartitionRunner[];
  partitions: number[];
  finals: Set<number>;
  t0: number;
  cpu0: NodeJS.CpuUsage;
  watch?: NodeJS.Timeout;
  /** The coordinator's heartbeats: when the last one came, how often they come, and the watch on them. */
  beats: Beats;
}

/** A claimed or running worker's view of its coordinator's heartbeats. */
interface Beats {
  /** When the last beat (or the claim or spec) came (performance.now()). */
  last: number;
  /** The coordinator's beat period (ms), once known from the run spec. */
  everyMs: number;
  stop: () => void;
}

type State =
  | { kind: "idle" }
  | { kind: "claimed"; runId: string; token: string; timer: NodeJS.Timeout; beats: Beats }
  | { kind: "running"; run: HostedRun }
  | { kind: "point"; farmId: string; index: number }
  | { kind: "closing"; runId: string }
  | { kind: "stopped" };

function busyWith(st: State): string {
  switch (st.kind) {
    case "running": return `running ${st.run.runId}`;
    case "claimed": return `claimed by ${st.runId}`;
    case "closing": return `finishing ${st.runId}`;
    case "point": return `running sweep point ${st.index} of ${st.farmId}`;
    default: return st.kind;
  }
}

/**
 * A worker process's host of partitions: registers in the pool, accepts one claim at a time, builds
 * the partitions a RunSpec gives it (one PartitionEngine + PartitionRunner each, on one NatsBus),
 * runs windows until the final, reports, and becomes idle again for the next run. When idle it also
 * takes sweep points from the queue group, one at a time.
 */
export class Worker {
  readonly id = nuid.next();
  readonly name: string;
  readonly host = hostname();
  runsDone = 0;
  pointsDone = 0;
  private state: State = { kind: "idle" };
  private subs: Subscription[] = [];
  private farmSub: Subscription | undefined;
  private unwatch: (() => void) | undefined;
  private readonly log: (line: string) => void;
  /** Called after every run or point with the new idle state (tests, --max-runs). */
  onIdle: (() => void) | undefined;

  /** How long a coordinator may be silent before this worker drops its run (ms). */
  readonly stallTimeoutMs: number;

  constructor(readonly nc: NatsConnection, private readonly opts: WorkerOptions = {}) {
    this.name = opts.name ?? `${this.host}-${process.pid}`;
    this.log = opts.log ?? (() => undefined);
    this.stallTimeoutMs = checkStallTimeout(opts.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS);
  }

  get status(): State["kind"] { return this.state.kind; }

  /** Subscribes to its control subjects and the registry, announces itself. */
  async start(): Promise<void> {
    const nc = this.nc;
    this.subs.push(
      nc.subscribe(workerControlWildcard(this.id), { callback: (err, m) => { if (!err) this.safely(() => this.onControl(m)); } }),
      nc.subscribe(DISCOVER, { callback: (err) => { if (!err) this.hello(); } }),
    );
    this.joinFarm();
    // What was published while the connection was cut off is lost: a run in progress cannot go on.
    this.unwatch = watchConnection(nc, {
      disconnect: (at) => {
        const st = this.state;
        if (st.kind !== "running") return;
        this.abortRun(st.run, `worker ${this.name} lost its connection to NATS at ${at} in window ${Math.max(0, ...st.run.runners.map((r) => r.window))} (server stopped or restarted, or network lost): messages in flight may be lost`);
      },
      reconnect: (at) => {
        this.log(`worker ${this.name}: reconnected to NATS at ${at}`);
        this.hello();
      },
    });
    await nc.flush();
    this.hello();
    this.log(`worker ${this.name} (id ${this.id}) registered on ${nc.getServer()}`);
  }

  /** Leaves the pool; a run in progress is aborted with a named cause. */
  async stop(why = "stopped"): Promise<void> {
    if (this.state.kind === "running") {
      const run = this.state.run;
      this.publishAbort(run, `worker ${this.name} ${why}`);
      await this.dropRun(run, false);
    }
    if (this.state.kind === "claimed") { clearTimeout(this.state.timer); this.state.beats.stop(); }
    this.state = { kind: "stopped" };
    this.unwatch?.();
    this.leaveFarm();
    for (const s of this.subs) s.unsubscribe();
    this.subs = [];
    if (!this.nc.isClosed()) await this.nc.flush().catch(() => undefined);
  }

  private hello(): void {
    if (this.state.kind === "stopped" || this.nc.isClosed()) return;
    this.nc.publish(REGISTRY, this.helloBytes());
  }

  /** Who this worker is, with the build it runs: a coordinator claims only workers of its own build. */
  private helloBytes(): Uint8Array {
    const { version, codeHash } = buildIdentity();
    const busy = this.state.kind !== "idle";
    return irqscale.WorkerHello.encode({
      id: this.id, worker: this.name, host: this.host, pid: process.pid, busy, version, codeHash,
    }).finish();
  }

  private becomeIdle(): void {
    if (this.state.kind === "stopped") return;
    this.state = { kind: "idle" };
    this.joinFarm();
    this.hello();
    this.onIdle?.();
  }

  private safely(fn: () => void): void {
    try { fn(); } catch (e) { this.log(`worker ${this.name}: ${(e as Error).stack ?? String(e)}`); }
  }

  private onControl(m: Msg): void {
    const op = m.subject.slice(m.subject.lastIndexOf(".") + 1);
    switch (op) {
      case "ping": m.respond(this.helloBytes()); return;
      case "claim": return this.onClaim(m);
      case "spec": return this.onSpec(m);
      case "release": return this.onRelease(m);
    }
  }

  private onClaim(m: Msg): void {
    const reply = (ok: boolean, reason = ""): void => { m.respond(irqscale.ClaimReply.encode({ ok, reason, worker: this.name }).finish()); };
    let c: irqscale.Claim;
    try { c = decodeControl.claim(m.data); } catch (e) { return reply(false, `worker ${this.name}: ${(e as Error).message}`); }
    const st = this.state;
    if (st.kind === "claimed" && st.runId === c.runId) {
      if (c.token !== st.token) {
        this.log(`worker ${this.name}: refused a claim of run ${c.runId} without the token of the claim it holds`);
        return reply(false, `${busyWith(st)} (another token)`);
      }
      clearTimeout(st.timer);
      st.timer = this.claimTimer(c.runId, c.ttlMs);
      return reply(true);
    }
    if (st.kind !== "idle") return reply(false, busyWith(st));
    this.leaveFarm();
    // The beat period comes with the run spec; until then it may be the longest there is.
    const beats = this.followBeats(c.runId, c.token, MAX_BEAT_MS);
    this.state = { kind: "claimed", runId: c.runId, token: c.token, timer: this.claimTimer(c.runId, c.ttlMs), beats };
    reply(true);
  }

  /**
   * Answers the heartbeats of run `runId` (those with its token) at once, and watches them: a
   * coordinator silent for the bound is lost, and its run is dropped (a claim given back, a run
   * aborted for its other participants). `everyMs` is the coordinator's beat period.
   */
  private followBeats(runId: string, token: string, everyMs: number): Beats {
    const beats: Beats = { last: performance.now(), everyMs, stop: () => undefined };
    const sub = this.nc.subscribe(runSubject(runId, subjects.live), {
      callback: (err, m) => {
        if (err) return;
        let b: irqscale.LivenessBeat;
        try { b = decodeControl.livenessBeat(m.data); } catch { return; }
        if (b.runId !== runId) return;
        if (b.token !== token) {
          this.log(`worker ${this.name}: ignored a heartbeat of run ${runId} without the run's token`);
          return;
        }
        beats.last = performance.now();
        this.nc.publish(runSubject(runId, subjects.liveAck), irqscale.LivenessAck.encode({
          runId, token, seq: b.seq, worker: this.name, workerId: this.id, ...this.progressOf(runId),
        }).finish());
      },
    });
    const bound = (): number => Math.max(this.stallTimeoutMs, 3 * beats.everyMs);
    const every = Math.max(20, Math.min(MAX_BEAT_MS, Math.round(this.stallTimeoutMs / 10)));
    let tick = performance.now();
    const check = setInterval(() => {
      const now = performance.now();
      // After this process's own event loop was held up (a long start-up, a pause of the machine),
      // beats may be waiting in the socket: read them before judging the coordinator.
      const late = now - tick > 2 * every;
      tick = now;
      if (late) return;
      const silent = now - beats.last;
      if (silent < bound()) return;
      this.coordinatorSilent(runId, Math.round(silent));
    }, every);
    beats.stop = () => { clearInterval(check); sub.unsubscribe(); };
    return beats;
  }

  /** Where this worker's partitions of `runId` are, for a heartbeat's answer. */
  private progressOf(runId: string): Pick<irqscale.ILivenessAck, "window" | "waiting" | "waitingMs" | "done"> {
    const st = this.state;
    if (st.kind !== "running" || st.run.runId !== runId) {
      return { window: -1, waiting: true, waitingMs: 0, done: false };
    }
    const now = performance.now();
    const live = st.run.runners.filter((r) => !r.finished);
    return {
      window: Math.min(...st.run.runners.map((r) => r.window)),
      waiting: live.every((r) => r.idleMs(now) > 0),
      waitingMs: live.length === 0 ? 0 : Math.min(...live.map((r) => r.idleMs(now))),
      done: live.length === 0,
    };
  }

  /** The coordinator of `runId` is silent: give the claim back, or abort and drop the run; check the connection. */
  private coordinatorSilent(runId: string, silentMs: number): void {
    const st = this.state;
    const why = `coordinator of run ${runId} silent for ${silentMs} ms (no heartbeat: its process, or the network `
      + "between it, this worker and NATS, is gone)";
    if (st.kind === "claimed" && st.runId === runId) {
      this.log(`worker ${this.name}: ${why}; giving the claim back`);
      clearTimeout(st.timer);
      this.becomeIdle();
    } else if (st.kind === "running" && st.run.runId === runId) {
      this.abortRun(st.run, `worker ${this.name}: ${why}`);
    } else return;
    this.checkConnection();
  }

  /**
   * After a silence, makes sure this worker's own link to NATS works: a round trip to the server,
   * and when none comes back within a second a fresh connection (retried until the network heals;
   * the worker announces itself again once it is back).
   */
  private checkConnection(): void {
    if (this.nc.isClosed()) return;
    const probe = this.nc.flush().then(() => true, () => false);
    const timeout = new Promise<boolean>((res) => setTimeout(() => res(false), 1000).unref());
    void Promise.race([probe, timeout]).then((ok) => {
      if (ok || this.nc.isClosed() || this.state.kind === "stopped") return;
      this.log(`worker ${this.name}: no answer from NATS at ${this.nc.getServer()} within 1 s; reconnecting`);
      this.nc.reconnect().catch(() => undefined);
    });
  }

  private claimTimer(runId: string, ttlMs: number): NodeJS.Timeout {
    return setTimeout(() => {
      if (this.state.kind === "claimed" && this.state.runId === runId) {
        this.log(`worker ${this.name}: claim by ${runId} expired without a run spec`);
        this.becomeIdle();
      }
    }, ttlMs > 0 ? ttlMs : 60_000);
  }

  private onRelease(m: Msg): void {
    let r: irqscale.Release;
    try {
      r = decodeControl.release(m.data);
    } catch (e) {
      this.log(`worker ${this.name}: ${(e as Error).message}`);
      return;
    }
    const st = this.state;
    const held = st.kind === "claimed" ? st : st.kind === "running" ? st.run : undefined;
    if (!held || held.runId !== r.runId) return;
    if (r.token !== held.token) {
      this.log(`worker ${this.name}: ignored a release of run ${r.runId} without the run's token; the run goes on`);
      return;
    }
    if (st.kind === "claimed") { clearTimeout(st.timer); st.beats.stop(); this.becomeIdle(); }
    else if (st.kind === "running") void this.dropRun(st.run, true);
  }

  private onSpec(m: Msg): void {
    let spec: irqscale.RunSpec;
    try { spec = decodeControl.runSpec(m.data); } catch (e) {
      m.respond(irqscale.RunReady.encode({ worker: this.name, ok: false, error: `worker ${this.name}: ${(e as Error).message}` }).finish());
      return;
    }
    const st = this.state;
    const reply = (ok: boolean, error = "", configError = false): void => {
      m.respond(irqscale.RunReady.encode({ runId: spec.runId, worker: this.name, ok, error, configError }).finish());
    };
    if (!(st.kind === "idle" || (st.kind === "claimed" && st.runId === spec.runId))) {
      return reply(false, `worker ${this.name} is busy (${busyWith(st)})`);
    }
    if (st.kind === "claimed" && st.token !== spec.token) {
      this.log(`worker ${this.name}: refused a run spec of run ${spec.runId} without the token of its claim`);
      return reply(false, `worker ${this.name}: run spec without the token of the claim of run ${spec.runId}`);
    }
    if (st.kind === "claimed") clearTimeout(st.timer);
    this.leaveFarm();
    void this.checkpointsOf(spec).then((store) => {
      if (st.kind === "claimed") st.beats.stop();
      this.startRun(spec, store, reply);
    }, (e: Error) => {
      if (st.kind === "claimed") st.beats.stop();
      reply(false, `worker ${this.name}: ${e.message}`, e instanceof ConfigError);
      this.becomeIdle();
    });
  }

  /**
   * The checkpoint store a run spec asks for, and the cut it resumes from: every part of it, whatever
   * partitioning took it (each partition takes its own actors from the whole).
   */
  private async checkpointsOf(spec: irqscale.RunSpec): Promise<{ os?: ObjectStore; cut?: RunCut }> {
    if (!spec.checkpointBucket) return {};
    const { openCheckpointStore, readManifest, loadCut } = await import("../../shared/run/nats-checkpoints.js");
    const os = await openCheckpointStore(this.nc, spec.checkpointBucket);
    if (!spec.resumeFrom) return { os };
    const manifest = await readManifest(os, spec.checkpointRun);
    if (manifest === undefined) throw new ConfigError([`run spec: no checkpoint of run ${spec.checkpointRun} `
      + `to resume`]);
    return { os, cut: await loadCut(os, manifest) };
  }

  private startRun(
    spec: irqscale.RunSpec, store: { os?: ObjectStore; cut?: RunCut },
    reply: (ok: boolean, error?: string, configError?: boolean) => void,
  ): void {
    let run: HostedRun;
    try {
      run = this.build(spec, store);
    } catch (e) {
      reply(false, `worker ${this.name}: ${(e as Error).message}`, e instanceof ConfigError);
      this.becomeIdle();
      return;
    }
    this.state = { kind: "running", run };
    this.log(`worker ${this.name}: run ${spec.runId}, partitions ${run.partitions.join(",")} of ${spec.partitions}`);
    run.bus.flush().then(() => {
      reply(true);
      this.watchCoordinator(run);
    }, (e) => { reply(false, `worker ${this.name}: ${(e as Error).message}`); void this.dropRun(run, true); });
  }

  private build(spec: irqscale.RunSpec, store: { os?: ObjectStore; cut?: RunCut }): HostedRun {
    const rc = configFromWire(spec.configJson, spec.preset);
    const sim = rc.model.build(rc.config);
    const pog = Int32Array.from(spec.partitionOfGroup);
    if (pog.length !== sim.groups) throw new ConfigError([`run spec: partition map has ${pog.length} entries for ${sim.groups} groups`]);
    if (spec.workerPartitions.length === 0) throw new ConfigError([`run spec: no partition for worker ${this.name}`]);
    const partitionOf = actorPartitions(sim, pog);
    const bus = new NatsBus(this.nc, spec.runId);
    const run: HostedRun = {
      runId: spec.runId, token: spec.token, coordinator: spec.coordinator, bus, runners: [],
      partitions: [...spec.workerPartitions], finals: new Set(), t0: performance.now(), cpu0: process.cpuUsage(),
      beats: this.followBeats(spec.runId, spec.token,
        spec.beatEveryMs || beatEveryMs(spec.stallTimeoutMs || DEFAULT_STALL_TIMEOUT_MS)),
    };
    // A message of this run the worker cannot use aborts the run, naming it.
    bus.onError = (err, subject) => this.abortRun(run, `worker ${this.name}: message on ${subject}: ${(err as Error)?.message ?? String(err)}`);
    bus.subscribe(subjects.final, (d) => {
      const f = decodeControl.finalStats(d);
      if (f.runId !== run.runId || !run.partitions.includes(f.partition)) return;
      run.finals.add(f.partition);
      if (run.finals.size === run.partitions.length) void this.completeRun(run);
    });
    bus.subscribe(subjects.abort, (d) => {
      const a = decodeControl.abort(d);
      if (a.runId !== run.runId) return;
      if (a.token !== run.token) {
        this.log(`worker ${this.name}: ignored an abort of run ${run.runId} without the run's token `
          + `(cause given: ${quotedCause(a)}); the run goes on`);
        return;
      }
      this.log(`worker ${this.name}: run ${run.runId} aborted: ${a.cause}`);
      void this.dropRun(run, true);
    });
    const traceWindow = spec.traceToNs > spec.traceFromNs ? { fromNs: spec.traceFromNs, toNs: spec.traceToNs } : undefined;
    const traceError = traceWindow && traceWindowError(traceWindow, sim.endNs);
    if (traceError) throw new ConfigError([`run spec: ${traceError}`]);
    for (const p of run.partitions) {
      if (p >= spec.partitions) throw new ConfigError([`run spec: partition ${p} out of range 0..${spec.partitions - 1}`]);
      // Each partition has a model instance of its own: its actors' io and shared memory live there.
      const own = rc.model.build(rc.config);
      const { seed } = rc.config;
      const engine = new PartitionEngine(own.instance, p, partitionOf, spec.partitions, seed, engineOf(rc.config));
      engine.interrupt = this.opts.interrupt;
      if (store.cut) engine.restoreCut(store.cut);
      const checkpoint = store.os && this.cutPolicy(spec, run, store.os);
      const runner = new PartitionRunner(engine, own, bus, spec.runId, this.name, {
        token: spec.token, sliceMs: this.opts.sliceMs ?? SLICE_MS,
        log: (line) => this.log(`worker ${this.name}: ${line}`),
        ...(checkpoint ? { checkpoint } : {}), ...(store.cut ? { firstWindow: store.cut.window + 1 } : {}),
      });
      if (traceWindow) runner.trace(traceWindow);
      runner.attach();
      run.runners.push(runner);
    }
    return run;
  }

  /**
   * Puts each part of a cut this worker's partitions take in the run's checkpoint store, then tells
   * the coordinator (CutTaken); a part that cannot be stored aborts the run, naming the object.
   */
  private cutPolicy(spec: irqscale.RunSpec, run: HostedRun, os: ObjectStore): CheckpointPolicy | undefined {
    if (!spec.checkpointEveryWindows && !spec.checkpointEveryMs) return undefined;
    let putPart: typeof import("../../shared/run/nats-checkpoints.js").putPart | undefined;
    const put = async (window: number, snapshot: PartitionSnapshot, t0: number): Promise<void> => {
      putPart ??= (await import("../../shared/run/nats-checkpoints.js")).putPart;
      const part = await putPart(os, spec.checkpointRun, window, snapshot);
      run.bus.publish(subjects.cut, irqscale.CutTaken.encode({
        runId: run.runId, window, partition: snapshot.partition, ...part, ms: performance.now() - t0, now: snapshot.now,
        token: run.token,
      }).finish());
    };
    return {
      ...(spec.checkpointEveryWindows ? { everyWindows: spec.checkpointEveryWindows } : {}),
      ...(spec.checkpointEveryMs ? { everyMs: spec.checkpointEveryMs } : {}),
      take: (window, snapshot, snapshotMs) => {
        const t0 = performance.now() - snapshotMs;
        put(window, snapshot, t0).catch((e: Error) => this.abortRun(run, `worker ${this.name}: storing its part of `
          + `the cut of window ${window} failed: ${e.message}`));
      },
    };
  }

  /** Notices a coordinator that went away (its ping subject has no subscriber any more). */
  private watchCoordinator(run: HostedRun): void {
    if (!run.coordinator) return;
    const every = this.opts.coordinatorPingMs ?? 2000;
    run.watch = setInterval(() => {
      this.nc.request(run.coordinator, new Uint8Array(0), { timeout: Math.max(every, 1000) }).catch((e) => {
        if (!isNoResponders(e)) return;
        if (this.state.kind !== "running" || this.state.run !== run) return;
        this.log(`worker ${this.name}: coordinator of run ${run.runId} is gone; dropping the run`);
        void this.dropRun(run, true);
      });
    }, every);
  }

  /** Aborts a run it hosts for every participant, with a named cause, and drops it. */
  private abortRun(run: HostedRun, cause: string): void {
    if (this.state.kind !== "running" || this.state.run !== run) return;
    this.log(`worker ${this.name}: aborting run ${run.runId}: ${cause}`);
    this.publishAbort(run, cause);
    void this.dropRun(run, true);
  }

  /** Tells every participant of `run` it is aborted, if the connection still can. */
  private publishAbort(run: HostedRun, cause: string): void {
    const abort = irqscale.Abort.create({
      runId: run.runId, cause, worker: this.name, actor: -1, time: -1, token: run.token,
    });
    try {
      run.bus.publish(subjects.abort, irqscale.Abort.encode(abort).finish());
    } catch {
      // A closed connection: the coordinator learns of it from the worker's lost connection.
    }
  }

  private async completeRun(run: HostedRun): Promise<void> {
    if (this.state.kind !== "running" || this.state.run !== run) return;
    const report = irqscale.WorkerReport.create({
      runId: run.runId, worker: this.name, partitions: run.partitions, busyMs: run.bus.handlerMs + run.runners.reduce((sum, r) => sum + r.busyMs, 0),
      bytesSent: run.bus.bytes, messagesSent: run.bus.messages + 1, wallMs: performance.now() - run.t0,
      cpuMs: cpuMsSince(run.cpu0),
    });
    run.bus.publish(WORKER_REPORT, irqscale.WorkerReport.encode(report).finish());
    this.runsDone++;
    this.log(`worker ${this.name}: run ${run.runId} done in ${Math.round(performance.now() - run.t0)} ms`);
    await this.dropRun(run, true);
  }

  private async dropRun(run: HostedRun, idle: boolean): Promise<void> {
    if (this.state.kind !== "running" || this.state.run !== run) return;
    if (run.watch) clearInterval(run.watch);
    run.beats.stop();
    for (const r of run.runners) r.detach();
    this.state = { kind: "closing", runId: run.runId };
    await run.bus.close();
    if (idle) this.becomeIdle();
  }

  // ---- sweep points through the queue group: one outstanding subscription for one message ----

  private joinFarm(): void {
    if (this.opts.farm === false || this.state.kind !== "idle" || this.farmSub || this.nc.isClosed()) return;
    this.farmSub = this.nc.subscribe(FARM_POINTS, {
      queue: FARM_QUEUE,
      max: 1,
      callback: (err, m) => {
        this.farmSub = undefined;
        if (!err) this.safely(() => this.onPoint(m));
      },
    });
  }

  private leaveFarm(): void {
    this.farmSub?.unsubscribe();
    this.farmSub = undefined;
  }

  private onPoint(m: Msg): void {
    let p: irqscale.SweepPoint;
    try { p = decodeControl.sweepPoint(m.data); } catch (e) {
      m.respond(irqscale.SweepAck.encode({ worker: this.name, workerId: this.id, refused: true }).finish());
      this.log(`worker ${this.name}: ${(e as Error).message}`);
      this.joinFarm(); // the subscription took its one message: take the next point
      return;
    }
    if (this.state.kind !== "idle") {
      m.respond(irqscale.SweepAck.encode({ farmId: p.farmId, index: p.index, worker: this.name, workerId: this.id, refused: true }).finish());
      return;
    }
    this.state = { kind: "point", farmId: p.farmId, index: p.index };
    this.log(`worker ${this.name}: sweep point ${p.index}`);
    m.respond(irqscale.SweepAck.encode({ farmId: p.farmId, index: p.index, worker: this.name, workerId: this.id }).finish());
    setImmediate(() => void this.runPoint(p));
  }

  private async runPoint(p: irqscale.SweepPoint): Promise<void> {
    const out = irqscale.SweepResult.create({ farmId: p.farmId, index: p.index, worker: this.name });
    try {
      const rc = configFromWire(p.configJson, p.preset);
      const result = await runLocal(rc, { partitions: p.partitions || 1, runId: `farm-${p.farmId}-${p.index}` });
      out.resultJson = JSON.stringify(result);
    } catch (e) {
      out.error = (e as Error).message ?? String(e);
      out.configError = e instanceof ConfigError;
    }
    if (!this.nc.isClosed()) this.nc.publish(farmResults(p.farmId), irqscale.SweepResult.encode(out).finish());
    this.pointsDone++;
    if (this.state.kind === "point") this.becomeIdle();
  }
}
