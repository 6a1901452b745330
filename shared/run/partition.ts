import { ConfigError } from "../kernel/errors.js";
import { actorPartitions, blockPartition, type Simulation } from "../kernel/simulation.js";
import type { Ns } from "../kernel/time.js";
import { planPartitions } from "./local.js";

/**
 * Partitioning of a simulation for a distributed run. Partitions are unions of the model's groups
 * (a host with its VMs, a PHOLD group), so only links between groups are ever cut; the lookahead is
 * the smallest latency among the cut links, and a cut link below the configured minimum is rejected
 * before anything starts.
 */

/** Default minimum lookahead of a distributed run: a NATS barrier round costs 0.2-0.65 ms. */
export const DEFAULT_MIN_LOOKAHEAD_NS = 1000;

export interface PartitionPlan {
  partitions: number;
  /** group -> partition */
  partitionOfGroup: Int32Array;
  /** actor -> partition */
  partitionOf: Int32Array;
  lookahead: { ns: Ns; link: string };
}

/** Parses `--partition-map 0,0,1,1,...` (one partition per group, in group order). */
export function parsePartitionMap(text: string): Int32Array {
  const parts = text.split(",").map((s) => s.trim());
  const bad = parts.filter((s) => !/^\d+$/.test(s));
  if (parts.length === 0 || bad.length > 0) {
    throw new ConfigError([`--partition-map ${text}: expected comma-separated partition numbers, one per group (e.g. 0,0,1,1)${bad.length ? `; not a partition number: ${bad.slice(0, 3).map((b) => JSON.stringify(b)).join(", ")}` : ""}`]);
  }
  return Int32Array.from(parts.map(Number));
}

export interface PlanRequest {
  /** Number of partitions; default: from the map if one is given, else 1. */
  partitions?: number;
  /** Explicit group -> partition map. */
  map?: Int32Array;
  /** Cut links below this latency are rejected (ns); 0 accepts any positive latency. */
  minLookaheadNs?: number;
  /** The flag that sets the minimum, for the message. */
  minFlag?: string;
  /** What set the number of partitions, for the message (default `--partitions N`). */
  partitionsFlag?: string;
}

/** Checks the partitioning (map, groups, lookahead against the minimum) and returns the plan. */
export function planRun(sim: Simulation, req: PlanRequest = {}): PartitionPlan {
  let partitions = req.partitions;
  if (req.map) {
    if (req.map.length !== sim.groups) {
      throw new ConfigError([`--partition-map: ${req.map.length} entries for ${sim.groups} groups; give one partition number per group (group ${describeGroups(sim)})`]);
    }
    const fromMap = Math.max(...req.map) + 1;
    if (partitions === undefined) partitions = fromMap;
    else if (fromMap > partitions) throw new ConfigError([`--partition-map names partition ${fromMap - 1}, but --partitions is ${partitions} (partitions are 0..${partitions - 1})`]);
  }
  partitions ??= 1;
  const pog = planPartitions(sim, partitions, req.map, req.partitionsFlag);
  const lookahead = sim.lookahead(pog);
  const min = req.minLookaheadNs ?? 0;
  if (partitions > 1) {
    const flag = req.minFlag ?? "--min-lookahead-ns";
    const fix = `fix: keep both ends of that link in one partition (--partition-map, or fewer partitions), raise that link's latency in the config, or lower ${flag}`;
    if (!(lookahead.ns > 0)) {
      throw new ConfigError([`lookahead: the cut link ${lookahead.link} has latency ${lookahead.ns} ns; a cut link needs latency > 0 or the run cannot advance; ${fix.replace(/, or lower .*$/, "")}`]);
    }
    if (lookahead.ns < min) {
      throw new ConfigError([`lookahead: the cut link ${lookahead.link} has latency ${lookahead.ns} ns, below the minimum ${min} ns (${flag}); every window would cover at most ${lookahead.ns} ns of virtual time and cost one barrier round (0.2-0.65 ms over NATS); ${fix}`]);
    }
  }
  return { partitions, partitionOfGroup: pog, partitionOf: actorPartitions(sim, pog), lookahead };
}

function describeGroups(sim: Simulation): string {
  return `0..${sim.groups - 1}`;
}

/**
 * Which partitions each worker hosts: contiguous blocks, as even as possible (several partitions
 * per worker allowed). Worker w hosts every partition p with floor(p * workers / partitions) = w.
 */
export function assignPartitions(partitions: number, workers: number): number[][] {
  if (workers > partitions) {
    throw new ConfigError([`--workers ${workers}: only ${partitions} partition${partitions === 1 ? "" : "s"}; each worker needs at least one partition (raise --partitions, or lower --workers)`]);
  }
  const map = blockPartition(partitions, workers);
  const out: number[][] = Array.from({ length: workers }, () => []);
  for (let p = 0; p < partitions; p++) out[map[p]!]!.push(p);
  return out;
}
