// Headless Chromium (Debian package `chromium`) driven by playwright-core, for page tests.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.IRQSCALE_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface PageCheck { page: Page; consoleErrors: string[]; requests: string[]; close(): Promise<void> }
export interface Browser { open(file: string): Promise<PageCheck>; close(): Promise<void> }

/** Starts headless Chromium on a fresh profile (--user-data-dir); fails loudly when Chromium is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: install the Debian package \`chromium\` (apt-get install -y chromium); .ci/run must install it`);
  const profile = mkdtempSync(join(tmpdir(), "irqscale-chromium-"));
  let ctx: BrowserContext;
  try {
    ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 1000 }, args: CHROMIUM_ARGS });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    async open(file) {
      const page = await ctx.newPage();
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
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

export interface PlotState { declared: string[]; rendered: string[]; errors: string[]; canvases: { id: string; w: number; h: number; inked: number; points: number }[] }

/** What the report page declared and rendered, and for each canvas: size, painted pixels, data points. */
export async function plotState(page: Page): Promise<PlotState> {
  return page.evaluate(() => {
    type ChartLike = { data: { datasets: { data: unknown[] }[] } };
    const w = window as unknown as { irqscaleReport?: { plots: string[]; rendered: string[]; errors: string[] }; Chart?: { getChart(c: HTMLCanvasElement): ChartLike | undefined } };
    const state = w.irqscaleReport ?? { plots: [], rendered: [], errors: ["window.irqscaleReport missing"] };
    const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>("canvas[data-plot]")).map((c) => {
      const img = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      for (let i = 3; i < img.length; i += 4) if (img[i]! > 0) inked++;
      const chart = w.Chart?.getChart(c);
      const points = chart ? chart.data.datasets.reduce((n, d) => n + d.data.filter((v) => v !== null && v !== undefined).length, 0) : 0;
      return { id: c.dataset.plot ?? "", w: c.width, h: c.height, inked, points };
    });
    return { declared: state.plots, rendered: state.rendered, errors: state.errors, canvases };
  });
}
