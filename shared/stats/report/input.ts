// What a report reads: a sweep directory (sweep.json and each point's result.json) or a run
// directory (result.json).
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ConfigError } from "../../kernel/errors.js";
import { valueAt } from "../../config/resolve.js";

export const MODE_KEY = "vm.net.mode";

export type Json = Record<string, unknown>;

export interface ReportPoint {
  index: number;
  name: string;
  /** Varied key -> value. */
  values: Record<string, unknown>;
  status: "ok" | "failed";
  error?: string;
  /** Path of result.json relative to the report directory. */
  path: string;
  result?: Json;
}

export interface ReportInput {
  dir: string;
  kind: "sweep" | "run";
  model: string;
  preset: string | null;
  vary: { key: string; values: unknown[] }[];
  points: ReportPoint[];
  baseConfig: unknown;
  /** sweep.json's paired ratios between modes (shared/stats/replicate.ts SweepRatios), when it has them. */
  ratios?: Json;
}

export const isObj = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
export const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);
export const fmtValue = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError([`${path}: cannot read (${(e as Error).message})`]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigError([`${path}: not JSON (${(e as Error).message})`]);
  }
}

function sweepPoint(dir: string, p: Json, i: number): ReportPoint {
  const rel = typeof p.result === "string" ? p.result : `${String(p.dir ?? "")}/result.json`;
  const pt: ReportPoint = {
    index: typeof p.index === "number" ? p.index : i,
    name: String(p.name ?? i),
    values: isObj(p.values) ? p.values : {},
    status: p.status === "ok" ? "ok" : "failed",
    path: rel,
    ...(typeof p.error === "string" ? { error: p.error } : {}),
  };
  if (pt.status === "ok") {
    try {
      const r = readJson(join(dir, rel));
      if (!isObj(r)) throw new Error("not an object");
      pt.result = r;
    } catch (e) {
      pt.status = "failed";
      pt.error = `cannot read ${rel}: ${(e as Error).message}`;
    }
  }
  return pt;
}

/** Reads a sweep directory (sweep.json) or a run directory (result.json). */
export function loadReportInput(dir: string): ReportInput {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError([`${dir}: no such directory`]);
  const sweepPath = join(dir, "sweep.json");
  if (existsSync(sweepPath)) {
    const s = readJson(sweepPath);
    if (!isObj(s) || !Array.isArray(s.points))
      throw new ConfigError([`${sweepPath}: not a sweep file (no points list)`]);
    const vary = Array.isArray(s.vary)
      ? s.vary.filter(isObj).map((a) => ({ key: String(a.key), values: Array.isArray(a.values) ? a.values : [] }))
      : [];
    const points = s.points.filter(isObj).map((p, i) => sweepPoint(dir, p, i));
    return {
      dir,
      kind: "sweep",
      model: String(s.model ?? "?"),
      preset: typeof s.preset === "string" ? s.preset : null,
      vary,
      points,
      baseConfig: s.baseConfig ?? null,
      ...(isObj(s.ratios) ? { ratios: s.ratios } : {}),
    };
  }
  const resultPath = join(dir, "result.json");
  if (existsSync(resultPath)) {
    const r = readJson(resultPath);
    if (!isObj(r)) throw new ConfigError([`${resultPath}: not a result object`]);
    return {
      dir,
      kind: "run",
      model: String(r.model ?? valueAt(r, "config.model") ?? "?"),
      preset: typeof r.preset === "string" ? r.preset : null,
      vary: [],
      points: [{ index: 0, name: "run", values: {}, status: "ok", path: "result.json", result: r }],
      baseConfig: r.config ?? null,
    };
  }
  throw new ConfigError([`${dir}: neither sweep.json nor result.json here; give a sweep directory or a run directory`]);
}
