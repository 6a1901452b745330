import { z } from "zod";

/**
 * A model parameter as the actors declare it: type, default, unit and source. Config schemas,
 * `irqscale params` and the README's calibration table are generated from these declarations.
 */
export interface Param<V extends number | boolean | string = number | boolean | string> {
  readonly kind: "number" | "int" | "boolean" | "enum" | "string";
  /** Default value; its type is the type of the resolved config value (see ConfigOf). */
  readonly default: V;
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
/**
 * Bound of a time or cycle count unless declared otherwise: 1000 s, so that virtual time, and every
 * delay derived from these (a long exponential tail, cycles at the lowest clock), stays an integer
 * far below 2^53 ns.
 */
const UNIT_MAX: Record<string, number> = { ns: 1e12, us: 1e9, ms: 1e6, s: 1e3, cycles: 1e12 };
const bounded = (unit: string, opts: Opts): Opts => ({ min: 0, max: UNIT_MAX[unit], ...opts });
export const num = (def: number, unit: string, source: string, description: string, opts: Opts = {}): Param<number> =>
  ({ kind: "number", default: def, unit, source, description, ...bounded(unit, opts) });
export const int = (def: number, unit: string, source: string, description: string, opts: Opts = {}): Param<number> =>
  ({ kind: "int", default: def, unit, source, description, ...bounded(unit, opts) });
export const bool = (def: boolean, source: string, description: string): Param<boolean> =>
  ({ kind: "boolean", default: def, unit: "", source, description });
/** One of `values`, typed as their union; the default must be one of them. */
export const choice = <const V extends string>(
  def: NoInfer<V>, values: readonly [V, ...V[]], source: string, description: string,
): Param<V> =>
  ({ kind: "enum", default: def, values, unit: "", source, description });
export const str = (def: string, source: string, description: string): Param<string> =>
  ({ kind: "string", default: def, unit: "", source, description });

/** Zod schema a leaf becomes: its value type, filled in with the default when missing. */
type LeafSchema<P> = P extends Param<infer V> ? z.ZodDefault<z.ZodType<V>> : never;
/** Zod schema of a declaration tree, as schemaOf builds it: a strict object of its leaves' schemas. */
export type TreeSchema<T extends ParamTree> = string extends keyof T
  // A tree typed only as ParamTree (keys not known until run time) validates to some record.
  ? z.ZodType<Record<string, unknown>>
  : z.ZodPrefault<z.ZodObject<{
    -readonly [K in keyof T]: T[K] extends Param ? LeafSchema<T[K]> : T[K] extends ParamTree ? TreeSchema<T[K]> : never
  }, z.core.$strict>>;
/** The resolved config a declaration tree validates to (every leaf present, with its default). */
export type ConfigOf<T extends ParamTree> = z.infer<TreeSchema<T>>;

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
export function schemaOf<T extends ParamTree>(tree: T): TreeSchema<T> {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(tree)) shape[k] = isParam(v) ? paramSchema(v) : schemaOf(v);
  // The shape is built key by key at run time; TreeSchema<T> is the same construction in types.
  return z.strictObject(shape).prefault({}) as unknown as TreeSchema<T>;
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

/** Type of the deep merge of two declaration trees (a leaf declared in both is refused at run time). */
type Merge2<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A
    ? (K extends keyof B ? Merge2<A[K], B[K]> : A[K])
    : K extends keyof B ? B[K] : never;
};
/** Type of the deep merge of declaration trees, in order. */
export type MergedTrees<Ts extends readonly ParamTree[]> =
  Ts extends readonly [infer H extends ParamTree, ...infer R extends readonly ParamTree[]]
    ? Merge2<H, MergedTrees<R>>
    : {};

/** Deep merge of declaration trees; a leaf declared twice is a programming error. */
export function mergeParamTrees<const Ts extends readonly ParamTree[]>(...trees: Ts): MergedTrees<Ts>;
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
