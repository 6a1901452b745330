import { SimError } from "../kernel/errors.js";
import type { Ns } from "../kernel/time.js";
import type { Bus } from "../transport/bus.js";
import { decodeControl, finalStatsJson, irqscale, WireError } from "./codec.js";
import { subjects } from "./subjects.js";

export interface PartitionFinal {
  partition: number;
  digests: { actor: number; h1: number; h2: number }[];
  stats: { actors: Record<string, unknown>; pendingClasses?: Record<string, number>; events: number; sent: number; remoteSent: number; bytesSent: number };
  pending: number;
}

export interface SyncOutcome {
  windows: number;
  finals: PartitionFinal[];
  /** Wall time the coordinator spent waiting between a window's start and its last report, summed. */
  windowWallMs: number;
}

/**
 * Coordinator half of the conservative window protocol: announces window [start, start + L),
 * waits for every partition's report, and starts the next window at the smallest reported time
 * (idle time is skipped), telling each partition how many batches to hold first.
 */
export class Coordinator {
  private windows = 0;
  private reports: (irqscale.WindowDone | undefined)[];
  private got = 0;
  private finals: PartitionFinal[] = [];
  private unsubs: (() => void)[] = [];
  private resolve!: (o: SyncOutcome) => void;
  private reject!: (e: Error) => void;
  private done = false;
  private finalSent = false;
  private windowStartWall = 0;
  private windowWallMs = 0;
  /** Called after every window with (window, virtual start) for progress displays. */
  onWindow: ((window: number, start: Ns) => void) | undefined;

  constructor(
    private readonly bus: Bus,
    private readonly runId: string,
    private readonly partitions: number,
    private readonly lookaheadNs: Ns,
    private readonly endNs: Ns,
  ) {
    this.reports = new Array(partitions);
  }

  run(): Promise<SyncOutcome> {
    const promise = new Promise<SyncOutcome>((res, rej) => { this.resolve = res; this.reject = rej; });
    this.unsubs.push(
      this.bus.subscribe(subjects.done, (d) => this.guard("ctl.done", () => this.onDone(decodeControl.windowDone(d)))),
      this.bus.subscribe(subjects.final, (d) => this.guard("ctl.final", () => this.onFinal(decodeControl.finalStats(d)))),
      this.bus.subscribe(subjects.abort, (d) => this.guard("ctl.abort", () => {
        const a = decodeControl.abort(d);
        if (a.runId === this.runId) this.failWith(a);
      })),
    );
    this.announce(0, 0, new Array(this.partitions).fill(0), false);
    return promise;
  }

  /** The window the coordinator is waiting on (the one reported failures happen in). */
  get window(): number { return this.windows; }

  /**
   * Aborts the run for every participant with a named cause: publishes the Abort and fails the run
   * here at once (the coordinator may not hear its own message, e.g. when its connection is gone).
   */
  abort(cause: string, worker = ""): void {
    if (this.done) return;
    const a = irqscale.Abort.create({ runId: this.runId, cause, worker, actor: -1, time: -1 });
    this.bus.publish(subjects.abort, irqscale.Abort.encode(a).finish());
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

  private announce(window: number, start: Ns, expect: number[], final: boolean): void {
    const end = Math.min(start + this.lookaheadNs, this.endNs);
    this.windowStartWall = performance.now();
    const msg = irqscale.WindowStart.create({ runId: this.runId, window, start, end, expectBatches: expect, final });
    this.bus.publish(subjects.window, irqscale.WindowStart.encode(msg).finish());
  }

  private onDone(r: irqscale.WindowDone): void {
    if (r.runId !== this.runId || this.done) return;
    if (r.window !== this.windows) throw new WireError(`partition ${r.partition} reported window ${r.window} during window ${this.windows}`);
    if (r.partition >= this.partitions || this.reports[r.partition]) throw new WireError(`unexpected report from partition ${r.partition} in window ${r.window}`);
    this.reports[r.partition] = r;
    if (++this.got < this.partitions) return;
    this.windowWallMs += performance.now() - this.windowStartWall;
    let next = Infinity;
    const expect = new Array<number>(this.partitions).fill(0);
    for (const rep of this.reports) {
      next = Math.min(next, rep!.nextTime);
      rep!.sentTo.forEach((n, q) => { expect[q]! += n; });
    }
    this.reports = new Array(this.partitions);
    this.got = 0;
    this.windows++;
    this.onWindow?.(this.windows, next);
    if (next >= this.endNs) { this.finalSent = true; this.announce(this.windows, this.endNs, expect, true); }
    else this.announce(this.windows, next, expect, false);
  }

  private onFinal(f: irqscale.FinalStats): void {
    if (f.runId !== this.runId || this.done) return;
    if (!this.finalSent) throw new WireError(`partition ${f.partition} sent its final statistics during window ${this.windows}, before the final window`);
    if (f.partition >= this.partitions || this.finals.some((x) => x.partition === f.partition)) throw new WireError(`unexpected final statistics from partition ${f.partition}`);
    this.finals.push({
      partition: f.partition,
      digests: f.digests.map((d) => ({ actor: d.actor!, h1: d.h1!, h2: d.h2! })),
      stats: finalStatsJson(f) as unknown as PartitionFinal["stats"],
      pending: f.pending,
    });
    if (this.finals.length < this.partitions) return;
    this.done = true;
    this.detach();
    this.finals.sort((a, b) => a.partition - b.partition);
    this.resolve({ windows: this.windows, finals: this.finals, windowWallMs: this.windowWallMs });
  }

  private fail(e: Error): void {
    if (this.done) return;
    this.done = true;
    this.detach();
    this.reject(e);
  }

  private detach(): void { for (const u of this.unsubs) u(); this.unsubs = []; }
}
