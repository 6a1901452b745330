// Every plot of a report, decided from its input alone: headline metrics against the swept key (with
// error bars from replications), per mode where the time goes, interrupts by kind, exits and
// contention against the swept key, and a per-CPU view of one point at a time (bars while they fit,
// heatmaps past that). Each data element carries the point it came from, so a test can hold it
// against that point's result.
import { valueAt } from "../../config/resolve.js";
import {
  byKind,
  cpusOf,
  exitsOf,
  KIND_ORDER,
  meanShares,
  perUnitOf,
  perVectorOf,
  rolesOf,
  ROLE_VCPU0,
  ROLE_VCPUS,
  SATURATED,
  spread,
  statOf,
  unitsOf,
  vcpuIrqsOf,
  vectorKind,
  vectorLabel,
  type Unit,
} from "./extract.js";
import { fmtValue, isObj, MODE_KEY, num, type Json, type ReportInput, type ReportPoint } from "./input.js";

export interface ChartData {
  labels?: unknown[];
  datasets: Record<string, unknown>[];
}
export interface ChartConfig {
  type: string;
  data: ChartData;
  options: Record<string, unknown>;
}
/** A plot of the page: one chart, one canvas. `heat`: a matrix chart the page colours by each cell's v. */
export interface PlotDecl {
  id: string;
  title: string;
  section: string;
  caption?: string;
  config: ChartConfig;
  heat?: { max: number; unit: string };
  /** Plots fed by a panel's point selector: the panel and which part of the point's data. */
  panel?: string;
  part?: PanelPart;
  /** The point a single-point plot draws (panels: the one selected by default). */
  point?: number;
}

export type PanelPart = "roles" | "share" | "irq" | "vectors" | "exits" | "locks" | "handoffs";

/** A per-mode block of plots fed from one point at a time (a selector picks it). */
export interface Panel {
  id: string;
  /** The mode (or model) the panel shows. */
  title: string;
  section: string;
  mode: string | null;
  options: { index: number; label: string }[];
  selected: number;
  parts: PanelPart[];
  /** Whether per-CPU plots are heatmaps (the largest point has more CPUs than bars fit). */
  heat: boolean;
}

export interface XAxis {
  key: string | null;
  numeric: boolean;
}

export interface Kpi {
  label: string;
  path: string;
  value: number;
  ci: [number, number] | null;
  n: number | null;
}

export interface ReportModel {
  title: string;
  input: ReportInput;
  x: XAxis;
  sections: { title: string; plots: string[]; note?: string }[];
  panels: Panel[];
  plots: PlotDecl[];
  /** point index -> panel part -> chart data (for the selectors). */
  pointData: Record<number, Partial<Record<PanelPart, ChartData>>>;
  /** A single run: its headline figures as a table instead of one-dot plots. */
  kpis: Kpi[] | null;
  /** Per point: the busiest core and the costliest contention unit. */
  limits: { point: number; label: string; core: string; unit: string; flagged: boolean }[];
  warnings: { point: number; text: string }[];
}

/** More CPUs than this in one chart and the per-CPU plots become heatmaps. */
export const BAR_LIMIT = 32;
const TOP_UNITS = 12;
const TOP_VECTORS = 16;
const TOP_UNITS_VS_X = 6;

const PALETTE = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#ff7f0e",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#7f7f7f",
];
const STATE_ORDER = [
  "app",
  "hardirq",
  "softirq",
  "ksoftirqd",
  "exit",
  "spin",
  "locked",
  "stolen",
  "guest",
  "vhost",
  "hostRx",
  "kworker",
  "qemu",
];
const STATE_COLOR: Record<string, string> = {
  app: "#2ca02c",
  hardirq: "#d62728",
  softirq: "#ff7f0e",
  ksoftirqd: "#bcbd22",
  exit: "#9467bd",
  spin: "#e6007e",
  locked: "#a50026",
  guest: "#1f77b4",
  vhost: "#17becf",
  hostRx: "#8c564b",
  kworker: "#e377c2",
  qemu: "#7b2d26",
  stolen: "#393b79",
  idle: "#e4e4e4",
};
/** For states the list above does not know: none of these is in STATE_COLOR. */
const EXTRA_COLORS = [
  "#637939",
  "#8c6d31",
  "#843c39",
  "#7b4173",
  "#5254a3",
  "#b5cf6b",
  "#e7ba52",
  "#ad494a",
  "#a55194",
  "#6b6ecf",
];
const KIND_COLOR: Record<string, string> = {
  "device SPI": "#d62728",
  "device LPI": "#1f77b4",
  IPI: "#ff7f0e",
  maintenance: "#9467bd",
  PPI: "#8c564b",
  other: "#7f7f7f",
};
const ROLE_COLOR = ["#d62728", "#1f77b4", "#17becf", "#8c564b", "#9467bd", "#2ca02c"];
const FLAG_COLOR = "#d62728",
  GROWING_COLOR = "#ff7f0e",
  UNIT_COLOR = "#1f77b4";
const unitColor = (u: Unit): string =>
  u.utilisation > SATURATED ? FLAG_COLOR : u.stationary ? UNIT_COLOR : GROWING_COLOR;

