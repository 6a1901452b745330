import { Command, CommanderError } from "commander";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { writeJsonAtomic } from "../../shared/run/write.js";
import { collect, nonNegativeInt, positiveInt } from "./options.js";
import { exitWith } from "./errors.js";

const program = new Command("irqscale")
  .description("Distributed discrete-event simulator of network I/O virtualization on many-core servers")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command("run")
  .description("run one simulation and write result.json")
  .option("--model <name>", "model to run (phold, ...)")
  .option("--preset <name>", "start from a preset (see `irqscale presets`)")
  .option("--config <file>", "YAML or JSON config file")
  .option("--set <key=value>", "override one config key (repeatable)", collect, [])
  .option("--seed <n>", "run seed", nonNegativeInt("--seed"))
  .option("--partitions <n>", "partitions in this process (in-memory transport)", positiveInt("--partitions"), 1)
  .option("--json", "print result.json on stdout and nothing else")
  .option("--out <dir>", "directory for result.json", "results")
  .action(async (o: { model?: string; preset?: string; config?: string; set: string[]; seed?: number; partitions: number; json?: boolean; out: string }) => {
    const rc = resolveConfig({ model: o.model, preset: o.preset, file: o.config, sets: o.set, seed: o.seed });
    const result = await runLocal(rc, { partitions: o.partitions });
    const path = writeJsonAtomic(o.out, "result.json", result);
    if (o.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    else process.stderr.write(`digest ${String(result.digest)}  events ${String(result.events)}  wall ${String(result.wallMs)} ms  -> ${path}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  exitWith(err);
}
