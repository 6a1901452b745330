import type { Command } from "commander";
import { stringify } from "yaml";
import { resolveConfig } from "../../../shared/config/load.js";
import { configFlags, configSets } from "./run.js";

/** `irqscale config`: the resolved config (preset, then file, then --set), printed without running. */
export function registerConfig(program: Command): void {
  configFlags(program.command("config")
    .description("print the resolved config (preset + --config file + --set, with every default) without running"))
    .option("--json", "print JSON instead of YAML")
    .action((o: { model?: string; preset?: string; config?: string; set: string[]; seed?: number; engine?: string;
      json?: boolean }) => {
      const rc = resolveConfig({ model: o.model, preset: o.preset, file: o.config, sets: configSets(o), seed: o.seed });
      // Building checks what only the assembled model can (e.g. link latencies), as a run would.
      rc.model.build(rc.config);
      process.stdout.write(o.json ? `${JSON.stringify(rc.config, null, 2)}\n` : stringify(rc.config));
    });
}
