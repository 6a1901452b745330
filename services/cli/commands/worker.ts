import type { Command } from "commander";
import { nonNegativeInt } from "../options.js";

export function registerWorker(program: Command): void {
  program.command("worker")
    .description("join the worker pool on a NATS server: host partitions of distributed runs and take sweep points")
    .option("--nats <url>", "NATS server (nats://[user:pass@]host:port, tls://...); default $NATS_URL, else nats://127.0.0.1:4222")
    .option("--name <name>", "name shown in results and errors (default <host>-<pid>)")
    .option("--quiet", "no progress lines on stderr")
    .option("--max-runs <n>", "exit after this many runs or sweep points (0 = serve until stopped)", nonNegativeInt("--max-runs"), 0)
    .option("--exit-with-parent", "exit when stdin closes (for a parent process that spawned this worker)")
    .action(async (o: { nats?: string; name?: string; quiet?: boolean; maxRuns: number; exitWithParent?: boolean }) => {
      const { runWorkerProcess } = await import("../../worker/process.js");
      const code = await runWorkerProcess({ nats: o.nats, name: o.name, quiet: o.quiet, maxRuns: o.maxRuns, exitWithParent: o.exitWithParent });
      process.exit(code);
    });
}
