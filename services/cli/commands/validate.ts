import type { Command } from "commander";
import { resolveConfig } from "../../../shared/config/load.js";
import { ConfigError } from "../../../shared/kernel/errors.js";
import { describeConfigRequest, verboseLog, verbosityFlags } from "../options.js";

export function registerValidate(program: Command): void {
  const cmd = program.command("validate")
    .description("check a YAML or JSON config file against the model's declared parameters")
    .requiredOption("--config <file>", "YAML or JSON config file (with `model:`, or give --model / --preset)")
    .option("--model <name>", "model, when the file does not say")
    .option("--preset <name>", "preset the file is applied on");
  verbosityFlags(cmd, { quiet: "`valid` on stdout or the errors on stderr (as without it)",
    verbose: "what the file resolved to (model, preset, absolute path, seed) on stderr" })
    .action((o: { config: string; model?: string; preset?: string; quiet?: boolean; verbose?: boolean }) => {
      try {
        const request = { file: o.config, model: o.model, preset: o.preset };
        const rc = resolveConfig(request);
        for (const line of describeConfigRequest(request, rc)) verboseLog(o)(line);
        // Building catches what only the assembled model can check (e.g. link latencies).
        rc.model.build(rc.config);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        // An issue may hold several lines (a YAML excerpt, or one line per unknown key): indent them all.
        const lines = e.issues.flatMap((i) => i.trimEnd().split("\n").filter((l) => l.trim() !== ""));
        process.stderr.write(`${o.config}: invalid\n${lines.map((i) => `  ${i}`).join("\n")}\n`);
        process.exit(2);
      }
      process.stdout.write("valid\n");
    });
}
