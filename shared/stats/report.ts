// The HTML report of a sweep (DIR/sweep.json) or of one run (DIR/result.json): one self-contained
// file, Chart.js inlined from node_modules, no network. Plots are declared in a manifest embedded in
// the page (one <canvas data-plot=ID> each) so tests and users can check that every one rendered.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ConfigError } from "../kernel/errors.js";
import { valueAt } from "../config/resolve.js";

export const MODE_KEY = "vm.net.mode";

export interface ReportPoint {
  index: number;
  name: string;
  /** Varied key -> value. */
  values: Record<string, unknown>;
  status: "ok" | "failed";
  error?: string;
  /** Path of result.json relative to the report directory. */
  path: string;
  result?: Record<string, unknown>;
}

export interface ReportInput {
  dir: string;
  kind: "sweep" | "run";
  model: string;
  preset: string | null;
  vary: { key: string; values: unknown[] }[];
  points: ReportPoint[];
  baseConfig: unknown;
}

/** A plot of the page: one chart, one canvas. */
export interface PlotDecl { id: string; title: string; config: ChartConfig }
interface ChartConfig { type: string; data: ChartData; options: Record<string, unknown> }
interface ChartData { labels?: unknown[]; datasets: Record<string, unknown>[] }

/** Per-mode block of per-CPU plots, fed from one point at a time (a selector picks it). */
interface Panel {
  id: string;
  title: string;
  options: { index: number; label: string }[];
  selected: number;
  plots: { id: string; part: PanelPart }[];
}
type PanelPart = "share" | "irq" | "contention";

// ---------------------------------------------------------------------------------------------
// Input

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function readJson(path: string): unknown {
  let text: string;
  try { text = readFileSync(path, "utf8"); } catch (e) { throw new ConfigError([`${path}: cannot read (${(e as Error).message})`]); }
  try { return JSON.parse(text); } catch (e) { throw new ConfigError([`${path}: not JSON (${(e as Error).message})`]); }
}

/** Reads a sweep directory (sweep.json) or a run directory (result.json). */
export function loadReportInput(dir: string): ReportInput {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError([`${dir}: no such directory`]);
  const sweepPath = join(dir, "sweep.json");
  if (existsSync(sweepPath)) {
    const s = readJson(sweepPath);
    if (!isObj(s) || !Array.isArray(s.points)) throw new ConfigError([`${sweepPath}: not a sweep file (no points list)`]);
    const vary = Array.isArray(s.vary) ? s.vary.filter(isObj).map((a) => ({ key: String(a.key), values: Array.isArray(a.values) ? a.values : [] })) : [];
    const points: ReportPoint[] = s.points.filter(isObj).map((p, i) => {
      const rel = typeof p.result === "string" ? p.result : `${String(p.dir ?? "")}/result.json`;
      const pt: ReportPoint = {
        index: typeof p.index === "number" ? p.index : i, name: String(p.name ?? i),
        values: isObj(p.values) ? p.values : {}, status: p.status === "ok" ? "ok" : "failed", path: rel,
        ...(typeof p.error === "string" ? { error: p.error } : {}),
      };
      if (pt.status === "ok") {
        try {
          const r = readJson(join(dir, rel));
          if (!isObj(r)) throw new Error("not an object");
          pt.result = r;
        } catch (e) { pt.status = "failed"; pt.error = `cannot read ${rel}: ${(e as Error).message}`; }
      }
      return pt;
    });
    return { dir, kind: "sweep", model: String(s.model ?? "?"), preset: typeof s.preset === "string" ? s.preset : null, vary, points, baseConfig: s.baseConfig ?? null };
  }
  const resultPath = join(dir, "result.json");
  if (existsSync(resultPath)) {
    const r = readJson(resultPath);
    if (!isObj(r)) throw new ConfigError([`${resultPath}: not a result object`]);
    return {
      dir, kind: "run", model: String(r.model ?? valueAt(r, "config.model") ?? "?"), preset: typeof r.preset === "string" ? r.preset : null,
      vary: [], points: [{ index: 0, name: "run", values: {}, status: "ok", path: "result.json", result: r }], baseConfig: r.config ?? null,
    };
  }
  throw new ConfigError([`${dir}: neither sweep.json nor result.json here; give a sweep directory or a run directory`]);
}

