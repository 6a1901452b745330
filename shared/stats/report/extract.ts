// Figures a report draws, read from one result (irqscale.result/v1) without knowing its model: per-CPU
// shares grouped by role, interrupts by kind, exits, contention units, replication statistics.
import { valueAt } from "../../config/resolve.js";
import { isObj, num, type Json } from "./input.js";

export const ROLE_VCPU0 = "vCPU0";
export const ROLE_VCPUS = "other vCPUs";
export const ROLE_VHOST = "vhost cores";
export const ROLE_HOST = "other host cores";
/** pCPUs that run a vCPU and little else: their vCPU stands for them in the role plots. */
export const ROLE_VCPU_CORE = "vCPU cores";

export interface Cpu {
  id: string;
  /** kind (network model) or role (lpi model) as the result gives it. */
  kind: string;
  role: string;
  shares: Record<string, number>;
  busy: number;
  exits: Record<string, number>;
}

function roleOf(id: string, kind: string, shares: Record<string, number>): string {
  if (kind === "vcpu") return /(^|\.)vcpu0$/.test(id) ? ROLE_VCPU0 : ROLE_VCPUS;
  if (kind === "pcpu") {
    let top = "",
      topShare = 0;
    for (const [s, v] of Object.entries(shares))
      if (s !== "idle" && s !== "guest" && v > topShare) {
        top = s;
        topShare = v;
      }
    if ((shares.guest ?? 0) >= topShare && (shares.guest ?? 0) > 0) return ROLE_VCPU_CORE;
    return top === "vhost" ? ROLE_VHOST : ROLE_HOST;
  }
  return `${kind} cores`;
}

export function cpusOf(r: Json | undefined): Cpu[] {
  const list = r?.perCpu;
  if (!Array.isArray(list)) return [];
  return list.filter(isObj).map((c) => {
    const shares = isObj(c.shares)
      ? Object.fromEntries(Object.entries(c.shares).map(([k, v]) => [k, num(v) ?? 0]))
      : {};
    const kind = String(c.kind ?? c.role ?? "");
    const exits = isObj(c.exits) ? Object.fromEntries(Object.entries(c.exits).map(([k, v]) => [k, num(v) ?? 0])) : {};
    const id = String(c.id);
    return { id, kind, role: roleOf(id, kind, shares), shares, busy: num(c.busy) ?? 1 - (shares.idle ?? 0), exits };
  });
}

/** Roles in plot order: the VM's first, then the host's, then any other the result names. */
export function rolesOf(cpus: Cpu[]): string[] {
  const seen = new Set(cpus.map((c) => c.role));
  const fixed = [ROLE_VCPU0, ROLE_VCPUS, ROLE_VHOST, ROLE_HOST];
  return [
    ...fixed.filter((r) => seen.has(r)),
    ...[...seen].filter((r) => !fixed.includes(r) && r !== ROLE_VCPU_CORE).sort(),
  ];
}

