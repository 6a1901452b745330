import { Command, CommanderError } from "commander";
import { registerRun } from "./commands/run.js";
import { exitWith } from "./errors.js";

const program = new Command("irqscale")
  .description("Distributed discrete-event simulator of network I/O virtualization on many-core servers")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerRun(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  exitWith(err);
}
