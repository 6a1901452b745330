import { InvalidArgumentError, type Command } from "commander";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { resolveConfig, type ResolvedConfig } from "../../../shared/config/load.js";
import { runLocal, type LocalCheckpoints } from "../../../shared/run/local.js";
import { CheckpointDir } from "../../../shared/run/checkpoint.js";
import { buildIdentity } from "../../../shared/run/build-id.js";
import { checkpointEvery, checkpointFlags, type CheckpointEvery, type CheckpointFlags } from "./checkpoint-flags.js";
import { assignPartitions, DEFAULT_MIN_LOOKAHEAD_NS, parsePartitionMap, planRun } from "../../../shared/run/partition.js";
import type { PrivateNatsServer } from "../../../shared/run/nats-server.js";
import { writeJsonAtomic } from "../../../shared/run/write.js";
import { ConfigError } from "../../../shared/kernel/errors.js";
import { defaultTraceWindow, parseTraceWindow, writeTrace, type ChromeTrace, type TraceRequest,
  type TraceWindow } from "../../../shared/stats/trace.js";
import type { LocalWorkers } from "../../coordinator/local-cluster.js";
import { STALL_TIMEOUT_HELP, stallTimeoutArg } from "./worker.js";
import { replicatedResult, repDir, repSeeds } from "../../../shared/stats/replicate.js";
import {
  checkOutputs, collect, describeConfigRequest, nonNegativeInt, positiveInt, printWarnings, REPS_HELP, repsOption,
  resultLine, verboseLog, verbosityFlags,
} from "../options.js";
import { progressWanted, runProgressBar, type RunProgress } from "../../../shared/run/progress.js";

export interface RunFlags extends CheckpointFlags {
  onWorkerLoss?: "abort" | "resume";
  model?: string; preset?: string; config?: string; set: string[]; seed?: number; engine?: string; partitions?: number;
  json?: boolean; out: string; force?: boolean; quiet?: boolean;
  workers?: number; nats?: string; partitionMap?: string; minLookaheadNs?: number; pipelineDepth?: number; runId?: string; waitMs?: number; verbose?: boolean;
  trace?: string; traceWindow?: string; stallTimeoutMs?: number; reps?: number;
}

/** The checkpoint store of a run in memory, in `<out>/checkpoint` (see docs/checkpoints.md). */
export function localCheckpoints(
  rc: ResolvedConfig, out: string, every: CheckpointEvery | undefined, partitions: number, depth: number,
): { store: CheckpointDir; opts: LocalCheckpoints } | undefined {
  if (every === undefined) return undefined;
  const store = new CheckpointDir(out, {
    runId: `local-${rc.config.seed}`, config: rc.config, preset: rc.preset, partitions, pipelineDepth: depth,
    every, build: buildIdentity(),
  });
  return { store, opts: { ...every, write: (cut) => store.write(cut) } };
}

/**
 * Failures of the NATS set-up (server unreachable or missing, not enough workers, a worker process
 * that died) are the user's environment, not a bug: one line on stderr and exit 1, no stack.
 */
