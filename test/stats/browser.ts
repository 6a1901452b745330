// Headless Chromium (Debian package `chromium`) driven by playwright-core, for page tests.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.IRQSCALE_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface PageCheck {
  page: Page;
  consoleErrors: string[];
  requests: string[];
  close(): Promise<void>;
}
export interface Browser {
  open(file: string): Promise<PageCheck>;
  close(): Promise<void>;
}

/** Starts headless Chromium on a fresh profile (--user-data-dir); fails loudly when Chromium is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} not found: install the Debian package \`chromium\` (apt-get install -y chromium); ` +
        ".ci/run must install it",
    );
  const profile = mkdtempSync(join(tmpdir(), "irqscale-chromium-"));
  let ctx: BrowserContext;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: CHROMIUM_ARGS,
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    async open(file) {
      const page = await ctx.newPage();
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") consoleErrors.push(m.text());
      });
      page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      return { page, consoleErrors, requests, close: () => page.close() };
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PlotState {
  declared: string[];
  rendered: string[];
  errors: string[];
  canvases: { id: string; w: number; h: number; inked: number; points: number }[];
}

/** What the report page declared and rendered, and for each canvas: size, painted pixels, data points. */
export async function plotState(page: Page): Promise<PlotState> {
  return page.evaluate(() => {
    type ChartLike = { data: { datasets: { data: unknown[] }[] } };
    const w = window as unknown as {
      irqscaleReport?: { plots: string[]; rendered: string[]; errors: string[] };
      Chart?: { getChart(c: HTMLCanvasElement): ChartLike | undefined };
    };
    const state = w.irqscaleReport ?? { plots: [], rendered: [], errors: ["window.irqscaleReport missing"] };
    const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>("canvas[data-plot]")).map((c) => {
      const img = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      for (let i = 3; i < img.length; i += 4) if (img[i]! > 0) inked++;
      const chart = w.Chart?.getChart(c);
      const points = chart
        ? chart.data.datasets.reduce((n, d) => n + d.data.filter((v) => v !== null && v !== undefined).length, 0)
        : 0;
      return { id: c.dataset.plot ?? "", w: c.width, h: c.height, inked, points };
    });
    return { declared: state.plots, rendered: state.rendered, errors: state.errors, canvases };
  });
}

/** One chart as the page holds it: what Chart.js draws, colours that are functions left out. */
export interface DrawnChart {
  id: string;
  type: string;
  labels: string[];
  datasets: { label: string; data: unknown[]; backgroundColor: unknown }[];
  /** The point a panel's chart draws now (window.irqscaleReport.points). */
  point: number | undefined;
}

/** Every chart of the report page, read from its Chart.js instance. */
export async function drawnCharts(page: Page): Promise<DrawnChart[]> {
  return page.evaluate(() => {
    type ChartLike = {
      config: { type: string };
      data: { labels?: unknown[]; datasets: { label?: string; data: unknown[]; backgroundColor?: unknown }[] };
    };
    const w = window as unknown as {
      irqscaleReport?: { points: Record<string, number> };
      Chart?: { getChart(c: HTMLCanvasElement): ChartLike | undefined };
    };
    const plain = (v: unknown): unknown => (typeof v === "function" ? null : JSON.parse(JSON.stringify(v ?? null)));
    return Array.from(document.querySelectorAll<HTMLCanvasElement>("canvas[data-plot]")).flatMap((c) => {
      const chart = w.Chart?.getChart(c);
      if (!chart) return [];
      const id = c.dataset.plot ?? "";
      return [
        {
          id,
          type: chart.config.type,
          labels: (chart.data.labels ?? []).map(String),
          point: w.irqscaleReport?.points[id],
          datasets: chart.data.datasets.map((d) => ({
            label: d.label ?? "",
            data: plain(d.data) as unknown[],
            backgroundColor: plain(d.backgroundColor),
          })),
        },
      ];
    });
  });
}

/**
 * A PNG of some plots of a report page (their figures and what lies between them), for the README:
 * `node --import tsx -e 'import("./test/stats/browser.ts").then((b) => b.shootPlots(HTML, IDS, PNG))'`.
 */
export async function shootPlots(file: string, ids: string[], png: string): Promise<void> {
  const b = await launchBrowser();
  try {
    const pc = await b.open(file);
    const box = await pc.page.evaluate((want) => {
      const rects = want.map((id) => {
        const fig = document.querySelector(`canvas[data-plot="${id}"]`)?.closest("figure");
        if (!fig) throw new Error(`no plot ${id} on the page`);
        return fig.getBoundingClientRect();
      });
      const x = Math.min(...rects.map((r) => r.left)),
        y = Math.min(...rects.map((r) => r.top)) + window.scrollY;
      return {
        x: Math.max(0, x - 8),
        y: Math.max(0, y - 8),
        width: Math.max(...rects.map((r) => r.right)) - x + 16,
        height: Math.max(...rects.map((r) => r.bottom)) + window.scrollY - y + 16,
      };
    }, ids);
    await pc.page.screenshot({ path: png, fullPage: true, clip: box });
    await pc.close();
  } finally {
    await b.close();
  }
}