const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);
const fmtValue = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));

// ---------------------------------------------------------------------------------------------
// Plots

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];
const STATE_ORDER = ["app", "hardirq", "softirq", "ksoftirqd", "exit", "stolen", "guest", "vhost", "hostRx", "kworker", "qemu"];
const STATE_COLOR: Record<string, string> = {
  app: "#2ca02c", hardirq: "#d62728", softirq: "#ff7f0e", ksoftirqd: "#bcbd22", exit: "#9467bd",
  guest: "#1f77b4", vhost: "#17becf", hostRx: "#8c564b", kworker: "#e377c2", qemu: "#7b2d26", stolen: "#393b79", idle: "#e4e4e4",
};
/** For states the list above does not know: none of these is in STATE_COLOR. */
const EXTRA_COLORS = ["#637939", "#8c6d31", "#843c39", "#7b4173", "#5254a3", "#b5cf6b", "#e7ba52", "#ad494a", "#a55194", "#6b6ecf"];

function modeOf(p: ReportPoint): string | null {
  const m = p.values[MODE_KEY] ?? valueAt(p.result, `config.${MODE_KEY}`);
  return typeof m === "string" ? m : null;
}

interface XAxis { key: string | null; numeric: boolean }

/** The swept key plotted on x: the first varied key other than the mode, numeric preferred. */
function chooseX(input: ReportInput, ok: ReportPoint[]): XAxis {
  const varied = input.vary.filter((a) => a.values.length > 1).map((a) => a.key);
  const numeric = (k: string): boolean => ok.length > 0 && ok.every((p) => typeof p.values[k] === "number");
  const key = varied.find((k) => k !== MODE_KEY && numeric(k)) ?? varied.find((k) => k !== MODE_KEY) ?? (varied.includes(MODE_KEY) ? MODE_KEY : null);
  return { key, numeric: key !== null && numeric(key) };
}

/** Series label of a point: the mode, then every other varied key except x. */
function seriesOf(input: ReportInput, x: XAxis, p: ReportPoint): string {
  const varied = input.vary.filter((a) => a.values.length > 1).map((a) => a.key);
  const parts: string[] = [];
  const mode = modeOf(p);
  if (mode !== null && x.key !== MODE_KEY) parts.push(`${MODE_KEY}=${mode}`);
  for (const k of varied) if (k !== x.key && k !== MODE_KEY) parts.push(`${k}=${fmtValue(p.values[k])}`);
  return parts.join(", ") || input.model;
}

function xOf(x: XAxis, p: ReportPoint): unknown {
  return x.key === null ? p.name : x.key in p.values ? p.values[x.key] : valueAt(p.result, `config.${x.key}`);
}

function lineVsX(input: ReportInput, x: XAxis, ok: ReportPoint[], metric: (r: Record<string, unknown>) => number | null, yTitle: string): ChartConfig {
  const groups = new Map<string, ReportPoint[]>();
  for (const p of ok) {
    const s = seriesOf(input, x, p);
    if (!groups.has(s)) groups.set(s, []);
    groups.get(s)!.push(p);
  }
  const xTitle = x.key ?? "point";
  const labels = x.numeric ? undefined : [...new Set(ok.map((p) => fmtValue(xOf(x, p))))];
  const datasets = [...groups.entries()].map(([label, pts], i) => {
    const sorted = x.numeric ? [...pts].sort((a, b) => (xOf(x, a) as number) - (xOf(x, b) as number)) : pts;
    const color = PALETTE[i % PALETTE.length]!;
    return {
      label, borderColor: color, backgroundColor: color, pointRadius: 4, borderWidth: 2, spanGaps: true,
      data: sorted.map((p) => ({ x: x.numeric ? xOf(x, p) : fmtValue(xOf(x, p)), y: metric(p.result!) })),
    };
  });
  return {
    type: "line",
    data: { ...(labels ? { labels } : {}), datasets },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { display: true, position: "bottom" } },
      scales: {
        x: { type: x.numeric ? "linear" : "category", title: { display: true, text: xTitle } },
        y: { beginAtZero: true, title: { display: true, text: yTitle } },
      },
    },
  };
}

