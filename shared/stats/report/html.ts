// The report page: one self-contained HTML file, Chart.js and its error-bar and matrix (heatmap)
// controllers inlined from node_modules, no network. Plots are declared in a manifest embedded in the
// page (one <canvas data-plot=ID> each) so tests and users can check what each one drew.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { valueAt } from "../../config/resolve.js";
import { unitsOf, SATURATED } from "./extract.js";
import { isObj, MODE_KEY, num, type ReportInput, type ReportPoint } from "./input.js";
import { modeOf, planReport, type ReportModel } from "./plan.js";

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
/** JSON safe inside <script>: no `</script>`, no `<!--`. */
const scriptJson = (v: unknown): string =>
  JSON.stringify(v).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");

/** The browser bundles the page inlines: package, then its UMD file beside the entry `require` resolves. */
const BUNDLES: [string, string][] = [
  ["chart.js", "chart.umd.min.js"],
  ["chartjs-chart-error-bars", "index.umd.min.js"],
  ["chartjs-chart-matrix", "chartjs-chart-matrix.min.js"],
];
let bundleCache: string[] | undefined;
/** Chart.js's UMD bundle and its controllers' from node_modules (read at report time, inlined). */
export function chartJsSources(): string[] {
  if (bundleCache === undefined) {
    const req = createRequire(import.meta.url);
    bundleCache = BUNDLES.map(([pkg, file]) => {
      let entry: string;
      try {
        entry = req.resolve(pkg);
      } catch {
        throw new Error(`the report needs the npm package ${pkg}: it is a dependency of irqscale, run npm ci`);
      }
      return readFileSync(join(dirname(entry), file), "utf8").replace(/<\/script/gi, "<\\/script");
    });
  }
  return bundleCache;
}
/** Chart.js's UMD bundle alone. */
export const chartJsSource = (): string => chartJsSources()[0]!;

