import type { Command } from "commander";
import { presets } from "../../../shared/model/registry.js";

export function registerPresets(program: Command): void {
  program.command("presets").description("list the presets, one a line: name, model, description")
    .option("--json", "print a JSON list instead")
    .action((o: { json?: boolean }) => {
      const rows = Object.entries(presets).map(([name, p]) => ({ name, model: p.model, description: p.description }));
      if (o.json) { process.stdout.write(JSON.stringify(rows, null, 2) + "\n"); return; }
      const w = Math.max(0, ...rows.map((r) => r.name.length));
      const wm = Math.max(0, ...rows.map((r) => r.model.length));
      for (const r of rows) process.stdout.write(`${r.name.padEnd(w)}  ${r.model.padEnd(wm)}  ${r.description}\n`);
    });
}
