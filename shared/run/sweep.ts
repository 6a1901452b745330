// Parameter sweeps: the cartesian product of `--vary key=v1,v2,...` axes, applied as `--set`
// overrides on top of a config, every point validated before any runs, points run in parallel
// child processes (one point per child), one result.json per point, sweep.csv, sweep.json and an
// HTML report.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import cliProgress from "cli-progress";
import { resolveConfig, type ConfigRequest, type ResolvedConfig } from "../config/load.js";
import { flattenParams } from "../config/params.js";
import { parseSetValue, valueAt } from "../config/resolve.js";
import { ConfigError } from "../kernel/errors.js";
import { commonParams } from "../model/registry.js";
import { writeReport } from "../stats/report.js";
import type { PointJob, PointReply } from "./sweep-point.js";
import { LONG_TABLES, writeLongTables } from "./sweep-long.js";
import { writeJsonAtomic } from "./write.js";

export const SWEEP_SCHEMA = "irqscale.sweep/v1";
/** Columns of sweep.csv after `point` and the varied keys: dotted paths into result.json. */
/** Headline figures of every model; sweep.csv keeps those its points' results have. */
export const CSV_METRICS = [
  "throughput.requestsPerSec", "latencyUs.mean", "latencyUs.p50", "latencyUs.p99",
  "lpi.injectedPerSec", "lpi.perDevicePerSec", "lpi.handledPerSec", "digest", "events", "wallMs",
] as const;
/** More points than this is almost certainly a typo in a --vary list. */
export const MAX_POINTS = 10_000;

export interface SweepOptions {
  model?: string;
  preset?: string;
  /** YAML or JSON config file (as `--config`). */
  config?: string;
  /** `key=value` overrides applied before the varied keys. */
  sets?: readonly string[];
  /** `key=v1,v2,...`, one entry per axis; the first axis varies slowest. */
  vary: readonly string[];
  seed?: number;
  /** Child processes at once; default os.availableParallelism(). */
  jobs?: number;
  out: string;
  /** auto: a bar when stderr is a TTY, plain lines otherwise. */
  progress?: "auto" | "bar" | "lines" | "none";
  /** Write DIR/report.html at the end (default true). */
  report?: boolean;
  /** Farm the points to the workers registered on this NATS server (queue group) instead of child processes. */
  nats?: string;
}

export interface VaryAxis { key: string; raw: string[]; values: unknown[] }

export interface PlannedPoint {
  index: number;
  /** `<index>-<key=value,...>`: the point's directory under points/. */
  name: string;
  /** Varied key -> value as written on the command line. */
  raw: Record<string, string>;
  /** Varied key -> parsed value (as --set parses it). */
  values: Record<string, unknown>;
  sets: string[];
  resolved: ResolvedConfig;
}

export interface SweepPlan { base: ResolvedConfig; axes: VaryAxis[]; points: PlannedPoint[]; request: ConfigRequest }

export interface SweepPointRecord {
  index: number;
  name: string;
  values: Record<string, unknown>;
  sets: string[];
  /** Paths relative to the sweep directory. */
  dir: string;
  result: string;
  status: "ok" | "failed";
  error?: string;
  digest?: string;
  events?: number;
  wallMs?: number;
}

export interface SweepSummary {
  dir: string;
  points: SweepPointRecord[];
  failed: number;
  csv: string;
  json: string;
  report: string | null;
  wallMs: number;
}

/** Parses `--vary key=v1,v2,...` specs; every problem is reported at once. */
export function parseVary(specs: readonly string[]): VaryAxis[] {
  const errors: string[] = [];
  const axes: VaryAxis[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    const key = eq > 0 ? spec.slice(0, eq).trim() : "";
    const raw = eq > 0 ? spec.slice(eq + 1).split(",").map((v) => v.trim()) : [];
    if (!key || raw.length === 0 || raw.some((v) => v === "")) { errors.push(`--vary ${spec}: expected key=v1,v2,... with no empty value`); continue; }
    if (axes.some((a) => a.key === key)) { errors.push(`--vary ${key}: given twice; put all its values in one --vary`); continue; }
    const dup = raw.find((v, i) => raw.indexOf(v) !== i);
    if (dup !== undefined) { errors.push(`--vary ${spec}: value '${dup}' given twice`); continue; }
    axes.push({ key, raw, values: raw.map(parseSetValue) });
  }
  if (specs.length === 0) errors.push("--vary: give at least one --vary key=v1,v2,...");
  if (errors.length) throw new ConfigError(errors);
  return axes;
}

