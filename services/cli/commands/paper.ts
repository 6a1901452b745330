import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runSweep, type SweepSummary } from "../../../shared/run/sweep.js";
import type { MeanInterval } from "../../../shared/stats/replicate.js";
import { collect, nonNegativeInt, positiveInt, REPS_HELP, repsOption, verbosityFlags } from "../options.js";
import { printPointWarnings, sweepPlanLog, SWEEP_VERBOSITY } from "./sweep.js";

export const PAPER_VCPUS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/**
 * Replications per point by default: enough that the 95% interval of the mq/sq throughput ratio at
 * 12 vCPUs is narrower than +-0.05 (measured: README, "Reproducing the paper").
 */
export const PAPER_REPS = 5;

interface PaperFlags {
  out: string; jobs?: number; set: string[]; quiet?: boolean; verbose?: boolean; reps: number; seed?: number;
  report: boolean;
}

/** `x ± h` with `digits` decimals, or x alone without an interval. */
const pm = (x: Pick<MeanInterval, "mean" | "halfWidth">, digits: number): string =>
  (x.halfWidth === null ? x.mean.toFixed(digits) : `${x.mean.toFixed(digits)} ± ${x.halfWidth.toFixed(digits)}`);

/** The paper reproduction: both modes at 1..12 vCPUs, then the table of the README. */
export function registerPaper(program: Command): void {
  const cmd = program
    .command("paper")
    .description("reproduce Chen et al. 2018: sq-spi vs mq-msi at 1..12 vCPUs (24-point sweep, --reps replications "
      + "each), print the table with 95% intervals")
    .option("--out <dir>", "sweep directory", "results/paper")
    .option("--jobs <n>", "parallel processes", positiveInt("--jobs"))
    .option("--set <key=value>", "override one config key (repeatable)", collect, [])
    .option("--seed <n>", "seed of replication 0 (the others derive from it)", nonNegativeInt("--seed"))
    .option("--reps <n>", `${REPS_HELP}; the default makes the mq/sq interval at 12 vCPUs narrower than ±0.05`,
      repsOption("--reps"), PAPER_REPS)
    .option("--no-report", "do not write report.html");
  verbosityFlags(cmd, { ...SWEEP_VERBOSITY, quiet: `${SWEEP_VERBOSITY.quiet} (the table still goes to stdout)` });
  cmd.action(async (o: PaperFlags) => {
      const summary = await runSweep({
        preset: "paper", sets: o.set, seed: o.seed, reps: o.reps,
        vary: ["vm.net.mode=sq-spi,mq-msi", `vm.vcpus=${PAPER_VCPUS.join(",")}`],
        jobs: o.jobs, out: o.out, progress: o.quiet ? "none" : "auto", report: o.report,
        onPlan: sweepPlanLog(o, { preset: "paper", sets: o.set }),
      });
      if (!o.quiet) printPointWarnings(summary);
      process.stdout.write(paperTable(summary, o.reps));
    });
}

interface PointFigures {
  rps: MeanInterval; p99: MeanInterval;
  /** vCPU0's busy share and its share in hardirq + softirq + ksoftirqd + exits, means over the replications. */
  busy: number; sys: number;
}

/** The table `irqscale paper` prints (markdown), from the sweep it ran. */
export function paperTable(summary: SweepSummary, reps: number): string {
  const figures = new Map<string, PointFigures>();
  for (const p of summary.points) {
    if (p.status !== "ok") throw new Error(`paper point ${p.name} failed: ${p.error ?? ""}`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const read = (file: string): any => JSON.parse(readFileSync(join(summary.dir, file), "utf8"));
    const r = read(p.result);
    const files = p.reps ? p.reps.map((x) => x.result) : [p.result];
    const v0 = files.map((f) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const c = (read(f).perCpu as any[]).find((x) => x.kind === "vcpu" && String(x.id).endsWith(".vcpu0"));
      return { busy: c.busy as number, sys: c.shares.softirq + c.shares.hardirq + c.shares.exit + c.shares.ksoftirqd };
    });
    const one = (v: number): MeanInterval => ({ mean: v, sd: null, n: 1, halfWidth: null, ci95: null });
    figures.set(`${String(p.values["vm.net.mode"])}/${String(p.values["vm.vcpus"])}`, {
      rps: r.stats?.metrics["throughput.requestsPerSec"] ?? one(r.throughput.requestsPerSec),
      p99: r.stats?.metrics["latencyUs.p99"] ?? one(r.latencyUs.p99),
      busy: v0.reduce((a, x) => a + x.busy, 0) / v0.length,
      sys: v0.reduce((a, x) => a + x.sys, 0) / v0.length,
    });
  }
  const ratioAt = (n: number) => summary.ratios?.ratios
    .find((x) => x.mode === "mq-msi" && x.at["vm.vcpus"] === String(n))?.metrics["throughput.requestsPerSec"];
  const rows = [
    "| vCPUs | sq-spi req/s | mq-msi req/s | mq/sq | sq-spi vCPU0 busy (sys) | sq-spi p99 us | mq-msi p99 us |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const n of PAPER_VCPUS) {
    const sq = figures.get(`sq-spi/${n}`)!, mq = figures.get(`mq-msi/${n}`)!;
    const q = ratioAt(n)!;
    rows.push(`| ${n} | ${pm(sq.rps, 0)} | ${pm(mq.rps, 0)} | ${pm(q, 3)} `
      + `| ${sq.busy.toFixed(2)} (${sq.sys.toFixed(2)}) | ${pm(sq.p99, 1)} | ${pm(mq.p99, 1)} |`);
  }
  const at12 = ratioAt(12)!;
  const how = reps > 1
    ? `mean ± half-width of the 95% Student-t interval over ${reps} replications (seeds: sweep.json seedRule); `
      + "mq/sq: the mean of the per-seed ratios, paired by seed"
    : "one replication each (no intervals; --reps N gives them)";
  return `${rows.join("\n")}\n\n${how}.\nmq/sq at 12 vCPUs: ${pm(at12, 3)}`
    + `${at12.halfWidth === null ? "" : ` (95% interval ${at12.ci95![0].toFixed(3)}..${at12.ci95![1].toFixed(3)})`}\n`
    + `${summary.points.length} points x ${reps} replications in ${(summary.wallMs / 1000).toFixed(1)} s wall; `
    + `results${summary.report ? ", sweep.csv and report.html" : " and sweep.csv"} in ${summary.dir}\n`;
}
