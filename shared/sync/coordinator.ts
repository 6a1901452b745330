import { ConfigError, SimError } from "../kernel/errors.js";
import type { Ns } from "../kernel/time.js";
import type { Bus } from "../transport/bus.js";
import { decodeControl, finalStatsJson, finalTrace, irqscale, quotedCause, WireError } from "./codec.js";
import type { TraceParts } from "../stats/trace.js";
import { subjects } from "./subjects.js";

export interface PartitionFinal {
  partition: number;
  digests: { actor: number; h1: number; h2: number }[];
  stats: { actors: Record<string, unknown>; pendingClasses?: Record<string, number>; events: number; sent: number; remoteSent: number; bytesSent: number; waitMs?: number };
  pending: number;
  /** What the partition traced, when the run is traced. */
  trace?: TraceParts;
}

export interface SyncOutcome {
  windows: number;
  finals: PartitionFinal[];
  /** Wall time from starting window 0 to the last final report (ms). */
  windowWallMs: number;
}

/**
 * Width of the windows of a pipeline `depth` windows deep under `lookaheadNs`; a ConfigError naming
 * --pipeline-depth when the depth is not a positive integer or the windows would be under 1 ns.
 */
export function windowWidthNs(lookaheadNs: Ns, depth: number): Ns {
  if (!Number.isSafeInteger(depth) || depth < 1) throw new ConfigError([`--pipeline-depth: expected a positive integer, got ${depth}`]);
  const width = Math.floor(lookaheadNs / depth);
  if (!(width >= 1)) throw new ConfigError([`--pipeline-depth ${depth}: the lookahead is ${lookaheadNs} ns, so windows would be under 1 ns wide; use at most ${Math.max(1, Math.floor(lookaheadNs))}`]);
  return width;
}

export interface WindowProtocolOptions {
  /** Pipeline depth: windows are lookahead / depth wide, and window k waits for window k - depth (default 1). */
  depth?: number;
  /** A partition reports progress at most this often (wall ms), and always window 0; 0 = every window (default). */
  reportEveryMs?: number;
  /** The run's token, sent in the window start and in aborts; an abort without it is ignored (default ""). */
  token?: string;
  /** Told about messages it ignored (an abort without the run's token). */
  log?: (line: string) => void;
  /** A run resumed from a cut: its first window and that window's start (default 0 and 0). */
  resume?: { window: number; start: Ns };
}

/**
 * Coordinator half of the conservative window protocol: starts window [0, L / depth) and then only listens.
 * Partitions advance on their peers' batches; the coordinator checks each partition's reports come in
 * window order, tells progress displays when a window is complete on every partition, collects the
 * final statistics, and turns any participant's failure into one Abort for all.
 */
export class Coordinator {
  /** The first window not yet reported by every partition. */
  private windows = 0;
  private readonly lastReported: number[];
  /** Each partition's next event time after the last window it reported. */
  private readonly lastNext: number[];
  private readonly depth: number;
  private readonly reportEveryMs: number;
  private readonly token: string;
  private readonly log: (line: string) => void;
  private readonly firstWindow: number;
  private readonly firstStart: Ns;
  private finals: PartitionFinal[] = [];
  private finalWindows = -1;
  private unsubs: (() => void)[] = [];
  private resolve!: (o: SyncOutcome) => void;
  private reject!: (e: Error) => void;
  private done = false;
  private startWall = 0;
  /**
   * Called when every partition has reported window `window - 1` (or a later one), with the earliest
   * next event time among their latest reports.
   */
  onWindow: ((window: number, start: Ns) => void) | undefined;

  constructor(
    private readonly bus: Bus,
    private readonly runId: string,
    private readonly partitions: number,
    private readonly lookaheadNs: Ns,
    private readonly endNs: Ns,
    opts: WindowProtocolOptions = {},
  ) {
    this.depth = opts.depth ?? 1;
    this.reportEveryMs = opts.reportEveryMs ?? 0;
    this.token = opts.token ?? "";
    this.log = opts.log ?? (() => undefined);
    this.firstWindow = this.windows = opts.resume?.window ?? 0;
    this.firstStart = opts.resume?.start ?? 0;
    windowWidthNs(lookaheadNs, this.depth);
    if (!(this.reportEveryMs >= 0)) throw new ConfigError([`report interval: expected a non-negative number of ms, got ${this.reportEveryMs}`]);
    this.lastReported = new Array<number>(partitions).fill(this.firstWindow - 1);
    this.lastNext = new Array<number>(partitions).fill(0);
  }