const CLIENT = `
(function () {
  var spec = JSON.parse(document.getElementById("irqscale-spec").textContent);
  var state = { plots: spec.plots.map(function (p) { return p.id; }), rendered: [], errors: [], points: {} };
  window.irqscaleReport = state;
  Chart.defaults.animation = false;
  var charts = {};
  function heatColor(v, max) {
    var t = max > 0 ? Math.max(0, Math.min(1, v / max)) : 0;
    // white -> orange -> dark red
    var r = Math.round(255 - t * 90), g = Math.round(255 - t * 235), b = Math.round(255 - t * 245);
    return "rgb(" + r + "," + g + "," + b + ")";
  }
  function heatMax(p, data) {
    if (p.heat.max > 0) return p.heat.max;
    var m = 0;
    data.datasets[0].data.forEach(function (d) { if (d.v > m) m = d.v; });
    return m;
  }
  function prepare(p, data) {
    var cfg = { type: p.config.type, data: JSON.parse(JSON.stringify(data)), options: p.config.options };
    var scales = cfg.options.scales || {};
    Object.keys(scales).forEach(function (k) {
      if (scales[k].type !== "logarithmic") return;
      // Decades and their 2s and 5s, in plain numbers (Chart.js's default shows 500.000 for 500).
      scales[k].ticks = { callback: function (v) {
        var m = v / Math.pow(10, Math.floor(Math.log10(v)) );
        return [1, 2, 5].some(function (d) { return Math.abs(m - d) < 1e-9; }) ? Number(v).toLocaleString("en") : "";
      } };
    });
    if (p.heat) {
      var ds = cfg.data.datasets[0], nx = cfg.data.labels.length, ny = ds.yLabels.length, max = heatMax(p, cfg.data);
      cfg.options = JSON.parse(JSON.stringify(p.config.options));
      cfg.options.scales.x.labels = cfg.data.labels;
      cfg.options.scales.y.labels = ds.yLabels;
      ds.backgroundColor = function (c) { var d = c.dataset.data[c.dataIndex]; return heatColor(d ? d.v : 0, max); };
      ds.borderWidth = 0;
      ds.width = function (c) { var a = c.chart.chartArea; return a ? Math.max(1, a.width / nx - 1) : 1; };
      ds.height = function (c) { var a = c.chart.chartArea; return a ? Math.max(1, a.height / ny - 1) : 1; };
      cfg.options.plugins = { legend: { display: false }, tooltip: { callbacks: {
        title: function (items) { var d = items[0].raw; return d.x + " · " + d.y; },
        label: function (item) { return item.raw.v + " " + p.heat.unit; } } } };
    }
    return cfg;
  }
  function draw(p, data) {
    var canvas = document.querySelector('canvas[data-plot="' + p.id + '"]');
    if (charts[p.id]) charts[p.id].destroy();
    charts[p.id] = new Chart(canvas, prepare(p, data));
  }
  spec.plots.forEach(function (p) {
    try {
      draw(p, p.config.data);
      if (p.point !== undefined) state.points[p.id] = p.point;
      state.rendered.push(p.id);
    } catch (e) { state.errors.push(p.id + ": " + e); console.error("plot " + p.id + ": " + e); }
  });
  spec.panels.forEach(function (panel) {
    var sel = document.getElementById(panel.id + "-select");
    if (!sel) return;
    sel.addEventListener("change", function () {
      var d = spec.pointData[sel.value];
      spec.plots.forEach(function (p) {
        if (p.panel !== panel.id || !d || !d[p.part]) return;
        try { draw(p, d[p.part]); state.points[p.id] = Number(sel.value); }
        catch (e) { state.errors.push(p.id + ": " + e); console.error("plot " + p.id + ": " + e); }
      });
      document.querySelectorAll('[data-panel="' + panel.id + '"]').forEach(function (el) {
        el.hidden = el.getAttribute("data-point") !== sel.value;
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
figcaption small { font-weight: 400; color: #666; }
.chart { position: relative; height: 340px; } .chart.tall { height: 420px; }
table { border-collapse: collapse; font-size: 12px; margin: .4em 0; }
td, th { border: 1px solid #ddd; padding: 2px 6px; text-align: right; }
th { background: #f4f4f4; } td.l, th.l { text-align: left; }
tr.failed td { color: #b00; } tr.flag td { background: #fde8e8; }
pre { background: #f7f7f7; padding: .6em; overflow: auto; max-height: 30em; font-size: 12px; }
.muted { color: #777; } .warn { background: #fff4e0; border-left: 4px solid #e69500; padding: .4em .8em; }
`;

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? "" : "s"}`;

export function cell(v: unknown, digits = 3): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toPrecision(digits + 2).replace(/\.?0+$/, "");
  return typeof v === "string" ? v : JSON.stringify(v);
}

function table(head: [string, boolean][], rows: { cells: string[]; cls?: string }[], attrs = ""): string {
  const th = head.map(([h, l]) => `<th${l ? ' class="l"' : ""}>${esc(h)}</th>`).join("");
  const tr = rows
    .map(
      (r) =>
        `<tr${r.cls ? ` class="${r.cls}"` : ""}>${r.cells
          .map((c, i) => `<td${head[i]?.[1] ? ' class="l"' : ""}>${c}</td>`)
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table${attrs}><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

function summaryTable(m: ReportModel): string {
  const keys = m.input.vary.map((a) => a.key);
  const showMode = !keys.includes(MODE_KEY) && m.input.points.some((p) => modeOf(p) !== null);
  const drops = (r: Record<string, unknown> | undefined): number | undefined => {
    const d = r?.drops;
    return isObj(d) ? Object.values(d).reduce<number>((s, v) => s + (num(v) ?? 0), 0) : undefined;
  };
  type Col = [string, (p: ReportPoint) => unknown, boolean];
  const cols: Col[] = [
    ["point", (p) => p.index, false],
    ...keys.map((k): Col => [k, (p) => p.values[k], true]),
    ...(showMode ? [[MODE_KEY, (p: ReportPoint) => modeOf(p), true] as Col] : []),
    ["requests/s", (p) => valueAt(p.result, "throughput.requestsPerSec"), false],
    ["LPIs/s", (p) => valueAt(p.result, "lpi.injectedPerSec"), false],
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
  const used = cols.filter(
    ([h, f]) => always.has(h) || keys.includes(h) || h === MODE_KEY || m.input.points.some((p) => cell(f(p)) !== ""),
  );
  return table(
    used.map(([h, , l]) => [h, l]),
    m.input.points.map((p) => ({
      ...(p.status === "ok" ? {} : { cls: "failed" }),
      cells: used.map(([h, f]) => {
        const v = cell(f(p));
        return h === "result" && p.status === "ok" ? `<a href="${esc(v)}">${esc(v)}</a>` : esc(v);
      }),
    })),
    ' id="points"',
  );
}

function kpiTable(m: ReportModel): string {
  if (!m.kpis) return "";
  const anyCi = m.kpis.some((k) => k.ci);
  return table(
    [
      ["metric", true],
      ["value", false],
      ...(anyCi
        ? ([
            ["95% CI", false],
            ["n", false],
          ] as [string, boolean][])
        : []),
    ],
    m.kpis.map((k) => ({
      cells: [
        esc(k.label),
        esc(cell(k.value)),
        ...(anyCi ? [k.ci ? esc(`${cell(k.ci[0])} – ${cell(k.ci[1])}`) : "", esc(cell(k.n))] : []),
      ],
    })),
    ' id="kpis"',
  );
}

function limitsTable(m: ReportModel): string {
  if (m.limits.every((l) => !l.core && !l.unit)) return "";
  return `<h2>What limits each point</h2>
<p class="muted">The busiest CPU (a vCPU or a host core) and the costliest contention unit (a saturated one first)
of each point.</p>
${table(
  [
    ["point", true],
    ["busiest CPU", true],
    ["contention unit", true],
  ],
  m.limits.map((l) => ({
    ...(l.flagged ? { cls: "flag" } : {}),
    cells: [esc(l.label), esc(l.core), esc(l.unit)],
  })),
  ' id="limits"',
)}`;
}

/** The lock report of one point: every field the result's contention entries have. */
function lockTable(r: Record<string, unknown>): string {
  const units = unitsOf(r).slice(0, 12);
  const us = (ns: number | null): string => (ns === null ? "" : cell(ns / 1000));
  type Col = [string, (u: (typeof units)[number]) => string, boolean, boolean];
  const cols: Col[] = [
    ["unit", (u) => u.name, true, true],
    ["kind", (u) => u.algorithm ?? u.kind, true, true],
    ["acquisitions", (u) => cell(u.acquisitions), false, true],
    ["per s", (u) => cell(u.acquisitionsPerSec), false, units.some((u) => u.acquisitionsPerSec !== null)],
    ["utilisation %", (u) => cell(u.utilisation * 100), false, true],
    ["mean wait µs", (u) => us(u.meanWaitNs), false, true],
    ["p99 wait µs", (u) => us(u.p99WaitNs), false, units.some((u) => u.p99WaitNs !== null)],
    ["mean hold µs", (u) => us(u.meanHoldNs), false, units.some((u) => u.meanHoldNs !== null)],
    ["waiting (mean)", (u) => cell(u.waiting), false, true],
    ["spinning cores", (u) => cell(u.spinning), false, units.some((u) => u.spinning !== null)],
    ["context switches", (u) => cell(u.contextSwitches), false, units.some((u) => u.contextSwitches !== null)],
    [
      "handoffs by distance",
      (u) =>
        u.transfers
          ? Object.entries(u.transfers)
              .map(([k, v]) => `${k} ${v}`)
              .join(", ")
          : "",
      true,
      units.some((u) => u.transfers !== null),
    ],
    ["warning", (u) => u.warning ?? "", true, units.some((u) => u.warning !== null)],
  ];
  const used = cols.filter((c) => c[3]);
  return table(
    used.map(([h, , l]) => [h, l]),
    units.map((u) => ({
      ...(u.utilisation > SATURATED ? { cls: "flag" } : {}),
      cells: used.map(([, f]) => esc(f(u))),
    })),
  );
}

/** Renders the report page of a directory as one self-contained HTML string. */
export function renderReport(input: ReportInput): string {
  const m = planReport(input);
  const byId = new Map(m.plots.map((p) => [p.id, p]));
  const failed = input.points.filter((p) => p.status !== "ok").length;
  const sections = m.sections
    .map((s) => {
      const panels = m.panels.filter((p) => p.section === s.title);
      const selector = panels
        .map((panel) =>
          panel.options.length < 2
            ? ""
            : `<p><label>${esc(panel.title)}: <select id="${panel.id}-select">${panel.options
                .map((o) => {
                  const sel = o.index === panel.selected ? " selected" : "";
                  return `<option value="${o.index}"${sel}>${esc(o.label)}</option>`;
                })
                .join("")}</select></label> <span class="muted">(default: the largest point)</span></p>`,
        )
        .join("");
      const figs = s.plots
        .map((id) => {
          const p = byId.get(id)!;
          const tall = p.part === "locks" || p.part === "vectors";
          return (
            `<figure><figcaption>${esc(p.title)}${p.caption ? ` <small>${esc(p.caption)}</small>` : ""}</figcaption>` +
            `<div class="chart${tall ? " tall" : ""}"><canvas data-plot="${esc(id)}"></canvas></div></figure>`
          );
        })
        .join("\n");
      const locks = panels
        .flatMap((panel) => {
          if (!panel.parts.includes("locks")) return [];
          return panel.options.map((o) => {
            const r = input.points.find((p) => p.index === o.index)?.result;
            return r
              ? `<div data-panel="${panel.id}" data-point="${o.index}"${o.index === panel.selected ? "" : " hidden"}>` +
                  `<h3>Contention at ${esc(o.label)}</h3>${lockTable(r)}</div>`
              : "";
          });
        })
        .join("\n");
      return `<h2>${esc(s.title)}</h2>\n${selector}\n<div class="grid">\n${figs}\n</div>\n${locks}`;
    })
    .join("\n");
  const spec = { plots: m.plots, panels: m.panels, pointData: m.pointData };
  const okCount = input.points.length - failed;
  const warnPoints = new Set(m.warnings.map((w) => w.point)).size;
  const warnings =
    m.warnings.length === 0
      ? ""
      : `<details class="warn"${m.warnings.length <= 5 ? " open" : ""}><summary><strong>` +
        `${plural(m.warnings.length, "warning")}</strong> in the results of ${plural(warnPoints, "point")}</summary>` +
        `<ul>${m.warnings.map((w) => `<li>point #${w.point}: ${esc(w.text)}</li>`).join("")}</ul></details>`;
  const scripts = chartJsSources()
    .map((s) => `<script>${s}</script>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
  content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(m.title)}</title>
<style>${CSS}</style>
</head><body>
<h1>${esc(m.title)}</h1>
<p>${plural(okCount, "point")} ok${failed ? `, <strong>${failed} failed</strong>` : ""};
${plural(m.plots.length, "plot")}.
${m.x.key ? `x axis: <code>${esc(m.x.key)}</code>.` : ""}</p>
${warnings}
${m.kpis ? `<h2>Headline figures</h2>\n${kpiTable(m)}` : ""}
${limitsTable(m)}
${sections}
<h2>Points</h2>
${summaryTable(m)}
<h2>Configuration</h2>
<details><summary>base configuration</summary><pre>${esc(JSON.stringify(input.baseConfig, null, 2))}</pre></details>
<script id="irqscale-spec" type="application/json">${scriptJson(spec)}</script>
${scripts}
<script>${CLIENT}</script>
</body></html>
`;
}