const fsSafe = (s: string): string => s.replace(/[^A-Za-z0-9._=+,@-]/g, "_");

/** Resolves and validates every point before anything runs; throws one ConfigError listing all problems. */
export function planSweep(opts: SweepOptions): SweepPlan {
  const axes = parseVary(opts.vary);
  const request: ConfigRequest = { model: opts.model, preset: opts.preset, file: opts.config, sets: [...(opts.sets ?? [])], seed: opts.seed };
  const base = resolveConfig(request);
  const errors: string[] = [];
  const declared = new Set(flattenParams({ ...commonParams(base.model.name), ...base.model.params }).map(([p]) => p));
  for (const a of axes) {
    if (a.key === "model") errors.push("--vary model: a sweep runs one model; run one sweep per model");
    else if (a.key === "seed" && opts.seed !== undefined) errors.push(`--vary seed: conflicts with --seed ${opts.seed}; drop one of them`);
    else if (!declared.has(a.key)) {
      const near = [...declared].filter((p) => p.endsWith(`.${a.key}`) || p.startsWith(`${a.key}.`)).slice(0, 5);
      errors.push(`--vary ${a.key}: not a parameter of model ${base.model.name}${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}; see \`irqscale params\``);
    }
  }
  if (errors.length) throw new ConfigError(errors);
  // Each value on its own first, so a bad value is named once, not once per point it is part of.
  for (const a of axes) {
    a.raw.forEach((raw) => {
      try { resolveConfig({ ...request, sets: [...request.sets!, `${a.key}=${raw}`] }); } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        for (const i of e.issues) errors.push(`--vary ${a.key}=${raw}: ${i}`);
      }
    });
  }
  if (errors.length) throw new ConfigError(errors);
  const total = axes.reduce((n, a) => n * a.raw.length, 1);
  if (total > MAX_POINTS) throw new ConfigError([`--vary: ${total} points; at most ${MAX_POINTS} per sweep`]);
  const width = String(total - 1).length;
  const points: PlannedPoint[] = [];
  for (let index = 0; index < total; index++) {
    const raw: Record<string, string> = {};
    let rest = index;
    for (let k = axes.length - 1; k >= 0; k--) {
      const a = axes[k]!;
      const j = rest % a.raw.length;
      rest = Math.floor(rest / a.raw.length);
      raw[a.key] = a.raw[j]!;
    }
    const ordered = axes.map((a) => `${a.key}=${raw[a.key]!}`);
    const sets = [...request.sets!, ...ordered];
    const name = `${String(index).padStart(width, "0")}-${fsSafe(ordered.join(","))}`.slice(0, 200);
    try {
      const resolved = resolveConfig({ ...request, sets });
      points.push({
        index, name, raw: Object.fromEntries(axes.map((a) => [a.key, raw[a.key]!])),
        values: Object.fromEntries(axes.map((a) => [a.key, valueAt(resolved.config, a.key)])), sets: ordered, resolved,
      });
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      for (const i of e.issues) errors.push(`point ${index} (${ordered.join(",")}): ${i}`);
    }
  }
  if (errors.length) throw new ConfigError([...new Set(errors)]);
  return { base, axes, points, request };
}

/** Checks the output directory without writing: new, empty, or a previous sweep (which is replaced). */
function checkOut(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new ConfigError([`--out ${dir}: exists and is not a directory`]);
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes("sweep.json") && !entries.includes("points"))
    throw new ConfigError([`--out ${dir}: not empty and not a previous sweep; give a new or empty directory`]);
}

function clearPrevious(dir: string): void {
  for (const f of ["points", "sweep.csv", "sweep.json", "report.html", ...LONG_TABLES])
    rmSync(join(dir, f), { recursive: true, force: true });
}

const requireCjs = createRequire(import.meta.url);
const TSX_LOADER = pathToFileURL(requireCjs.resolve("tsx")).href;
const POINT_SCRIPT = fileURLToPath(new URL("./sweep-point.ts", import.meta.url));

/**
 * A child process that runs sweep points one after another, so each job slot pays the start-up
 * (loader, libraries) once. A child that dies fails only the point it was running; the next point
 * starts a fresh one.
 */
