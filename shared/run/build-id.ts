import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PACKAGE_ROOT as ROOT } from "./entry.js";

/** What a process that simulates is: the package version and a hash of the code results depend on. */
export interface BuildIdentity { version: string; codeHash: string }

let cached: BuildIdentity | undefined;

/**
 * This checkout's identity: package.json's version, and the first 16 hex digits of a SHA-256 over
 * every file of `shared/` (kernel, sync, model) and the wire schema, path and content, in path
 * order: the sources, also when this process runs their build in dist/, so the compiled CLI and
 * the sources under tsx are one build. Two processes with the same identity compute the same
 * digest for the same run.
 */
export function buildIdentity(): BuildIdentity {
  if (cached) return cached;
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  const files = [...listFiles(join(ROOT, "shared")), join(ROOT, "proto/irqscale.proto")].sort();
  const h = createHash("sha256");
  for (const f of files) h.update(relative(ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  return (cached = { version, codeHash: h.digest("hex").slice(0, 16) });
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []);
}

export const describeBuild = (b: BuildIdentity): string => `${b.version} (code ${b.codeHash})`;
