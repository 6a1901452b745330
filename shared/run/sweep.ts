// Parameter sweeps: the cartesian product of `--vary key=v1,v2,...` axes (or, with `--zip`, the
// axes advancing together), plus keys computed per point by `--set-expr key=expression`, applied as
// `--set` overrides on top of a config, every point validated before any runs, points run in parallel
// child processes (one point per child), one result.json per point, sweep.csv, sweep.json and an
// HTML report.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import cliProgress from "cli-progress";
import { distance } from "fastest-levenshtein";
import { resolveConfig, type ConfigRequest, type ResolvedConfig } from "../config/load.js";
import { flattenParams } from "../config/params.js";
import { parseSetValue, valueAt } from "../config/resolve.js";
import { ConfigError } from "../kernel/errors.js";
import { commonParams } from "../model/registry.js";
import { writeReport } from "../stats/report.js";
import {
  headlineMetrics, MAX_REPS, repDir, replicatedResult, repSeeds, repsOfResult, SEED_RULE, sweepRatios, warningsOf,
  type ReplicationStats, type SweepRatios,
} from "../stats/replicate.js";
import type { PointJob, PointReply } from "./sweep-point.js";
import { LONG_TABLES, writeLongTables } from "./sweep-long.js";
import { writeJsonAtomic } from "./write.js";
import { childEntry } from "./entry.js";

export const SWEEP_SCHEMA = "irqscale.sweep/v1";
/** Columns of sweep.csv after `point` and the varied keys: dotted paths into result.json. */
/** Headline figures of every model; sweep.csv keeps those its points' results have. */
export const CSV_METRICS = [
  "throughput.requestsPerSec", "latencyUs.mean", "latencyUs.p50", "latencyUs.p99",
  "lpi.injectedPerSec", "lpi.perDevicePerSec", "lpi.handledPerSec", "digest", "events", "wallMs",
] as const;
/** The swept key whose values the paired ratios compare (each against the first value given). */
export const RATIO_KEY = "vm.net.mode";
/** With --reps: one row per point and replication (point, swept keys, rep, seed, the CSV metrics). */
export const REPS_CSV = "sweep-reps.csv";
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
  /**
   * Replications of every point (default 1), with seeds derived from the point's seed (SEED_RULE):
   * each point's result.json gets `stats`, sweep.json and sweep.csv the paired ratios' intervals.
   */
  reps?: number;
  /** Advance the --vary axes together (equal lengths: point i takes value i of each) instead of their product. */
  zip?: boolean;
  /**
   * `key=expression`, evaluated per point in the order given on the point's config (its --set and
   * --vary values, then the earlier expressions): numbers, + - * /, parentheses and config keys.
   */
  exprs?: readonly string[];
  /** Told the plan once every point is validated, before anything is written or run (for --verbose). */
  onPlan?: (plan: SweepPlan) => void;
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
  /** --set-expr key -> the value it computed for this point, and that value as set (`String(value)`). */
  computed: Record<string, number>;
}

export interface SweepPlan {
  base: ResolvedConfig; axes: VaryAxis[]; points: PlannedPoint[]; request: ConfigRequest;
  /** The axes advance together (--zip). */
  zip: boolean;
  /** --set-expr, in order. */
  exprs: SetExpr[];
  /** Replications of each point. */
  reps: number;
}

export interface SweepPointRecord {
  index: number;
  name: string;
  values: Record<string, unknown>;
  sets: string[];
  /** --set-expr key -> its value at this point (absent without --set-expr). */
  computed?: Record<string, number>;
  /** Paths relative to the sweep directory. */
  dir: string;
  result: string;
  status: "ok" | "failed";
  error?: string;
  digest?: string;
  events?: number;
  wallMs?: number;
  /** How many warnings the point's result.json holds (absent: none). */
  warnings?: number;
  /** With --reps: every replication's seed, digest and result.json (relative to the sweep directory). */
  reps?: ReplicationStats["replications"];
}

export interface SweepSummary {
  dir: string;
  points: SweepPointRecord[];
  failed: number;
  csv: string;
  json: string;
  report: string | null;
  wallMs: number;
  /** Paired ratios between the vm.net.mode values (sweep.json's `ratios`), when that key is swept. */
  ratios?: SweepRatios;
}

