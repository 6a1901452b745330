import type { NetConfig } from "./config.js";
import { RX_PROFILES } from "./dim.js";

/**
 * The result's `mitigations` section (present when one is on): what RX coalescing (coalesce.ts), net_dim
 * (dim.ts), guest busy polling (busy-poll.ts) and vhost busy polling (vhost-poll.ts) did, summed over the
 * VMs' queues, vCPUs and workers from their actors' statistics.
 */
export interface MitigationSums {
  byFrames: number; byTimer: number; held: number;
  decisions: number; changes: number; profileNs: number[];
  busyPolls: number; busyHits: number;
  vhostPolls: number; vhostHits: number; vhostPollNs: number; workers: number;
}

export const newMitigationSums = (): MitigationSums => ({
  byFrames: 0, byTimer: 0, held: 0, decisions: 0, changes: 0, profileNs: RX_PROFILES.map(() => 0),
  busyPolls: 0, busyHits: 0, vhostPolls: 0, vhostHits: 0, vhostPollNs: 0, workers: 0,
});

interface VhostMitigationStats {
  coalesce: { byFrames: number; byTimer: number; held: number };
  poll: { polls: number; hits: number; ns: number };
  dim: { decisions: number; changes: number; profileNs: number[] } | null;
}

export function addVhostMitigations(m: MitigationSums, raw: unknown): void {
  const s = raw as VhostMitigationStats;
  m.byFrames += s.coalesce.byFrames;
  m.byTimer += s.coalesce.byTimer;
  m.held += s.coalesce.held;
  m.vhostPolls += s.poll.polls;
  m.vhostHits += s.poll.hits;
  m.vhostPollNs += s.poll.ns;
  m.workers++;
  if (s.dim === null) return;
  m.decisions += s.dim.decisions;
  m.changes += s.dim.changes;
  s.dim.profileNs.forEach((ns, i) => { m.profileNs[i]! += ns; });
}

export function addVcpuMitigations(m: MitigationSums, raw: unknown): void {
  const s = raw as { busyPoll: { polls: number; hits: number } };
  m.busyPolls += s.busyPoll.polls;
  m.busyHits += s.busyPoll.hits;
}

/** The section, or nothing when every mitigation is off (the result is then as before them). */
export function mitigationSection(cfg: NetConfig, m: MitigationSums, windowNs: number): Record<string, unknown> {
  const { rxUsecs, rxFrames } = cfg.guest.coalesce;
  const coalesce = rxUsecs > 0 || rxFrames > 1 || cfg.guest.dim;
  const out: Record<string, unknown> = {};
  if (coalesce) out.coalesce = { rxUsecs, rxFrames, byFrames: m.byFrames, byTimer: m.byTimer, held: m.held };
  if (cfg.guest.dim) {
    const total = m.profileNs.reduce((a, b) => a + b, 0);
    out.dim = {
      decisions: m.decisions, changes: m.changes,
      profileShare: m.profileNs.map((ns) => (total > 0 ? ns / total : 0)),
      meanUsecs: total > 0 ? m.profileNs.reduce((a, ns, i) => a + ns * RX_PROFILES[i]!.usecs, 0) / total : null,
    };
  }
  if (cfg.guest.busyPollUs > 0) out.busyPoll = { polls: m.busyPolls, hits: m.busyHits };
  if (cfg.host.vhostPollUs > 0) {
    out.vhostPoll = {
      polls: m.vhostPolls, hits: m.vhostHits,
      cores: windowNs > 0 ? m.vhostPollNs / windowNs : 0,
    };
  }
  return Object.keys(out).length > 0 ? { mitigations: out } : {};
}
