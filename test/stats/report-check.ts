// The check that a report draws what the results say: every chart of the page, read back from its
// Chart.js instance in headless Chromium, is held against figures computed here from the result JSON
// itself (per-CPU shares by role, interrupts by kind, exits per request, contention sorted by cost,
// replication intervals), for every point a panel's selector can show. A chart this file has no rule
// for fails the check, so a new plot cannot go unchecked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { drawnCharts, plotState, type DrawnChart, type PageCheck } from "./browser.js";

type R = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// ---------------------------------------------------------------------------------------------
// The figures, computed here from the result JSON (the report's rules restated, not its code)

const kindOf = (c: R): string => String(c.kind ?? c.role);
const busyOf = (c: R): number => (typeof c.busy === "number" ? c.busy : 1 - (c.shares.idle ?? 0));
function roleOf(c: R): string | null {
  const k = kindOf(c);
  if (k === "vcpu") return /(^|\.)vcpu0$/.test(c.id) ? "vCPU0" : "other vCPUs";
  if (k !== "pcpu") return `${k} cores`;
  const host = Object.entries(c.shares as Record<string, number>).filter(([s]) => s !== "idle" && s !== "guest");
  const most = Math.max(0, ...host.map(([, v]) => v));
  if ((c.shares.guest ?? 0) > 0 && c.shares.guest >= most) return null; // a vCPU's core: its vCPU stands for it
  return most > 0 && host.find(([, v]) => v === most)![0] === "vhost" ? "vhost cores" : "other host cores";
}
const cpusIn = (r: R, role: string): R[] => (r.perCpu as R[]).filter((c) => roleOf(c) === role);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const meanShare = (cs: R[], s: string): number => 100 * mean(cs.map((c) => c.shares[s] ?? 0));
function vkind(v: string): string {
  if (/^sgi\d+$/.test(v)) return "IPI";
  if (/^spi\d+$/.test(v)) return "device SPI";
  if (/^lpi\d+$/.test(v)) return "device LPI";
  throw new Error(`vector ${v}: no kind known to the test`);
}
const completed = (r: R): number => r.throughput?.completed ?? r.lpi?.signals;
const exitsTotal = (r: R): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const c of r.perCpu as R[])
    for (const [k, v] of Object.entries((c.exits ?? {}) as Record<string, number>)) out[k] = (out[k] ?? 0) + v;
  return out;
};
function span(r: R, u: R): number {
  return u.acquisitionsPerSec > 0 && u.acquisitions > 0
    ? (u.acquisitions / u.acquisitionsPerSec) * 1e9
    : r.config.sim.durationMs * 1e6;
}
/** Contention units costliest first: mean waiting contenders, then utilisation, then name. */
function byCost(r: R): R[] {
  return [...(r.contention as R[])]
    .map((u): R => ({ ...u, waiting: (u.meanWaitNs * u.acquisitions) / span(r, u) }))
    .sort((a, b) => b.waiting - a.waiting || b.utilisation - a.utilisation || String(a.name).localeCompare(b.name));
}
/** Mismatches between a drawn value and the result's, collected and asserted once per page. */
const misses: string[] = [];
const close = (got: unknown, want: number, what: string): void => {
  if (typeof got !== "number" || !(Math.abs(got - want) <= 1e-3 + 1e-9 * Math.abs(want)))
    misses.push(`${what}: drew ${String(got)}, result ${want}`);
};
const el = (d: unknown): R => d as R;
const METRIC: Record<string, string> = {
  "throughput-requestsPerSec": "throughput.requestsPerSec",
  "latencyUs-p99": "latencyUs.p99",
  "lpi-injectedPerSec": "lpi.injectedPerSec",
  events: "events",
  wallMs: "wallMs",
};
const at = (r: R, path: string): number => path.split(".").reduce<R>((o, k) => o?.[k], r) as unknown as number;

