import { combineDigests } from "../kernel/digest.js";
import type { Simulation } from "../kernel/simulation.js";
import { windowWidthNs, type SyncOutcome } from "../sync/coordinator.js";

export const RESULT_SCHEMA = "irqscale.result/v1";

export interface RunInfo {
  runId: string;
  preset: string | undefined;
  partitions: number;
  workers: number;
  lookaheadNs: number;
  lookaheadLink: string;
  pipelineDepth: number;
  wallMs: number;
  /** CPU time of the processes that ran it (user + system, all threads), over the run. */
  cpuMs: number;
  transport: "memory" | "nats";
  workerBytes?: Record<string, number>;
  /** Extra fields of the `sync` section (distributed runs: sync share, per-worker figures). */
  syncExtra?: Record<string, unknown>;
}

/** Merges every partition's final report into one result (schema irqscale.result/v1). */
export function assembleResult(sim: Simulation, config: Record<string, unknown> & { seed: number }, outcome: SyncOutcome, info: RunInfo): Record<string, unknown> {
  const n = sim.instance.actorCount;
  const h1 = new Uint32Array(n), h2 = new Uint32Array(n);
  const seen = new Uint8Array(n);
  const stats = new Map<number, unknown>();
  let events = 0, sent = 0, remote = 0, pending = 0, bytes = 0;
  const pendingClasses: Record<string, number> = {};
  for (const f of outcome.finals) {
    for (const d of f.digests) { h1[d.actor] = d.h1; h2[d.actor] = d.h2; seen[d.actor]!++; }
    for (const [id, s] of Object.entries(f.stats.actors)) stats.set(Number(id), s);
    for (const [k, v] of Object.entries(f.stats.pendingClasses ?? {})) pendingClasses[k] = (pendingClasses[k] ?? 0) + v;
    events += f.stats.events; sent += f.stats.sent; remote += f.stats.remoteSent; pending += f.pending; bytes += f.stats.bytesSent;
  }
  const missing = seen.findIndex((c) => c !== 1);
  if (missing >= 0) throw new Error(`internal: actor ${sim.instance.actorName(missing)} reported by ${seen[missing]} partitions`);
  const windows = outcome.windows;
  const { warnings: modelWarnings, ...sections } =
    sim.summarize(new Map([...stats.entries()].sort((a, b) => a[0] - b[0])), sim.endNs, pendingClasses);
  const warnings = [
    ...(Array.isArray(modelWarnings) ? modelWarnings.map(String) : []), ...percentileWarnings(sections),
  ];
  return {
    schema: RESULT_SCHEMA,
    runId: info.runId,
    model: config.model,
    preset: info.preset ?? null,
    ...sections,
    ...(warnings.length > 0 ? { warnings } : {}),
    events,
    messages: { sent, pendingAtEnd: pending, crossPartition: remote },
    simulatedNs: sim.endNs,
    wallMs: Math.round(info.wallMs),
    cpuMs: Math.round(info.cpuMs),
    windows,
    sync: {
      transport: info.transport,
      lookaheadNs: Number.isFinite(info.lookaheadNs) ? info.lookaheadNs : null,
      lookaheadLink: info.lookaheadLink,
      pipelineDepth: info.pipelineDepth,
      windowNs: Number.isFinite(info.lookaheadNs) ? windowWidthNs(info.lookaheadNs, info.pipelineDepth) : null,
      eventsPerWindow: windows > 0 ? events / windows : 0,
      crossPartitionPerWindow: windows > 0 ? remote / windows : 0,
      bytesSent: bytes,
      // Wall time each partition spent waiting for its peers' batches (ms).
      waitMsPerPartition: outcome.finals.map((f) => Math.round(f.stats.waitMs ?? 0)),
      windowsPerSec: info.wallMs > 0 ? (windows * 1000) / info.wallMs : 0,
      ...(info.workerBytes ? { bytesPerWorker: info.workerBytes } : {}),
      ...(info.syncExtra ?? {}),
    },
    digest: combineDigests(h1, h2),
    partitions: info.partitions,
    workers: info.workers,
    seed: config.seed,
    config,
  };
}

/**
 * Warnings for the percentiles of a result that rest on too few samples: a section with a `samples`
 * count and percentiles `pD...` (p50, p99, p999: the quantile 0.D...) warns for each percentile q
 * with fewer than 1 / (1 - q) samples (p99: 100, p999: 1000), where not one sample lies beyond it and
 * the figure is the largest sample, not a percentile.
 */
export function percentileWarnings(sections: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [name, section] of Object.entries(sections)) {
    if (section === null || typeof section !== "object" || Array.isArray(section)) continue;
    const s = section as Record<string, unknown>;
    if (typeof s.samples !== "number") continue;
    for (const [key, v] of Object.entries(s)) {
      const digits = /^p(\d+)$/.exec(key)?.[1];
      if (digits === undefined || typeof v !== "number") continue;
      // q = d / 10^k exactly; 1 / (1 - q) = 10^k / (10^k - d), in integers.
      const scale = 10 ** digits.length, d = Number(digits);
      const needed = Math.ceil(scale / (scale - d));
      if (s.samples < needed) {
        const percent = Number(((d * 100) / scale).toPrecision(12));
        out.push(`${name}.${key}: rests on ${s.samples} sample${s.samples === 1 ? "" : "s"} in the measured window; `
          + `the ${percent}th percentile needs at least ${needed} to have one beyond it`);
      }
    }
  }
  return out;
}
