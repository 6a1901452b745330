import type { Command } from "commander";
import { presets } from "../../../shared/model/registry.js";
import { resolveConfig } from "../../../shared/config/load.js";
import { verboseLog, verbosityFlags } from "../options.js";

export function registerPresets(program: Command): void {
  verbosityFlags(program.command("presets").description("list the presets, one a line: name, model, description")
    .option("--json", "print a JSON list instead"), { quiet: "the list alone (as without it)",
    verbose: "each preset's seed and run length on stderr (`irqscale config --preset P` prints all of it)" })
    .action((o: { json?: boolean; quiet?: boolean; verbose?: boolean }) => {
      const verbose = verboseLog(o);
      for (const name of Object.keys(presets)) {
        const rc = resolveConfig({ preset: name });
        verbose(`preset ${name}: model ${rc.model.name}, seed ${rc.config.seed}, `
          + `ends at ${rc.model.build(rc.config).endNs} ns of virtual time`);
      }
      const rows = Object.entries(presets).map(([name, p]) => ({ name, model: p.model, description: p.description }));
      if (o.json) { process.stdout.write(JSON.stringify(rows, null, 2) + "\n"); return; }
      const w = Math.max(0, ...rows.map((r) => r.name.length));
      const wm = Math.max(0, ...rows.map((r) => r.model.length));
      for (const r of rows) process.stdout.write(`${r.name.padEnd(w)}  ${r.model.padEnd(wm)}  ${r.description}\n`);
    });
}