const r3 = (v: number): number => Math.round(v * 1e3) / 1e3;
const pct = (share: number): number => Math.round(share * 1e5) / 1e3;

function stateOrder(states: Set<string>): string[] {
  return [
    ...STATE_ORDER.filter((s) => states.has(s)),
    ...[...states].filter((s) => !STATE_ORDER.includes(s) && s !== "idle").sort(),
    ...(states.has("idle") ? ["idle"] : []),
  ];
}
function stateColors(order: string[]): Record<string, string> {
  let extra = 0;
  return Object.fromEntries(order.map((s) => [s, STATE_COLOR[s] ?? EXTRA_COLORS[extra++ % EXTRA_COLORS.length]!]));
}

export function modeOf(p: ReportPoint): string | null {
  const m = p.values[MODE_KEY] ?? valueAt(p.result, `config.${MODE_KEY}`);
  return typeof m === "string" ? m : null;
}

/** The swept key plotted on x: the first varied key other than the mode, numeric preferred. */
function chooseX(input: ReportInput, ok: ReportPoint[]): XAxis {
  const varied = input.vary.filter((a) => a.values.length > 1).map((a) => a.key);
  const numeric = (k: string): boolean => ok.length > 0 && ok.every((p) => typeof p.values[k] === "number");
  const key =
    varied.find((k) => k !== MODE_KEY && numeric(k)) ??
    varied.find((k) => k !== MODE_KEY) ??
    (varied.includes(MODE_KEY) ? MODE_KEY : null);
  return { key, numeric: key !== null && numeric(key) };
}

/** Series label of a point: the mode, then every other varied key except x. */
function seriesOf(input: ReportInput, x: XAxis, p: ReportPoint, withMode = true): string {
  const varied = input.vary.filter((a) => a.values.length > 1).map((a) => a.key);
  const parts: string[] = [];
  const mode = modeOf(p);
  if (withMode && mode !== null && x.key !== MODE_KEY) parts.push(`${MODE_KEY}=${mode}`);
  for (const k of varied) if (k !== x.key && k !== MODE_KEY) parts.push(`${k}=${fmtValue(p.values[k])}`);
  return parts.join(", ") || input.model;
}

function xOf(x: XAxis, p: ReportPoint): unknown {
  return x.key === null ? p.name : x.key in p.values ? p.values[x.key] : valueAt(p.result, `config.${x.key}`);
}

function sortByX(x: XAxis, pts: ReportPoint[]): ReportPoint[] {
  return x.numeric ? [...pts].sort((a, b) => (xOf(x, a) as number) - (xOf(x, b) as number) || a.index - b.index) : pts;
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(x);
  }
  return m;
}

const legend = { legend: { display: true, position: "bottom" } };
const base = { animation: false, responsive: true, maintainAspectRatio: false };

function xScale(x: XAxis, stackedBars = false): Record<string, unknown> {
  return stackedBars
    ? { type: "category", stacked: true, title: { display: true, text: x.key ?? "point" } }
    : { type: x.numeric ? "linear" : "category", title: { display: true, text: x.key ?? "point" } };
}

/** A headline metric against x, one line per series; error bars (95% CI) where the result has stats. */
function metricVsX(input: ReportInput, x: XAxis, ok: ReportPoint[], path: string, yTitle: string): ChartConfig {
  const withStats = ok.some((p) => statOf(p.result, path) !== null);
  const groups = groupBy(ok, (p) => seriesOf(input, x, p));
  const labels = x.numeric ? undefined : [...new Set(ok.map((p) => fmtValue(xOf(x, p))))];
  const datasets = [...groups.entries()].map(([label, pts], i) => {
    const color = PALETTE[i % PALETTE.length]!;
    return {
      label,
      borderColor: color,
      backgroundColor: color,
      pointRadius: 4,
      borderWidth: 2,
      spanGaps: true,
      ...(withStats ? { errorBarColor: color, errorBarWhiskerColor: color, errorBarWhiskerSize: 8 } : {}),
      data: sortByX(x, pts).map((p) => {
        const s = statOf(p.result, path);
        const y = s ? s.mean : num(valueAt(p.result, path));
        return {
          x: x.numeric ? xOf(x, p) : fmtValue(xOf(x, p)),
          y,
          point: p.index,
          ...(withStats && s ? { yMin: s.lo, yMax: s.hi } : {}),
        };
      }),
    };
  });
  return {
    type: withStats ? "lineWithErrorBars" : "line",
    data: { ...(labels ? { labels } : {}), datasets },
    options: {
      ...base,
      plugins: legend,
      scales: { x: xScale(x), y: { beginAtZero: true, title: { display: true, text: yTitle } } },
    },
  };
}

