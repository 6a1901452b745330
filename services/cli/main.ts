import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { registerRun } from "./commands/run.js";
import { registerResume } from "./commands/resume.js";
import { registerCoordinator } from "./commands/coordinator.js";
import { registerWorker } from "./commands/worker.js";
import { registerParams } from "./commands/params.js";
import { registerPresets } from "./commands/presets.js";
import { registerReport } from "./commands/report.js";
import { registerSweep } from "./commands/sweep.js";
import { registerValidate } from "./commands/validate.js";
import { registerPaper } from "./commands/paper.js";
import { registerConfig } from "./commands/config.js";
import { exitWith } from "./errors.js";
import { PACKAGE_ROOT } from "../../shared/run/entry.js";

const pkg = readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8");
const { version } = JSON.parse(pkg) as { version: string };

const program = new Command("irqscale")
  .description("Distributed discrete-event simulator of network I/O virtualization on many-core servers")
  .version(`irqscale ${version}`, "--version", "print the version and exit")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerRun(program);
registerResume(program);
registerWorker(program);
registerCoordinator(program);
registerSweep(program);
registerReport(program);
registerPresets(program);
registerParams(program);
registerValidate(program);
registerConfig(program);
registerPaper(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  exitWith(err);
}