/** Checks one drawn chart against the results (and sweep.json's ratios); returns the rule it was held to. */
function check(ch: DrawnChart, results: Map<number, R>, ratios: R | undefined): string {
  const res = (i: unknown): R => {
    const r = results.get(i as number);
    if (!r) throw new Error(`${ch.id}: element of unknown point ${String(i)}`);
    return r;
  };
  const each = (f: (ds: DrawnChart["datasets"][number], e: R, r: R) => void): void => {
    for (const ds of ch.datasets)
      for (const d of ds.data) {
        const e = el(d);
        if (e.point === undefined) {
          expect(ds.label, `${ch.id}: element without its point`).toBe("90% utilised");
          continue;
        }
        f(ds, e, res(e.point));
      }
  };
  const metric = METRIC[ch.id];
  if (metric) {
    const seen: number[] = [];
    each((ds, e, r) => {
      seen.push(e.point);
      const s = r.stats?.metrics?.[metric];
      close(e.y, s ? s.mean : at(r, metric), `${ch.id} ${ds.label} #${e.point}`);
      if (s) {
        expect(ch.type).toBe("lineWithErrorBars");
        close(e.yMin, s.ci95[0], `${ch.id} #${e.point} ci lo`);
        close(e.yMax, s.ci95[1], `${ch.id} #${e.point} ci hi`);
      }
    });
    expect(seen.sort((a, b) => a - b)).toEqual(
      [...results.keys()].filter((i) => at(results.get(i)!, metric) !== undefined).sort((a, b) => a - b),
    );
    return "metric";
  }
  const ratio = /^ratio-(.+)$/.exec(ch.id);
  if (ratio) {
    const path = METRIC[ratio[1]!]!;
    each((ds, e) => {
      const entry = (ratios!.ratios as R[]).find(
        (x) => x.point === e.point && ds.label.startsWith(`${ratios!.key}=${x.mode}`),
      );
      if (!entry) throw new Error(`${ch.id}: no ratio in sweep.json for point ${e.point}`);
      const q = entry.metrics[path];
      close(e.y, q.mean, `${ch.id} #${e.point}`);
      if (q.ci95) {
        close(e.yMin, q.ci95[0], `${ch.id} #${e.point} lo`);
        close(e.yMax, q.ci95[1], `${ch.id} #${e.point} hi`);
      }
    });
    expect(ch.datasets.reduce((n, d) => n + d.data.length, 0)).toBe(
      (ratios!.ratios as R[]).filter((x) => x.metrics[path]).length,
    );
    return "ratio";
  }
  let m = /^m\d+(g\d+)?-(vcpu0|vcpus|busy|irqkinds|exits|locks|waits)$/.exec(ch.id);
  if (m) {
    const role = m[2] === "vcpu0" ? "vCPU0" : "other vCPUs";
    const points = new Set<number>();
    each((ds, e, r) => {
      points.add(e.point);
      const what = `${ch.id} ${ds.label} #${e.point}`;
      switch (m![2]) {
        case "vcpu0":
        case "vcpus":
          if (cpusIn(r, role).length === 0)
            expect(e.y, what).toBeNull(); // 1 vCPU: no other vCPUs
          else close(e.y, meanShare(cpusIn(r, role), ds.label), what);
          break;
        case "busy": {
          const b = cpusIn(r, ds.label).map(busyOf);
          close(e.y, 100 * mean(b), what);
          close(e.yMin, 100 * Math.min(...b), what);
          close(e.yMax, 100 * Math.max(...b), what);
          break;
        }
        case "irqkinds": {
          const n = Object.entries(r.interrupts.perVector as Record<string, number>)
            .filter(([v]) => vkind(v) === ds.label)
            .reduce((a, [, c]) => a + c, 0);
          close(e.y, n / completed(r), what);
          break;
        }
        case "exits":
          close(e.y, (exitsTotal(r)[ds.label] ?? 0) / completed(r), what);
          break;
        case "locks":
          close(e.y, 100 * ((r.contention as R[]).find((u) => u.name === ds.label)?.utilisation ?? 0), what);
          break;
        case "waits": {
          const u = byCost(r).find((z) => z.name === ds.label);
          if (u && u.waiting > 0) close(e.y, u.waiting, what);
          else expect(e.y, what).toBeNull(); // log scale: nothing waits, no point
          break;
        }
      }
    });
    // Nothing the points have is left out of the chart.
    const labels = new Set(ch.datasets.map((d) => d.label));
    for (const i of points) {
      const r = res(i);
      if (m[2] === "vcpu0" || m[2] === "vcpus")
        for (const c of cpusIn(r, role))
          for (const [s, v] of Object.entries(c.shares as Record<string, number>))
            if (v > 0) expect(labels, `${ch.id} #${i} ${s}`).toContain(s);
      if (m[2] === "busy")
        for (const c of r.perCpu as R[]) if (roleOf(c)) expect(labels, `${ch.id} #${i}`).toContain(roleOf(c));
      if (m[2] === "exits") for (const [k, v] of Object.entries(exitsTotal(r))) if (v > 0) expect(labels).toContain(k);
      if (m[2] === "irqkinds")
        for (const [v, n] of Object.entries(r.interrupts.perVector as Record<string, number>))
          if (n > 0) expect(labels).toContain(vkind(v));
      if (m[2] === "locks" || m[2] === "waits") {
        for (const u of r.contention as R[])
          if (u.utilisation > 0.9) expect(labels, `${ch.id}: saturated ${u.name}`).toContain(u.name);
        // The costliest unit of each point is drawn.
        if (byCost(r)[0]!.waiting > 0) expect(labels, `${ch.id} #${i}: costliest`).toContain(byCost(r)[0]!.name);
      }
    }
    expect(points.size, `${ch.id}: points`).toBeGreaterThan(1);
    return m[2]!;
  }
  m = /^panel\d+-(roles|share|irq|vectors|exits|locks|handoffs)$/.exec(ch.id);
  if (!m) throw new Error(`${ch.id}: a plot this test has no rule for`);
  const r = res(ch.point);
  const cells = (ds: DrawnChart["datasets"][number]): Map<string, number> =>
    new Map(ds.data.map((d) => [`${el(d).x}|${el(d).y}`, el(d).v as number]));
  switch (m[1]) {
    case "roles": {
      const roles = ch.labels.map((l) => l.replace(/ \(\d+, mean\)$/, ""));
      expect(new Set(roles)).toEqual(new Set((r.perCpu as R[]).map(roleOf).filter((x) => x !== null)));
      for (const ds of ch.datasets)
        roles.forEach((role, i) =>
          close(ds.data[i], meanShare(cpusIn(r, role), ds.label), `${ch.id} ${role} ${ds.label}`),
        );
      break;
    }
    case "share": {
      const cpus = r.perCpu as R[];
      expect(ch.labels).toEqual(cpus.map((c) => c.id));
      if (ch.type === "matrix") {
        const got = cells(ch.datasets[0]!);
        for (const c of cpus)
          for (const [s, v] of Object.entries(c.shares as Record<string, number>))
            close(got.get(`${c.id}|${s}`), 100 * v, `${ch.id} ${c.id} ${s}`);
      } else
        for (const ds of ch.datasets)
          cpus.forEach((c, i) => close(ds.data[i], 100 * (c.shares[ds.label] ?? 0), `${ch.id} ${c.id} ${ds.label}`));
      break;
    }
    case "irq": {
      const ids = Object.keys(r.interrupts.perVcpu);
      expect(new Set(ch.labels)).toEqual(new Set(ids));
      const want = (id: string, kind: string): number =>
        kind === "all kinds"
          ? r.interrupts.perVcpu[id]
          : Object.entries(r.interrupts.perVcpuVector[id] as Record<string, number>)
              .filter(([v]) => vkind(v) === kind)
              .reduce((a, [, n]) => a + n, 0);
      if (ch.type === "matrix") {
        const got = cells(ch.datasets[0]!);
        const kinds = [...new Set([...got.keys()].map((k) => k.split("|")[1]!))];
        expect(kinds.length === 1 && kinds[0] === "all kinds").toBe(r.interrupts.perVcpuVector === undefined);
        for (const id of ids) for (const k of kinds) close(got.get(`${id}|${k}`), want(id, k), `${ch.id} ${id} ${k}`);
      } else {
        expect(ch.datasets.length === 1 && ch.datasets[0]!.label === "all kinds").toBe(
          r.interrupts.perVcpuVector === undefined,
        );
        for (const ds of ch.datasets)
          ch.labels.forEach((id, i) => close(ds.data[i], want(id, ds.label), `${ch.id} ${id} ${ds.label}`));
        let sum = 0;
        for (const ds of ch.datasets) for (const v of ds.data) sum += v as number;
        close(
          sum,
          Object.values(r.interrupts.perVcpu as Record<string, number>).reduce((a, b) => a + b, 0),
          `${ch.id}: all interrupts`,
        );
      }
      break;
    }
    case "vectors": {
      const vec = Object.entries(r.interrupts.perVector as Record<string, number>).sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      );
      const shown = vec.slice(0, 16),
        data = ch.datasets[0]!.data;
      shown.forEach(([v, n], i) => {
        expect(ch.labels[i]!.startsWith(`${v} `)).toBe(true);
        expect(ch.labels[i]).toContain(vkind(v));
        close(data[i], n, `${ch.id} ${v}`);
      });
      if (vec.length > 16)
        close(
          data[16],
          vec.slice(16).reduce((a, [, n]) => a + n, 0),
          `${ch.id} rest`,
        );
      expect(data.length).toBe(Math.min(vec.length, 17));
      break;
    }
    case "exits": {
      const ex = Object.entries(exitsTotal(r)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      expect(ch.labels).toEqual(ex.map(([k]) => k));
      ex.forEach(([k, n], i) => close(ch.datasets[0]!.data[i], n / completed(r), `${ch.id} ${k}`));
      break;
    }
    case "locks": {
      const units = byCost(r).slice(0, 12);
      expect(ch.labels.length).toBe(units.length);
      const colours = ch.datasets[0]!.backgroundColor as string[];
      units.forEach((u, i) => {
        expect(ch.labels[i]!.startsWith(String(u.name))).toBe(true);
        expect(ch.labels[i]!.includes("⚠"), `${u.name} flagged`).toBe(u.utilisation > 0.9);
        expect(colours[i] === "#d62728", `${u.name} red`).toBe(u.utilisation > 0.9);
        expect(colours[i] === "#ff7f0e", `${u.name} orange`).toBe(u.utilisation <= 0.9 && u.stationary === false);
        expect(ch.labels[i]!.includes("wait grows"), `${u.name} growing`).toBe(u.stationary === false);
        close(ch.datasets[0]!.data[i], 100 * u.utilisation, `${ch.id} ${u.name}`);
        const spin = ch.datasets.find((d) => d.label.startsWith("spinning"));
        if (spin) close(spin.data[i], 100 * ((u.spinNs ?? 0) / span(r, u)), `${ch.id} ${u.name} spin`);
      });
      break;
    }
    case "handoffs": {
      const units = byCost(r)
        .filter((u) => u.transfers && Object.keys(u.transfers).length > 0)
        .slice(0, 12);
      expect(ch.labels).toEqual(units.map((u) => u.name));
      for (const ds of ch.datasets)
        units.forEach((u, i) => close(ds.data[i], u.transfers[ds.label] ?? 0, `${ch.id} ${u.name} ${ds.label}`));
      break;
    }
  }
  return `panel ${m[1]}`;
}