/** Stacked bars against x (one bar per point of a mode), one dataset per component. */
function stackedVsX(
  x: XAxis,
  pts: ReportPoint[],
  components: string[],
  colors: Record<string, string>,
  value: (p: ReportPoint, c: string) => number | null,
  yTitle: string,
  max?: number,
): ChartConfig {
  const sorted = sortByX(x, pts);
  const labels = sorted.map((p) => fmtValue(xOf(x, p)));
  return {
    type: "bar",
    data: {
      labels,
      datasets: components.map((c) => ({
        label: c,
        stack: "s",
        backgroundColor: colors[c],
        data: sorted.map((p, i) => ({ x: labels[i], y: value(p, c), point: p.index })),
      })),
    },
    options: {
      ...base,
      plugins: legend,
      scales: {
        x: xScale(x, true),
        y: {
          stacked: true,
          beginAtZero: true,
          ...(max !== undefined ? { max } : {}),
          title: { display: true, text: yTitle },
        },
      },
    },
  };
}

/** sweep.json's paired ratios of `path` (each mode against the baseline) against x, one line per mode. */
function ratioVsX(input: ReportInput, x: XAxis, path: string): { config: ChartConfig; baseline: string } | null {
  const rs = input.ratios!;
  const list = Array.isArray(rs.ratios) ? rs.ratios.filter(isObj) : [];
  const byPoint = new Map(input.points.map((p) => [p.index, p]));
  const rows = list.flatMap((e) => {
    const m = isObj(e.metrics) ? e.metrics[path] : undefined;
    const p = byPoint.get(num(e.point) ?? -1);
    if (!isObj(m) || num(m.mean) === null || !p) return [];
    const ci = Array.isArray(m.ci95) ? [num(m.ci95[0]), num(m.ci95[1])] : [null, null];
    return [{ p, mode: String(e.mode), mean: num(m.mean)!, lo: ci[0] ?? null, hi: ci[1] ?? null }];
  });
  if (rows.length === 0) return null;
  const withCi = rows.some((r) => r.lo !== null && r.hi !== null);
  const groups = groupBy(rows, (r) =>
    [`${String(rs.key)}=${r.mode}`, seriesOf(input, x, r.p, false)].filter((s) => s !== input.model).join(", "),
  );
  const labels = x.numeric ? undefined : [...new Set(rows.map((r) => fmtValue(xOf(x, r.p))))];
  const datasets = [...groups.entries()].map(([label, rs2], i) => {
    const color = PALETTE[(i + 1) % PALETTE.length]!;
    const sorted = x.numeric ? [...rs2].sort((a, b) => (xOf(x, a.p) as number) - (xOf(x, b.p) as number)) : rs2;
    return {
      label,
      borderColor: color,
      backgroundColor: color,
      pointRadius: 4,
      borderWidth: 2,
      spanGaps: true,
      ...(withCi ? { errorBarColor: color, errorBarWhiskerColor: color, errorBarWhiskerSize: 8 } : {}),
      data: sorted.map((r) => ({
        x: x.numeric ? xOf(x, r.p) : fmtValue(xOf(x, r.p)),
        y: r.mean,
        point: r.p.index,
        ...(withCi && r.lo !== null && r.hi !== null ? { yMin: r.lo, yMax: r.hi } : {}),
      })),
    };
  });
  return {
    baseline: String(rs.baseline),
    config: {
      type: withCi ? "lineWithErrorBars" : "line",
      data: { ...(labels ? { labels } : {}), datasets },
      options: {
        ...base,
        plugins: legend,
        scales: { x: xScale(x), y: { beginAtZero: true, title: { display: true, text: "ratio" } } },
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Per-point parts

function rolesData(r: Json): ChartData {
  const cpus = cpusOf(r);
  const roles = rolesOf(cpus);
  const byRole = roles.map((role) => meanShares(cpus.filter((c) => c.role === role)));
  const states = new Set<string>();
  for (const s of byRole) for (const [k, v] of Object.entries(s)) if (v > 0) states.add(k);
  const order = stateOrder(states),
    colors = stateColors(order);
  const n = (role: string): number => cpus.filter((c) => c.role === role).length;
  return {
    labels: roles.map((role) => (n(role) > 1 || role !== ROLE_VCPU0 ? `${role} (${n(role)}, mean)` : role)),
    datasets: order.map((s) => ({
      label: s,
      stack: "share",
      backgroundColor: colors[s],
      data: byRole.map((sh) => pct(sh[s] ?? 0)),
    })),
  };
}

function shareData(r: Json, heat: boolean): ChartData {
  const cpus = cpusOf(r);
  const states = new Set<string>();
  for (const c of cpus) for (const [s, v] of Object.entries(c.shares)) if (v > 0 || heat) states.add(s);
  const order = stateOrder(states),
    colors = stateColors(order);
  if (heat) {
    return {
      labels: cpus.map((c) => c.id),
      datasets: [
        {
          label: "% of time",
          yLabels: order,
          data: cpus.flatMap((c) => order.map((s) => ({ x: c.id, y: s, v: pct(c.shares[s] ?? 0) }))),
        },
      ],
    };
  }
  return {
    labels: cpus.map((c) => c.id),
    datasets: order.map((s) => ({
      label: s,
      stack: "share",
      backgroundColor: colors[s],
      data: cpus.map((c) => pct(c.shares[s] ?? 0)),
    })),
  };
}

function irqData(r: Json, heat: boolean): ChartData {
  const rows = vcpuIrqsOf(r);
  const split = rows.some((x) => x.byKind !== null);
  const kinds = split ? KIND_ORDER.filter((k) => rows.some((x) => (x.byKind?.[k] ?? 0) > 0)) : ["all kinds"];
  const value = (x: (typeof rows)[number], k: string): number => (split ? (x.byKind?.[k] ?? 0) : x.total);
  if (heat) {
    return {
      labels: rows.map((x) => x.id),
      datasets: [
        {
          label: "interrupts",
          yLabels: kinds,
          data: rows.flatMap((x) => kinds.map((k) => ({ x: x.id, y: k, v: value(x, k) }))),
        },
      ],
    };
  }
  return {
    labels: rows.map((x) => x.id),
    datasets: kinds.map((k) => ({
      label: k,
      stack: "irq",
      backgroundColor: KIND_COLOR[k] ?? "#d62728",
      data: rows.map((x) => value(x, k)),
    })),
  };
}

function vectorsData(r: Json): ChartData {
  const vec = Object.entries(perVectorOf(r)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = vec.slice(0, TOP_VECTORS);
  const rest = vec.slice(TOP_VECTORS).reduce((s, [, n]) => s + n, 0);
  const labels = [
    ...top.map(([v]) => `${vectorLabel(v)} · ${vectorKind(v)}`),
    ...(rest > 0 ? [`${vec.length - TOP_VECTORS} more vectors`] : []),
  ];
  return {
    labels,
    datasets: [
      {
        label: "interrupts",
        backgroundColor: [...top.map(([v]) => KIND_COLOR[vectorKind(v)]!), ...(rest > 0 ? ["#bbbbbb"] : [])],
        data: [...top.map(([, n]) => n), ...(rest > 0 ? [rest] : [])],
      },
    ],
  };
}

function exitsData(r: Json): ChartData {
  const per = perUnitOf(r);
  const ex = Object.entries(exitsOf(r)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    labels: ex.map(([k]) => k),
    datasets: [
      {
        label: per ? `exits per ${per.unit}` : "exits",
        backgroundColor: "#9467bd",
        data: ex.map(([, n]) => r3(per ? n / per.n : n)),
      },
    ],
  };
}

function unitLabel(u: Unit): string {
  const flag = `${u.utilisation > SATURATED ? " ⚠ >90%" : ""}${u.stationary ? "" : " ⚠ wait grows"}`;
  const alg = u.algorithm ? ` [${u.algorithm}]` : "";
  return `${u.name}${alg}${flag} · ${u.waiting >= 0.01 ? `${u.waiting.toPrecision(3)} waiting` : "no wait"}`;
}

function locksData(r: Json): ChartData {
  const units = unitsOf(r).slice(0, TOP_UNITS);
  const anySpin = units.some((u) => u.spinning !== null && u.spinning > 0);
  return {
    labels: units.map(unitLabel),
    datasets: [
      {
        label: "utilisation (%)",
        backgroundColor: units.map(unitColor),
        data: units.map((u) => pct(u.utilisation)),
      },
      ...(anySpin
        ? [
            {
              label: "spinning (% of one core)",
              backgroundColor: STATE_COLOR.spin,
              data: units.map((u) => pct(u.spinning ?? 0)),
            },
          ]
        : []),
    ],
  };
}

function handoffsData(r: Json): ChartData {
  const units = unitsOf(r)
    .filter((u) => u.transfers && Object.keys(u.transfers).length > 0)
    .slice(0, TOP_UNITS);
  const classes = [...new Set(units.flatMap((u) => Object.keys(u.transfers!)))];
  return {
    labels: units.map((u) => u.name),
    datasets: classes.map((c, i) => ({
      label: c,
      stack: "h",
      backgroundColor: PALETTE[i % PALETTE.length],
      data: units.map((u) => u.transfers![c] ?? 0),
    })),
  };
}

const hasShare = (r: Json | undefined): boolean => cpusOf(r).length > 0;
const HAS: Record<PanelPart, (r: Json) => boolean> = {
  roles: hasShare,
  share: hasShare,
  irq: (r) => vcpuIrqsOf(r).length > 0,
  vectors: (r) => Object.keys(perVectorOf(r)).length > 0,
  exits: (r) => Object.keys(exitsOf(r)).length > 0,
  locks: (r) => unitsOf(r).length > 0,
  handoffs: (r) => unitsOf(r).some((u) => u.transfers !== null && Object.keys(u.transfers).length > 0),
};
const PARTS = Object.keys(HAS) as PanelPart[];

function partData(part: PanelPart, r: Json, heat: boolean): ChartData {
  switch (part) {
    case "roles":
      return rolesData(r);
    case "share":
      return shareData(r, heat);
    case "irq":
      return irqData(r, heat);
    case "vectors":
      return vectorsData(r);
    case "exits":
      return exitsData(r);
    case "locks":
      return locksData(r);
    case "handoffs":
      return handoffsData(r);
  }
}

function partTitle(part: PanelPart, heat: boolean, r: Json): string {
  const per = perUnitOf(r);
  switch (part) {
    case "roles":
      return "Time share by role (% of time, mean over the role's CPUs)";
    case "share":
      return heat
        ? "Per-CPU time share (heatmap: % of time by state)"
        : "Per-CPU time share (% of time, stacked by state)";
    case "irq": {
      const split = vcpuIrqsOf(r).some((v) => v.byKind !== null);
      const what = split ? (heat ? " (heatmap by kind)" : ", stacked by kind") : heat ? " (heatmap)" : "";
      return `Interrupts per vCPU${what}`;
    }
    case "vectors":
      return `Interrupts by vector (top ${TOP_VECTORS}, coloured by kind)`;
    case "exits":
      return per ? `Exits per ${per.unit} by reason` : "Exits by reason";
    case "locks":
      return (
        `Top contention units by cost (mean waiting contenders): red above ${SATURATED * 100}% utilised, ` +
        "orange: wait grows through the window"
      );
    case "handoffs":
      return "Lock handoffs by distance class";
  }
}

function partConfig(part: PanelPart, data: ChartData, heat: boolean, bars: number): ChartConfig {
  const ticks = { autoSkip: bars > 100, maxRotation: 90 };
  if (heat && (part === "share" || part === "irq")) {
    const ds = data.datasets[0]!;
    return {
      type: "matrix",
      data,
      options: {
        ...base,
        plugins: { legend: { display: false } },
        scales: {
          x: {
            type: "category",
            labels: data.labels,
            offset: true,
            grid: { display: false },
            ticks: { autoSkip: true, maxRotation: 90 },
          },
          y: { type: "category", labels: ds.yLabels, offset: true, reverse: false, grid: { display: false } },
        },
      },
    };
  }
  const hbar = part === "vectors" || part === "exits" || part === "locks" || part === "handoffs";
  const stacked = part === "share" || part === "roles" || part === "irq" || part === "handoffs";
  const valueAxis = {
    beginAtZero: true,
    ...(stacked ? { stacked: true } : {}),
    ...(part === "share" || part === "roles" ? { max: 100 } : {}),
    title: {
      display: true,
      text:
        part === "share" || part === "roles"
          ? "% of time"
          : part === "locks"
            ? "%"
            : part === "handoffs"
              ? "handoffs"
              : part === "irq"
                ? "interrupts"
                : ((data.datasets[0]?.label as string) ?? ""),
    },
  };
  const catAxis = { ...(stacked ? { stacked: true } : {}), ticks: hbar ? { autoSkip: false } : ticks };
  return {
    type: "bar",
    data,
    options: {
      ...base,
      ...(hbar ? { indexAxis: "y" } : {}),
      datasets: { bar: { maxBarThickness: hbar ? 28 : 60 } },
      plugins: { legend: { display: data.datasets.length > 1, position: "bottom" } },
      scales: hbar ? { x: valueAxis, y: catAxis } : { x: catAxis, y: valueAxis },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The report

const HEADLINE: [string, string, string][] = [
  ["throughput.requestsPerSec", "Throughput (requests/s)", "requests/s"],
  ["latencyUs.p99", "p99 latency (µs)", "p99 latency (µs)"],
  ["lpi.injectedPerSec", "LPIs injected per second", "LPIs/s"],
];
const SIMULATOR: [string, string, string][] = [
  ["events", "Events handled", "events"],
  ["wallMs", "Wall time (ms)", "wall ms"],
];

function pointLabel(input: ReportInput, p: ReportPoint): string {
  const kv = input.vary.map((a) => `${a.key}=${fmtValue(p.values[a.key])}`).join(", ");
  return `#${p.index}${kv ? ` ${kv}` : ""}`;
}

/** The headline figures of a single run: every numeric field of throughput, latencyUs and lpi. */
function kpisOf(r: Json): Kpi[] {
  const out: Kpi[] = [];
  const statSections =
    isObj(r.stats) && isObj(r.stats.metrics) ? Object.keys(r.stats.metrics).map((k) => k.split(".")[0]!) : [];
  for (const sec of [...new Set(["throughput", "latencyUs", "lpi", ...statSections])]) {
    const o = r[sec];
    if (typeof o !== "object" || o === null) continue;
    for (const [k, v] of Object.entries(o)) {
      const path = `${sec}.${k}`,
        value = num(v);
      if (value === null) continue;
      const s = statOf(r, path);
      out.push({ label: path, path, value: s ? s.mean : value, ci: s ? [s.lo, s.hi] : null, n: s?.n ?? null });
    }
  }
  for (const path of ["events", "wallMs"]) {
    const value = num(r[path]);
    if (value !== null) out.push({ label: path, path, value, ci: null, n: null });
  }
  return out;
}

function limitsOf(input: ReportInput, ok: ReportPoint[]): ReportModel["limits"] {
  return ok.map((p) => {
    const cpus = cpusOf(p.result).filter((c) => c.role !== "vCPU cores");
    const busiest = cpus.reduce<(typeof cpus)[number] | null>((b, c) => (b === null || c.busy > b.busy ? c : b), null);
    const top = (s: Record<string, number>): string =>
      Object.entries(s)
        .filter(([k]) => k !== "idle")
        .sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
    const u = unitsOf(p.result)[0];
    const sat = unitsOf(p.result).find((x) => x.utilisation > SATURATED);
    const unit = sat ?? u;
    return {
      point: p.index,
      label: pointLabel(input, p),
      core: busiest
        ? `${busiest.id} (${busiest.role}) ${pct(busiest.busy).toFixed(1)}% busy, most in ${top(busiest.shares)}`
        : "",
      unit: unit
        ? `${unit.name} ${pct(unit.utilisation).toFixed(1)}% utilised, ${unit.waiting.toFixed(2)} waiting`
        : "",
      flagged: sat !== undefined,
    };
  });
}

/** Decides every plot of the report from its input. */
export function planReport(input: ReportInput): ReportModel {
  const ok = input.points.filter((p) => p.status === "ok" && p.result);
  const x = chooseX(input, ok);
  const plots: PlotDecl[] = [];
  const sections: ReportModel["sections"] = [];
  const add = (p: PlotDecl): void => {
    plots.push(p);
    let s = sections.find((z) => z.title === p.section);
    if (!s) sections.push((s = { title: p.section, plots: [] }));
    s.plots.push(p.id);
  };
  const xName = x.key ?? "point";
  const single = ok.length === 1;
  const anyAt = (path: string): boolean => ok.some((p) => num(valueAt(p.result, path)) !== null);
  if (!single) {
    for (const [path, title, y] of HEADLINE)
      if (anyAt(path))
        add({
          id: path.replace(/\W+/g, "-"),
          section: "Throughput and latency",
          title: `${title} vs ${xName}`,
          config: metricVsX(input, x, ok, path, y),
          ...(ok.some((p) => statOf(p.result, path))
            ? { caption: "error bars: 95% confidence interval of the replications" }
            : {}),
        });
  }

  if (!single && input.ratios && x.key !== null && x.key !== input.ratios.key) {
    for (const [path, title] of HEADLINE) {
      const c = ratioVsX(input, x, path);
      if (c)
        add({
          id: `ratio-${path.replace(/\W+/g, "-")}`,
          section: "Throughput and latency",
          config: c.config,
          title: `${title}: ratio to ${String(input.ratios.key)}=${c.baseline} vs ${xName}`,
          ...(c.config.type === "lineWithErrorBars"
            ? { caption: "paired over the replications' seeds; error bars: 95% CI" }
            : {}),
        });
    }
  }

  // Per mode (or per series without a mode) across the sweep.
  const modes = [...new Set(ok.map(modeOf))];
  const modeName = (m: string | null): string => (m === null ? input.model : `${MODE_KEY}=${m}`);
  const acrossX = !single && x.key !== null && x.key !== MODE_KEY;
  // Per-mode plots are laid out type by type, the modes side by side.
  const byType = new Map<string, PlotDecl[]>();
  const addTyped = (type: string, p: PlotDecl): void => {
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type)!.push(p);
  };
  if (acrossX)
    modes.forEach((mode, mi) => {
      const groups = groupBy(
        ok.filter((p) => modeOf(p) === mode),
        (p) => seriesOf(input, x, p, false),
      );
      [...groups.entries()].forEach(([series, pts], gi) => {
        if (pts.length < 2 || !pts.some((p) => hasShare(p.result))) return;
        const name = groups.size > 1 ? `${modeName(mode)}, ${series}` : modeName(mode);
        const id = `m${mi}${groups.size > 1 ? `g${gi}` : ""}`;
        const states = new Set<string>();
        for (const p of pts) for (const c of cpusOf(p.result)) for (const s of Object.keys(c.shares)) states.add(s);
        const order = stateOrder(states),
          colors = stateColors(order);
        const roleShare =
          (role: string) =>
          (p: ReportPoint, s: string): number | null => {
            const cs = cpusOf(p.result).filter((c) => c.role === role);
            return cs.length > 0 ? pct(meanShares(cs)[s] ?? 0) : null;
          };
        /** The states a role spends time in somewhere in the sweep. */
        const statesOf = (role: string): string[] =>
          order.filter((s) => pts.some((p) => (roleShare(role)(p, s) ?? 0) > 0));
        const where = "Where the time goes";
        if (pts.some((p) => cpusOf(p.result).some((c) => c.role === ROLE_VCPU0)))
          addTyped("vcpu0", {
            id: `${id}-vcpu0`,
            section: where,
            title: `${name}: vCPU0's time by state vs ${xName} (%)`,
            config: stackedVsX(x, pts, statesOf(ROLE_VCPU0), colors, roleShare(ROLE_VCPU0), "% of time", 100),
          });
        if (pts.some((p) => cpusOf(p.result).some((c) => c.role === ROLE_VCPUS)))
          addTyped("vcpus", {
            id: `${id}-vcpus`,
            section: where,
            title: `${name}: other vCPUs' mean time by state vs ${xName} (%)`,
            config: stackedVsX(x, pts, statesOf(ROLE_VCPUS), colors, roleShare(ROLE_VCPUS), "% of time", 100),
          });
        const roles = [...new Set(pts.flatMap((p) => rolesOf(cpusOf(p.result))))];
        const sorted = sortByX(x, pts);
        addTyped("busy", {
          id: `${id}-busy`,
          section: where,
          caption: "line: mean over the role's CPUs; whiskers: min to max",
          title: `${name}: busy by role vs ${xName} (%)`,
          config: {
            type: "lineWithErrorBars",
            data: {
              datasets: roles.map((role, i) => {
                const color = ROLE_COLOR[i % ROLE_COLOR.length]!;
                return {
                  label: role,
                  borderColor: color,
                  backgroundColor: color,
                  errorBarColor: color,
                  errorBarWhiskerColor: color,
                  errorBarWhiskerSize: 8,
                  pointRadius: 3,
                  borderWidth: 2,
                  spanGaps: true,
                  data: sorted.flatMap((p) => {
                    const s = spread(
                      cpusOf(p.result)
                        .filter((c) => c.role === role)
                        .map((c) => c.busy),
                    );
                    return s
                      ? [
                          {
                            x: x.numeric ? xOf(x, p) : fmtValue(xOf(x, p)),
                            y: pct(s.mean),
                            yMin: pct(s.min),
                            yMax: pct(s.max),
                            point: p.index,
                          },
                        ]
                      : [];
                  }),
                };
              }),
            },
            options: {
              ...base,
              plugins: legend,
              scales: { x: xScale(x), y: { beginAtZero: true, max: 100, title: { display: true, text: "% busy" } } },
            },
          },
        });
        const unitOfPts = perUnitOf(pts[0]!.result)?.unit ?? "request";
        if (pts.some((p) => Object.keys(perVectorOf(p.result)).length > 0)) {
          const kinds = KIND_ORDER.filter((k) => pts.some((p) => (byKind(perVectorOf(p.result))[k] ?? 0) > 0));
          addTyped("irqkinds", {
            id: `${id}-irqkinds`,
            section: "Interrupts",
            title: `${name}: interrupts per ${unitOfPts} by kind vs ${xName}`,
            config: stackedVsX(
              x,
              pts,
              kinds,
              KIND_COLOR,
              (p, k) => {
                const per = perUnitOf(p.result);
                return per ? r3((byKind(perVectorOf(p.result))[k] ?? 0) / per.n) : null;
              },
              `interrupts per ${unitOfPts}`,
            ),
          });
        }
        if (pts.some((p) => Object.keys(exitsOf(p.result)).length > 0)) {
          const reasons = [...new Set(pts.flatMap((p) => Object.keys(exitsOf(p.result))))].sort();
          // One colour per reason across every mode's plot.
          const all = [...new Set(ok.flatMap((p) => Object.keys(exitsOf(p.result))))].sort();
          const colorsR = Object.fromEntries(all.map((k, i) => [k, PALETTE[i % PALETTE.length]!]));
          addTyped("exits", {
            id: `${id}-exits`,
            section: "Exits",
            title: `${name}: exits per ${unitOfPts} by reason vs ${xName}`,
            config: stackedVsX(
              x,
              pts,
              reasons,
              colorsR,
              (p, k) => {
                const per = perUnitOf(p.result);
                return per ? r3((exitsOf(p.result)[k] ?? 0) / per.n) : null;
              },
              `exits per ${unitOfPts}`,
            ),
          });
        }
        if (pts.some((p) => unitsOf(p.result).length > 0)) {
          // The units that cost most at some point of the sweep, and every one that is saturated at some point.
          const best = new Map<string, Unit>();
          for (const p of pts)
            for (const u of unitsOf(p.result)) {
              const b = best.get(u.name);
              if (!b || u.waiting > b.waiting || (u.waiting === b.waiting && u.utilisation > b.utilisation))
                best.set(u.name, u);
            }
          const ranked = [...best.values()].sort(
            (a, b) => b.waiting - a.waiting || b.utilisation - a.utilisation || a.name.localeCompare(b.name),
          );
          const names = [
            ...new Set([...ranked.filter((u) => u.utilisation > SATURATED), ...ranked].map((u) => u.name)),
          ].slice(0, TOP_UNITS_VS_X);
          /** One line per unit across the sorted points, its y from `y` (null: no point). */
          type Point = (typeof sorted)[number];
          const unitLines = (units: string[], y: (n: string, p: Point) => number | null, spanGaps: boolean) =>
            units.map((n, i) => {
              const color = PALETTE[i % PALETTE.length]!;
              return {
                label: n, borderColor: color, backgroundColor: color, pointRadius: 3, borderWidth: 2, spanGaps,
                data: sorted.map((p) => ({ x: x.numeric ? xOf(x, p) : fmtValue(xOf(x, p)), y: y(n, p),
                  point: p.index })),
              };
            });
          const labels = sorted.map((p) => fmtValue(xOf(x, p)));
          addTyped("locks", {
            id: `${id}-locks`,
            section: "Contention",
            caption: "the costliest units of the sweep (by mean waiting contenders); dashed: 90%",
            title: `${name}: utilisation of the top contention units vs ${xName} (%)`,
            config: {
              type: "line",
              data: {
                ...(x.numeric ? {} : { labels }),
                datasets: [
                  ...unitLines(names, (n, p) => {
                    const u = unitsOf(p.result).find((z) => z.name === n);
                    return u ? pct(u.utilisation) : 0;
                  }, true),
                  {
                    label: "90% utilised",
                    borderColor: FLAG_COLOR,
                    borderDash: [6, 4],
                    borderWidth: 1,
                    pointRadius: 0,
                    data: sorted.map((p) => ({ x: x.numeric ? xOf(x, p) : fmtValue(xOf(x, p)), y: SATURATED * 100 })),
                  },
                ],
              },
              options: {
                ...base,
                plugins: legend,
                scales: {
                  x: xScale(x),
                  y: { beginAtZero: true, max: 100, title: { display: true, text: "utilisation %" } },
                },
              },
            },
          });
          if (ranked.some((u) => u.waiting > 0))
            addTyped("waits", {
              id: `${id}-waits`,
              section: "Contention",
              caption: "log scale; no point where nothing waits",
              title: `${name}: mean waiting contenders of the top units vs ${xName}`,
              config: {
                type: "line",
                data: {
                  ...(x.numeric ? {} : { labels }),
                  datasets: unitLines(names, (n, p) => {
                    const u = unitsOf(p.result).find((z) => z.name === n);
                    return u && u.waiting > 0 ? u.waiting : null;
                  }, false),
                },
                options: {
                  ...base,
                  plugins: legend,
                  scales: {
                    x: xScale(x),
                    y: { type: "logarithmic", title: { display: true, text: "waiting (mean)" } },
                  },
                },
              },
            });
        }
      });
    });
  for (const type of ["vcpu0", "vcpus", "busy", "irqkinds", "exits", "locks", "waits"])
    for (const p of byType.get(type) ?? []) add(p);

  // Per-point panels: one per mode.
  const pointData: ReportModel["pointData"] = {};
  const panels: Panel[] = [];
  const withCpu = ok.filter((p) => PARTS.some((part) => HAS[part](p.result!)));
  const section = single ? "At this run" : "At one point";
  const byPart = new Map<PanelPart, PlotDecl[]>();
  [...new Set(withCpu.map(modeOf))].forEach((mode, mi) => {
    const pts = withCpu.filter((p) => modeOf(p) === mode);
    const size = (p: ReportPoint): number[] => [
      cpusOf(p.result).length,
      num(valueAt(p.result, "config.vm.vcpus")) ?? 0,
      x.numeric ? (xOf(x, p) as number) : 0,
      p.index,
    ];
    const largest = pts.reduce((best, p) => {
      const a = size(p),
        b = size(best);
      for (let i = 0; i < a.length; i++) if (a[i]! !== b[i]!) return a[i]! > b[i]! ? p : best;
      return best;
    });
    const id = `panel${mi}`;
    // The parts the default point has (so no plot opens empty); the selector feeds the others theirs.
    const parts = PARTS.filter((part) => HAS[part](largest.result!));
    const bars = (part: PanelPart, p: ReportPoint): number =>
      part === "irq" ? vcpuIrqsOf(p.result).length : cpusOf(p.result).length;
    const heat = Math.max(...pts.map((p) => bars("share", p))) > BAR_LIMIT;
    for (const p of pts)
      pointData[p.index] = Object.fromEntries(parts.map((part) => [part, partData(part, p.result!, heat)]));
    panels.push({
      id,
      title: modeName(mode),
      section,
      mode,
      heat,
      parts,
      selected: largest.index,
      options: pts.map((p) => ({ index: p.index, label: pointLabel(input, p) })),
    });
    for (const part of parts) {
      const maxBars = Math.max(...pts.map((p) => bars(part, p)));
      if (!byPart.has(part)) byPart.set(part, []);
      byPart.get(part)!.push({
        id: `${id}-${part}`,
        section,
        panel: id,
        part,
        point: largest.index,
        title: `${single ? "" : `${modeName(mode)}: `}${partTitle(part, heat, largest.result!)}`,
        ...(part === "irq" && !pts.some((p) => vcpuIrqsOf(p.result).some((v) => v.byKind !== null))
          ? { caption: "the result gives each vCPU's total only (no interrupts.perVcpuVector): see the vectors plot" }
          : {}),
        config: partConfig(part, pointData[largest.index]![part]!, heat, maxBars),
        ...(heat && (part === "share" || part === "irq")
          ? { heat: { max: part === "share" ? 100 : 0, unit: part === "share" ? "%" : "" } }
          : {}),
      });
    }
  });

  for (const part of PARTS) for (const p of byPart.get(part) ?? []) add(p);

  if (!single)
    for (const [path, title, y] of SIMULATOR)
      if (anyAt(path))
        add({
          id: path,
          section: "Simulator",
          title: `${title} vs ${xName}`,
          config: metricVsX(input, x, ok, path, y),
        });

  const keys = input.vary.map((a) => a.key);
  const preset = input.preset ? ` (preset ${input.preset})` : "";
  const title =
    input.kind === "sweep"
      ? `irqscale sweep: ${input.model}${preset} over ${keys.join(" × ") || "one point"}`
      : `irqscale run: ${input.model}${preset}`;
  const warnings = ok.flatMap((p) => {
    const w = p.result!.warnings;
    return Array.isArray(w) ? w.map((t) => ({ point: p.index, text: String(t) })) : [];
  });
  return {
    title,
    input,
    x,
    sections,
    panels,
    plots,
    pointData,
    kpis: single ? kpisOf(ok[0]!.result!) : null,
    limits: limitsOf(input, ok),
    warnings,
  };
}
