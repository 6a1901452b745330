import { readFileSync, statSync } from "node:fs";
import type { EngineKind } from "../kernel/engine.js";
import { parse as parseYaml } from "yaml";
import { ConfigError } from "../kernel/errors.js";
import { commonParams, models, presets, type ModelDef } from "../model/registry.js";
import { flattenParams, schemaOf } from "./params.js";
import { applySets, validate } from "./resolve.js";

export interface ConfigRequest {
  model?: string;
  preset?: string;
  file?: string;
  /** A config resolved before (a checkpoint's), checked again as a file's content would be. */
  resolved?: Record<string, unknown>;
  sets?: readonly string[];
  seed?: number;
}

export interface ResolvedConfig {
  model: ModelDef;
  preset: string | undefined;
  config: Record<string, unknown> & { model: string; seed: number; engine?: EngineKind };
}

/** The engine a resolved config asks for (configs built by hand, as in tests, may leave it out). */
export const engineOf = (config: ResolvedConfig["config"]): EngineKind => config.engine ?? "compiled";

/** Reads a YAML or JSON config file into a plain object, naming the file on failure. */
/** Largest config file read, and deepest nesting of sections accepted in it. */
export const MAX_CONFIG_BYTES = 1 << 20;
export const MAX_CONFIG_DEPTH = 32;

export function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new Error("not a regular file");
    if (st.size > MAX_CONFIG_BYTES)
      throw new Error(`${st.size} bytes, more than the ${MAX_CONFIG_BYTES} a config may have`);
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError([`${file}: cannot read (${(e as Error).message})`]);
  }
  let v: unknown;
  try {
    v = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const why = e instanceof RangeError ? `nested deeper than ${MAX_CONFIG_DEPTH} levels` : (e as Error).message;
    throw new ConfigError([`${file}: ${why}`]);
  }
  if (v === null || typeof v !== "object" || Array.isArray(v))
    throw new ConfigError([`${file}: top level must be a mapping`]);
  const deep = deeperThan(v, MAX_CONFIG_DEPTH);
  if (deep !== undefined) throw new ConfigError([`${file}: ${deep} is nested deeper than ${MAX_CONFIG_DEPTH} levels`]);
  return v as Record<string, unknown>;
}

/** The path of a value nested deeper than `limit` levels, found without recursion; undefined if none. */
function deeperThan(root: object, limit: number): string | undefined {
  const stack: [unknown, string[]][] = [[root, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (path.length > limit) return `config.${path.slice(0, 4).join(".")}...`;
    if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) stack.push([x, [...path, k]]);
  }
  return undefined;
}

/** Preset, then file, then --set, then --seed; validated against the model's declared parameters. */
export function resolveConfig(req: ConfigRequest): ResolvedConfig {
  let base: Record<string, unknown> = {};
  let modelName = req.model;
  if (req.preset !== undefined) {
    const p = presets[req.preset];
    if (!p) throw new ConfigError([`--preset ${req.preset}: unknown preset; allowed: ${Object.keys(presets).join(", ")}`]);
    base = structuredClone(p.config);
    if (modelName !== undefined && modelName !== p.model) throw new ConfigError([`--model ${modelName}: preset ${req.preset} is for model ${p.model}`]);
    modelName = p.model;
  }
  // A model in the file that conflicts with the flags is an error, reported with what else is wrong
  // with the file under the flags' model.
  const conflict: string[] = [];
  if (req.resolved !== undefined) {
    base = deepMerge(base, req.resolved);
    if (typeof req.resolved.model === "string") modelName ??= req.resolved.model;
  }
  if (req.file !== undefined) {
    const f = readConfigFile(req.file);
    base = deepMerge(base, f);
    if (typeof f.model === "string" && modelName !== undefined && f.model !== modelName) {
      const by = req.preset !== undefined ? `--preset ${req.preset} (model ${modelName})` : `--model ${modelName}`;
      conflict.push(`config.model: ${f.model} in ${req.file} conflicts with ${by}`);
    }
    if (typeof f.model === "string") modelName ??= f.model;
  }
  // A config without `model:` (and no --model or --preset) is the network model's.
  const badModel = [...conflict, ...(base.model !== undefined && typeof base.model !== "string"
    ? [`config.model: expected a model name, got ${JSON.stringify(base.model)}`] : [])];
  modelName ??= typeof base.model === "string" ? base.model : "net";
  const model = models[modelName];
  if (!model) throw new ConfigError([`config.model: unknown model '${modelName}'; allowed: ${Object.keys(models).join(", ")}`]);
  const tree = { ...commonParams(modelName), ...model.params };
  const declared = flattenParams(tree);
  const known = declared.map(([p]) => p);
  const textKeys = new Set(declared.filter(([, p]) => p.kind === "enum" || p.kind === "string").map(([k]) => k));
  let raw = applySets({ ...base, model: modelName }, req.sets ?? [], textKeys);
  if (req.seed !== undefined) raw = { ...raw, seed: req.seed };
  let config: ResolvedConfig["config"];
  try {
    config = validate(schemaOf(tree), raw, "config", known) as ResolvedConfig["config"];
  } catch (e) {
    throw e instanceof ConfigError ? new ConfigError([...badModel, ...e.issues]) : e;
  }
  if (badModel.length > 0) throw new ConfigError(badModel);
  return { model, preset: req.preset, config };
}

/**
 * Merges `b` over `a` (sections recursively). Keys are own data properties only: a key such as
 * `__proto__` or `constructor` in a file stays a key (which the schema then rejects as unknown);
 * it never reaches or replaces a prototype.
 */
export function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) define(out, k, v);
  for (const [k, v] of Object.entries(b)) {
    const cur = Object.hasOwn(out, k) ? out[k] : undefined;
    define(out, k, isPlain(cur) && isPlain(v) ? deepMerge(cur, v) : v);
  }
  return out;
}
const define = (o: Record<string, unknown>, k: string, v: unknown): void => {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
};
const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
