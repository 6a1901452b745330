import { z } from "zod";

/**
 * A model parameter as the actors declare it: type, default, unit and source. Config schemas,
 * `irqscale params` and the README's calibration table are generated from these declarations.
 */
export interface Param {
  readonly kind: "number" | "int" | "boolean" | "enum" | "string";
  readonly default: number | boolean | string;
  readonly unit: string;
  readonly source: string;
  readonly description: string;
  readonly min?: number;
  /** When true, `min` itself is not allowed (costs and latencies that must be > 0). */
  readonly above?: boolean;
  readonly max?: number;
  readonly values?: readonly string[];
}

export type ParamTree = { readonly [key: string]: Param | ParamTree };

const isParam = (x: Param | ParamTree): x is Param => typeof (x as Param).kind === "string" && "default" in x;

type Opts = Partial<Pick<Param, "min" | "max" | "above">>;
export const num = (def: number, unit: string, source: string, description: string, opts: Opts = {}): Param =>
  ({ kind: "number", default: def, unit, source, description, min: 0, ...opts });
export const int = (def: number, unit: string, source: string, description: string, opts: Opts = {}): Param =>
  ({ kind: "int", default: def, unit, source, description, min: 0, ...opts });
export const bool = (def: boolean, source: string, description: string): Param =>
  ({ kind: "boolean", default: def, unit: "", source, description });
export const choice = <V extends string>(def: V, values: readonly V[], source: string, description: string): Param =>
  ({ kind: "enum", default: def, values, unit: "", source, description });
export const str = (def: string, source: string, description: string): Param =>
  ({ kind: "string", default: def, unit: "", source, description });

function paramSchema(p: Param): z.ZodType {
  switch (p.kind) {
    case "boolean": return z.boolean().default(p.default as boolean);
    case "string": return z.string().default(p.default as string);
    case "enum": return z.enum(p.values as [string, ...string[]]).default(p.default as string);
    default: {
      let s = p.kind === "int" ? z.number().int() : z.number();
      s = s.refine(Number.isFinite, "expected a finite number");
      if (p.min !== undefined) s = p.above ? s.gt(p.min) : s.gte(p.min);
      if (p.max !== undefined) s = s.lte(p.max);
      return s.default(p.default as number);
    }
  }
}

/** Strict zod schema of a declaration tree: unknown keys are errors, every leaf has its default. */
export function schemaOf(tree: ParamTree): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(tree)) shape[k] = isParam(v) ? paramSchema(v) : schemaOf(v);
  return z.strictObject(shape).prefault({});
}

/** Every leaf with its dotted path, in declaration order. */
export function flattenParams(tree: ParamTree, prefix = ""): [string, Param][] {
  const out: [string, Param][] = [];
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (isParam(v)) out.push([path, v]);
    else out.push(...flattenParams(v, path));
  }
  return out;
}

/** Human description of what a parameter allows. */
export function allowed(p: Param): string {
  if (p.kind === "enum") return `one of ${p.values!.join("|")}`;
  if (p.kind === "boolean") return "true|false";
  if (p.kind === "string") return "text";
  const range = [p.min !== undefined ? `${p.above ? ">" : ">="} ${p.min}` : "", p.max !== undefined ? `<= ${p.max}` : ""].filter(Boolean).join(", ");
  return `${p.kind === "int" ? "integer" : "number"}${range ? ` ${range}` : ""}`;
}

/** Deep merge of declaration trees; a leaf declared twice is a programming error. */
export function mergeParamTrees(...trees: ParamTree[]): ParamTree {
  const out: Record<string, Param | ParamTree> = {};
  for (const t of trees) {
    for (const [k, v] of Object.entries(t)) {
      const cur = out[k];
      if (cur === undefined) out[k] = v;
      else if (!isParam(cur) && !isParam(v)) out[k] = mergeParamTrees(cur, v);
      else throw new Error(`parameter ${k} is declared twice`);
    }
  }
  return out;
}
