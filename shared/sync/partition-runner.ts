import type { PartitionEngine, OutMessage } from "../kernel/engine.js";
import type { Simulation } from "../kernel/simulation.js";
import type { Ns } from "../kernel/time.js";
import { SimError } from "../kernel/errors.js";
import type { Bus } from "../transport/bus.js";
import { decodeBatch, decodeControl, encodeBatch, irqscale, WireError } from "./codec.js";
import { subjects } from "./subjects.js";

/** What a partition holds of one window: its peers' batches and the earliest next time among them. */
interface WindowInbox { batches: OutMessage[][]; from: Set<number>; next: Ns }

/**
 * Worker half of the conservative window protocol for one partition. The coordinator starts window 0;
 * after each window the partition sends every peer exactly one batch (empty if it has nothing for it)
 * carrying its earliest pending or sent time. Once it holds every peer's batch of window k, each
 * partition computes the same next window [min of those times, + lookahead) on its own: one hop
 * through the transport per window, with no round trip to the coordinator, which only hears
 * progress reports. It knows nothing of the transport behind the bus.
 */
export class PartitionRunner {
  private readonly inbox = new Map<number, WindowInbox>();
  private scheduled = false;
  /** End of window 0, once the coordinator has started the run. */
  private firstEnd: Ns | undefined;
  private lastWindow = -1;
  private windowEndNs = 0;
  /** This partition's own next time after the last window, until its peers' batches arrive. */
  private ownNext: Ns | undefined;
  private lookaheadNs = 0;
  private waitSince = 0;
  private unsubs: (() => void)[] = [];
  bytesSent = 0;
  /** Wall time spent waiting for peers' batches (ms). */
  waitMs = 0;
  /** Wall time spent running windows, ingesting and sending batches (ms); decoding happens in the bus's handlers. */
  busyMs = 0;
  stopped = false;
  /** The last window this partition ran (-1 before the first). */
  get window(): number { return this.lastWindow; }

  constructor(
    private readonly engine: PartitionEngine,
    private readonly sim: Simulation,
    private readonly bus: Bus,
    private readonly runId: string,
    private readonly worker: string,
  ) {}