/** sweep.json's paired ratios between modes, if it has them. */
export const ratiosOf = (dir: string): R | undefined =>
  (JSON.parse(readFileSync(join(dir, "sweep.json"), "utf8")) as R).ratios;

export function resultsOf(dir: string): Map<number, R> {
  const j = JSON.parse(readFileSync(join(dir, "sweep.json"), "utf8")) as { points: R[] };
  return new Map(
    j.points
      .filter((p) => p.status === "ok")
      .map((p) => [p.index as number, JSON.parse(readFileSync(join(dir, p.result), "utf8")) as R]),
  );
}

/** Opens the report, checks every chart, then every other point of each panel's selector. */
export async function checkReport(
  open: (file: string) => Promise<PageCheck>,
  file: string,
  results: Map<number, R>,
  ratios?: R,
): Promise<string[]> {
  const pc = await open(file);
  try {
    const s = await plotState(pc.page);
    expect(s.errors).toEqual([]);
    expect(s.rendered).toEqual(s.declared);
    for (const c of s.canvases) expect(c.inked, `canvas ${c.id} pixels`).toBeGreaterThan(300);
    const kinds = new Set<string>();
    const charts = await drawnCharts(pc.page);
    expect(charts.map((c) => c.id)).toEqual(s.declared);
    misses.length = 0;
    for (const ch of charts) kinds.add(check(ch, results, ratios));
    const selects = await pc.page.$$eval("select[id$='-select']", (els) =>
      els.map((e) => ({
        id: e.id,
        values: Array.from((e as HTMLSelectElement).options).map((o) => o.value),
      })),
    );
    for (const sel of selects)
      for (const v of sel.values) {
        await pc.page.selectOption(`#${sel.id}`, v);
        const panel = sel.id.replace(/-select$/, "");
        const now = (await drawnCharts(pc.page)).filter((c) => c.id.startsWith(`${panel}-`));
        expect(now.length).toBeGreaterThan(0);
        for (const ch of now) {
          expect(ch.point).toBe(Number(v));
          check(ch, results, ratios);
        }
        expect(
          await pc.page.$$eval(`[data-panel="${panel}"]:not([hidden])`, (els) =>
            els.map((e) => e.getAttribute("data-point")),
          ),
        ).toEqual([v]);
      }
    expect(misses.slice(0, 20)).toEqual([]);
    expect(pc.consoleErrors).toEqual([]);
    expect(pc.requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    return [...kinds].sort();
  } finally {
    await pc.close();
  }
}
