import { distance } from "fastest-levenshtein";
import type { z } from "zod";
import { ConfigError } from "../kernel/errors.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Parses the value of `--set key=value`: JSON where it parses (numbers, booleans), else a string. */
export function parseSetValue(raw: string): Json {
  try { return JSON.parse(raw) as Json; } catch { return raw; }
}

/**
 * Applies `key=value` overrides (dotted paths) onto a copy of a config object. A key in `textKeys`
 * (declared as a name or a string) keeps its value as written: `host.kernel=6.10` is not the number 6.1.
 */
export function applySets(
  base: Record<string, unknown>, sets: readonly string[], textKeys: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const out = structuredClone(base);
  const errors: string[] = [];
  for (const s of sets) {
    const eq = s.indexOf("=");
    if (eq <= 0) { errors.push(`--set ${s}: expected key=value`); continue; }
    const path = s.slice(0, eq).split(".");
    if (path.some((p) => p === "" || p === "__proto__" || p === "constructor" || p === "prototype")) { errors.push(`--set ${s}: bad key path`); continue; }
    let node: Record<string, unknown> = out;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (next === undefined) node[key] = {};
      else if (typeof next !== "object" || next === null || Array.isArray(next)) { errors.push(`--set ${s}: ${key} is not a section`); break; }
      node = node[key] as Record<string, unknown>;
    }
    const value = s.slice(eq + 1);
    node[path[path.length - 1]!] = textKeys.has(path.join(".")) ? value : parseSetValue(value);
  }
  if (errors.length) throw new ConfigError(errors);
  return out;
}

/**
 * Validates against a schema; every problem is reported with its config path. An unknown key is
 * named by every whole path given under it, with the nearest declared `known` paths (edit distance).
 */
export function validate<T>(schema: z.ZodType<T>, value: unknown, where = "config", known: readonly string[] = []): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ConfigError(r.error.issues.map((i) => {
    const path = [where, ...i.path.map(String)].join(".");
    const keys = (i as { keys?: string[] }).keys;
    if (i.code === "unrecognized_keys" && keys) {
      const given = keys.flatMap((k) => leafPaths([...i.path.map(String), k], valueAt(value, [...i.path, k])));
      return given.map((g) => `${where}.${g}: unknown key${suggest(g, known)}`).join("\n");
    }
    const got = valueAt(value, i.path as PropertyKey[]);
    return `${path}: ${i.message}${got === undefined ? "" : ` (got ${JSON.stringify(got)})`}`;
  }));
}

/** The dotted paths of the leaves under `v` (v itself when it is not a section). */
function leafPaths(at: string[], v: unknown): string[] {
  if (v === null || typeof v !== "object" || Array.isArray(v) || Object.keys(v).length === 0) return [at.join(".")];
  return Object.entries(v).flatMap(([k, x]) => leafPaths([...at, k], x));
}

/** " (did you mean a, b?)" with the declared paths nearest to `path`, or nothing. */
function suggest(path: string, known: readonly string[]): string {
  const last = path.slice(path.lastIndexOf(".") + 1);
  const scored = known
    .map((k) => ({ k, d: distance(path, k) }))
    .filter(({ k, d }) => d <= Math.max(2, Math.floor(path.length / 4)) || k.endsWith(`.${last}`) || k === last)
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))
    .slice(0, 3);
  return scored.length > 0 ? ` (did you mean ${scored.map(({ k }) => k).join(", ")}?)` : "";
}

/** Value at a path (dotted string or keys) inside plain objects, or undefined. */
export function valueAt(v: unknown, path: string | readonly PropertyKey[]): unknown {
  let x = v;
  for (const k of typeof path === "string" ? path.split(".") : path) {
    if (x === null || typeof x !== "object" || !Object.hasOwn(x, k)) return undefined;
    x = (x as Record<PropertyKey, unknown>)[k];
  }
  return x;
}
