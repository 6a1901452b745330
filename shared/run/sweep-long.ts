import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Long-format tables of a sweep beside sweep.csv, one row per (point, id, metric): what result.json
 * nests per CPU, per interrupt, per exit reason and per contended unit, flat for pandas or R.
 * Columns: point, the swept keys, id, metric, value.
 */
export const LONG_TABLES = [
  "sweep-cpu.csv", "sweep-interrupts.csv", "sweep-exits.csv", "sweep-contention.csv",
] as const;

type Row = [id: string, metric: string, value: number];
interface PerCpu {
  id: string; kind: string; shares: Record<string, number>; busy: number; interrupts: number;
  exits: Record<string, number>;
}
interface Unit { name: string; utilisation: number; meanWaitNs: number; acquisitions: number }

/** Rows of each long table for one point's result (none for a model without these sections). */
export function longRows(result: Record<string, unknown>): Record<(typeof LONG_TABLES)[number], Row[]> {
  const cpus = (result.perCpu ?? []) as PerCpu[];
  const irq = (result.interrupts ?? { perVector: {}, perVcpu: {} }) as Record<string, Record<string, number>>;
  const units = (result.contention ?? []) as Unit[];
  return {
    "sweep-cpu.csv": cpus.flatMap((c): Row[] => [
      ...Object.entries(c.shares).map(([s, v]): Row => [c.id, `share.${s}`, v]),
      [c.id, "busy", c.busy],
    ]),
    "sweep-interrupts.csv": [
      ...Object.entries(irq.perVcpu ?? {}).map(([id, v]): Row => [id, "interrupts", v]),
      ...Object.entries(irq.perVector ?? {}).map(([vector, v]): Row => [vector, "vector", v]),
    ],
    "sweep-exits.csv": cpus.flatMap((c) => Object.entries(c.exits ?? {}).map(([reason, v]): Row => [c.id, reason, v])),
    "sweep-contention.csv": units.flatMap((u): Row[] => [
      [u.name, "utilisation", u.utilisation],
      [u.name, "meanWaitNs", u.meanWaitNs],
      [u.name, "acquisitions", u.acquisitions],
    ]),
  };
}

/** Writes the long tables of a sweep's points (a failed point has no rows). */
export function writeLongTables(
  dir: string,
  keys: readonly string[],
  points: readonly { index: number; raw: Record<string, string> }[],
  results: readonly (Record<string, unknown> | undefined)[],
  cell: (v: unknown) => string,
): void {
  const header = ["point", ...keys, "id", "metric", "value"].map(cell).join(",");
  const lines = Object.fromEntries(LONG_TABLES.map((t) => [t, [header]]));
  for (const p of points) {
    const r = results[p.index];
    if (r === undefined) continue;
    for (const [table, rows] of Object.entries(longRows(r))) {
      for (const row of rows) lines[table]!.push([p.index, ...keys.map((k) => p.raw[k]), ...row].map(cell).join(","));
    }
  }
  for (const t of LONG_TABLES) writeFileSync(join(dir, t), lines[t]!.join("\n") + "\n");
}
