import type { Command } from "commander";
import { resolveConfig } from "../../../shared/config/load.js";
import { readCheckpointDir } from "../../../shared/run/checkpoint.js";
import { runLocal } from "../../../shared/run/local.js";
import { planRun } from "../../../shared/run/partition.js";
import { progressWanted, runProgressBar } from "../../../shared/run/progress.js";
import { writeJsonAtomic } from "../../../shared/run/write.js";
import { ConfigError } from "../../../shared/kernel/errors.js";
import { checkOutputs, positiveInt, printWarnings, resultLine, verboseLog, verbosityFlags } from "../options.js";
import { checkpointEvery, checkpointFlags, type CheckpointFlags } from "./checkpoint-flags.js";
import { localCheckpoints } from "./run.js";

interface ResumeFlags extends CheckpointFlags {
  partitions?: number; out?: string; force?: boolean; json?: boolean; quiet?: boolean; verbose?: boolean;
}

export function registerResume(program: Command): void {
  const cmd = program.command("resume <dir>")
    .description("go on with a checkpointed run from its last cut (the --out DIR of `run --checkpoint-every`) "
      + "and write its result.json; the digest and result are those of the run never interrupted")
    .option("--partitions <n>", "partitions to go on with (default: as the run had; any number its groups allow)",
      positiveInt("--partitions"))
    .option("--out <dir>", "directory for result.json (default: <dir>)")
    .option("--force", "replace a result.json already in --out");
  checkpointFlags(cmd);
  verbosityFlags(cmd, { quiet: "no progress bar, summary line or warnings on stderr",
    verbose: "the checkpoint's run, cut and partitioning" });
  cmd.option("--json", "print result.json on stdout and nothing else").action(async (dir: string, o: ResumeFlags) => {
    const verbose = verboseLog(o);
    const { manifest, cut } = readCheckpointDir(dir);
    const run = manifest.run;
    const rc = resolveConfig({ resolved: run.config, ...(run.preset ? { preset: run.preset } : {}) });
    const out = o.out ?? dir;
    checkOutputs(out, o.force);
    const every = checkpointEvery(o, run.every);
    const sim = rc.model.build(rc.config);
    if (cut.now >= sim.endNs) throw new ConfigError([`resume ${dir}: the cut at t=${cut.now} ns is at the run's end`]);
    const plan = planRun(sim, { partitions: o.partitions ?? run.partitions, minLookaheadNs: 0,
      partitionsFlag: o.partitions === undefined ? `the checkpoint's ${run.partitions} partitions` : undefined });
    verbose(`resume: run ${run.runId} (${run.preset ? `preset ${run.preset}, ` : ""}seed ${rc.config.seed}), `
      + `cut after window ${cut.window} at t=${cut.now} ns of ${sim.endNs} ns; ${plan.partitions} partition`
      + `${plan.partitions === 1 ? "" : "s"} (the run had ${run.partitions})`);
    const checkpoints = localCheckpoints(rc, out, every, plan.partitions, run.pipelineDepth);
    if (out === dir) checkpoints?.store.adopt(manifest);
    const bar = progressWanted(o) ? runProgressBar(sim.endNs, "resume") : undefined;
    let result: Record<string, unknown>;
    try {
      result = await runLocal(rc, {
        partitions: plan.partitions, pipelineDepth: run.pipelineDepth, resume: cut, checkpoint: checkpoints?.opts,
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
