import type { PartitionEngine, OutMessage } from "../kernel/engine.js";
import type { Simulation } from "../kernel/simulation.js";
import { SimError } from "../kernel/errors.js";
import type { Bus } from "../transport/bus.js";
import { decodeBatch, decodeControl, encodeBatch, irqscale, WireError } from "./codec.js";
import { subjects } from "./subjects.js";

/**
 * Worker half of the conservative window protocol for one partition. It runs window k only once it
 * holds every batch the coordinator says was addressed to it in window k-1; it then reports what
 * it sent and the earliest time it still holds. It knows nothing of the transport behind the bus.
 */
export class PartitionRunner {
  private readonly inbox = new Map<number, OutMessage[][]>();
  private pending: irqscale.WindowStart | undefined;
  private started = false;
  private lastWindow = -1;
  private unsubs: (() => void)[] = [];
  bytesSent = 0;
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
      this.bus.subscribe(subjects.window, (d) => this.guard(() => this.onWindow(d))),
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

  private onBatch(data: Uint8Array): void {
    const b = decodeBatch(data);
    if (b.runId !== this.runId) return;
    if (b.dst !== this.engine.partition) throw new WireError(`batch for partition ${b.dst} arrived at partition ${this.engine.partition}`);
    if (b.src >= this.engine.partitions) throw new WireError(`batch from partition ${b.src}, which does not exist (${this.engine.partitions} partitions)`);
    if (b.window < this.lastWindow) throw new WireError(`batch from partition ${b.src} for past window ${b.window} arrived while running window ${this.lastWindow}`);
    // Peers run window k+1 only after this partition reported window k: a batch can be at most one window ahead.
    if (b.window > this.lastWindow + 1) throw new WireError(`batch from partition ${b.src} for future window ${b.window} arrived while running window ${this.lastWindow}`);
    let list = this.inbox.get(b.window);
    if (!list) this.inbox.set(b.window, (list = []));
    list.push(b.messages);
    this.tryRun();
  }

  private onWindow(data: Uint8Array): void {
    const w = decodeControl.windowStart(data);
    if (w.runId !== this.runId) return;
    // Windows come one at a time, each after this partition reported the previous one.
    if (this.pending || w.window !== this.lastWindow + 1) {
      throw new WireError(`window ${w.window} announced while ${this.pending ? `window ${this.pending.window} is waiting for its batches` : `the last window run was ${this.lastWindow}`}`);
    }
    this.pending = w;
    this.tryRun();
  }

  private tryRun(): void {
    const w = this.pending;
    if (!w || this.stopped) return;
    const p = this.engine.partition;
    const need = w.expectBatches[p] ?? 0;
    const prev = w.window - 1;
    const have = this.inbox.get(prev)?.length ?? 0;
    if (have < need) return;
    if (have > need) throw new WireError(`partition ${p} holds ${have} batches for window ${prev}, expected ${need}`);
    this.pending = undefined;
    for (const msgs of this.inbox.get(prev) ?? []) this.engine.ingest(msgs);
    this.inbox.delete(prev);
    if (w.final) return this.finish();
    this.runWindow(w);
  }

  private runWindow(w: irqscale.WindowStart): void {
    const engine = this.engine;
    this.lastWindow = w.window;
    if (!this.started) {
      this.started = true;
      engine.windowEnd = w.end;
      engine.start();
    }
    engine.runUntil(w.end);
    const sentTo = new Array<number>(engine.partitions).fill(0);
    let next = engine.nextTime();
    for (let q = 0; q < engine.partitions; q++) {
      const out = engine.takeOutbox(q);
      if (out.length === 0) continue;
      for (const m of out) if (m.time < next) next = m.time;
      const bytes = encodeBatch(this.runId, w.window, engine.partition, q, out);
      this.bytesSent += bytes.length;
      this.bus.publish(subjects.batch(q), bytes);
      sentTo[q] = 1;
    }
    const done = irqscale.WindowDone.create({
      runId: this.runId, window: w.window, partition: engine.partition, sentTo, nextTime: next,
      events: engine.events, remoteEvents: engine.remoteSent, bytesSent: this.bytesSent,
    });
    this.bus.publish(subjects.done, irqscale.WindowDone.encode(done).finish());
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
      runId: this.runId, partition: engine.partition, digests,
      statsJson: JSON.stringify({ actors: stats, pendingClasses: this.sim.pendingClass ? engine.pendingByClass((e) => this.sim.pendingClass!(e)) : {}, events: engine.events, sent: engine.sent, remoteSent: engine.remoteSent, bytesSent: this.bytesSent }),
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