interface PerCpu { id: string; kind: string; shares: Record<string, number>; interrupts: number }

function perCpuOf(r: Record<string, unknown> | undefined): PerCpu[] {
  const list = r?.perCpu;
  if (!Array.isArray(list)) return [];
  return list.filter(isObj).map((c) => ({
    id: String(c.id), kind: String(c.kind ?? ""),
    shares: isObj(c.shares) ? Object.fromEntries(Object.entries(c.shares).map(([k, v]) => [k, num(v) ?? 0])) : {},
    interrupts: num(c.interrupts) ?? 0,
  }));
}

function shareData(r: Record<string, unknown>): ChartData {
  const cpus = perCpuOf(r);
  const states = new Set<string>();
  for (const c of cpus) for (const s of Object.keys(c.shares)) states.add(s);
  const order = [...STATE_ORDER.filter((s) => states.has(s)), ...[...states].filter((s) => !STATE_ORDER.includes(s) && s !== "idle").sort(), ...(states.has("idle") ? ["idle"] : [])];
  return {
    labels: cpus.map((c) => c.id),
    datasets: order.map((s, i) => ({
      label: s, stack: "share", backgroundColor: STATE_COLOR[s] ?? EXTRA_COLORS[i % EXTRA_COLORS.length]!,
      data: cpus.map((c) => Math.round((c.shares[s] ?? 0) * 1e5) / 1e3),
    })),
  };
}

function irqData(r: Record<string, unknown>): ChartData {
  const perVcpu = valueAt(r, "interrupts.perVcpu");
  let rows: [string, number][];
  if (isObj(perVcpu) && Object.keys(perVcpu).length > 0) {
    const order = perCpuOf(r).filter((c) => c.kind === "vcpu").map((c) => c.id);
    const keys = [...order.filter((k) => k in perVcpu), ...Object.keys(perVcpu).filter((k) => !order.includes(k))];
    rows = keys.map((k) => [k, num(perVcpu[k]) ?? 0]);
  } else rows = perCpuOf(r).filter((c) => c.kind === "vcpu").map((c) => [c.id, c.interrupts]);
  return { labels: rows.map((x) => x[0]), datasets: [{ label: "interrupts taken", backgroundColor: "#d62728", data: rows.map((x) => x[1]) }] };
}

function contentionData(r: Record<string, unknown>): ChartData {
  const list = Array.isArray(r.contention) ? r.contention.filter(isObj) : [];
  return {
    labels: list.map((c) => `${String(c.name)} (${String(c.kind ?? "?")})`),
    datasets: [
      { label: "utilisation (%)", yAxisID: "y", backgroundColor: "#1f77b4", data: list.map((c) => Math.round((num(c.utilisation) ?? 0) * 1e5) / 1e3) },
      { label: "mean wait (µs)", yAxisID: "y1", backgroundColor: "#ff7f0e", data: list.map((c) => (num(c.meanWaitNs) ?? 0) / 1000) },
    ],
  };
}

const hasShare = (r: Record<string, unknown> | undefined): boolean => perCpuOf(r).length > 0;
const hasIrq = (r: Record<string, unknown> | undefined): boolean => r !== undefined && (irqData(r).labels?.length ?? 0) > 0;
const hasContention = (r: Record<string, unknown> | undefined): boolean => Array.isArray(r?.contention) && r.contention.length > 0;

const PART_TITLE: Record<PanelPart, string> = {
  share: "Per-CPU time share (% of simulated time, stacked by state)",
  irq: "Interrupts per vCPU",
  contention: "Contention per lock or serial unit",
};

function partConfig(part: PanelPart, data: ChartData, maxBars: number): ChartConfig {
  // Every CPU gets its label while they fit; a rack of hosts gets a thinned axis instead.
  const ticks = { autoSkip: maxBars > 100, maxRotation: 90 };
  const base = { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: true, position: "bottom" } } };
  if (part === "share") return { type: "bar", data, options: { ...base, scales: { x: { stacked: true, ticks }, y: { stacked: true, min: 0, max: 100, title: { display: true, text: "% of time" } } } } };
  if (part === "irq") return { type: "bar", data, options: { ...base, scales: { x: { ticks }, y: { beginAtZero: true, title: { display: true, text: "interrupts" } } } } };
  return {
    type: "bar", data,
    options: { ...base, scales: {
      y: { beginAtZero: true, position: "left", title: { display: true, text: "utilisation (%)" } },
      y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false }, title: { display: true, text: "mean wait (µs)" } },
    } },
  };
}

