import { SimError } from "../kernel/errors.js";
import type { Ns } from "../kernel/time.js";
import type { Bus } from "../transport/bus.js";
import { irqscale } from "./codec.js";
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
      this.bus.subscribe(subjects.done, (d) => this.onDone(irqscale.WindowDone.decode(d))),
      this.bus.subscribe(subjects.final, (d) => this.onFinal(irqscale.FinalStats.decode(d))),
      this.bus.subscribe(subjects.abort, (d) => {
        const a = irqscale.Abort.decode(d);
        if (a.runId !== this.runId) return;
        const where = [a.worker && `worker ${a.worker}`, a.time >= 0 && `t=${a.time} ns`].filter(Boolean).join(", ");
        this.fail(new SimError(`run aborted${where ? ` (${where})` : ""}: ${a.cause}`, a.actor, a.time));
      }),
    );
    this.announce(0, 0, new Array(this.partitions).fill(0), false);
    return promise;
  }

  /** Aborts the run for every participant with a named cause. */
  abort(cause: string, worker = ""): void {
    if (this.done) return;
    this.bus.publish(subjects.abort, irqscale.Abort.encode(irqscale.Abort.create({ runId: this.runId, cause, worker, actor: -1, time: -1 })).finish());
  }

  private announce(window: number, start: Ns, expect: number[], final: boolean): void {
    const end = Math.min(start + this.lookaheadNs, this.endNs);
    this.windowStartWall = performance.now();
    const msg = irqscale.WindowStart.create({ runId: this.runId, window, start, end, expectBatches: expect, final });
    this.bus.publish(subjects.window, irqscale.WindowStart.encode(msg).finish());
  }

  private onDone(r: irqscale.WindowDone): void {
    if (r.runId !== this.runId || this.done) return;
    if (r.window !== this.windows) return this.fail(new SimError(`partition ${r.partition} reported window ${r.window} during window ${this.windows}`));
    if (r.partition >= this.partitions || this.reports[r.partition]) return this.fail(new SimError(`unexpected report from partition ${r.partition} in window ${r.window}`));
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
    if (next >= this.endNs) this.announce(this.windows, this.endNs, expect, true);
    else this.announce(this.windows, next, expect, false);
  }

  private onFinal(f: irqscale.FinalStats): void {
    if (f.runId !== this.runId || this.done) return;
    this.finals.push({
      partition: f.partition,
      digests: f.digests.map((d) => ({ actor: d.actor!, h1: d.h1!, h2: d.h2! })),
      stats: JSON.parse(f.statsJson),
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