class PointChild {
  private child: ChildProcess | undefined;
  private pending: ((r: PointReply) => void) | undefined;
  private stderr = "";

  run(job: PointJob): Promise<PointReply> {
    const child = this.child ?? this.start();
    return new Promise((done) => {
      this.pending = done;
      child.send(job);
    });
  }

  stop(): void {
    if (this.child?.connected) this.child.disconnect();
    this.child = undefined;
  }

  private start(): ChildProcess {
    this.stderr = "";
    const child = fork(POINT_SCRIPT, [], { execArgv: ["--import", TSX_LOADER], stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "json" });
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (s: string) => { this.stderr = (this.stderr + s).slice(-4000); });
    child.on("message", (m) => this.settle(m as PointReply));
    child.on("error", (e) => this.settle({ ok: false, error: `cannot start child: ${e.message}`, kind: "Error" }));
    child.on("close", (code, signal) => {
      if (this.child === child) this.child = undefined;
      const why = this.stderr.trim();
      this.settle({ ok: false, kind: "Error", error: `child exited with ${signal ?? `code ${String(code)}`}${why ? `: ${why}` : ""}` });
    });
    this.child = child;
    return child;
  }

  private settle(r: PointReply): void {
    const done = this.pending;
    this.pending = undefined;
    done?.(r);
  }
}