export interface ReportModel {
  title: string;
  input: ReportInput;
  x: XAxis;
  sections: { title: string; plots: string[] }[];
  panels: Panel[];
  plots: PlotDecl[];
  /** point index -> panel part -> chart data (for the selectors). */
  pointData: Record<number, Partial<Record<PanelPart, ChartData>>>;
}

/** Decides every plot of the report from its input. */
export function planReport(input: ReportInput): ReportModel {
  const ok = input.points.filter((p) => p.status === "ok" && p.result);
  const x = chooseX(input, ok);
  const plots: PlotDecl[] = [];
  const sections: ReportModel["sections"] = [];
  const add = (section: string, p: PlotDecl): void => {
    plots.push(p);
    let s = sections.find((z) => z.title === section);
    if (!s) sections.push(s = { title: section, plots: [] });
    s.plots.push(p.id);
  };
  const xName = x.key ?? "point";
  const metric = (path: string) => (r: Record<string, unknown>): number | null => num(valueAt(r, path));
  const any = (path: string): boolean => ok.some((p) => num(valueAt(p.result, path)) !== null);
  if (any("throughput.requestsPerSec"))
    add("Throughput and latency", { id: "throughput", title: `Throughput (requests/s) vs ${xName}`, config: lineVsX(input, x, ok, metric("throughput.requestsPerSec"), "requests/s") });
  if (any("latencyUs.p99"))
    add("Throughput and latency", { id: "latency-p99", title: `p99 latency (µs) vs ${xName}`, config: lineVsX(input, x, ok, metric("latencyUs.p99"), "p99 latency (µs)") });
  if (any("events"))
    add("Simulator", { id: "events", title: `Events handled vs ${xName}`, config: lineVsX(input, x, ok, metric("events"), "events") });
  if (any("wallMs"))
    add("Simulator", { id: "wall", title: `Wall time (ms) vs ${xName}`, config: lineVsX(input, x, ok, metric("wallMs"), "wall ms") });

  // Per-CPU panels: one per mode (or one for all points when there is no mode).
  const pointData: ReportModel["pointData"] = {};
  const panels: Panel[] = [];
  const withCpu = ok.filter((p) => hasShare(p.result) || hasIrq(p.result) || hasContention(p.result));
  const modes = [...new Set(withCpu.map(modeOf))];
  modes.forEach((mode, mi) => {
    const pts = withCpu.filter((p) => modeOf(p) === mode);
    const size = (p: ReportPoint): number[] => [perCpuOf(p.result).length, num(valueAt(p.result, "config.vm.vcpus")) ?? 0, x.numeric ? (xOf(x, p) as number) : 0, p.index];
    const largest = pts.reduce((best, p) => {
      const a = size(p), b = size(best);
      for (let i = 0; i < a.length; i++) if (a[i]! !== b[i]!) return a[i]! > b[i]! ? p : best;
      return best;
    });
    const id = `panel${mi}`;
    const parts: PanelPart[] = [];
    if (pts.some((p) => hasShare(p.result))) parts.push("share");
    if (pts.some((p) => hasIrq(p.result))) parts.push("irq");
    if (pts.some((p) => hasContention(p.result))) parts.push("contention");
    for (const p of pts) {
      const r = p.result!;
      pointData[p.index] = { share: shareData(r), irq: irqData(r), contention: contentionData(r) };
    }
    const panel: Panel = {
      id, title: mode === null ? "Per-CPU view" : `Per-CPU view: ${MODE_KEY}=${mode}`,
      options: pts.map((p) => ({ index: p.index, label: pointLabel(input, p) })), selected: largest.index,
      plots: parts.map((part) => ({ id: `${id}-${part}`, part })),
    };
    panels.push(panel);
    for (const { id: pid, part } of panel.plots) {
      const maxBars = Math.max(...pts.map((p) => pointData[p.index]![part]!.labels?.length ?? 0));
      add(panel.title, { id: pid, title: PART_TITLE[part], config: partConfig(part, pointData[largest.index]![part]!, maxBars) });
    }
  });

  const keys = input.vary.map((a) => a.key);
  const title = input.kind === "sweep"
    ? `irqscale sweep: ${input.model}${input.preset ? ` (preset ${input.preset})` : ""} over ${keys.join(" × ") || "one point"}`
    : `irqscale run: ${input.model}${input.preset ? ` (preset ${input.preset})` : ""}`;
  return { title, input, x, sections, panels, plots, pointData };
}

