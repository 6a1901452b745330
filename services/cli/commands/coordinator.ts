import type { Command } from "commander";
import { resolveConfig } from "../../../shared/config/load.js";
import { parsePartitionMap } from "../../../shared/run/partition.js";
import { writeJsonAtomic } from "../../../shared/run/write.js";
import { checkOutputs, positiveInt, resultLine, verbosityFlags } from "../options.js";
import { progressWanted, runProgressBar, type RunProgress } from "../../../shared/run/progress.js";
import { StoppedError } from "../errors.js";
import {
  configFlags,
  configSets,
  natsRunFlags,
  natsSetupErrors,
  partitionFlags,
  traceFlags,
  tracedRun,
  RUN_VERBOSITY,
  checkWorkerLoss,
  type RunFlags,
} from "./run.js";
import { checkpointEvery, checkpointFlags } from "./checkpoint-flags.js";

export function registerCoordinator(program: Command): void {
  const cmd = configFlags(program.command("coordinator")
    .description("run one simulation on workers registered on a NATS server; write one merged result.json"))
    .option("--nats <url>", "NATS server (nats://[user:pass@]host:port, tls://...); default $NATS_URL, else nats://127.0.0.1:4222")
    .requiredOption("--workers <n>", "wait for this many idle workers", positiveInt("--workers"))
    .option("--partitions <n>", "partitions, spread over the workers in contiguous blocks (default one per worker)", positiveInt("--partitions"))
    .option("--json", "print result.json on stdout and nothing else")
    .option("--out <dir>", "directory for result.json", "results")
    .option("--force", "replace the result.json of an earlier run in --out");
  checkpointFlags(cmd);
  verbosityFlags(cmd, RUN_VERBOSITY);
  natsRunFlags(partitionFlags(traceFlags(cmd))).action(async (o: RunFlags) => {
    const rc = resolveConfig({ model: o.model, preset: o.preset, file: o.config, sets: configSets(o), seed: o.seed });
    const traced = tracedRun(rc, o);
    checkOutputs(o.out, o.force, o.trace);
    const every = checkpointEvery(o);
    checkWorkerLoss(o, every);
    const { runResumable } = await import("../../coordinator/coordinator.js");
    let bar: RunProgress | undefined;
    const endNs = rc.model.build(rc.config).endNs;
    const log = (line: string): void => { if (bar) bar.log(line); else process.stderr.write(`${line}\n`); };
    const ac = new AbortController();
    const onSignal = (sig: "SIGINT" | "SIGTERM") => () => ac.abort(new StoppedError(sig));
    process.once("SIGINT", onSignal("SIGINT"));
    process.once("SIGTERM", onSignal("SIGTERM"));
    // Stopped by a signal, waiting for workers or mid-run: one line, whatever error the run gave.
    const stopped = <T>(run: Promise<T>): Promise<T> =>
      run.catch((e: unknown) => { throw ac.signal.aborted ? (ac.signal.reason as StoppedError) : e; });
    const result = await stopped(natsSetupErrors(() => runResumable(rc, {
      checkpoint: every, onWorkerLoss: o.onWorkerLoss === "resume" ? "resume" : "abort",
      natsUrl: o.nats, workers: o.workers!, partitions: o.partitions,
      partitionMap: o.partitionMap === undefined ? undefined : parsePartitionMap(o.partitionMap),
      minLookaheadNs: o.minLookaheadNs, pipelineDepth: o.pipelineDepth, runId: o.runId, waitMs: o.waitMs ?? 120_000, stallMs: o.stallTimeoutMs,
      signal: ac.signal, log: o.quiet || (o.json && !o.verbose) ? undefined : log, trace: traced?.request,
      onWindow: progressWanted(o) ? (_w, ns) => { (bar ??= runProgressBar(endNs, "run")).update({ virtualNs: ns }); }
        : undefined,
    }))).then((r) => { bar?.stop({ virtualNs: endNs }); return r; }, (e: unknown) => { bar?.stop(); throw e; });
    traced?.write();
    const path = writeJsonAtomic(o.out, "result.json", result);
    if (o.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    else if (!o.quiet) log(resultLine(result, path));
    process.exit(0);
  });
}
