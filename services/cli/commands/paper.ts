import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runSweep } from "../../../shared/run/sweep.js";
import { collect, positiveInt } from "../options.js";

const VCPUS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The paper reproduction: both modes at 1..12 vCPUs, then the table of DESIGN.md / README. */
export function registerPaper(program: Command): void {
  program
    .command("paper")
    .description("reproduce Chen et al. 2018: sq-spi vs mq-msi at 1..12 vCPUs (24-point sweep), print the table")
    .option("--out <dir>", "sweep directory", "results/paper")
    .option("--jobs <n>", "parallel processes", positiveInt("--jobs"))
    .option("--set <key=value>", "override one config key (repeatable)", collect, [])
    .option("--quiet", "no progress on stderr (the table still goes to stdout)")
    .action(async (o: { out: string; jobs?: number; set: string[]; quiet?: boolean }) => {
      const summary = await runSweep({
        preset: "paper", sets: o.set, vary: ["vm.net.mode=sq-spi,mq-msi", `vm.vcpus=${VCPUS.join(",")}`],
        jobs: o.jobs, out: o.out, progress: o.quiet ? "none" : "auto",
      });
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const results = new Map<string, any>();
      for (const p of summary.points) {
        if (p.status !== "ok") throw new Error(`paper point ${p.name} failed: ${p.error ?? ""}`);
        const r = JSON.parse(readFileSync(join(summary.dir, p.result), "utf8"));
        results.set(`${String(p.values["vm.net.mode"])}/${String(p.values["vm.vcpus"])}`, r);
      }
      const rows = ["| vCPUs | sq-spi req/s | mq-msi req/s | mq/sq | sq-spi vCPU0 busy (sys) | sq-spi p99 us | mq-msi p99 us |", "|---:|---:|---:|---:|---:|---:|---:|"];
      for (const n of VCPUS) {
        const sq = results.get(`sq-spi/${n}`), mq = results.get(`mq-msi/${n}`);
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const v0 = sq.perCpu.find((c: any) => c.kind === "vcpu" && c.id.endsWith(".vcpu0"));
        const sys = v0.shares.softirq + v0.shares.hardirq + v0.shares.exit + v0.shares.ksoftirqd;
        const a = sq.throughput.requestsPerSec, b = mq.throughput.requestsPerSec;
        rows.push(`| ${n} | ${Math.round(a)} | ${Math.round(b)} | ${(b / a).toFixed(2)} | ${v0.busy.toFixed(2)} (${sys.toFixed(2)}) | ${sq.latencyUs.p99} | ${mq.latencyUs.p99} |`);
      }
      process.stdout.write(rows.join("\n") + `\n\n24 points in ${(summary.wallMs / 1000).toFixed(1)} s wall; results, sweep.csv and report.html in ${summary.dir}\n`);
    });
}