  run(): Promise<SyncOutcome> {
    const promise = new Promise<SyncOutcome>((res, rej) => { this.resolve = res; this.reject = rej; });
    this.unsubs.push(
      this.bus.subscribe(subjects.done, (d) => this.guard("ctl.done", () => this.onDone(decodeControl.windowDone(d)))),
      this.bus.subscribe(subjects.final, (d) => this.guard("ctl.final", () => this.onFinal(decodeControl.finalStats(d)))),
      this.bus.subscribe(subjects.abort, (d) => this.guard("ctl.abort", () => {
        const a = decodeControl.abort(d);
        if (a.runId !== this.runId) return;
        if (a.token !== this.token) {
          this.log(`run ${this.runId}: ignored an abort without the run's token (cause given: ${quotedCause(a)})`);
          return;
        }
        this.failWith(a);
      })),
    );
    this.startWall = performance.now();
    const width = windowWidthNs(this.lookaheadNs, this.depth);
    const msg = irqscale.WindowStart.create({
      runId: this.runId, window: this.firstWindow, start: this.firstStart,
      end: Math.min(this.firstStart + width, this.endNs), lookahead: this.lookaheadNs,
      depth: this.depth, reportEveryMs: this.reportEveryMs, token: this.token,
    });
    this.bus.publish(subjects.window, irqscale.WindowStart.encode(msg).finish());
    return promise;
  }

  /** The window the coordinator is waiting on (the one reported failures happen in). */
  get window(): number { return this.windows; }

  /** The last window each partition reported (-1 before its first report). */
  reported(): readonly number[] { return this.lastReported; }

  /** True once the final statistics of `partition` are in. */
  hasFinal(partition: number): boolean { return this.finals.some((f) => f.partition === partition); }

  /**
   * Aborts the run for every participant with a named cause: publishes the Abort and fails the run
   * here at once (the coordinator may not hear its own message, e.g. when its connection is gone).
   */
  abort(cause: string, worker = ""): void {
    if (this.done) return;
    const a = irqscale.Abort.create({ runId: this.runId, cause, worker, actor: -1, time: -1, token: this.token });
    try {
      this.bus.publish(subjects.abort, irqscale.Abort.encode(a).finish());
    } catch {
      // A closed connection: the workers learn of it from theirs; the run fails here all the same.
    }
    this.failWith(a);
  }

  private failWith(a: irqscale.Abort): void {
    const where = [a.worker && `worker ${a.worker}`, a.time >= 0 && `t=${a.time} ns`].filter(Boolean).join(", ");
    this.fail(new SimError(`run aborted${where ? ` (${where})` : ""} in window ${this.windows}: ${a.cause}`, a.actor, a.time));
  }

  /** A message the coordinator cannot use (malformed, or against the protocol) aborts the run, naming it. */
  private guard(subject: string, fn: () => void): void {
    if (this.done) return;
    try {
      fn();
    } catch (e) {
      this.abort(`coordinator: ${subject}: ${(e as Error)?.message ?? String(e)}`);
    }
  }

  private onDone(r: irqscale.WindowDone): void {
    if (r.runId !== this.runId || this.done) return;
    if (r.partition >= this.partitions) throw new WireError(`report from partition ${r.partition}, which does not exist (${this.partitions} partitions)`);
    const last = this.lastReported[r.partition]!;
    if (r.window <= last) throw new WireError(`partition ${r.partition} reported window ${r.window} during window ${this.windows}; it already reported window ${last}`);
    if (last < this.firstWindow && r.window !== this.firstWindow) {
      throw new WireError(`partition ${r.partition} reported window ${r.window} during window ${this.windows}; `
        + `its first report is for window ${this.firstWindow}`);
    }
    this.lastReported[r.partition] = r.window;
    this.lastNext[r.partition] = r.nextTime;
    const all = Math.min(...this.lastReported) + 1;
    if (all <= this.windows) return;
    this.windows = all;
    this.onWindow?.(all, Math.min(...this.lastNext));
  }

  private onFinal(f: irqscale.FinalStats): void {
    if (f.runId !== this.runId || this.done) return;
    if (f.partition >= this.partitions || this.finals.some((x) => x.partition === f.partition)) throw new WireError(`unexpected final statistics from partition ${f.partition}`);
    if (f.windows < 1) throw new WireError(`partition ${f.partition} sent its final statistics during window ${this.windows}, before running a window`);
    if (f.windows <= this.lastReported[f.partition]!) throw new WireError(`partition ${f.partition} finished after ${f.windows} windows but reported window ${this.lastReported[f.partition]}`);
    if (this.finalWindows >= 0 && f.windows !== this.finalWindows) {
      throw new WireError(`partition ${f.partition} finished after ${f.windows} windows, another partition after ${this.finalWindows}: the partitions disagree on the end of the run`);
    }
    this.finalWindows = f.windows;
    this.finals.push({
      partition: f.partition,
      digests: f.digests.map((d) => ({ actor: d.actor!, h1: d.h1!, h2: d.h2! })),
      stats: finalStatsJson(f) as unknown as PartitionFinal["stats"],
      pending: f.pending,
      ...(f.traceJson ? { trace: finalTrace(f) } : {}),
    });
    if (this.finals.length < this.partitions) return;
    this.done = true;
    this.detach();
    this.finals.sort((a, b) => a.partition - b.partition);
    this.resolve({ windows: this.finalWindows, finals: this.finals, windowWallMs: performance.now() - this.startWall });
  }

  private fail(e: Error): void {
    if (this.done) return;
    this.done = true;
    this.detach();
    this.reject(e);
  }

  private detach(): void { for (const u of this.unsubs) u(); this.unsubs = []; }
}