function pointLabel(input: ReportInput, p: ReportPoint): string {
  const kv = input.vary.map((a) => `${a.key}=${fmtValue(p.values[a.key])}`).join(", ");
  return `#${p.index}${kv ? ` ${kv}` : ""}`;
}

// ---------------------------------------------------------------------------------------------
// HTML

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
/** JSON safe inside <script>: no `</script>`, no `<!--`. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");

let chartJsCache: string | undefined;
/** Chart.js's UMD bundle from node_modules (read at report time, inlined in the page). */
export function chartJsSource(): string {
  if (chartJsCache === undefined) {
    const entry = createRequire(import.meta.url).resolve("chart.js");
    const file = join(dirname(entry), "chart.umd.min.js");
    chartJsCache = readFileSync(file, "utf8").replace(/<\/script/gi, "<\\/script");
  }
  return chartJsCache;
}

const CLIENT = `
(function () {
  var spec = JSON.parse(document.getElementById("irqscale-spec").textContent);
  var state = { plots: spec.plots.map(function (p) { return p.id; }), rendered: [], errors: [] };
  window.irqscaleReport = state;
  Chart.defaults.animation = false;
  var charts = {};
  spec.plots.forEach(function (p) {
    try {
      var canvas = document.querySelector('canvas[data-plot="' + p.id + '"]');
      charts[p.id] = new Chart(canvas, p.config);
      state.rendered.push(p.id);
    } catch (e) { state.errors.push(p.id + ": " + e); console.error("plot " + p.id + ": " + e); }
  });
  spec.panels.forEach(function (panel) {
    var sel = document.getElementById(panel.id + "-select");
    if (!sel) return;
    sel.addEventListener("change", function () {
      var d = spec.pointData[sel.value];
      panel.plots.forEach(function (pp) {
        var c = charts[pp.id];
        if (!c || !d || !d[pp.part]) return;
        c.data = JSON.parse(JSON.stringify(d[pp.part]));
        c.update();
      });
    });
  });
  document.body.setAttribute("data-rendered", String(state.rendered.length));
})();
`;