export function csvCell(v: unknown): string {
  if (v === undefined || v === null) return "";
  const s = typeof v === "object" ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

interface Progress { start(total: number): void; point(done: number, rec: SweepPointRecord): void; stop(): void }

/** Time left, from the mean wall time per point so far (points run in parallel count as they end). */
export function sweepEta(elapsedMs: number, done: number, total: number): string {
  if (done <= 0) return "unknown";
  const s = Math.round((elapsedMs / done) * (total - done) / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

function makeProgress(mode: SweepOptions["progress"], out: string, runners: string): Progress {
  const tty = process.stderr.isTTY === true;
  const kind = mode === undefined || mode === "auto" ? (tty ? "bar" : "lines") : mode;
  if (kind === "none") return { start() {}, point() {}, stop() {} };
  if (kind === "bar") {
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: "sweep [{bar}] {value}/{total} points | {duration_formatted} elapsed, {eta} | {last}",
      hideCursor: true, clearOnComplete: false,
    }, cliProgress.Presets.shades_classic);
    let total = 0, t0 = 0;
    return {
      start: (t) => {
        total = t;
        t0 = performance.now();
        bar.start(t, 0, { last: `${runners} -> ${out}`, eta: "eta unknown until the first point ends" });
      },
      point: (done, r) => bar.update(done, {
        last: `${r.name}${r.status === "ok" ? "" : " FAILED"}`,
        eta: `eta ${sweepEta(performance.now() - t0, done, total)}`,
      }),
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  return {
    start: (t) => { total = t; process.stderr.write(`sweep: ${t} points, ${runners} -> ${out}\n`); },
    point: (done, r) => process.stderr.write(r.status === "ok"
      ? `[${done}/${total}] ${r.name}  digest ${String(r.digest)}  events ${String(r.events)}  ${String(r.wallMs)} ms\n`
      : `[${done}/${total}] ${r.name}  FAILED: ${r.error ?? "?"}\n`),
    stop() {},
  };
}

/**
 * Validates every point, then runs them `jobs` at a time, each in its own child process, and writes
 * DIR/points/<name>/result.json, DIR/sweep.csv, DIR/sweep.json and DIR/report.html.
 * Throws ConfigError (nothing written) on a bad flag, key or value; a point that fails at run time
 * is recorded (status "failed") and counted in `failed`.
 */
export async function runSweep(opts: SweepOptions): Promise<SweepSummary> {
  const t0 = performance.now();
  const plan = planSweep(opts);
  const jobs = opts.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new ConfigError([`--jobs: expected a positive integer, got ${jobs}`]);
  const out = resolve(opts.out);
  checkOut(out);
  // Validation is over: from here on the sweep writes.
  mkdirSync(out, { recursive: true });
  clearPrevious(out);
  mkdirSync(join(out, "points"), { recursive: true });

  const records: SweepPointRecord[] = plan.points.map((p) => ({
    index: p.index, name: p.name, values: p.values, sets: p.sets,
    dir: `points/${p.name}`, result: `points/${p.name}/result.json`, status: "failed",
  }));
  const progress = makeProgress(opts.progress, opts.out, opts.nats !== undefined ? `workers on ${opts.nats}` : `${Math.min(jobs, plan.points.length)} jobs`);
  const results: (Record<string, unknown> | undefined)[] = new Array(plan.points.length);
  let next = 0, finished = 0;
  progress.start(plan.points.length);
  const children: PointChild[] = [];
  const worker = async (): Promise<void> => {
    const runner = new PointChild();
    children.push(runner);
    while (next < plan.points.length) {
      const p = plan.points[next++]!;
      const rec = records[p.index]!;
      const dir = join(out, rec.dir);
      const reply = await runner.run({ config: p.resolved.config, preset: p.resolved.preset, dir });
      if (reply.ok) {
        try {
          const r = JSON.parse(readFileSync(join(dir, "result.json"), "utf8")) as Record<string, unknown>;
          results[p.index] = r;
          Object.assign(rec, { status: "ok", digest: r.digest, events: r.events, wallMs: r.wallMs });
        } catch (e) { rec.error = `cannot read result: ${(e as Error).message}`; }
      } else rec.error = `${reply.kind === "Error" ? "" : `${reply.kind}: `}${reply.error}`;
      progress.point(++finished, rec);
    }
  };
  try {
    if (opts.nats !== undefined) {
      // Loaded only here, so a local sweep (and its tests) never loads the NATS client.
      const { runPointsOverNats } = await import("./nats-farm.js");
      // Points go to idle `irqscale worker`s through a NATS queue group; each returns result.json.
      await runPointsOverNats(plan.points.map((p) => ({ config: p.resolved.config, preset: p.resolved.preset })), opts.nats, {
        onPoint: (i, o) => {
          const rec = records[plan.points[i]!.index]!;
          if (o.ok) {
            writeJsonAtomic(join(out, rec.dir), "result.json", o.result);
            results[rec.index] = o.result;
            Object.assign(rec, { status: "ok", digest: o.result.digest, events: o.result.events, wallMs: o.result.wallMs });
          } else rec.error = `${o.kind === "Error" ? "" : `${o.kind}: `}${o.error} (worker ${o.worker})`;
          progress.point(++finished, rec);
        },
      });
    } else await Promise.all(Array.from({ length: Math.min(jobs, plan.points.length) }, worker));
  } finally {
    for (const c of children) c.stop();
    progress.stop();
  }

  const keys = plan.axes.map((a) => a.key);
  const metrics = CSV_METRICS.filter((m) => results.some((r) => r !== undefined && valueAt(r, m) !== undefined));
  const lines = [["point", ...keys, ...metrics].map(csvCell).join(",")];
  for (const p of plan.points) {
    const r = results[p.index];
    const cells = [p.index, ...keys.map((k) => p.raw[k]), ...metrics.map((m) => (r ? valueAt(r, m) : undefined))];
    lines.push(cells.map(csvCell).join(","));
  }
  const csv = join(out, "sweep.csv");
  writeFileSync(csv, lines.join("\n") + "\n");
  writeLongTables(out, keys, plan.points, results, csvCell);

  const doReport = opts.report ?? true;
  const failed = records.filter((r) => r.status !== "ok").length;
  const sweep = {
    schema: SWEEP_SCHEMA,
    model: plan.base.model.name,
    preset: plan.base.preset ?? null,
    configFile: opts.config ?? null,
    sets: [...(opts.sets ?? [])],
    seed: opts.seed ?? null,
    vary: plan.axes.map((a) => ({ key: a.key, values: a.values, raw: a.raw })),
    jobs: opts.nats !== undefined ? null : jobs,
    runner: opts.nats !== undefined ? `nats ${opts.nats}` : "local",
    baseConfig: plan.base.config,
    csv: "sweep.csv",
    longCsv: [...LONG_TABLES],
    report: doReport ? "report.html" : null,
    failed,
    points: records,
  };
  const json = writeJsonAtomic(out, "sweep.json", sweep);
  const report = doReport ? writeReport(out) : null;
  return { dir: out, points: records, failed, csv, json, report, wallMs: Math.round(performance.now() - t0) };
}