/** Parses `--vary key=v1,v2,...` specs; every problem is reported at once. */
export function parseVary(specs: readonly string[], zip = false): VaryAxis[] {
  const errors: string[] = [];
  const axes: VaryAxis[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    const key = eq > 0 ? spec.slice(0, eq).trim() : "";
    const raw = eq > 0 ? spec.slice(eq + 1).split(",").map((v) => v.trim()) : [];
    if (!key || raw.length === 0 || raw.some((v) => v === "")) { errors.push(`--vary ${spec}: expected key=v1,v2,... with no empty value`); continue; }
    if (axes.some((a) => a.key === key)) { errors.push(`--vary ${key}: given twice; put all its values in one --vary`); continue; }
    // Zipped, a value may repeat on one axis (points differ by the others); planSweep checks the points.
    const dup = zip ? undefined : raw.find((v, i) => raw.indexOf(v) !== i);
    if (dup !== undefined) { errors.push(`--vary ${spec}: value '${dup}' given twice`); continue; }
    axes.push({ key, raw, values: raw.map(parseSetValue) });
  }
  if (specs.length === 0) errors.push("--vary: give at least one --vary key=v1,v2,...");
  if (errors.length) throw new ConfigError(errors);
  return axes;
}

/** An arithmetic expression of --set-expr: numbers, config keys, unary minus and + - * /. */
export type Expr =
  | { kind: "num"; value: number }
  | { kind: "key"; key: string }
  | { kind: "neg"; arg: Expr }
  | { kind: "bin"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr };

/** One `--set-expr key=expression`: the key it sets, the expression as written, parsed, and the keys it reads. */
export interface SetExpr { key: string; text: string; expr: Expr; refs: string[] }

/** `--set-expr key=expression` parsed (no eval: a recursive-descent parser of the four operations). */
export function parseSetExpr(spec: string): SetExpr {
  const eq = spec.indexOf("=");
  const key = eq > 0 ? spec.slice(0, eq).trim() : "";
  const text = eq > 0 ? spec.slice(eq + 1).trim() : "";
  const fail = (why: string): never => {
    throw new ConfigError([`--set-expr ${spec}: ${why}`]);
  };
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(key) || text === "") {
    fail("expected key=expression, e.g. workload.connections=8*vm.vcpus");
  }
  const tokens: { t: string }[] = [];
  const num = /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?/.source;
  const name = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.source;
  const re = new RegExp(`\\s*(?:${num}|${name}|[-+*/()])`, "y");
  let i = 0;
  while (i < text.length) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) {
      const at = i + (text.slice(i).length - text.slice(i).trimStart().length);
      fail(`unexpected '${text.charAt(at)}' at column ${at + 1} of '${text}' (allowed: numbers, config keys, `
        + "+ - * / and parentheses)");
    }
    tokens.push({ t: m![0].trim() });
    i = re.lastIndex;
  }
  let k = 0;
  const peek = (): string | undefined => tokens[k]?.t;
  const refs: string[] = [];
  const primary = (): Expr => {
    const tok = tokens[k++];
    if (tok === undefined) return fail(`'${text}' ends where a number, a key or '(' was expected`);
    if (tok.t === "(") {
      const e = sum();
      if (tokens[k++]?.t !== ")") fail(`'${text}': a '(' is not closed`);
      return e;
    }
    if (tok.t === "-") return { kind: "neg", arg: primary() };
    if (tok.t === "+") return primary();
    if (/^[\d.]/.test(tok.t)) return { kind: "num", value: Number(tok.t) };
    if (/^[A-Za-z_]/.test(tok.t)) {
      if (!refs.includes(tok.t)) refs.push(tok.t);
      return { kind: "key", key: tok.t };
    }
    return fail(`'${text}': '${tok.t}' where a number, a key or '(' was expected`);
  };
  const product = (): Expr => {
    let e = primary();
    while (peek() === "*" || peek() === "/") {
      e = { kind: "bin", op: tokens[k++]!.t as "*" | "/", left: e, right: primary() };
    }
    return e;
  };
  const sum = (): Expr => {
    let e = product();
    while (peek() === "+" || peek() === "-") {
      e = { kind: "bin", op: tokens[k++]!.t as "+" | "-", left: e, right: product() };
    }
    return e;
  };
  const expr = sum();
  if (k < tokens.length) fail(`'${text}': unexpected '${tokens[k]!.t}' after a complete expression`);
  return { key, text, expr, refs };
}

