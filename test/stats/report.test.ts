import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runSweep } from "../../shared/run/sweep.js";
import { loadReportInput, planReport, writeReport } from "../../shared/stats/report.js";
import { launchBrowser, plotState, type Browser } from "./browser.js";
import { writeNetSweepFixture } from "./net-fixture.js";
import { checkReport, ratiosOf, resultsOf } from "./report-check.js";

const root = mkdtempSync(join(tmpdir(), "irqscale-report-"));
// Started on first use, so the tests that need no browser still run when Chromium is missing, and
// each one that does fails with the install hint.
let browser: Promise<Browser> | undefined;
afterAll(async () => {
  await browser?.then(
    (b) => b.close(),
    () => undefined,
  );
  rmSync(root, { recursive: true, force: true });
});
const openPage = async (file: string) => (await (browser ??= launchBrowser())).open(file);

/** Opens the page and checks: every declared plot has a non-empty canvas with data, no console error, no network. */
async function checkPage(file: string, expectPlots: string[]): Promise<void> {
  const pc = await openPage(file);
  try {
    const s = await plotState(pc.page);
    expect(s.errors).toEqual([]);
    expect(s.declared).toEqual(expectPlots);
    expect(s.rendered).toEqual(expectPlots);
    expect(s.canvases.map((c) => c.id)).toEqual(expectPlots);
    for (const c of s.canvases) {
      expect(c.w * c.h, `canvas ${c.id} size`).toBeGreaterThan(0);
      expect(c.inked, `canvas ${c.id} pixels`).toBeGreaterThan(500);
      expect(c.points, `canvas ${c.id} data`).toBeGreaterThan(0);
    }
    expect(pc.consoleErrors).toEqual([]);
    expect(pc.requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
  } finally {
    await pc.close();
  }
}

describe("report", { timeout: 120_000 }, () => {
  it("plots a net-model sweep (fixture results) per mode, and its selector switches points", async () => {
    const dir = join(root, "net");
    writeNetSweepFixture(dir);
    const plan = planReport(loadReportInput(dir));
    expect(plan.x.key).toBe("vm.vcpus");
    // Two modes -> two series in each curve, per-mode plots side by side, two panels defaulting to the largest point.
    const tput = plan.plots.find((p) => p.id === "throughput-requestsPerSec")!;
    expect(tput.config.type).toBe("line"); // no stats in these results: no error bars
    expect(tput.config.data.datasets.map((d) => d.label)).toEqual(["vm.net.mode=sq-spi", "vm.net.mode=mq-msi"]);
    expect(plan.panels.map((p) => p.title)).toEqual(["vm.net.mode=sq-spi", "vm.net.mode=mq-msi"]);
    expect(plan.panels.map((p) => p.selected)).toEqual([8, 9]);
    const ids = [
      "throughput-requestsPerSec",
      "latencyUs-p99",
      "m0-vcpu0",
      "m1-vcpu0",
      "m0-vcpus",
      "m1-vcpus",
      "m0-busy",
      "m1-busy",
      "m0-irqkinds",
      "m1-irqkinds",
      "m0-exits",
      "m1-exits",
      "m0-locks",
      "m1-locks",
      "m0-waits",
      "m1-waits",
      ...["roles", "share", "irq", "vectors", "exits", "locks", "handoffs"].flatMap((p) => [
        `panel0-${p}`,
        `panel1-${p}`,
      ]),
      "events",
      "wallMs",
    ];
    expect(plan.plots.map((p) => p.id)).toEqual(ids);
    // Contention per mode: its_lock saturates mq-msi at 12 vCPUs; it is drawn and flagged there.
    expect(plan.limits.find((l) => l.point === 9)).toMatchObject({
      flagged: true,
      unit: expect.stringMatching(/^h0\.vm0\.its\.its_lock 99/),
    });
    expect(plan.limits.find((l) => l.point === 8)).toMatchObject({
      flagged: false,
      core: expect.stringMatching(/^h0\.vm0\.vcpu0 \(vCPU0\)/),
    });
    const file = writeReport(dir);
    const html = readFileSync(file, "utf8");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    await checkPage(file, ids);

    // The selector feeds another point into the panel's charts.
    const pc = await openPage(file);
    try {
      const labels = () =>
        pc.page.evaluate(
          () =>
            (window as unknown as { Chart: { getChart(c: Element): { data: { labels: string[] } } } }).Chart.getChart(
              document.querySelector('canvas[data-plot="panel0-share"]')!,
            ).data.labels.length,
        );
      expect(await labels()).toBe(12 + 14);
      await pc.page.selectOption("#panel0-select", "0");
      expect(await labels()).toBe(1 + 3);
      expect(pc.consoleErrors).toEqual([]);
    } finally {
      await pc.close();
    }
  });

  it("sweep -> report end to end with PHOLD (events and wall time vs the swept key)", async () => {
    const dir = join(root, "phold");
    const s = await runSweep({
      model: "phold",
      sets: ["phold.endNs=100000", "phold.actors=16", "phold.groups=4"],
      vary: ["phold.remoteShare=0.1,0.9"],
      jobs: 2,
      out: dir,
      progress: "none",
    });
    expect(s.failed).toBe(0);
    expect(s.report).toBe(join(dir, "report.html"));
    expect(existsSync(s.report!)).toBe(true);
    await checkPage(s.report!, ["events", "wallMs"]);
    await checkReport(openPage, s.report!, resultsOf(dir));
  });

  it("sweep -> report end to end with the network model (tiny paper preset, both modes)", async () => {
    const dir = join(root, "net-real");
    const s = await runSweep({
      preset: "paper",
      sets: ["sim.durationMs=1", "sim.warmupMs=0.5", "workload.connections=16"],
      reps: 2,
      vary: ["vm.net.mode=sq-spi,mq-msi", "vm.vcpus=1,3"],
      jobs: 2,
      out: dir,
      progress: "none",
    });
    expect(s.failed).toBe(0);
    const plan = planReport(loadReportInput(dir));
    const ids = plan.plots.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "throughput-requestsPerSec",
        "latencyUs-p99",
        "events",
        "wallMs",
        "m0-vcpu0",
        "m1-vcpu0",
        "m0-busy",
        "m0-exits",
        "m0-locks",
        "panel0-share",
        "panel1-share",
        "panel0-locks",
      ]),
    );
    expect(plan.panels.map((p) => p.title)).toEqual(["vm.net.mode=sq-spi", "vm.net.mode=mq-msi"]);
    await checkPage(s.report!, ids);
    const kinds = await checkReport(openPage, s.report!, resultsOf(dir), ratiosOf(dir));
    expect(kinds).toEqual(
      expect.arrayContaining([
        "metric",
        "ratio",
        "vcpu0",
        "vcpus",
        "busy",
        "exits",
        "locks",
        "panel share",
        "panel locks",
      ]),
    );
    // --reps 2: every headline curve has its interval, the mode ratio too.
    for (const id of ["throughput-requestsPerSec", "latencyUs-p99", "ratio-throughput-requestsPerSec"])
      expect(plan.plots.find((p) => p.id === id)?.config.type, id).toBe("lineWithErrorBars");
  });

  it("sweep -> report end to end with lpi-stress (lock reports, spin and injector cores)", async () => {
    const dir = join(root, "lpi");
    const s = await runSweep({
      preset: "lpi-stress",
      sets: ["vm.vcpus=4"],
      vary: ["host.kernel=5.4,6.10"],
      jobs: 2,
      out: dir,
      progress: "none",
    });
    expect(s.failed).toBe(0);
    const plan = planReport(loadReportInput(dir));
    expect(plan.plots.map((p) => p.id)).toContain("lpi-injectedPerSec");
    await checkPage(
      s.report!,
      plan.plots.map((p) => p.id),
    );
    await checkReport(openPage, s.report!, resultsOf(dir));
  });

  it("reports a single run directory", async () => {
    const dir = join(root, "run");
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const { fakeNetResult } = await import("./net-fixture.js");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "result.json"), JSON.stringify(fakeNetResult("sq-spi", 4)));
    const file = writeReport(dir);
    // One run: its figures go in a table, not in one-dot plots against a swept key.
    await checkPage(
      file,
      ["roles", "share", "irq", "vectors", "exits", "locks", "handoffs"].map((p) => `panel0-${p}`),
    );
    expect(readFileSync(file, "utf8")).toContain('<table id="kpis">');
  });

  it("names the directory when it holds neither sweep.json nor result.json", () => {
    expect(() => loadReportInput(root + "/nothing")).toThrow(/no such directory/);
    expect(() => loadReportInput(root)).toThrow(/neither sweep.json nor result.json/);
  });
});
