import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runSweep, type SweepPlan, type SweepSummary } from "../../../shared/run/sweep.js";
import {
  collect, describeConfigRequest, positiveInt, printWarningSummary, REPS_HELP, repsOption, verboseLog, verbosityFlags,
  type Verbosity,
} from "../options.js";
import { configFlags, configSets } from "./run.js";

interface SweepFlags {
  model?: string; preset?: string; config?: string; set: string[]; seed?: number; engine?: string; vary: string[];
  jobs?: number; out: string; report: boolean; progress?: "auto" | "bar" | "lines" | "none"; nats?: string;
  quiet?: boolean; verbose?: boolean; reps?: number; zip?: boolean; setExpr: string[];
}

/** What --quiet leaves out and --verbose adds on `sweep` and `paper`. */
export const SWEEP_VERBOSITY = {
  quiet: "no progress, warnings or summary on stderr",
  verbose: "the resolved config's sources, then every point with its --set values and seed, before running",
};

/** --verbose: what the sweep's points resolved from, then each point, its sets and seed. */
export function sweepPlanLog(o: Verbosity, request: { model?: string; preset?: string; file?: string;
  sets?: readonly string[] }): (plan: SweepPlan) => void {
  const verbose = verboseLog(o);
  return (plan) => {
    for (const line of describeConfigRequest(request, plan.base)) verbose(`base ${line}`);
    verbose(`${plan.points.length} points (${plan.zip ? "zipped: point i takes value i of each --vary" : "product of "
      + "the --vary lists"}), ${plan.reps} replication${plan.reps === 1 ? "" : "s"} each`);
    for (const x of plan.exprs) verbose(`--set-expr ${x.key} = ${x.text} (reads ${x.refs.join(", ") || "no key"})`);
    for (const p of plan.points) verbose(`point ${p.name}: ${p.sets.join(" ")}  seed ${p.resolved.config.seed}`);
  };
}

export function registerSweep(program: Command): void {
  const cmd = configFlags(program.command("sweep")
    .description("run the cartesian product of --vary values, one child process per point; writes "
      + "points/*/result.json, sweep.csv, sweep.json, report.html"))
    .requiredOption("--vary <key=v1,v2,...>", "vary one parameter over these values (repeatable; the product of all "
      + "is run, or with --zip the lists advance together)", collect, [])
    .option("--zip", "advance the --vary lists together (equal lengths; point i takes value i of each) instead of "
      + "running their product")
    .option("--set-expr <key=expr>", "compute a key per point from others, e.g. workload.connections=8*vm.vcpus "
      + "(numbers, + - * /, parentheses and config keys; repeatable, in order)", collect, [])
    .option("--jobs <n>", "points run at once (default: available CPUs)", positiveInt("--jobs"))
    .requiredOption("--out <dir>", "sweep directory (new, empty, or a previous sweep, which is replaced)")
    .option("--no-report", "do not write report.html")
    .option("--progress <kind>", "auto (bar on a terminal, lines otherwise), bar, lines or none", "auto")
    .option("--reps <n>", `${REPS_HELP}; sweep.json and sweep.csv get the paired ratios between the vm.net.mode `
      + "values (each against the first) with their intervals", repsOption("--reps"))
    .option("--nats <url>",
      "farm the points to the workers registered on this NATS server (`irqscale worker --nats URL`) instead of "
        + "local child processes");
  verbosityFlags(cmd, SWEEP_VERBOSITY);
  cmd.action(async (o: SweepFlags) => {
    if (!["auto", "bar", "lines", "none"].includes(o.progress ?? "auto")) {
      program.error(`--progress: expected auto, bar, lines or none, got '${String(o.progress)}'`, { exitCode: 2 });
    }
    const sets = configSets(o);
    const s = await runSweep({
      model: o.model, preset: o.preset, config: o.config, sets, seed: o.seed, vary: o.vary,
      jobs: o.jobs, out: o.out, report: o.report, progress: o.quiet ? "none" : o.progress, nats: o.nats, reps: o.reps,
      zip: o.zip, exprs: o.setExpr,
      onPlan: sweepPlanLog(o, { model: o.model, preset: o.preset, file: o.config, sets }),
    });
    if (!o.quiet) printPointWarnings(s);
    const ok = s.points.length - s.failed;
    const where = `${s.csv}${s.report ? `, ${s.report}` : ""}`;
    const took = `${(s.wallMs / 1000).toFixed(1)} s`;
    if (!o.quiet) process.stderr.write(`sweep: ${ok}/${s.points.length} points ok in ${took} -> ${where}\n`);
    if (s.failed > 0) {
      for (const p of s.points.filter((x) => x.status !== "ok")) {
        process.stderr.write(`  point ${p.name}: ${p.error ?? "failed"}\n`);
      }
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
