import type { PartitionEngine, OutMessage, PartitionSnapshot } from "../kernel/engine.js";
import type { Simulation } from "../kernel/simulation.js";
import type { Ns } from "../kernel/time.js";
import { SimError } from "../kernel/errors.js";
import type { Bus } from "../transport/bus.js";
import { decodeBatch, decodeControl, encodeBatch, irqscale, quotedCause, WireError } from "./codec.js";
import { subjects } from "./subjects.js";
import { windowWidthNs } from "./coordinator.js";
import { TraceRecorder, type TraceWindow } from "../stats/trace.js";

/** What a partition holds of one window: its peers' batches and the earliest next time among them. */
interface WindowInbox { batches: OutMessage[][]; from: Set<number>; next: Ns; cut: boolean }

/** One window this partition ran: its bounds and its own next time after it. */
interface RanWindow { end: Ns; next: Ns }

export interface PartitionRunnerOptions {
  /**
   * The run's token (RunSpec.token): the runner sends it in its aborts and ignores a window start
   * or an abort without it. Default "" (in memory, where nobody else can publish).
   */
  token?: string;
  /**
   * Hand the event loop back after this much wall time inside one window (ms), and go on with the
   * window on a later turn: its host then answers heartbeats during a window of any length. The
   * window's events and their order are the same (the engine resumes at the next event). Default:
   * never (in memory, where nothing waits for an answer).
   */
  sliceMs?: number;
  /** Told about messages it ignored (a forged abort or window start). */
  log?: (line: string) => void;
  /** Consistent cuts of the run to take as it goes (none by default). */
  checkpoint?: CheckpointPolicy;
  /**
   * The engine was restored from a cut taken at the end of window `firstWindow - 1`: the run goes on
   * at window `firstWindow`, which the coordinator's window start names (default 0: a fresh run).
   */
  firstWindow?: number;
}

/**
 * When a partition takes its part of a cut, and what it does with it. Every partition cuts at the end
 * of the same windows: every `everyWindows`-th window, and, for `everyMs`, the window partition 0
 * picks once that much wall time has passed since its last cut, `depth` windows after the one whose
 * batches tell its peers (they run that window only after taking in those batches).
 */
export interface CheckpointPolicy {
  everyWindows?: number;
  everyMs?: number;
  /**
   * Handed this partition's snapshot at the end of `window`, once the peers' batches of it are in,
   * with the wall time taking it cost (ms).
   */
  take(window: number, snapshot: PartitionSnapshot, snapshotMs: number): void;
}

/** Why the engine was asked to stop: a pause of a sliced window, not a failure. */
const PAUSE = "pause of a sliced window";

/**
 * Worker half of the conservative window protocol for one partition, pipelined `depth` windows deep.
 *
 * Windows are `lookahead / depth` wide. A message sent in window j arrives at or after
 * start(j) + lookahead, which is the end of window j + depth - 1, so a partition may run window k
 * once it holds its peers' batches up to window k - depth: with depth 1 this is the lockstep
 * protocol (window k waits for window k - 1 everywhere); deeper, a partition may run up to
 * depth - 1 windows ahead of its slowest peer, absorbing the jitter of per-window work.
 *
 * After each window the partition sends every peer exactly one batch (empty if it has nothing for
 * it) carrying its earliest pending or sent time. The start of window k is decided from the batches
 * of windows k-2·depth+1 .. k-depth, which every partition holds when it runs k, so all compute the
 * same windows on their own: one hop through the transport per window, with no round trip to the
 * coordinator, which only starts window 0 and hears progress reports. Idle time is skipped: the
 * smallest of those next times bounds every event of the cut after window k - depth (pending or still
 * in flight, since a batch of window j is ingested just before window j + depth), so when it lies past
 * the end of window k - 1 the run jumps there. It knows nothing of the transport behind the bus.
 */
