import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runSweep, type SweepSummary } from "../../../shared/run/sweep.js";
import { collect, positiveInt, printWarningSummary, REPS_HELP, repsOption } from "../options.js";
import { configFlags, configSets } from "./run.js";

interface SweepFlags {
  model?: string; preset?: string; config?: string; set: string[]; seed?: number; engine?: string; vary: string[];
  jobs?: number; out: string; report: boolean; progress?: "auto" | "bar" | "lines" | "none"; nats?: string;
  quiet?: boolean; reps?: number;
}

export function registerSweep(program: Command): void {
  configFlags(program.command("sweep").description("run the cartesian product of --vary values, one child process per point; writes points/*/result.json, sweep.csv, sweep.json, report.html"))
    .requiredOption("--vary <key=v1,v2,...>", "vary one parameter over these values (repeatable; the product of all is run)", collect, [])
    .option("--jobs <n>", "points run at once (default: available CPUs)", positiveInt("--jobs"))
    .requiredOption("--out <dir>", "sweep directory (new, empty, or a previous sweep, which is replaced)")
    .option("--no-report", "do not write report.html")
    .option("--progress <kind>", "auto (bar on a terminal, lines otherwise), bar, lines or none", "auto")
    .option("--quiet", "nothing on stderr but errors (no progress, no summary)")
    .option("--reps <n>", `${REPS_HELP}; sweep.json and sweep.csv get the paired ratios between the vm.net.mode `
      + "values (each against the first) with their intervals", repsOption("--reps"))
    .option("--nats <url>", "farm the points to the workers registered on this NATS server (`irqscale worker --nats URL`) instead of local child processes")
    .action(async (o: SweepFlags) => {
      if (!["auto", "bar", "lines", "none"].includes(o.progress ?? "auto")) program.error(`--progress: expected auto, bar, lines or none, got '${String(o.progress)}'`, { exitCode: 2 });
      const s = await runSweep({
        model: o.model, preset: o.preset, config: o.config, sets: configSets(o), seed: o.seed, vary: o.vary,
        jobs: o.jobs, out: o.out, report: o.report, progress: o.quiet ? "none" : o.progress, nats: o.nats, reps: o.reps,
      });
      if (!o.quiet) printPointWarnings(s);
      const ok = s.points.length - s.failed;
      const where = `${s.csv}${s.report ? `, ${s.report}` : ""}`;
      const took = `${(s.wallMs / 1000).toFixed(1)} s`;
      if (!o.quiet) process.stderr.write(`sweep: ${ok}/${s.points.length} points ok in ${took} -> ${where}\n`);
      if (s.failed > 0) {
        for (const p of s.points.filter((x) => x.status !== "ok")) process.stderr.write(`  point ${p.name}: ${p.error ?? "failed"}\n`);
        process.exit(1);
      }
    });
}

/** The warnings of the points' results on stderr, one line per subject (printWarningSummary). */
export function printPointWarnings(s: SweepSummary): void {
  printWarningSummary(s.points.filter((p) => p.warnings).map((p) => {
    const r = JSON.parse(readFileSync(join(s.dir, p.result), "utf8")) as Record<string, unknown>;
    return { where: `point ${p.name}`, warnings: Array.isArray(r.warnings) ? r.warnings.map(String) : [] };
  }));
}
