import { InvalidArgumentError, type Command } from "commander";
import { DEFAULT_STALL_TIMEOUT_MS, MIN_STALL_TIMEOUT_MS } from "../../../shared/sync/liveness.js";
import { nonNegativeInt, positiveInt, verboseLog, verbosityFlags } from "../options.js";

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
  const cmd = program.command("worker")
    .description("join the worker pool on a NATS server: host partitions of distributed runs and take sweep points")
    .option("--nats <url>", "NATS server (nats://[user:pass@]host:port, tls://...); default $NATS_URL, else nats://127.0.0.1:4222")
    .option("--name <name>", "name shown in results and errors (default <host>-<pid>)")
    .option("--max-runs <n>", "exit after this many runs or sweep points (0 = serve until stopped)", nonNegativeInt("--max-runs"), 0)
    .option("--exit-with-parent", "exit when stdin closes (for a parent process that spawned this worker)")
    .option("--stall-timeout-ms <ms>", `${STALL_TIMEOUT_HELP}a run whose coordinator is silent is dropped`,
      stallTimeoutArg);
  verbosityFlags(cmd, { quiet: "no progress lines on stderr",
    verbose: "the server, name, run limit and liveness bound it starts with, on stderr" })
    .action(async (o: {
      nats?: string; name?: string; quiet?: boolean; verbose?: boolean; maxRuns: number; exitWithParent?: boolean;
      stallTimeoutMs?: number;
    }) => {
      // The NATS code loads only here (other commands start without it).
      const { natsConnectOptions } = await import("../../../shared/transport/nats.js");
      const server = natsConnectOptions({ url: o.nats }).display;
      verboseLog(o)(`worker ${o.name ?? "(default name <host>-<pid>)"} on ${server}, `
        + `${o.maxRuns > 0 ? `exits after ${o.maxRuns} runs` : "serves until stopped"}, stall bound `
        + `${o.stallTimeoutMs ?? "default"} ms${o.exitWithParent ? ", exits with its parent" : ""}`);
      const { runWorkerProcess } = await import("../../worker/process.js");
      const code = await runWorkerProcess({
        nats: o.nats, name: o.name, quiet: o.quiet, maxRuns: o.maxRuns, exitWithParent: o.exitWithParent,
        stallTimeoutMs: o.stallTimeoutMs,
      });
      process.exit(code);
    });
}
