import { SimError } from "./errors.js";
import type { EngineKind, PartitionSnapshot } from "./engine.js";
import type { Ns } from "./time.js";

/**
 * A consistent cut of a whole run at the end of a window: every partition's snapshot taken after it
 * ran the window and took in its peers' batches of it, merged into one record that does not depend
 * on how the run was partitioned. Restored into any partitioning of the same model (`sliceCut`), it
 * continues the run exactly: actors, queued events and the models' shared memory are addressed by
 * actor id and memory name, never by partition.
 */
export interface RunCut {
  format: "irqscale.cut/v1";
  seed: number;
  engine: EngineKind;
  /** The last window run before the cut. */
  window: number;
  /** Virtual time of the cut: the end of that window; every event before it has run. */
  now: Ns;
  /** Totals over the partitions: events handled, messages sent, sent across partitions, received. */
  counters: PartitionSnapshot["counters"];
  /** Every actor, in id order. */
  actors: PartitionSnapshot["actors"];
  /** Every queued event, in (time, src, seq) order. */
  heap: PartitionSnapshot["heap"];
  /** The models' shared memory by name (a VM's memory under its key), merged over the partitions. */
  shared: Record<string, unknown> | undefined;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** Merges the snapshots every partition took at the end of `window` into one cut. */
export function mergeCut(snaps: readonly PartitionSnapshot[], window: number): RunCut {
  if (snaps.length === 0) throw new Error("a cut needs the snapshot of at least one partition");
  const first = snaps[0]!;
  const byPartition = [...snaps].sort((a, b) => a.partition - b.partition);
  byPartition.forEach((s, i) => {
    const fail = (what: string) => new SimError(`cut of window ${window}: partition ${s.partition} ${what}`, -1, s.now);
    if (s.partition !== i || s.partitions !== snaps.length)
      throw fail(`of ${s.partitions} in a cut of ${snaps.length}`);
    if (s.now !== first.now) throw fail(`was at t=${s.now} ns, partition ${first.partition} at t=${first.now} ns`);
    if (s.seed !== first.seed || s.engine !== first.engine) throw fail("ran another seed or engine");
    if (s.outboxes.some((box) => box.length > 0)) throw fail("still held messages for its peers");
  });
  const shared: Record<string, unknown> = {};
  let anyShared = false;
  for (const s of byPartition) {
    if (s.shared === undefined) continue;
    if (!isRecord(s.shared)) throw new SimError(`cut of window ${window}: the shared memory of partition `
      + `${s.partition} is not named`, -1, s.now);
    anyShared = true;
    for (const [key, value] of Object.entries(s.shared)) {
      if (key in shared)
        throw new SimError(`cut of window ${window}: two partitions hold shared memory ${key}`, -1, s.now);
      shared[key] = value;
    }
  }
  const sum = (k: keyof PartitionSnapshot["counters"]) => snaps.reduce((acc, s) => acc + s.counters[k], 0);
  return {
    format: "irqscale.cut/v1",
    seed: first.seed,
    engine: first.engine,
    window,
    now: first.now,
    counters: { events: sum("events"), sent: sum("sent"), remoteSent: sum("remoteSent"), received: sum("received") },
    actors: byPartition.flatMap((s) => s.actors).sort((a, b) => a.id - b.id),
    heap: byPartition.flatMap((s) => s.heap).sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]),
    shared: anyShared ? shared : undefined,
  };
}

/**
 * The part of a cut that partition `partition` of `partitions` continues: the actors it owns and the
 * events addressed to them; its shared memory comes after its actors exist (`sharedOfCut`). The run's
 * totals go to partition 0, so the partitions' counters still add up to the run's.
 */
export function sliceCut(
  cut: RunCut, partition: number, partitions: number, partitionOf: Int32Array,
): PartitionSnapshot {
  if (cut.format !== "irqscale.cut/v1")
    throw new SimError(`a cut of format ${JSON.stringify(cut.format)} cannot be restored`);
  if (cut.actors.length !== partitionOf.length)
    throw new SimError(`the cut holds ${cut.actors.length} actors, the model has ${partitionOf.length}`, -1, cut.now);
  const mine = (id: number) => partitionOf[id] === partition;
  return {
    format: "irqscale.partition/v1",
    partition, partitions, seed: cut.seed, engine: cut.engine, now: cut.now,
    counters: partition === 0 ? { ...cut.counters } : { events: 0, sent: 0, remoteSent: 0, received: 0 },
    actors: cut.actors.filter((a) => mine(a.id)),
    heap: cut.heap.filter((e) => mine(e[3])),
    outboxes: Array.from({ length: partitions }, () => []),
    shared: undefined,
  };
}

/** The shared memory of a cut named in `keys` (what a partition's own model instance holds). */
export function sharedOfCut(cut: RunCut, keys: readonly string[]): Record<string, unknown> {
  const shared: Record<string, unknown> = {};
  for (const key of keys) {
    if (cut.shared === undefined || !(key in cut.shared))
      throw new SimError(`the cut holds no shared memory ${key}`, -1, cut.now);
    shared[key] = cut.shared[key];
  }
  return shared;
}
