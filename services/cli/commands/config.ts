import type { Command } from "commander";
import { stringify } from "yaml";
import { resolveConfig } from "../../../shared/config/load.js";
import { configFlags, configSets } from "./run.js";
import { describeConfigRequest, verboseLog, verbosityFlags } from "../options.js";

/** `irqscale config`: the resolved config (preset, then file, then --set), printed without running. */
export function registerConfig(program: Command): void {
  const cmd = configFlags(program.command("config")
    .description("print the resolved config (preset + --config file + --set, with every default) without running"))
    .option("--json", "print JSON instead of YAML");
  verbosityFlags(cmd, { quiet: "the config alone on stdout (as without it)", verbose: "what the config resolved "
    + "from (model, preset, file, --set, seed) on stderr" })
    .action((o: { model?: string; preset?: string; config?: string; set: string[]; seed?: number; engine?: string;
      json?: boolean; quiet?: boolean; verbose?: boolean }) => {
      const request = { model: o.model, preset: o.preset, file: o.config, sets: configSets(o), seed: o.seed };
      const rc = resolveConfig(request);
      for (const line of describeConfigRequest(request, rc)) verboseLog(o)(line);
      // Building checks what only the assembled model can (e.g. link latencies), as a run would.
      rc.model.build(rc.config);
      process.stdout.write(o.json ? `${JSON.stringify(rc.config, null, 2)}\n` : stringify(rc.config));
    });
}
