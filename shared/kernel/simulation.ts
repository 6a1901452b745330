import type { ModelInstance, SimEvent } from "./engine.js";
import type { Ns } from "./time.js";

/**
 * A model built from a resolved config, ready to be partitioned. Actors are grouped into units
 * that are never split (a host with its VMs, a PHOLD group); a partition is a union of groups.
 */
export interface Simulation {
  readonly instance: ModelInstance;
  readonly groups: number;
  groupOf(actor: number): number;
  /** Smallest latency of a link cut by this group -> partition map, and which link it is. */
  lookahead(partitionOfGroup: Int32Array): { ns: Ns; link: string };
  readonly endNs: Ns;
  /**
   * Statistics of one actor at the end of the run (plain JSON), from its machine's context and the
   * shares of the measured time its machine spent in each state (PartitionEngine.timeInState).
   */
  actorStats(id: number, context: unknown, endNs: Ns, shares: Readonly<Record<string, number>>): unknown;
  /** Model sections of result.json from every actor's statistics (keyed by actor id). */
  summarize(stats: ReadonlyMap<number, unknown>, endNs: Ns, pending: Readonly<Record<string, number>>): Record<string, unknown>;
  /** Class of a message still queued at the end, tallied into `pending` for summarize (e.g. conservation). */
  pendingClass?(event: SimEvent): string | undefined;
  /** Why a message of `type` from src to dst breaks the actor kinds' declared accepts/sends (wire check). */
  checkDeclared?(src: number, dst: number, type: string): string | undefined;
  /** Message types a trace draws as flow arrows from sender to receiver (interrupts, IPIs, kicks). */
  readonly traceFlows?: readonly string[];
  /** Name of a group in a trace, where each group is one process (e.g. "host 0"), unless traceTrack is given. */
  traceGroupName?(group: number): string;
  /**
   * Where actor `actor`'s track goes in a trace: its process (a small integer; processes are drawn in
   * its order) and its order within the process. Default: the actor's group, in actor id order.
   */
  traceTrack?(actor: number): { process: number; sort: number };
  /** Name of a process of traceTrack. */
  traceProcessName?(process: number): string;
  /** The process of lock `lock`'s track (default: that of the actor that reported its first moment). */
  traceLockProcess?(lock: string): number | undefined;
}

/** Default partitioning: contiguous blocks of groups, as even as possible. */
export function blockPartition(groups: number, partitions: number): Int32Array {
  const map = new Int32Array(groups);
  for (let g = 0; g < groups; g++) map[g] = Math.floor((g * partitions) / groups);
  return map;
}

export function actorPartitions(sim: Simulation, partitionOfGroup: Int32Array): Int32Array {
  const n = sim.instance.actorCount;
  const out = new Int32Array(n);
  for (let a = 0; a < n; a++) out[a] = partitionOfGroup[sim.groupOf(a)]!;
  return out;
}
