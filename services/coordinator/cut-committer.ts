import type { ObjectStore } from "@nats-io/obj";
import type { CheckpointManifest, CheckpointRun } from "../../shared/run/checkpoint.js";
import { commitCut } from "../../shared/run/nats-checkpoints.js";
import type { irqscale } from "../../shared/sync/codec.js";

/**
 * The coordinator's half of checkpoints over NATS: gathers each cut's CutTaken reports and, once every
 * partition's part is stored, commits the cut (verify, manifest, drop the previous cut's parts), one
 * cut after another in window order.
 */
export class CutCommitter {
  private readonly pending = new Map<number, irqscale.CutTaken[]>();
  private chain: Promise<void> = Promise.resolve();
  private previous: string[];
  private lastWindow = -1;
  /** Per committed cut: its bytes over all parts, and the wall time to take, store and commit it. */
  readonly costs: { window: number; bytes: number; ms: number }[] = [];

  constructor(
    private readonly os: ObjectStore,
    private readonly run: CheckpointRun,
    private readonly partitions: number,
    previous: readonly string[],
    private readonly fail: (e: Error) => void,
    private readonly log: (line: string) => void,
  ) {
    this.previous = [...previous];
  }

  add(c: irqscale.CutTaken): void {
    if (c.partition >= this.partitions || c.window <= this.lastWindow) return;
    const got = this.pending.get(c.window) ?? [];
    if (got.some((x) => x.partition === c.partition)) return;
    got.push(c);
    this.pending.set(c.window, got);
    if (got.length < this.partitions) return;
    this.pending.delete(c.window);
    const t0 = performance.now();
    this.chain = this.chain.then(() => this.commit(c.window, got, t0)).catch((e: Error) => this.fail(e));
  }

  /** Waits for the cuts being committed (before the run's checkpoint is dropped at its end). */
  settled(): Promise<void> { return this.chain; }

  private async commit(window: number, parts: irqscale.CutTaken[], t0: number): Promise<void> {
    if (window <= this.lastWindow) return;
    parts.sort((a, b) => a.partition - b.partition);
    const manifest: CheckpointManifest = {
      format: "irqscale.checkpoint/v1", run: this.run, window, now: parts[0]!.now,
      parts: parts.map((p) => ({ name: p.object, bytes: p.bytes, sha256: p.sha256 })),
    };
    await commitCut(this.os, manifest, this.previous);
    this.previous = manifest.parts.map((p) => p.name);
    this.lastWindow = window;
    const bytes = parts.reduce((a, p) => a + p.bytes, 0);
    const ms = Math.max(...parts.map((p) => p.ms)) + performance.now() - t0;
    this.costs.push({ window, bytes, ms });
    this.log(`run ${this.run.runId}: checkpoint of window ${window} (t=${manifest.now} ns): `
      + `${bytes} bytes in ${parts.length} parts`);
  }
}