  attach(): void {
    const p = this.engine.partition;
    this.unsubs.push(
      this.bus.subscribe(subjects.batch(p), (d) => this.guard(() => this.onBatch(d))),
      this.bus.subscribe(subjects.window, (d) => this.guard(() => this.onStart(d))),
      this.bus.subscribe(subjects.abort, (d) => this.guard(() => {
        const a = decodeControl.abort(d);
        if (a.runId === this.runId) this.detach();
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
    const started = this.firstEnd !== undefined;
    if (started || w.window !== 0) {
      throw new WireError(`window ${w.window} announced${started ? ` after the run started (last window run ${this.lastWindow})` : ""}; the coordinator starts window 0 only`);
    }
    if (!(w.lookahead > 0) || !(w.end > w.start)) throw new WireError(`window 0 start announces lookahead ${w.lookahead} ns and window [${w.start}, ${w.end}); both must be positive`);
    this.lookaheadNs = w.lookahead;
    this.firstEnd = w.end;
    this.schedule();
  }

  private onBatch(data: Uint8Array): void {
    const b = decodeBatch(data);
    if (b.runId !== this.runId) return;
    const p = this.engine.partition;
    if (b.dst !== p) throw new WireError(`batch for partition ${b.dst} arrived at partition ${p}`);
    if (b.src >= this.engine.partitions || b.src === p) throw new WireError(`batch from partition ${b.src}, which is not a peer of partition ${p} (${this.engine.partitions} partitions)`);
    if (b.window < this.lastWindow) {
      throw new WireError(`batch from partition ${b.src} for past window ${b.window} arrived while running window ${this.lastWindow}`);
    }
    // A peer runs window k+1 only once it holds this partition's batch of window k: at most one ahead.
    if (b.window > this.lastWindow + 1) throw new WireError(`batch from partition ${b.src} for future window ${b.window} arrived while running window ${this.lastWindow}`);
    let box = this.inbox.get(b.window);
    if (!box) this.inbox.set(b.window, (box = { batches: [], from: new Set(), next: Infinity }));
    if (box.from.has(b.src)) throw new WireError(`second batch from partition ${b.src} for window ${b.window}`);
    box.from.add(b.src);
    box.batches.push(b.messages);
    box.next = Math.min(box.next, b.nextTime);
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

  /** Runs the next window if every peer's batch of the last one is here. */
  private tryAdvance(): void {
    if (this.stopped) return;
    if (this.lastWindow < 0) {
      if (this.firstEnd === undefined) return;
      this.engine.windowEnd = this.firstEnd;
      this.engine.start();
      this.advance(0, this.firstEnd);
      return this.schedule();
    }
    if (this.ownNext === undefined) return;
    const k = this.lastWindow;
    const peers = this.engine.partitions - 1;
    const box = this.inbox.get(k);
    if ((box?.from.size ?? 0) < peers) return;
    if (box && box.next < this.windowEndNs) throw new WireError(`a peer's batch of window ${k} (ending at ${this.windowEndNs} ns) says its next event is at ${box.next} ns, inside the window`);
    this.waitMs += performance.now() - this.waitSince;
    this.inbox.delete(k);
    for (const msgs of box?.batches ?? []) this.engine.ingest(msgs);
    const next = Math.min(this.ownNext, box?.next ?? Infinity);
    this.ownNext = undefined;
    if (next >= this.sim.endNs) return this.finish();
    this.advance(k + 1, Math.min(next + this.lookaheadNs, this.sim.endNs));
    this.schedule();
  }

  /** Runs window `window` up to `end`, sends one batch to every peer and reports to the coordinator. */
  private advance(window: number, end: Ns): void {
    const engine = this.engine;
    this.lastWindow = window;
    this.windowEndNs = end;
    engine.runUntil(end);
    let next = engine.nextTime();
    const outs: OutMessage[][] = [];
    for (let q = 0; q < engine.partitions; q++) {
      const out = q === engine.partition ? [] : engine.takeOutbox(q);
      for (const m of out) if (m.time < next) next = m.time;
      outs.push(out);
    }
    for (let q = 0; q < engine.partitions; q++) {
      if (q === engine.partition) continue;
      const bytes = encodeBatch(this.runId, window, engine.partition, q, outs[q]!, next);
      this.bytesSent += bytes.length;
      this.bus.publish(subjects.batch(q), bytes);
    }
    const done = irqscale.WindowDone.create({
      runId: this.runId, window, partition: engine.partition, nextTime: next,
      events: engine.events, remoteEvents: engine.remoteSent, bytesSent: this.bytesSent, waitMs: this.waitMs,
    });
    this.bus.publish(subjects.done, irqscale.WindowDone.encode(done).finish());
    this.ownNext = next;
    this.waitSince = performance.now();
  }

  private finish(): void {
    const engine = this.engine;
    const end = this.sim.endNs;
    const stats: Record<number, unknown> = {};
    const digests = engine.owned.map((id) => {
      const a = engine.actor(id);
      if (a) stats[id] = this.sim.actorStats(id, a, end);
      return { actor: id, h1: engine.digests.h1[id]!, h2: engine.digests.h2[id]! };
    });
    const fin = irqscale.FinalStats.create({
      runId: this.runId, partition: engine.partition, digests, windows: this.lastWindow + 1,
      statsJson: JSON.stringify({ actors: stats, pendingClasses: this.sim.pendingClass ? engine.pendingByClass((e) => this.sim.pendingClass!(e)) : {}, events: engine.events, sent: engine.sent, remoteSent: engine.remoteSent, bytesSent: this.bytesSent, waitMs: this.waitMs }),
      pending: engine.pendingMessages(),
    });
    this.bus.publish(subjects.final, irqscale.FinalStats.encode(fin).finish());
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
      const abort = irqscale.Abort.create({ runId: this.runId, cause: `partition ${this.engine.partition}: ${e.message}`, worker: this.worker, actor, time });
      this.bus.publish(subjects.abort, irqscale.Abort.encode(abort).finish());
      this.detach();
    }
  }
}
