import type { Command } from "commander";
import { resolveConfig } from "../../../shared/config/load.js";
import { runLocal } from "../../../shared/run/local.js";
import { writeJsonAtomic } from "../../../shared/run/write.js";
import { collect, nonNegativeInt, positiveInt } from "../options.js";

export interface RunFlags { model?: string; preset?: string; config?: string; set: string[]; seed?: number; partitions: number; json?: boolean; out: string }

/** Flags every command that resolves a config shares. */
export function configFlags(cmd: Command): Command {
  return cmd
    .option("--model <name>", "model to run (phold, net)")
    .option("--preset <name>", "start from a preset (see `irqscale presets`)")
    .option("--config <file>", "YAML or JSON config file")
    .option("--set <key=value>", "override one config key (repeatable)", collect, [])
    .option("--seed <n>", "run seed", nonNegativeInt("--seed"));
}

export function registerRun(program: Command): void {
  configFlags(program.command("run").description("run one simulation and write result.json"))
    .option("--partitions <n>", "partitions in this process (in-memory transport)", positiveInt("--partitions"), 1)
    .option("--json", "print result.json on stdout and nothing else")
    .option("--out <dir>", "directory for result.json", "results")
    .action(async (o: RunFlags) => {
      const rc = resolveConfig({ model: o.model, preset: o.preset, file: o.config, sets: o.set, seed: o.seed });
      const result = await runLocal(rc, { partitions: o.partitions });
      const path = writeJsonAtomic(o.out, "result.json", result);
      if (o.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
      else process.stderr.write(`digest ${String(result.digest)}  events ${String(result.events)}  wall ${String(result.wallMs)} ms  -> ${path}\n`);
    });
}