export interface Spread {
  mean: number;
  min: number;
  max: number;
  n: number;
}
export function spread(xs: number[]): Spread | null {
  if (xs.length === 0) return null;
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

/** Mean share of each state over the CPUs of a role. */
export function meanShares(cpus: Cpu[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of cpus) for (const [s, v] of Object.entries(c.shares)) out[s] = (out[s] ?? 0) + v / cpus.length;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Interrupts

/** Linux arm64's IPI numbers (enum ipi_msg_type, arch/arm64/kernel/smp.c): SGI n is IPI n. */
const ARM64_IPI = ["reschedule", "call function", "cpu stop", "crash stop", "timer", "irq work", "wakeup"];

/** The kind of a vector from its GIC name (sgiN, ppiN, spiN, lpiN) or a name that says it. */
export function vectorKind(name: string): string {
  if (/^sgi\d+$/.test(name) || /ipi/i.test(name)) return "IPI";
  if (name === "ppi25" || /maint/i.test(name)) return "maintenance";
  if (/^ppi\d+$/.test(name)) return "PPI";
  if (/^spi\d+$/.test(name)) return "device SPI";
  if (/^lpi\d+$/.test(name)) return "device LPI";
  return "other";
}
export const KIND_ORDER = ["device SPI", "device LPI", "IPI", "maintenance", "PPI", "other"];

export function vectorLabel(name: string): string {
  const sgi = /^sgi(\d+)$/.exec(name);
  const ipi = sgi ? ARM64_IPI[Number(sgi[1])] : undefined;
  return ipi ? `${name} (${ipi} IPI)` : name;
}

const counts = (x: unknown): Record<string, number> =>
  isObj(x) ? Object.fromEntries(Object.entries(x).flatMap(([k, v]) => (num(v) === null ? [] : [[k, num(v)!]]))) : {};

export const perVectorOf = (r: Json | undefined): Record<string, number> => counts(valueAt(r, "interrupts.perVector"));

export function byKind(perVector: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [v, n] of Object.entries(perVector)) out[vectorKind(v)] = (out[vectorKind(v)] ?? 0) + n;
  return out;
}

export interface VcpuIrqs {
  id: string;
  total: number;
  byKind: Record<string, number> | null;
}

/**
 * Interrupts each vCPU took: split by kind from `interrupts.perVcpuVector` (vCPU -> vector -> count) when
 * the result has it, else the total of `interrupts.perVcpu` alone.
 */
export function vcpuIrqsOf(r: Json | undefined): VcpuIrqs[] {
  const split = valueAt(r, "interrupts.perVcpuVector");
  const totals = counts(valueAt(r, "interrupts.perVcpu"));
  const order = cpusOf(r)
    .filter((c) => c.kind === "vcpu")
    .map((c) => c.id);
  const ids = [...new Set([...order, ...Object.keys(totals), ...(isObj(split) ? Object.keys(split) : [])])].filter(
    (id) => id in totals || (isObj(split) && id in split),
  );
  return ids.map((id) => {
    const vec = isObj(split) && isObj(split[id]) ? counts(split[id]) : null;
    const total = vec ? Object.values(vec).reduce((a, b) => a + b, 0) : (totals[id] ?? 0);
    return { id, total, byKind: vec ? byKind(vec) : null };
  });
}

export function exitsOf(r: Json | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of cpusOf(r)) for (const [k, v] of Object.entries(c.exits)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** What "per request" divides by: completions in the measured window, or LPIs signalled. */
export function perUnitOf(r: Json | undefined): { n: number; unit: string } | null {
  const done = num(valueAt(r, "throughput.completed"));
  if (done !== null && done > 0) return { n: done, unit: "request" };
  const lpis = num(valueAt(r, "lpi.signals"));
  if (lpis !== null && lpis > 0) return { n: lpis, unit: "LPI" };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Contention

export interface Unit {
  name: string;
  kind: string;
  algorithm: string | null;
  utilisation: number;
  meanWaitNs: number;
  p99WaitNs: number | null;
  meanHoldNs: number | null;
  acquisitions: number;
  acquisitionsPerSec: number | null;
  spinNs: number | null;
  contextSwitches: number | null;
  transfers: Record<string, number> | null;
  warning: string | null;
  /** False when the result says the unit's wait grows through the measured window. */
  stationary: boolean;
  /** Contenders waiting on average (total wait / measured span): what the unit costs. */
  waiting: number;
  /** Cores spinning on average (spin time / span), for locks that report it. */
  spinning: number | null;
}

/** The measured span (ns) of a result: from the lock's own rate, else the config's sim.durationMs. */
function spanNs(r: Json | undefined, u: Json): number | null {
  const n = num(u.acquisitions),
    rate = num(u.acquisitionsPerSec);
  if (n !== null && rate !== null && n > 0 && rate > 0) return (n / rate) * 1e9;
  const ms = num(valueAt(r, "config.sim.durationMs"));
  return ms !== null && ms > 0 ? ms * 1e6 : null;
}

/** Contention units costliest first (waiting, then utilisation, then name). */
export function unitsOf(r: Json | undefined): Unit[] {
  const list = Array.isArray(r?.contention) ? r.contention.filter(isObj) : [];
  return list
    .map((u): Unit => {
      const span = spanNs(r, u);
      const acq = num(u.acquisitions) ?? 0,
        wait = num(u.meanWaitNs) ?? 0,
        spin = num(u.spinNs);
      return {
        name: String(u.name),
        kind: String(u.kind ?? "?"),
        algorithm: typeof u.algorithm === "string" ? u.algorithm : null,
        utilisation: num(u.utilisation) ?? 0,
        meanWaitNs: wait,
        p99WaitNs: num(u.p99WaitNs),
        meanHoldNs: num(u.meanHoldNs),
        acquisitions: acq,
        acquisitionsPerSec: num(u.acquisitionsPerSec),
        spinNs: spin,
        contextSwitches: num(u.contextSwitches),
        transfers: isObj(u.transfers) ? counts(u.transfers) : null,
        warning: typeof u.warning === "string" ? u.warning : null,
        stationary: u.stationary !== false,
        waiting: span ? (wait * acq) / span : 0,
        spinning: spin !== null && span ? spin / span : null,
      };
    })
    .sort((a, b) => b.waiting - a.waiting || b.utilisation - a.utilisation || a.name.localeCompare(b.name));
}

export const SATURATED = 0.9;

// ---------------------------------------------------------------------------------------------
// Replications

export interface Stat {
  mean: number;
  sd: number | null;
  n: number | null;
  lo: number;
  hi: number;
}

/**
 * A headline metric's replication statistics (shared/stats/replicate.ts): `stats.metrics[path]`,
 * {mean, sd, n, ci95: [lo, hi]}; null without replications or with one (ci95 null).
 */
export function statOf(r: Json | undefined, path: string): Stat | null {
  const s = r?.stats;
  if (!isObj(s)) return null;
  const c = isObj(s.metrics) ? s.metrics[path] : undefined;
  if (!isObj(c) || num(c.mean) === null || !Array.isArray(c.ci95)) return null;
  const lo = num(c.ci95[0]),
    hi = num(c.ci95[1]);
  return lo === null || hi === null ? null : { mean: num(c.mean)!, sd: num(c.sd), n: num(c.n), lo, hi };
}
