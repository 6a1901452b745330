import type { Command } from "commander";
import { resolveConfig } from "../../../shared/config/load.js";
import { readCheckpointDir } from "../../../shared/run/checkpoint.js";
import { runLocal } from "../../../shared/run/local.js";
import { parsePartitionMap, planRun } from "../../../shared/run/partition.js";
import { progressWanted, runProgressBar } from "../../../shared/run/progress.js";
import { writeJsonAtomic } from "../../../shared/run/write.js";
import { ConfigError } from "../../../shared/kernel/errors.js";
import { checkOutputs, positiveInt, printWarnings, resultLine, verboseLog, verbosityFlags } from "../options.js";
import { checkpointEvery, checkpointFlags, type CheckpointFlags } from "./checkpoint-flags.js";
import { localCheckpoints, natsSetupErrors } from "./run.js";

interface ResumeFlags extends CheckpointFlags {
  partitions?: number; out?: string; force?: boolean; json?: boolean; quiet?: boolean; verbose?: boolean;
  runId?: string; nats?: string; workers?: number; waitMs?: number; onWorkerLoss?: "abort" | "resume";
  partitionMap?: string;
}

export function registerResume(program: Command): void {
  const cmd = program.command("resume [dir]")
    .description("go on with a checkpointed run from its last cut: in memory from DIR (the --out of "
      + "`run --checkpoint-every`), or over NATS with --run-id; write its result.json; the digest and result are "
      + "those of the run never interrupted")
    .option("--run-id <id>", "resume run ID from the checkpoint store of the NATS server (--nats) on --workers workers")
    .option("--nats <url>", "NATS server holding the checkpoint and the workers (default $NATS_URL)")
    .option("--workers <n>", "with --run-id: workers to go on with (default: as many as the run had)",
      positiveInt("--workers"))
    .option("--wait-ms <ms>", "with --run-id: how long to wait for the workers", positiveInt("--wait-ms"))
    .option("--on-worker-loss <what>", "with --run-id: abort (default) or resume again from the last checkpoint")
    .option("--partitions <n>", "partitions to go on with (default: as the run had; any number its groups allow)",
      positiveInt("--partitions"))
    .option("--partition-map <list>", "group -> partition, one number per group in group order (e.g. 0,0,1,1); "
      + "default contiguous blocks")
    .option("--out <dir>", "directory for result.json (default: <dir>)")
    .option("--force", "replace a result.json already in --out");
  checkpointFlags(cmd);
  verbosityFlags(cmd, { quiet: "no progress bar, summary line or warnings on stderr",
    verbose: "the checkpoint's run, cut and partitioning" });
  cmd.option("--json", "print result.json on stdout and nothing else").action(async (dir: string | undefined,
    o: ResumeFlags) => {
    if (o.runId !== undefined) return resumeOverNats(dir, o);
    if (dir === undefined) throw new ConfigError(["resume: give the directory of the run (its --out), or --run-id"]);
    for (const flag of ["nats", "workers", "waitMs", "onWorkerLoss"] as const) {
      if (o[flag] !== undefined) {
        throw new ConfigError([`--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: resumes over NATS; `
          + "give --run-id"]);
      }
    }
    const verbose = verboseLog(o);
    const { manifest, cut } = readCheckpointDir(dir);
    const run = manifest.run;
    const rc = resolveConfig({ resolved: run.config, ...(run.preset ? { preset: run.preset } : {}) });
    const out = o.out ?? dir;
    checkOutputs(out, o.force);
    const every = checkpointEvery(o, run.every);
    const sim = rc.model.build(rc.config);
    if (cut.now >= sim.endNs) throw new ConfigError([`resume ${dir}: the cut at t=${cut.now} ns is at the run's end`]);
    const map = o.partitionMap === undefined ? undefined : parsePartitionMap(o.partitionMap);
    const plan = planRun(sim, {
      partitions: o.partitions ?? (map ? undefined : run.partitions), map, minLookaheadNs: 0,
      partitionsFlag: o.partitions === undefined && !map ? `the checkpoint's ${run.partitions} partitions` : undefined,
    });
    verbose(`resume: run ${run.runId} (${run.preset ? `preset ${run.preset}, ` : ""}seed ${rc.config.seed}), `
      + `cut after window ${cut.window} at t=${cut.now} ns of ${sim.endNs} ns; ${plan.partitions} partition`
      + `${plan.partitions === 1 ? "" : "s"} (the run had ${run.partitions})`);
    const checkpoints = localCheckpoints(rc, out, every, plan.partitions, run.pipelineDepth);
    if (out === dir) checkpoints?.store.adopt(manifest);
    const bar = progressWanted(o) ? runProgressBar(sim.endNs, "resume") : undefined;
    let result: Record<string, unknown>;
    try {
      result = await runLocal(rc, {
        partitions: plan.partitions, partitionOfGroup: map ? plan.partitionOfGroup : undefined,
        pipelineDepth: run.pipelineDepth, resume: cut, checkpoint: checkpoints?.opts,
        onProgress: bar && ((p) => bar.update(p)),
      });
    } finally {
      bar?.stop();
    }
    const path = writeJsonAtomic(out, "result.json", result);
    checkpoints?.store.remove();
    if (o.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    else if (!o.quiet) process.stderr.write(`${resultLine(result, path)}\n`);
    if (!o.quiet) printWarnings(result);
  });
}

/** `resume --run-id ID`: the run's last cut from the NATS server's checkpoint store, on its workers. */
async function resumeOverNats(dir: string | undefined, o: ResumeFlags): Promise<void> {
  if (dir !== undefined) throw new ConfigError([`resume ${dir}: give a directory or --run-id, not both`]);
  if (o.onWorkerLoss !== undefined && o.onWorkerLoss !== "abort" && o.onWorkerLoss !== "resume")
    throw new ConfigError([`--on-worker-loss must be abort or resume, got '${o.onWorkerLoss}'`]);
  const out = o.out ?? "results";
  checkOutputs(out, o.force);
  const verbose = verboseLog(o);
  const [{ connectNats, checkRunId, newRunId }, store, { runResumable }] = await Promise.all([
    import("../../../shared/transport/nats.js"), import("../../../shared/run/nats-checkpoints.js"),
    import("../../coordinator/coordinator.js"),
  ]);
  const runId = checkRunId(o.runId!);
  const result = await natsSetupErrors(async () => {
    const nc = await connectNats({ url: o.nats, name: `irqscale-resume-${runId}` });
    try {
      const os = await store.openCheckpointStore(nc);
      const manifest = await store.readManifest(os, runId);
      if (manifest === undefined) {
        throw new ConfigError([`--run-id ${runId}: no checkpoint of that run on ${nc.getServer()}`]);
      }
      const cut = await store.loadCut(os, manifest);
      const run = manifest.run;
      const rc = resolveConfig({ resolved: run.config, ...(run.preset ? { preset: run.preset } : {}) });
      const every = checkpointEvery(o, run.every);
      const workers = o.workers ?? run.partitions;
      verbose(`resume: run ${runId}, cut after window ${cut.window} at t=${cut.now} ns, on ${workers} workers`);
      return await runResumable(rc, {
        nc, workers, partitions: o.partitions,
        partitionMap: o.partitionMap === undefined ? undefined : parsePartitionMap(o.partitionMap),
        runId: newRunId(String(rc.config.model)), checkpointRun: runId,
        resume: { manifest, cut }, checkpoint: every, onWorkerLoss: o.onWorkerLoss ?? "abort",
        pipelineDepth: run.pipelineDepth, waitMs: o.waitMs ?? 60_000,
        log: o.quiet || (o.json && !o.verbose) ? undefined : (line) => process.stderr.write(`${line}\n`),
      });
    } finally {
      await nc.drain().catch(() => nc.close());
    }
  });
  const path = writeJsonAtomic(out, "result.json", result);
  if (o.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  else if (!o.quiet) process.stderr.write(`${resultLine(result, path)}\n`);
  if (!o.quiet) printWarnings(result);
}