export class PartitionRunner {
  private readonly inbox = new Map<number, WindowInbox>();
  /** Windows this partition ran whose peers' batches are not ingested yet. */
  private readonly ran = new Map<number, RanWindow>();
  /** The smallest next time of every partition after each of the last `depth` ingested windows. */
  private readonly nextOf = new Map<number, Ns>();
  private scheduled = false;
  /** Bounds of the first window, once the coordinator has started the run. */
  private firstEnd: Ns | undefined;
  private firstStart: Ns = 0;
  private lastWindow = -1;
  /** End of the last window run. */
  private lastEnd: Ns = 0;
  /** The last window whose peers' batches are ingested. */
  private ingested = -1;
  /** The number of windows of the run, once this partition has decided there is no next one. */
  private finalWindows: number | undefined;
  private lookaheadNs = 0;
  private widthNs = 0;
  private depth = 1;
  private reportEveryMs = 0;
  private lastReportAt = -Infinity;
  private waitSince = 0;
  private waiting = false;
  private unsubs: (() => void)[] = [];
  private recorder: TraceRecorder | undefined;
  /** The window being run, while a sliced window is paused between two slices. */
  private open: { window: number; end: Ns } | undefined;
  /** Since when this partition has done nothing but wait (wall ms; undefined while it computes). */
  private idleFrom: number | undefined = performance.now();
  private readonly token: string;
  private readonly sliceMs: number | undefined;
  private readonly log: (line: string) => void;
  private readonly checkpoint: CheckpointPolicy | undefined;
  private readonly firstWindow: number;
  /** The window partition 0 picked for a cut on wall time, until it is taken. */
  private pendingCut: number | undefined;
  /** The last window cut (a cut is taken once), and when partition 0 last asked for one (wall ms). */
  private lastCut = -1;
  private lastCutAt = performance.now();
  /** Slices of windows run so far, beyond one per window (pauses that handed the event loop back). */
  pauses = 0;
  bytesSent = 0;
  /** Wall time spent waiting for peers' batches (ms). */
  waitMs = 0;
  /** Wall time spent running windows, ingesting and sending batches (ms); decoding happens in the bus's handlers. */
  busyMs = 0;
  stopped = false;
  /** The last window this partition ran or is running (-1 before the first). */
  get window(): number { return this.lastWindow; }

  /**
   * For how long (wall ms) this partition has only been waiting: for the start, or for its peers'
   * batches; 0 while it computes. After its final statistics it no longer waits on anyone.
   */
  idleMs(now = performance.now()): number { return this.idleFrom === undefined ? 0 : now - this.idleFrom; }

  /** True once the partition has sent its final statistics. */
  get finished(): boolean { return this.finalSent; }
  private finalSent = false;

  /** Traces `window` of virtual time (call before the run starts); the final statistics carry the trace. */
  trace(window: TraceWindow): void {
    this.recorder = this.engine.tracer = new TraceRecorder(window, this.sim.traceFlows ?? []);
  }

  constructor(
    private readonly engine: PartitionEngine,
    private readonly sim: Simulation,
    private readonly bus: Bus,
    private readonly runId: string,
    private readonly worker: string,
    opts: PartitionRunnerOptions = {},
  ) {
    this.token = opts.token ?? "";
    this.sliceMs = opts.sliceMs;
    this.log = opts.log ?? (() => undefined);
    this.checkpoint = opts.checkpoint;
    this.firstWindow = opts.firstWindow ?? 0;
    this.lastWindow = this.ingested = this.firstWindow - 1;
    if (this.sliceMs !== undefined && !(this.sliceMs >= 0)) {
      throw new Error(`sliceMs: expected >= 0, got ${this.sliceMs}`);
    }
  }

  attach(): void {
    const p = this.engine.partition;
    this.unsubs.push(
      this.bus.subscribe(subjects.batch(p), (d) => this.guard(() => this.onBatch(d))),
      this.bus.subscribe(subjects.window, (d) => this.guard(() => this.onStart(d))),
      this.bus.subscribe(subjects.abort, (d) => this.guard(() => {
        const a = decodeControl.abort(d);
        if (a.runId !== this.runId) return;
        if (a.token !== this.token) {
          this.log(`partition ${this.engine.partition}: ignored an abort of run ${this.runId} without the run's token `
            + `(cause given: ${quotedCause(a)})`);
          return;
        }
        this.detach();
      })),
    );
  }

  detach(): void {
    this.stopped = true;
    for (const u of this.unsubs) u();
    this.unsubs = [];
  }

