import { InvalidArgumentError, type Command } from "commander";
import { DEFAULT_STALL_TIMEOUT_MS, MIN_STALL_TIMEOUT_MS } from "../../../shared/sync/liveness.js";
import { nonNegativeInt, positiveInt } from "../options.js";

/** `--stall-timeout-ms` of `run`, `coordinator` and `worker`: the liveness bound, at least 100 ms. */
export function stallTimeoutArg(v: string): number {
  const n = positiveInt("--stall-timeout-ms")(v);
  if (n < MIN_STALL_TIMEOUT_MS) {
    throw new InvalidArgumentError(`--stall-timeout-ms must be at least ${MIN_STALL_TIMEOUT_MS} (ms), got '${v}'`);
  }
  return n;
}

export const STALL_TIMEOUT_HELP = "declare a participant that answers no heartbeat for this long lost "
  + `(ms, default ${DEFAULT_STALL_TIMEOUT_MS}): `;

export function registerWorker(program: Command): void {
  program.command("worker")
    .description("join the worker pool on a NATS server: host partitions of distributed runs and take sweep points")
    .option("--nats <url>", "NATS server (nats://[user:pass@]host:port, tls://...); default $NATS_URL, else nats://127.0.0.1:4222")
    .option("--name <name>", "name shown in results and errors (default <host>-<pid>)")
    .option("--quiet", "no progress lines on stderr")
    .option("--max-runs <n>", "exit after this many runs or sweep points (0 = serve until stopped)", nonNegativeInt("--max-runs"), 0)
    .option("--exit-with-parent", "exit when stdin closes (for a parent process that spawned this worker)")
    .option("--stall-timeout-ms <ms>", `${STALL_TIMEOUT_HELP}a run whose coordinator is silent is dropped`,
      stallTimeoutArg)
    .action(async (o: {
      nats?: string; name?: string; quiet?: boolean; maxRuns: number; exitWithParent?: boolean; stallTimeoutMs?: number;
    }) => {
      const { runWorkerProcess } = await import("../../worker/process.js");
      const code = await runWorkerProcess({
        nats: o.nats, name: o.name, quiet: o.quiet, maxRuns: o.maxRuns, exitWithParent: o.exitWithParent,
        stallTimeoutMs: o.stallTimeoutMs,
      });
      process.exit(code);
    });
}