const CSS = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 1.2em; }
figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: .3em; }
.chart { position: relative; height: 340px; }
table { border-collapse: collapse; font-size: 12px; } td, th { border: 1px solid #ddd; padding: 2px 6px; text-align: right; }
th { background: #f4f4f4; } td.l, th.l { text-align: left; } tr.failed td { color: #b00; }
pre { background: #f7f7f7; padding: .6em; overflow: auto; max-height: 30em; font-size: 12px; }
.muted { color: #777; }
`;

function cell(v: unknown, digits = 3): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toPrecision(digits + 2).replace(/\.?0+$/, "");
  return typeof v === "string" ? v : JSON.stringify(v);
}

function summaryTable(m: ReportModel): string {
  const keys = m.input.vary.map((a) => a.key);
  const showMode = !keys.includes(MODE_KEY) && m.input.points.some((p) => modeOf(p) !== null);
  const drops = (r: Record<string, unknown> | undefined): number | undefined => {
    const d = r?.drops;
    return isObj(d) ? Object.values(d).reduce<number>((s, v) => s + (num(v) ?? 0), 0) : undefined;
  };
  const cols: [string, (p: ReportPoint) => unknown, boolean][] = [
    ["point", (p) => p.index, false],
    ...keys.map((k): [string, (p: ReportPoint) => unknown, boolean] => [k, (p) => p.values[k], true]),
    ...(showMode ? [[MODE_KEY, (p: ReportPoint) => modeOf(p), true] as [string, (p: ReportPoint) => unknown, boolean]] : []),
    ["requests/s", (p) => valueAt(p.result, "throughput.requestsPerSec"), false],
    ["mean µs", (p) => valueAt(p.result, "latencyUs.mean"), false],
    ["p50 µs", (p) => valueAt(p.result, "latencyUs.p50"), false],
    ["p99 µs", (p) => valueAt(p.result, "latencyUs.p99"), false],
    ["drops", (p) => drops(p.result), false],
    ["events", (p) => valueAt(p.result, "events"), false],
    ["wall ms", (p) => valueAt(p.result, "wallMs"), false],
    ["digest", (p) => valueAt(p.result, "digest"), true],
    ["result", (p) => p.path, true],
    ["status", (p) => (p.status === "ok" ? "ok" : `failed: ${p.error ?? ""}`), true],
  ];
  // Metric columns no point has (PHOLD has no throughput or latency) are left out.
  const always = new Set(["point", "events", "wall ms", "digest", "result", "status"]);
  const used = cols.filter(([h, f]) => always.has(h) || keys.includes(h) || h === MODE_KEY || m.input.points.some((p) => cell(f(p)) !== ""));
  cols.splice(0, cols.length, ...used);
  const head = cols.map(([h, , l]) => `<th${l ? ' class="l"' : ""}>${esc(h)}</th>`).join("");
  const rows = m.input.points.map((p) => `<tr${p.status === "ok" ? "" : ' class="failed"'}>${cols.map(([h, f, l]) => {
    const v = cell(f(p));
    return `<td${l ? ' class="l"' : ""}>${h === "result" && p.status === "ok" ? `<a href="${esc(v)}">${esc(v)}</a>` : esc(v)}</td>`;
  }).join("")}</tr>`).join("\n");
  return `<table id="points"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Renders the report page of a directory as one self-contained HTML string. */
export function renderReport(input: ReportInput): string {
  const m = planReport(input);
  const byId = new Map(m.plots.map((p) => [p.id, p]));
  const panelOf = new Map(m.panels.map((p) => [p.title, p]));
  const failed = input.points.filter((p) => p.status !== "ok").length;
  const sections = m.sections.map((s) => {
    const panel = panelOf.get(s.title);
    const selector = panel ? `<p><label>point: <select id="${panel.id}-select">${panel.options.map((o) =>
      `<option value="${o.index}"${o.index === panel.selected ? " selected" : ""}>${esc(o.label)}</option>`).join("")}</select></label>
      <span class="muted">(default: the largest point)</span></p>` : "";
    const figs = s.plots.map((id) => `<figure><figcaption>${esc(byId.get(id)!.title)}</figcaption><div class="chart"><canvas data-plot="${esc(id)}"></canvas></div></figure>`).join("\n");
    return `<h2>${esc(s.title)}</h2>\n${selector}\n<div class="grid">\n${figs}\n</div>`;
  }).join("\n");
  const spec = { plots: m.plots.map((p) => ({ id: p.id, title: p.title, config: p.config })), panels: m.panels, pointData: m.pointData };
  const okCount = input.points.length - failed;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(m.title)}</title>
<style>${CSS}</style>
</head><body>
<h1>${esc(m.title)}</h1>
<p>${okCount} point${okCount === 1 ? "" : "s"} ok${failed ? `, <strong>${failed} failed</strong>` : ""}; ${m.plots.length} plot${m.plots.length === 1 ? "" : "s"}.
${m.x.key ? `x axis: <code>${esc(m.x.key)}</code>.` : ""}</p>
${sections}
<h2>Points</h2>
${summaryTable(m)}
<h2>Configuration</h2>
<details><summary>base configuration</summary><pre>${esc(JSON.stringify(input.baseConfig, null, 2))}</pre></details>
<script id="irqscale-spec" type="application/json">${scriptJson(spec)}</script>
<script>${chartJsSource()}</script>
<script>${CLIENT}</script>
</body></html>
`;
}

/** Writes DIR/report.html (or `out`) for a sweep or run directory; returns its path. */
export function writeReport(dir: string, out = join(dir, "report.html")): string {
  const html = renderReport(loadReportInput(dir));
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, html);
  renameSync(tmp, out);
  return out;
}