  private onStart(data: Uint8Array): void {
    const w = decodeControl.windowStart(data);
    if (w.runId !== this.runId) return;
    if (w.token !== this.token) {
      this.log(`partition ${this.engine.partition}: ignored a window start of run ${this.runId} `
        + "without the run's token");
      return;
    }
    const started = this.firstEnd !== undefined;
    if (started || w.window !== this.firstWindow) {
      throw new WireError(`window ${w.window} announced`
        + `${started ? ` after the run started (last window run ${this.lastWindow})` : ""}; `
        + (this.firstWindow === 0 ? "the coordinator starts window 0 only"
          : `this partition was restored to go on at window ${this.firstWindow}`));
    }
    if (!(w.lookahead > 0) || !(w.end > w.start)) throw new WireError(`window 0 start announces lookahead ${w.lookahead} ns and window [${w.start}, ${w.end}); both must be positive`);
    const depth = w.depth || 1;
    let width: Ns;
    try { width = windowWidthNs(w.lookahead, depth); } catch (e) { throw new WireError(`window 0 start: ${(e as Error).message}`); }
    if (w.end !== Math.min(w.start + width, this.sim.endNs)) throw new WireError(`window ${w.window} start `
      + `announces window [${w.start}, ${w.end}), but lookahead ${w.lookahead} ns over ${depth} windows makes it `
      + `[${w.start}, ${Math.min(w.start + width, this.sim.endNs)})`);
    this.lookaheadNs = w.lookahead;
    if (!(w.reportEveryMs >= 0)) throw new WireError(`window 0 start asks for progress reports every ${w.reportEveryMs} ms`);
    this.depth = depth;
    this.widthNs = width;
    this.reportEveryMs = w.reportEveryMs;
    this.firstEnd = w.end;
    this.firstStart = w.start;
    this.schedule();
  }

  private onBatch(data: Uint8Array): void {
    const b = decodeBatch(data);
    if (b.runId !== this.runId) return;
    const p = this.engine.partition;
    if (b.dst !== p) throw new WireError(`batch for partition ${b.dst} arrived at partition ${p}`);
    if (b.src >= this.engine.partitions || b.src === p) throw new WireError(`batch from partition ${b.src}, which is not a peer of partition ${p} (${this.engine.partitions} partitions)`);
    if (b.window <= this.ingested) {
      throw new WireError(`batch from partition ${b.src} for past window ${b.window} arrived ${this.progress()} (batches up to window ${this.ingested} are in)`);
    }
    // A peer runs window j only once it holds this partition's batches up to j - depth.
    if (b.window > this.lastWindow + this.depth) throw new WireError(`batch from partition ${b.src} for future window ${b.window} arrived ${this.progress()}, ${this.depth} window${this.depth === 1 ? "" : "s"} deep`);
    let box = this.inbox.get(b.window);
    if (!box) this.inbox.set(b.window, (box = { batches: [], from: new Set(), next: Infinity, cut: false }));
    if (box.from.has(b.src)) throw new WireError(`second batch from partition ${b.src} for window ${b.window}`);
    box.from.add(b.src);
    box.batches.push(b.messages);
    box.next = Math.min(box.next, b.nextTime);
    if (b.cutAhead) {
      if (b.src !== 0) throw new WireError(`partition ${b.src} asked for a cut; only partition 0 does`);
      box.cut = true;
    }
    this.schedule();
  }

  /**
   * Looks for the next window to run on a later turn of the event loop, never inside a delivery: a
   * transport may hand over several batches in one go, and the batches this partition just published
   * must reach the wire before it runs another window, or a peer waiting for them waits that long too.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const t0 = performance.now();
      this.guard(() => this.tryAdvance());
      this.busyMs += performance.now() - t0;
    });
  }

  /** Ingests the peers' batches of the oldest window not ingested yet, if all are here. */
  private ingestNext(): boolean {
    const j = this.ingested + 1;
    const ran = this.ran.get(j);
    if (ran === undefined) return false;
    const box = this.inbox.get(j);
    if ((box?.from.size ?? 0) < this.engine.partitions - 1) return false;
    if (box && box.next < ran.end) throw new WireError(`a peer's batch of window ${j} (ending at ${ran.end} ns) says its next event is at ${box.next} ns, inside the window`);
    this.inbox.delete(j);
    this.ran.delete(j);
    for (const msgs of box?.batches ?? []) this.engine.ingest(msgs);
    if (box?.cut) this.pendingCut = j + this.depth;
    this.nextOf.set(j, Math.min(ran.next, box?.next ?? Infinity));
    // nextStart(k) reads windows k - 2·depth + 1 .. k - depth, and a cut ingests up to k - 1 first.
    this.nextOf.delete(j - 2 * this.depth);
    this.ingested = j;
    return true;
  }

