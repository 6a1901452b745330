import type { Command } from "commander";
import { loadReportInput, planReport, writeReport } from "../../../shared/stats/report.js";
import { verbosityFlags } from "../options.js";

export function registerReport(program: Command): void {
  const cmd = program
    .command("report")
    .description("write DIR/report.html (self-contained, plots) for a sweep directory or a run directory")
    .argument("<dir>", "sweep directory (sweep.json) or run directory (result.json)")
    .option("--out <file>", "HTML file to write (default DIR/report.html)");
  verbosityFlags(cmd, {
    quiet: "no `report -> FILE` line", verbose: "also list the plots the report draws, by section",
  })
    .action((dir: string, o: { out?: string; quiet?: boolean; verbose?: boolean }) => {
      const path = writeReport(dir, o.out);
      if (o.quiet) return;
      process.stderr.write(`report -> ${path}\n`);
      if (o.verbose)
        for (const s of planReport(loadReportInput(dir)).sections)
          process.stderr.write(`  ${s.title}: ${s.plots.join(", ")}\n`);
    });
}