/** The value of `e` with `lookup` giving each key's number; throws Error on a division by zero. */
export function evalExpr(e: Expr, lookup: (key: string) => number): number {
  switch (e.kind) {
    case "num": return e.value;
    case "key": return lookup(e.key);
    case "neg": return -evalExpr(e.arg, lookup);
    case "bin": {
      const a = evalExpr(e.left, lookup), b = evalExpr(e.right, lookup);
      if (e.op === "+") return a + b;
      if (e.op === "-") return a - b;
      if (e.op === "*") return a * b;
      if (b === 0) throw new Error("division by zero");
      return a / b;
    }
  }
}

/** Declared parameters near `key` (suffix or prefix matches, then the closest by edit distance), for "did you mean". */
function nearKeys(declared: ReadonlySet<string>, key: string): string[] {
  const all = [...declared];
  const affix = all.filter((p) => p.endsWith(`.${key}`) || p.startsWith(`${key}.`));
  const close = all.map((p) => ({ p, d: distance(p, key) }))
    .filter(({ p, d }) => d <= Math.max(2, Math.floor(key.length / 4)) && !affix.includes(p))
    .sort((x, y) => x.d - y.d || (x.p < y.p ? -1 : 1)).map(({ p }) => p);
  return [...affix, ...close].slice(0, 5);
}

const fsSafe = (s: string): string => s.replace(/[^A-Za-z0-9._=+,@-]/g, "_");

