// The report's plots hold the numbers of the results they draw (see report-check.ts), on fixture
// results in shapes the model does not emit yet: replications, per-vCPU vectors, lock reports, 256 vCPUs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeReport } from "../../shared/stats/report.js";
import { drawnCharts, launchBrowser, type Browser } from "./browser.js";
import { fakeNetResult, writeNetSweepFixture } from "./net-fixture.js";
import { checkReport, ratiosOf, resultsOf } from "./report-check.js";

type R = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const root = mkdtempSync(join(tmpdir(), "irqscale-report-values-"));
let browser: Promise<Browser> | undefined;
afterAll(async () => {
  await browser?.then(
    (b) => b.close(),
    () => undefined,
  );
  rmSync(root, { recursive: true, force: true });
});
const open = async (file: string) => (await (browser ??= launchBrowser())).open(file);

describe("report plots hold the numbers of the results they draw", { timeout: 120_000 }, () => {
  const what = "a sweep with replications and per-vCPU vectors: error bars, kinds, exits, sorted, flagged locks, spin";
  it(what, async () => {
    const dir = join(root, "fixture");
    writeNetSweepFixture(dir, [1, 4, 8, 12], ["sq-spi", "mq-msi"], { reps: 5, split: true });
    const kinds = await checkReport(open, writeReport(dir), resultsOf(dir), ratiosOf(dir));
    expect(kinds).toEqual([
      "busy",
      "exits",
      "irqkinds",
      "locks",
      "metric",
      "panel exits",
      "panel handoffs",
      "panel irq",
      "panel locks",
      "panel roles",
      "panel share",
      "panel vectors",
      "ratio",
      "vcpu0",
      "vcpus",
      "waits",
    ]);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain("the wait grows through the measured window"); // the result's warning is shown
  });

  it("256 vCPUs: the per-CPU plots become heatmaps and still hold every CPU's figures", async () => {
    const dir = join(root, "big");
    writeNetSweepFixture(dir, [16, 256], ["mq-msi"]);
    const file = writeReport(dir);
    await checkReport(open, file, resultsOf(dir));
    const pc = await open(file);
    try {
      const types = Object.fromEntries((await drawnCharts(pc.page)).map((c) => [c.id, c.type]));
      expect(types["panel0-share"]).toBe("matrix");
      expect(types["panel0-irq"]).toBe("matrix");
      expect(types["panel0-roles"]).toBe("bar");
    } finally {
      await pc.close();
    }
  });

  it("a single run: a table of its headline figures with their intervals, no one-dot plots", async () => {
    const dir = join(root, "single");
    mkdirSync(dir, { recursive: true });
    const r = fakeNetResult("mq-msi", 12, { reps: 4 });
    writeFileSync(join(dir, "result.json"), JSON.stringify(r));
    const file = writeReport(dir);
    const kinds = await checkReport(open, file, new Map([[0, r]]));
    expect(kinds.every((k) => k.startsWith("panel "))).toBe(true);
    const pc = await open(file);
    try {
      const rows = await pc.page.$$eval("#kpis tbody tr", (trs) =>
        trs.map((tr) => Array.from(tr.children).map((td) => td.textContent ?? "")),
      );
      const row = rows.find((x) => x[0] === "throughput.requestsPerSec")!;
      const s = (r.stats as R).metrics["throughput.requestsPerSec"];
      expect(Number(row[1])).toBeCloseTo(s.mean, 6);
      expect(
        row[2]!
          .split(" – ")
          .map(Number)
          .map((v, i) => Math.abs(v - s.ci95[i]) / s.mean < 1e-4),
      ).toEqual([true, true]);
      expect(row[3]).toBe("4");
      expect(rows.find((x) => x[0] === "latencyUs.p99")).toBeDefined();
    } finally {
      await pc.close();
    }
  });
});
