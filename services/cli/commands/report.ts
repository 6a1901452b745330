import type { Command } from "commander";
import { writeReport } from "../../../shared/stats/report.js";

export function registerReport(program: Command): void {
  program.command("report").description("write DIR/report.html (self-contained, plots) for a sweep directory or a run directory")
    .argument("<dir>", "sweep directory (sweep.json) or run directory (result.json)")
    .option("--out <file>", "HTML file to write (default DIR/report.html)")
    .action((dir: string, o: { out?: string }) => {
      const path = writeReport(dir, o.out);
      process.stderr.write(`report -> ${path}\n`);
    });
}
