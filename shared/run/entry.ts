// Where this code runs from, and how it starts a child process of its own (a sweep point, a local
// worker). Two layouts: the TypeScript sources under the tsx loader (tests, `npm run bench`), and
// the compiled JavaScript in dist/ that `npm ci` builds (`prepare`) and the `irqscale` command runs.
// A child runs from the same layout as its parent: compiled code forks compiled code, without tsx.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { JIT_FLAGS } from "./jit.js";

/** True when this module is the compiled dist/shared/run/entry.js, false under tsx. */
export const COMPILED = import.meta.url.endsWith(".js");

/** The package's root directory (package.json, proto/, shared/): one level further up from dist/. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), COMPILED ? "../../.." : "../..");

/** A child process's entry point: the script to run and the node flags it needs (JIT_FLAGS first). */
export interface ChildEntry { script: string; execArgv: string[] }

/**
 * The entry of `tsPath`, a TypeScript module given relative to `from` (the caller's
 * `import.meta.url`), in the caller's layout: compiled, the `.js` file tsc made of it, run by plain
 * node; from sources, the `.ts` file under the tsx loader (resolved only then: the production
 * install has no tsx).
 */
export function childEntry(from: string, tsPath: string): ChildEntry {
  if (!tsPath.endsWith(".ts")) throw new Error(`childEntry: ${tsPath} is not a .ts path`);
  const compiled = from.endsWith(".js");
  const script = fileURLToPath(new URL(compiled ? `${tsPath.slice(0, -3)}.js` : tsPath, from));
  if (compiled) return { script, execArgv: [...JIT_FLAGS] };
  const tsx = pathToFileURL(createRequire(from).resolve("tsx")).href;
  return { script, execArgv: [...JIT_FLAGS, "--import", tsx] };
}
