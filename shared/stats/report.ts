// The HTML report of a sweep (DIR/sweep.json) or of one run (DIR/result.json): see report/plan.ts for
// what it plots and report/html.ts for the page.
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderReport } from "./report/html.js";
import { loadReportInput } from "./report/input.js";

export { loadReportInput, MODE_KEY, type ReportInput, type ReportPoint } from "./report/input.js";
export { planReport, BAR_LIMIT, type PlotDecl, type ReportModel, type Panel, type PanelPart } from "./report/plan.js";
export { chartJsSource, chartJsSources, renderReport } from "./report/html.js";

/** Writes DIR/report.html (or `out`) for a sweep or run directory; returns its path. */
export function writeReport(dir: string, out = join(dir, "report.html")): string {
  const html = renderReport(loadReportInput(dir));
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, html);
  renameSync(tmp, out);
  return out;
}
