import type { Command } from "commander";
import { allowed, flattenParams, type Param } from "../../../shared/config/params.js";
import { commonParams, models } from "../../../shared/model/registry.js";
import { resolveConfig } from "../../../shared/config/load.js";
import { valueAt } from "../../../shared/config/resolve.js";
import { describeConfigRequest, verboseLog, verbosityFlags } from "../options.js";

export interface ParamRow { model: string; path: string; kind: Param["kind"]; unit: string; default: Param["default"]; allowed: string; source: string; description: string }

/** Every declared parameter: common ones once (model "*"), then each model's, in declaration order. */
export function paramRows(): ParamRow[] {
  const rows: ParamRow[] = [];
  const names = Object.keys(models);
  const row = (model: string, path: string, p: Param): ParamRow =>
    ({ model, path, kind: p.kind, unit: p.unit, default: p.default, allowed: allowed(p), source: p.source, description: p.description });
  // `model` is declared per model with that model as its only value: list it once with all models.
  for (const [path, p] of flattenParams(commonParams(names[0] ?? "")))
    rows.push(path === "model" ? { ...row("*", path, p), default: "", allowed: `one of ${names.join("|")}` } : row("*", path, p));
  for (const name of names) for (const [path, p] of flattenParams(models[name]!.params)) rows.push(row(name, path, p));
  return rows;
}

export function registerParams(program: Command): void {
  const cmd = program.command("params")
    .description("list every model parameter: path, unit, default, allowed values, source")
    .argument("[key]", "only parameters whose path starts with this")
    .option("--model <name>", "only this model's parameters (and the common ones)")
    .option("--json", "print a JSON list instead")
    .option("--preset <name>", "also show the value each parameter has in this preset (its model's parameters only)");
  verbosityFlags(cmd, { quiet: "the table alone (as without it)",
    verbose: "the filters applied, the preset's sources and how many parameters match, on stderr" })
    .action((key: string | undefined, o: { model?: string; json?: boolean; preset?: string; quiet?: boolean;
      verbose?: boolean }) => {
      const verbose = verboseLog(o);
      if (o.model !== undefined && !models[o.model]) program.error(`--model ${o.model}: unknown model; allowed: ${Object.keys(models).join(", ")}`, { exitCode: 2 });
      const preset = o.preset === undefined ? undefined : resolveConfig({ preset: o.preset, model: o.model });
      const only = preset?.model.name ?? o.model;
      const rows: (ParamRow & { preset?: unknown })[] = paramRows()
        .filter((r) => key === undefined || r.path.startsWith(key))
        .filter((r) => only === undefined || r.model === "*" || r.model === only)
        .map((r) => (preset ? { ...r, preset: valueAt(preset.config, r.path) } : r));
      if (preset) for (const line of describeConfigRequest({ preset: o.preset, model: o.model }, preset)) verbose(line);
      verbose(`${rows.length} parameters${key === undefined ? "" : ` whose path starts with '${key}'`}`
        + `${only === undefined ? " of every model" : ` of model ${only} and the common ones`}`);
      if (rows.length === 0) {
        program.error(`params: no parameter path starts with '${String(key)}'${only ? ` in model ${only}` : ""}`,
          { exitCode: 2 });
      }
      if (o.json) { process.stdout.write(JSON.stringify(rows, null, 2) + "\n"); return; }
      // One line per parameter; the free-text columns (description, source) come last, unpadded.
      const value = (r: (typeof rows)[number]): string[] =>
        preset ? [r.preset === r.default ? "=" : JSON.stringify(r.preset) ?? "-"] : [];
      const table = rows.map((r) => [
        r.path, r.unit || "-", r.default === "" ? "-" : String(r.default), ...value(r), r.allowed,
        `${r.description}  [source: ${r.source}]`,
      ]);
      const presetHead = preset ? [`PRESET ${o.preset!}`] : [];
      const head = ["PATH", "UNIT", "DEFAULT", ...presetHead, "ALLOWED", "DESCRIPTION  [source]"];
      const w = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
      const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(w[i]!))).join("  ").trimEnd() + "\n";
      let out = "";
      let model: string | undefined;
      for (const [i, r] of rows.entries()) {
        if (r.model !== model) {
          model = r.model;
          out += `${out ? "\n" : ""}# ${model === "*" ? "every model" : `model ${model}: ${models[model]!.description}`}\n` + line(head);
        }
        out += line(table[i]!);
      }
      process.stdout.write(out);
    });
}