/** Resolves and validates every point before anything runs; throws one ConfigError listing all problems. */
export function planSweep(opts: SweepOptions): SweepPlan {
  const zip = opts.zip === true;
  const axes = parseVary(opts.vary, zip);
  const exprs = (opts.exprs ?? []).map(parseSetExpr);
  const reps = opts.reps ?? 1;
  if (!Number.isSafeInteger(reps) || reps < 1 || reps > MAX_REPS)
    throw new ConfigError([`--reps: expected an integer in 1..${MAX_REPS}, got ${reps}`]);
  const request: ConfigRequest = { model: opts.model, preset: opts.preset, file: opts.config, sets: [...(opts.sets ?? [])], seed: opts.seed };
  const base = resolveConfig(request);
  const errors: string[] = [];
  const declared = new Set(flattenParams({ ...commonParams(base.model.name), ...base.model.params }).map(([p]) => p));
  for (const a of axes) {
    if (a.key === "model") errors.push("--vary model: a sweep runs one model; run one sweep per model");
    else if (a.key === "seed" && opts.seed !== undefined) errors.push(`--vary seed: conflicts with --seed ${opts.seed}; drop one of them`);
    else if (a.key === "seed" && reps > 1) {
      errors.push(`--vary seed: conflicts with --reps ${reps}, which derives the seeds from --seed; drop one of them`);
    }
    else if (!declared.has(a.key)) {
      const near = nearKeys(declared, a.key);
      errors.push(`--vary ${a.key}: not a parameter of model ${base.model.name}${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}; see \`irqscale params\``);
    }
  }
  if (zip && axes.length < 2) errors.push("--zip: advances several --vary lists together; give at least two --vary");
  else if (zip && axes.some((a) => a.raw.length !== axes[0]!.raw.length)) {
    errors.push(`--zip: the --vary lists must have equal lengths (${axes.map((a) => `${a.key} has ${a.raw.length}`)
      .join(", ")}); point i takes value i of each`);
  }
  const setKeys = new Set((opts.sets ?? []).map((x) => x.slice(0, Math.max(0, x.indexOf("="))).trim()));
  for (const [j, x] of exprs.entries()) {
    const where = `--set-expr ${x.key}=${x.text}`;
    if (x.key === "model") errors.push(`${where}: the model is not a number; run one sweep per model`);
    else if (!declared.has(x.key)) {
      const near = nearKeys(declared, x.key);
      errors.push(`${where}: ${x.key} is not a parameter of model ${base.model.name}`
        + `${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}; see \`irqscale params\``);
    } else if (axes.some((a) => a.key === x.key)) errors.push(`${where}: ${x.key} is also a --vary key; drop one`);
    else if (setKeys.has(x.key)) errors.push(`${where}: ${x.key} is also given to --set; drop one`);
    else if (exprs.findIndex((y) => y.key === x.key) !== j) errors.push(`${where}: ${x.key} is computed twice`);
    for (const r of x.refs) {
      if (!declared.has(r)) {
        const near = nearKeys(declared, r);
        errors.push(`${where}: unknown key ${r} in the expression (not a parameter of model ${base.model.name}`
          + `${near.length ? `; did you mean ${near.join(", ")}?` : ""})`);
      }
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
  const total = zip ? axes[0]!.raw.length : axes.reduce((n, a) => n * a.raw.length, 1);
  if (total > MAX_POINTS) throw new ConfigError([`--vary: ${total} points; at most ${MAX_POINTS} per sweep`]);
  const width = String(total - 1).length;
  const points: PlannedPoint[] = [];
  for (let index = 0; index < total; index++) {
    const raw: Record<string, string> = {};
    let rest = index;
    for (let k = axes.length - 1; k >= 0; k--) {
      const a = axes[k]!;
      const j = zip ? index : rest % a.raw.length;
      rest = Math.floor(rest / a.raw.length);
      raw[a.key] = a.raw[j]!;
    }
    const ordered = axes.map((a) => `${a.key}=${raw[a.key]!}`);
    const sets = [...request.sets!, ...ordered];
    const name = `${String(index).padStart(width, "0")}-${fsSafe(ordered.join(","))}`.slice(0, 200);
    const at = `point ${index} (${ordered.join(",")})`;
    if (zip) {
      const same = points.find((p) => axes.every((a) => p.raw[a.key] === raw[a.key]));
      if (same) { errors.push(`--zip: ${at} repeats point ${same.index}; give each point once`); continue; }
    }
    let flag = "";
    try {
      let resolved = resolveConfig({ ...request, sets });
      // Each expression reads the point's config so far (--set, --vary, the earlier expressions).
      const computed: Record<string, number> = {};
      for (const x of exprs) {
        flag = `--set-expr ${x.key}=${x.text}: `;
        const config = resolved.config;
        const value = evalExpr(x.expr, (key) => {
          const v = valueAt(config, key);
          if (typeof v !== "number") throw new ConfigError([`${key} is ${JSON.stringify(v)}, not a number`]);
          return v;
        });
        if (!Number.isFinite(value)) throw new ConfigError([`the value is ${value}, not a finite number`]);
        computed[x.key] = value;
        sets.push(`${x.key}=${String(value)}`);
        resolved = resolveConfig({ ...request, sets });
      }
      flag = "";
      points.push({
        index, name, raw: Object.fromEntries(axes.map((a) => [a.key, raw[a.key]!])),
        values: Object.fromEntries(axes.map((a) => [a.key, valueAt(resolved.config, a.key)])),
        sets: sets.slice(request.sets!.length), resolved, computed,
      });
    } catch (e) {
      const issues = e instanceof ConfigError ? e.issues
        : flag !== "" && (e as Error)?.message === "division by zero" ? ["division by zero"] : undefined;
      if (issues === undefined) throw e;
      for (const i of issues) errors.push(`${flag}${at}: ${i}`);
    }
  }
  if (errors.length) throw new ConfigError([...new Set(errors)]);
  return { base, axes, points, request, reps, zip, exprs };
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
  for (const f of ["points", "sweep.csv", "sweep.json", "report.html", REPS_CSV, ...LONG_TABLES])
    rmSync(join(dir, f), { recursive: true, force: true });
}

/** sweep-point.js beside the compiled sweep.js, or sweep-point.ts under tsx beside the sources. */
const POINT_ENTRY = childEntry(import.meta.url, "./sweep-point.ts");

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
    const child = fork(POINT_ENTRY.script, [], { execArgv: POINT_ENTRY.execArgv, stdio: ["ignore", "ignore", "pipe",
      "ipc"], serialization: "json" });
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

function makeProgress(mode: SweepOptions["progress"], out: string, runners: string, unit: string): Progress {
  const tty = process.stderr.isTTY === true;
  const kind = mode === undefined || mode === "auto" ? (tty ? "bar" : "lines") : mode;
  if (kind === "none") return { start() {}, point() {}, stop() {} };
  if (kind === "bar") {
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: `sweep [{bar}] {value}/{total} ${unit} | {duration_formatted} elapsed, {eta} | {last}`,
      hideCursor: true, clearOnComplete: false,
    }, cliProgress.Presets.shades_classic);
    let total = 0, t0 = 0;
    return {
      start: (t) => {
        total = t;
        t0 = performance.now();
        bar.start(t, 0, { last: `${runners} -> ${out}`, eta: `eta unknown until the first of the ${unit} ends` });
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
    start: (t) => { total = t; process.stderr.write(`sweep: ${t} ${unit}, ${runners} -> ${out}\n`); },
    point: (done, r) => process.stderr.write(r.status === "ok"
      ? `[${done}/${total}] ${r.name}  digest ${String(r.digest)}  events ${String(r.events)}  ${String(r.wallMs)} ms\n`
      : `[${done}/${total}] ${r.name}  FAILED: ${r.error ?? "?"}\n`),
    stop() {},
  };
}

/**
 * The paired ratios of a sweep over RATIO_KEY with two values or more: every headline metric of each
 * value against the first, at each combination of the other swept keys; undefined without that axis.
 */
function modeRatios(
  plan: SweepPlan, results: readonly (Record<string, unknown> | undefined)[],
): SweepRatios | undefined {
  const axis = plan.axes.find((a) => a.key === RATIO_KEY);
  if (!axis || axis.raw.length < 2) return undefined;
  const headline = headlineMetrics(plan.base.model.name);
  const points = plan.points.map((p) => {
    const r = results[p.index];
    return r ? { raw: p.raw, reps: repsOfResult(r, headline) } : undefined;
  });
  return sweepRatios(RATIO_KEY, axis.raw, points, headline);
}

/** Key columns of the CSVs after `point`: the swept keys, then the --set-expr keys. */
function columnKeys(plan: SweepPlan): string[] {
  return [...plan.axes.map((a) => a.key), ...plan.exprs.map((x) => x.key)];
}

/** A point's cell in a key column: a swept key's value as written, a computed key's value. */
function columnValue(p: PlannedPoint, key: string): string {
  return key in p.raw ? p.raw[key]! : String(p.computed[key]);
}

/**
 * sweep.csv: one row per point, the swept keys (and --set-expr keys), then `metrics` (CSV_METRICS its
 * results have). With
 * --reps, a headline metric is its mean over the replications followed by `<metric>.sd`,
 * `<metric>.ci95lo` and `<metric>.ci95hi` (digest, events and wallMs are replication 0's). With
 * paired ratios, `ratio.<metric>` (the mean per-pair ratio to the baseline mode; empty on the
 * baseline's rows) and, with --reps, `ratio.<metric>.ci95lo`/`.ci95hi` follow.
 */
function sweepCsv(
  plan: SweepPlan, results: readonly (Record<string, unknown> | undefined)[], metrics: readonly string[],
  ratios: SweepRatios | undefined,
): string {
  const keys = columnKeys(plan);
  const headline = new Set(headlineMetrics(plan.base.model.name));
  const replicated = plan.reps > 1;
  const stat = (m: string) => replicated && headline.has(m);
  const ratioMetrics = ratios ? metrics.filter((m) => headline.has(m)) : [];
  const header = [
    "point", ...keys,
    ...metrics.flatMap((m) => (stat(m) ? [m, `${m}.sd`, `${m}.ci95lo`, `${m}.ci95hi`] : [m])),
    ...ratioMetrics.flatMap((m) => (replicated
      ? [`ratio.${m}`, `ratio.${m}.ci95lo`, `ratio.${m}.ci95hi`]
      : [`ratio.${m}`])),
  ];
  const lines = [header.map(csvCell).join(",")];
  for (const p of plan.points) {
    const r = results[p.index];
    const stats = r?.stats as ReplicationStats | undefined;
    const ratio = ratios?.ratios.find((x) => x.point === p.index);
    const cells = [
      p.index, ...keys.map((k) => columnValue(p, k)),
      ...metrics.flatMap((m) => {
        if (!stat(m)) return [r ? valueAt(r, m) : undefined];
        const s = stats?.metrics[m];
        return s ? [s.mean, s.sd, s.ci95?.[0], s.ci95?.[1]] : [undefined, undefined, undefined, undefined];
      }),
      ...ratioMetrics.flatMap((m) => {
        const q = ratio?.metrics[m];
        return replicated ? [q?.mean, q?.ci95?.[0], q?.ci95?.[1]] : [q?.mean];
      }),
    ];
    lines.push(cells.map(csvCell).join(","));
  }
  return lines.join("\n") + "\n";
}

/**
 * sweep-reps.csv: every replication's own values of `metrics`, one row per point and replication;
 * `repValues[point][rep]` holds the replication's CSV_METRICS (undefined for one that failed).
 */
function repsCsv(
  plan: SweepPlan, repValues: readonly (readonly (Record<string, unknown> | undefined)[])[],
  metrics: readonly string[],
): string {
  const keys = columnKeys(plan);
  const lines = [["point", ...keys, "rep", "seed", ...metrics].map(csvCell).join(",")];
  for (const p of plan.points) {
    repSeeds(p.resolved.config.seed, plan.reps).forEach((seed, rep) => {
      const v = repValues[p.index]![rep];
      const cells = [p.index, ...keys.map((k) => columnValue(p, k)), rep, seed, ...metrics.map((m) => v?.[m])];
      lines.push(cells.map(csvCell).join(","));
    });
  }
  return lines.join("\n") + "\n";
}

/**
 * Validates every point, then runs them `jobs` at a time, each in its own child process, and writes
 * DIR/points/<name>/result.json, DIR/sweep.csv, DIR/sweep.json and DIR/report.html. With `reps` > 1
 * every replication is a run of its own, written to points/<name>/reps/<i>-seed=<s>/result.json, and
 * points/<name>/result.json is replication 0's result with the `stats` of all (replicatedResult).
 * Throws ConfigError (nothing written) on a bad flag, key or value; a point that fails at run time
 * is recorded (status "failed") and counted in `failed`.
 */
export async function runSweep(opts: SweepOptions): Promise<SweepSummary> {
  const t0 = performance.now();
  const plan = planSweep(opts);
  opts.onPlan?.(plan);
  const jobs = opts.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new ConfigError([`--jobs: expected a positive integer, got ${jobs}`]);
  const out = resolve(opts.out);
  checkOut(out);
  // Validation is over: from here on the sweep writes.
  mkdirSync(out, { recursive: true });
  clearPrevious(out);
  mkdirSync(join(out, "points"), { recursive: true });

  const reps = plan.reps;
  const records: SweepPointRecord[] = plan.points.map((p) => ({
    index: p.index, name: p.name, values: p.values, sets: p.sets,
    ...(plan.exprs.length > 0 ? { computed: p.computed } : {}),
    dir: `points/${p.name}`, result: `points/${p.name}/result.json`, status: "failed",
  }));
  // One run per point and replication, the replications of a point one after another in the list.
  const runs = plan.points.flatMap((p) => repSeeds(p.resolved.config.seed, reps).map((seed, rep) => ({
    point: p, rep, seed, config: rep === 0 ? p.resolved.config : { ...p.resolved.config, seed },
    dir: reps === 1 ? records[p.index]!.dir : `${records[p.index]!.dir}/${repDir(rep, seed)}`,
  })));
  const progress = makeProgress(opts.progress, opts.out,
    opts.nats !== undefined ? `workers on ${opts.nats}` : `${Math.min(jobs, runs.length)} jobs`,
    reps === 1 ? "points" : "runs");
  const results: (Record<string, unknown> | undefined)[] = new Array(plan.points.length);
  // A point's replications until the last is in (then only their CSV figures stay, for sweep-reps.csv).
  const repResults = plan.points.map(() => new Array<Record<string, unknown> | undefined>(reps));
  const repValues = plan.points.map(() => new Array<Record<string, unknown> | undefined>(reps));
  const repErrors = plan.points.map(() => [] as string[]);
  const repsLeft = plan.points.map(() => reps);
  let next = 0, finished = 0;
  /** Records one run's outcome; once a point's last replication is in, its result.json and record. */
  const settle = (
    run: (typeof runs)[number], r: Record<string, unknown> | undefined, error: string | undefined,
  ): void => {
    const i = run.point.index, rec = records[i]!;
    if (r) {
      repResults[i]![run.rep] = r;
      repValues[i]![run.rep] = Object.fromEntries(CSV_METRICS.map((m) => [m, valueAt(r, m)]));
    }
    else repErrors[i]!.push(reps === 1 ? error! : `replication ${run.rep} (seed ${run.seed}): ${error!}`);
    const label = reps === 1 ? rec : {
      ...rec, name: `${rec.name} rep ${run.rep} seed ${run.seed}`, status: r ? "ok" as const : "failed" as const, error,
      digest: r?.digest as string | undefined, events: r?.events as number | undefined,
      wallMs: r?.wallMs as number | undefined,
    };
    if (--repsLeft[i]! === 0) {
      const all = repResults[i]!;
      repResults[i] = [];
      if (repErrors[i]!.length > 0) rec.error = repErrors[i]!.join("; ");
      else {
        const combined = reps === 1 ? all[0]! : replicatedResult(all as Record<string, unknown>[],
          repSeeds(run.point.resolved.config.seed, reps).map((seed, rep) => `${repDir(rep, seed)}/result.json`));
        if (reps > 1) writeJsonAtomic(join(out, rec.dir), "result.json", combined);
        results[i] = combined;
        Object.assign(rec, {
          status: "ok", digest: combined.digest, events: combined.events, wallMs: combined.wallMs,
          ...(warningsOf(combined).length > 0 ? { warnings: warningsOf(combined).length } : {}),
          ...(reps > 1 ? {
            reps: (combined.stats as ReplicationStats).replications
              .map((x) => ({ ...x, result: `${rec.dir}/${x.result}` })),
          } : {}),
        });
      }
    }
    progress.point(++finished, label);
  };
  progress.start(runs.length);
  const children: PointChild[] = [];
  const worker = async (): Promise<void> => {
    const runner = new PointChild();
    children.push(runner);
    while (next < runs.length) {
      const run = runs[next++]!;
      const dir = join(out, run.dir);
      const reply = await runner.run({ config: run.config, preset: run.point.resolved.preset, dir });
      let r: Record<string, unknown> | undefined, error: string | undefined;
      if (reply.ok) {
        try { r = JSON.parse(readFileSync(join(dir, "result.json"), "utf8")) as Record<string, unknown>; } catch (e) {
          error = `cannot read result: ${(e as Error).message}`;
        }
      } else error = `${reply.kind === "Error" ? "" : `${reply.kind}: `}${reply.error}`;
      settle(run, r, error);
    }
  };
  try {
    if (opts.nats !== undefined) {
      // Loaded only here, so a local sweep (and its tests) never loads the NATS client.
      const { runPointsOverNats } = await import("./nats-farm.js");
      // Runs go to idle `irqscale worker`s through a NATS queue group; each returns result.json.
      await runPointsOverNats(runs.map((x) => ({ config: x.config, preset: x.point.resolved.preset })), opts.nats, {
        onPoint: (i, o) => {
          const run = runs[i]!;
          if (o.ok) writeJsonAtomic(join(out, run.dir), "result.json", o.result);
          settle(run, o.ok ? o.result : undefined,
            o.ok ? undefined : `${o.kind === "Error" ? "" : `${o.kind}: `}${o.error} (worker ${o.worker})`);
        },
      });
    } else await Promise.all(Array.from({ length: Math.min(jobs, runs.length) }, worker));
  } finally {
    for (const c of children) c.stop();
    progress.stop();
  }

  const keys = columnKeys(plan);
  const metrics = CSV_METRICS.filter((m) => results.some((r) => r !== undefined && valueAt(r, m) !== undefined));
  const ratios = modeRatios(plan, results);
  const csv = join(out, "sweep.csv");
  writeFileSync(csv, sweepCsv(plan, results, metrics, ratios));
  if (reps > 1) writeFileSync(join(out, REPS_CSV), repsCsv(plan, repValues, metrics));
  writeLongTables(out, keys, plan.points.map((p) => ({ index: p.index, raw: Object.fromEntries(
    keys.map((k) => [k, columnValue(p, k)])) })), results, csvCell);

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
    // How the points were made of the axes: their product, or (zip) value i of each for point i.
    combine: plan.zip ? "zip" : "product",
    setExpr: plan.exprs.map((x) => ({ key: x.key, expr: x.text, refs: x.refs })),
    reps,
    ...(reps > 1 ? { seedRule: SEED_RULE, repsCsv: REPS_CSV } : {}),
    jobs: opts.nats !== undefined ? null : jobs,
    runner: opts.nats !== undefined ? `nats ${opts.nats}` : "local",
    baseConfig: plan.base.config,
    csv: "sweep.csv",
    longCsv: [...LONG_TABLES],
    report: doReport ? "report.html" : null,
    failed,
    ...(ratios ? { ratios } : {}),
    points: records,
  };
  const json = writeJsonAtomic(out, "sweep.json", sweep);
  const report = doReport ? writeReport(out) : null;
  return {
    dir: out, points: records, failed, csv, json, report, wallMs: Math.round(performance.now() - t0),
    ...(ratios ? { ratios } : {}),
  };
}