  /** Runs the next window once the batches it depends on are here, or finishes the run. */
  private tryAdvance(): void {
    if (this.stopped) return;
    if (this.open !== undefined) {
      // A sliced window goes on where it paused; nothing else runs until it ends.
      this.continueWindow();
      return this.schedule();
    }
    if (this.lastWindow < this.firstWindow) {
      if (this.firstEnd === undefined) return;
      if (this.firstWindow === 0) this.engine.start();
      this.advance(this.firstWindow, this.firstStart, this.firstEnd);
      return this.schedule();
    }
    const k = this.lastWindow + 1;
    if (this.finalWindows === undefined) {
      // A cut at the end of the last window waits for all of its peers' batches, not only depth windows back.
      const cutting = this.cutDue(this.lastWindow);
      const need = cutting ? this.lastWindow : k - this.depth;
      while (this.ingested < need && this.ingestNext());
      if (this.ingested < need) return;
      if (cutting) this.takeCut(this.lastWindow);
      const start = this.nextStart(k);
      if (start < this.sim.endNs) {
        this.noteWait();
        this.advance(k, start, Math.min(start + this.widthNs, this.sim.endNs));
        return this.schedule();
      }
      this.finalWindows = k;
    }
    // The run is over: collect the batches of the last windows, whose messages are pending at the end.
    while (this.ingested < this.lastWindow && this.ingestNext());
    if (this.ingested < this.lastWindow) return;
    this.noteWait();
    this.finish();
  }

  /**
   * Start of window k, from what every partition knows once it holds the batches up to k - depth:
   * the end of window k - 1, or later when every event of the cut after window k - depth lies later.
   */
  private nextStart(k: number): Ns {
    const prevEnd = this.lastEnd;
    if (k < this.firstWindow + this.depth) return prevEnd;
    let bound = Infinity;
    for (let j = Math.max(this.firstWindow, k - 2 * this.depth + 1); j <= k - this.depth; j++) {
      bound = Math.min(bound, this.nextOf.get(j)!);
    }
    return Math.max(prevEnd, bound);
  }

  /** True when a cut is due at the end of `window` and not taken yet (never at the run's end). */
  private cutDue(window: number): boolean {
    const c = this.checkpoint;
    if (c === undefined || window <= this.lastCut || this.lastEnd >= this.sim.endNs) return false;
    return (c.everyWindows !== undefined && (window + 1) % c.everyWindows === 0) || this.pendingCut === window;
  }

  /** Hands this partition's part of the cut at the end of `window` to the policy. */
  private takeCut(window: number): void {
    this.lastCut = window;
    if (this.pendingCut !== undefined && this.pendingCut <= window) this.pendingCut = undefined;
    // The cut lies at the window's end, whichever event each partition handled last.
    const t0 = performance.now();
    const snapshot = { ...this.engine.snapshot(), now: this.lastEnd };
    this.checkpoint!.take(window, snapshot, performance.now() - t0);
  }

  /**
   * Partition 0, after window `window`: whether to ask for a cut on wall time. The answer travels in
   * its batches of this window; alone, it cuts at the end of this very window.
   */
  private askCut(window: number): boolean {
    const every = this.checkpoint?.everyMs;
    if (every === undefined || this.engine.partition !== 0 || this.pendingCut !== undefined) return false;
    const now = performance.now();
    if (now - this.lastCutAt < every) return false;
    this.lastCutAt = now;
    this.pendingCut = this.engine.partitions === 1 ? window : window + this.depth;
    return this.engine.partitions > 1;
  }

  /** Where this partition is, for error messages. */
  private progress(): string {
    return this.lastWindow < 0 ? "before this partition ran a window" : `after this partition ran window ${this.lastWindow}`;
  }

  private noteWait(): void {
    this.idleFrom = undefined;
    if (!this.waiting) return;
    this.waiting = false;
    this.waitMs += performance.now() - this.waitSince;
  }

  /**
   * Runs window `window` over [start, end), sends one batch to every peer and reports to the
   * coordinator; with `sliceMs`, the window may pause and go on from tryAdvance on later turns.
   */
  private advance(window: number, start: Ns, end: Ns): void {
    this.idleFrom = undefined;
    this.lastWindow = window;
    this.lastEnd = end;
    this.engine.remoteFloor = start + this.lookaheadNs;
    this.open = { window, end };
    this.continueWindow();
  }