export async function natsSetupErrors<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === "NatsConnectError" || name === "NatsServerError" || name === "WorkerPoolError"
      || name === "LocalWorkerError" || name === "CheckpointStoreError") {
      process.stderr.write(`irqscale: ${(e as Error).message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

/** Flags every command that resolves a config shares. */
export function configFlags(cmd: Command): Command {
  return cmd
    .option("--model <name>", "model to run (net, lpi, phold)")
    .option("--preset <name>", "start from a preset (see `irqscale presets`)")
    .option("--config <file>", "YAML or JSON config file")
    .option("--set <key=value>", "override one config key (repeatable)", collect, [])
    .option("--seed <n>", "run seed", nonNegativeInt("--seed"))
    .option("--engine <name>",
      "compiled (default: the machines' transition tables) or xstate (xstate's interpreter); same result");
}

/** The --set overrides of a command, with --engine as the `engine` key it stands for. */
export const configSets = (o: { set: string[]; engine?: string }): string[] =>
  (o.engine === undefined ? o.set : [...o.set, `engine=${o.engine}`]);

/** Partitioning flags shared by `run` and `coordinator`. */
export function partitionFlags(cmd: Command): Command {
  return cmd
    .option("--partition-map <list>", "group -> partition, one number per group in group order (e.g. 0,0,1,1); default contiguous blocks")
    .option("--min-lookahead-ns <ns>", "reject a partitioning that cuts a link faster than this (default 1000 over NATS, none in memory)", nonNegativeInt("--min-lookahead-ns"))
    .option("--pipeline-depth <n>", "windows of lookahead/N; a partition may run N-1 windows ahead of its slowest peer (default 2 over NATS, 1 in memory: no gain without parallelism)", positiveInt("--pipeline-depth"));
}

/** Flags of runs over NATS shared by `run --workers` and `coordinator`. */
export function natsRunFlags(cmd: Command): Command {
  return cmd
    .option("--run-id <id>", "run id (one NATS subject token); default a fresh one")
    .option("--wait-ms <ms>", "how long to wait for enough idle workers", positiveInt("--wait-ms"))
    .option("--stall-timeout-ms <ms>", `${STALL_TIMEOUT_HELP}a lost worker aborts the run`, stallTimeoutArg)
    .option("--on-worker-loss <what>", "abort (default): a lost worker aborts the run, naming it; resume: go on "
      + "from the last checkpoint on the workers that answer (needs --checkpoint-every or --checkpoint-every-s)",
    onWorkerLossArg);
}

function onWorkerLossArg(v: string): "abort" | "resume" {
  if (v !== "abort" && v !== "resume") throw new InvalidArgumentError(`--on-worker-loss must be abort or resume, `
    + `got '${v}'`);
  return v;
}

/** --on-worker-loss resume resumes from checkpoints, which it needs. */
export function checkWorkerLoss(o: { onWorkerLoss?: string }, every: CheckpointEvery | undefined): void {
  if (o.onWorkerLoss === "resume" && every === undefined) {
    throw new ConfigError(["--on-worker-loss resume: a run resumes from its last checkpoint; give --checkpoint-every "
      + "or --checkpoint-every-s too"]);
  }
}

/** What --quiet leaves out and --verbose adds on `run` and `coordinator`. */
export const RUN_VERBOSITY = {
  quiet: "no progress bar, summary line or warnings on stderr",
  verbose: "the resolved config's sources and seed, the partitioning (group -> partition map, lookahead, "
    + "pipeline depth), windows and events; over NATS the server and each worker's progress",
};

export function registerRun(program: Command): void {
  const cmd = configFlags(program.command("run").description("run one simulation and write result.json"))
    .option("--partitions <n>", "partitions (in this process with the in-memory transport; over NATS: spread over the workers)", positiveInt("--partitions"))
    .option("--workers <n>", "run over NATS with this many worker processes (local ones unless --nats names a server with registered workers)", positiveInt("--workers"))
    .option("--nats <url>", "NATS server (nats://[user:pass@]host:port, tls://...; also $NATS_URL); default: start a private nats-server")
    .option("--json", "print result.json on stdout and nothing else")
    .option("--out <dir>", "directory for result.json", "results")
    .option("--force", "replace the result.json of an earlier run in --out")
    .option("--check", "in memory: check every message against the wire schema and the actor kinds' "
      + "declared sends and accepts (slower)");
  cmd.option("--reps <n>", REPS_HELP, repsOption("--reps"));
  checkpointFlags(cmd);
  verbosityFlags(cmd, RUN_VERBOSITY);
  natsRunFlags(partitionFlags(traceFlags(cmd))).action(async (o: RunFlags & { check?: boolean }) => {
    const request = { model: o.model, preset: o.preset, file: o.config, sets: configSets(o), seed: o.seed };
    const rc = resolveConfig(request);
    const verbose = verboseLog(o);
    const map = o.partitionMap === undefined ? undefined : parsePartitionMap(o.partitionMap);
    const traced = tracedRun(rc, o);
    checkOutputs(o.out, o.force, o.trace);
    const every = checkpointEvery(o);
    checkWorkerLoss(o, every);
    if (o.onWorkerLoss !== undefined && o.workers === undefined && o.nats === undefined) {
      throw new ConfigError(["--on-worker-loss: applies to runs over NATS (--workers or --nats); "
        + "in memory no worker is lost"]);
    }
    if (o.check && (o.workers !== undefined || o.nats !== undefined)) {
      throw new ConfigError(["--check: runs in memory only; leave out --workers and --nats"]);
    }
    if (o.stallTimeoutMs !== undefined && o.workers === undefined && o.nats === undefined) {
      throw new ConfigError([
        "--stall-timeout-ms: bounds runs over NATS (--workers or --nats); a run in memory cannot stall",
      ]);
    }
    for (const line of describeConfigRequest(request, rc)) verbose(line);
    const runOne = async (
      one: ResolvedConfig, trace: TraceRequest | undefined, label: string,
    ): Promise<Record<string, unknown>> => {
      const endNs = one.model.build(one.config).endNs;
      if (o.workers !== undefined || o.nats !== undefined) {
        return natsSetupErrors(() => runOverNats(one, o, map, trace, label, endNs, every));
      }
      // In memory: check the partitioning (and the minimum lookahead when one is asked for) first.
      const plan = planRun(one.model.build(one.config), {
        partitions: o.partitions, map, minLookaheadNs: o.minLookaheadNs ?? 0,
      });
      verbose(`${label}: seed ${one.config.seed}, in memory: ${plan.partitions} partition`
        + `${plan.partitions === 1 ? "" : "s"}, group -> partition map ${[...plan.partitionOfGroup].join(",")}, `
        + `lookahead ${Number.isFinite(plan.lookahead.ns) ? `${plan.lookahead.ns} ns (${plan.lookahead.link})`
          : "none"}`
        + `, pipeline depth ${o.pipelineDepth ?? 1}, ends at ${endNs} ns`);
      const bar = progressWanted(o) ? runProgressBar(endNs, label) : undefined;
      const checkpoints = localCheckpoints(one, o.out, every, plan.partitions, o.pipelineDepth ?? 1);
      try {
        const r = await runLocal(one, {
          partitions: plan.partitions, partitionOfGroup: map ? plan.partitionOfGroup : undefined,
          pipelineDepth: o.pipelineDepth, trace, wireCheck: o.check === true,
          onProgress: bar && ((p) => bar.update(p)), checkpoint: checkpoints?.opts,
        });
        onResultWritten = () => checkpoints?.store.remove();
        verbose(`${label}: ${String(r.windows)} windows, ${String(r.events)} events, digest ${String(r.digest)}`);
        return r;
      } finally {
        bar?.stop();
      }
    };
    // Once a run has succeeded, nothing of an earlier run's replications stays beside the new result
    // (checkOutputs asked for --force).
    const clearReps = () => rmSync(join(o.out, "reps"), { recursive: true, force: true });
    // A finished run's checkpoints are of no further use once its result is written.
    let onResultWritten: (() => void) | undefined;
    let result: Record<string, unknown>;
    const reps = o.reps ?? 1;
    if (reps === 1) {
      result = await runOne(rc, traced?.request, "run");
      clearReps();
    } else {
      // Replication 0 is the run without --reps (and the traced one); the others differ only in their seed.
      const seeds = repSeeds(rc.config.seed, reps);
      const results: Record<string, unknown>[] = [], files: string[] = [];
      for (const [i, seed] of seeds.entries()) {
        const one = i === 0 ? rc : { ...rc, config: { ...rc.config, seed } };
        const r = await runOne(one, i === 0 ? traced?.request : undefined, `rep ${i + 1}/${reps}`);
        if (i === 0) clearReps();
        const dir = repDir(i, seed);
        writeJsonAtomic(join(o.out, dir), "result.json", r);
        files.push(`${dir}/result.json`);
        results.push(r);
        if (!o.quiet && !o.json) {
          const line = resultLine(r, join(o.out, dir, "result.json"));
          process.stderr.write(`rep ${i + 1}/${reps} seed ${seed}: ${line}\n`);
        }
      }
      result = replicatedResult(results, files);
    }
    traced?.write();
    const path = writeJsonAtomic(o.out, "result.json", result);
    onResultWritten?.();
    if (o.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    else if (!o.quiet) process.stderr.write(`${resultLine(result, path)}\n`);
    if (!o.quiet) printWarnings(result);
  });
}

/** --trace and --trace-window, for `run` and `coordinator`. */
export function traceFlags(cmd: Command): Command {
  return cmd
    .option("--trace <file>", "write a Chrome trace-event JSON of --trace-window (open it in https://ui.perfetto.dev): "
      + "core states as slices, interrupts/IPIs/kicks as arrows, a track per lock")
    .option("--trace-window <from..to>", "virtual-time window of --trace in ms, e.g. 5..5.5 (default: the whole run, "
      + "for runs of at most 50 ms)");
}

/**
 * The trace the flags ask for, checked before anything runs, and how to write it once the run has
 * recorded it; undefined when not tracing.
 */
export function tracedRun(rc: ResolvedConfig, o: Pick<RunFlags, "trace" | "traceWindow">): { request: TraceRequest; write(): void } | undefined {
  if (o.trace === undefined && o.traceWindow === undefined) return undefined;
  const { window, error } = checkTraceFlags(o, rc.model.build(rc.config).endNs);
  if (error !== undefined) throw new ConfigError([error]);
  let trace: ChromeTrace | undefined;
  return { request: { window: window!, done: (t) => { trace = t; } }, write: () => { if (trace) writeTrace(o.trace!, trace); } };
}

/** The trace window of `run` flags, or the reason they are wrong, for a run ending at `endNs`. */
export function checkTraceFlags(o: Pick<RunFlags, "trace" | "traceWindow">, endNs: number): { window?: TraceWindow; error?: string } {
  if (o.trace === undefined) return { error: "--trace-window: give --trace FILE as well" };
  // A short run is traced whole; a longer one needs its window named.
  if (o.traceWindow === undefined) return defaultTraceWindow(endNs);
  return parseTraceWindow(o.traceWindow, endNs);
}

/**
 * `run --workers N [--nats URL]`: without a URL, a private nats-server on a random loopback port and
 * N local worker processes, all stopped afterwards; with a URL, the workers registered there, and
 * local ones for any shortfall after a second.
 */
async function runOverNats(
  rc: ResolvedConfig, o: RunFlags, map: Int32Array | undefined, trace: TraceRequest | undefined, label: string,
  endNs: number, every: CheckpointEvery | undefined,
): Promise<Record<string, unknown>> {
  const workers = o.workers ?? 1;
  // Reject a bad partitioning before starting a server or workers (runDistributed checks it again).
  const plan = planRun(rc.model.build(rc.config), {
    partitions: o.partitions ?? (map ? undefined : workers), map, minLookaheadNs: o.minLookaheadNs ?? DEFAULT_MIN_LOOKAHEAD_NS,
    partitionsFlag: o.partitions === undefined && !map ? `--workers ${workers} (one partition per worker)` : undefined,
  });
  assignPartitions(plan.partitions, workers);
  // NATS code loads only for runs that use it: a local run starts faster without it.
  const [{ startNatsServer }, { runResumable }, { LocalWorkers }] = await Promise.all([
    import("../../../shared/run/nats-server.js"), import("../../coordinator/coordinator.js"), import("../../coordinator/local-cluster.js"),
  ]);
  // Chatter (a shortfall of workers) unless --json or --quiet; --verbose adds the run's own log.
  let bar: RunProgress | undefined;
  const write = (line: string): void => { if (bar) bar.log(line); else process.stderr.write(`${line}\n`); };
  const log = !o.quiet && (o.verbose || !o.json) ? write : undefined;
  let server: PrivateNatsServer | undefined;
  let locals: LocalWorkers | undefined;
  const ac = new AbortController();
  try {
    let url = o.nats;
    if (url === undefined) {
      server = await startNatsServer({ jetstream: every !== undefined });
      url = server.url;
      if (o.verbose) log?.(`started nats-server pid ${server.pid} on ${url}`);
      locals = new LocalWorkers(url, "local", o.verbose);
      locals.spawn(workers);
    }
    const spawnShortfall = (missing: number): void => {
      locals ??= new LocalWorkers(url!, `local-${process.pid}`, o.verbose);
      log?.(`starting ${missing} local worker${missing === 1 ? "" : "s"} for the shortfall`);
      locals.spawn(missing);
      locals.failed.catch(onLocalFailure);
    };
    // A local worker that dies aborts the run, unless the run is to resume without it.
    const onLocalFailure = (e: Error): void => {
      if (o.onWorkerLoss === "resume") log?.(`${e.message}; the run goes on without it`);
      else ac.abort(e);
    };
    locals?.failed.catch(onLocalFailure);
    // Drawn once the workers are there (the first completed window), so set-up lines stay readable.
    const wantBar = progressWanted(o);
    const result = await runResumable(rc, {
      checkpoint: every, onWorkerLoss: o.onWorkerLoss === "resume" ? "resume" : "abort",
      natsUrl: url, workers, partitions: o.partitions, partitionMap: map, minLookaheadNs: o.minLookaheadNs, pipelineDepth: o.pipelineDepth,
      runId: o.runId, waitMs: o.waitMs ?? 60_000, signal: ac.signal, log: o.verbose ? log : undefined, trace,
      onWindow: wantBar ? (_w, ns) => { (bar ??= runProgressBar(endNs, label)).update({ virtualNs: ns }); } : undefined,
      stallMs: o.stallTimeoutMs,
      ...(server ? {} : { onShortfall: spawnShortfall, shortfallAfterMs: 1000 }),
    });
    bar?.stop({ virtualNs: endNs });
    return result;
  } finally {
    bar?.stop();
    await locals?.stop();
    await server?.stop();
  }
}
