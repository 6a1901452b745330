import type { Command } from "commander";
import { resolveConfig } from "../../../shared/config/load.js";
import { ConfigError } from "../../../shared/kernel/errors.js";

export function registerValidate(program: Command): void {
  program.command("validate").description("check a YAML or JSON config file against the model's declared parameters")
    .requiredOption("--config <file>", "YAML or JSON config file (with `model:`, or give --model / --preset)")
    .option("--model <name>", "model, when the file does not say")
    .option("--preset <name>", "preset the file is applied on")
    .action((o: { config: string; model?: string; preset?: string }) => {
      try {
        const rc = resolveConfig({ file: o.config, model: o.model, preset: o.preset });
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