  /**
   * Runs the open window to its end, or, when sliced, until `sliceMs` have passed: then the engine
   * stops after a whole event (its interrupt hook, asked every 4,096 events) and resumes from the
   * next one when called again, so the events and their order are those of an unsliced window.
   */
  private continueWindow(): void {
    const engine = this.engine;
    const { window, end } = this.open!;
    if (this.sliceMs === undefined) {
      engine.runUntil(end);
    } else {
      const outer = engine.interrupt;
      const deadline = performance.now() + this.sliceMs;
      let paused = false;
      engine.interrupt = () => {
        const why = outer?.();
        if (why !== undefined) return why;
        if (performance.now() < deadline) return undefined;
        paused = true;
        return PAUSE;
      };
      try {
        engine.runUntil(end);
      } catch (e) {
        if (!paused) throw e;
        this.pauses++;
        return;
      } finally {
        engine.interrupt = outer;
      }
    }
    this.open = undefined;
    this.endWindow(window, end);
  }

  /** After window `window` ended: one batch to every peer, a progress report, then wait. */
  private endWindow(window: number, end: Ns): void {
    const engine = this.engine;
    let next = engine.nextTime();
    const outs: OutMessage[][] = [];
    for (let q = 0; q < engine.partitions; q++) {
      const out = q === engine.partition ? [] : engine.takeOutbox(q);
      for (const m of out) if (m.time < next) next = m.time;
      outs.push(out);
    }
    const cutAhead = this.askCut(window);
    for (let q = 0; q < engine.partitions; q++) {
      if (q === engine.partition) continue;
      const bytes = encodeBatch(this.runId, window, engine.partition, q, outs[q]!, next, cutAhead);
      this.bytesSent += bytes.length;
      this.bus.publish(subjects.batch(q), bytes);
    }
    this.report(window, next);
    this.ran.set(window, { end, next });
    this.waiting = true;
    this.waitSince = performance.now();
    this.idleFrom = this.waitSince;
  }

  /**
   * Tells the coordinator how far this partition got: window 0, then at most every reportEveryMs of
   * wall time. Reports are progress only; each wakes the coordinator and costs nats-server a message,
   * which on a small machine takes a core away from the workers for a moment.
   */
  private report(window: number, next: Ns): void {
    const now = performance.now();
    if (window > this.firstWindow && now - this.lastReportAt < this.reportEveryMs) return;
    this.lastReportAt = now;
    const engine = this.engine;
    const done = irqscale.WindowDone.create({
      runId: this.runId, window, partition: engine.partition, nextTime: next,
      events: engine.events, remoteEvents: engine.remoteSent, bytesSent: this.bytesSent, waitMs: this.waitMs,
    });
    this.bus.publish(subjects.done, irqscale.WindowDone.encode(done).finish());
  }

  private finish(): void {
    const engine = this.engine;
    const end = this.sim.endNs;
    const stats: Record<number, unknown> = {};
    const digests = engine.owned.map((id) => {
      const a = engine.actor(id);
      if (a) stats[id] = this.sim.actorStats(id, a.getSnapshot().context, end, engine.timeInState(id, end));
      return { actor: id, h1: engine.digests.h1[id]!, h2: engine.digests.h2[id]! };
    });
    const fin = irqscale.FinalStats.create({
      runId: this.runId, partition: engine.partition, digests, windows: this.finalWindows!,
      statsJson: JSON.stringify({ actors: stats, pendingClasses: this.sim.pendingClass ? engine.pendingByClass((e) => this.sim.pendingClass!(e)) : {}, events: engine.events, sent: engine.sent, remoteSent: engine.remoteSent, bytesSent: this.bytesSent, waitMs: this.waitMs }),
      pending: engine.pendingMessages(),
      traceJson: this.recorder ? JSON.stringify(this.recorder.finish()) : "",
    });
    this.bus.publish(subjects.final, irqscale.FinalStats.encode(fin).finish());
    this.finalSent = true;
    this.idleFrom = undefined;
    this.detach();
  }

  private guard(fn: () => void): void {
    if (this.stopped) return;
    try {
      fn();
    } catch (err) {
      const e = err as Error;
      const actor = err instanceof SimError ? err.actor : -1;
      const time = err instanceof SimError ? err.time : this.engine.now;
      const abort = irqscale.Abort.create({
        runId: this.runId, cause: `partition ${this.engine.partition}: ${e.message}`, worker: this.worker, actor, time,
        token: this.token,
      });
      this.detach();
      try {
        this.bus.publish(subjects.abort, irqscale.Abort.encode(abort).finish());
      } catch {
        // The transport itself is gone (a closed connection fails the window's publish, then this one):
        // nobody can be told from here, and the coordinator learns of it from the lost connection.
      }
    }
  }
}
