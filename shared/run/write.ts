import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes JSON atomically: a temporary file in the same directory, then rename. */
export function writeJsonAtomic(dir: string, name: string, value: unknown): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(value, null, 2) + "\n");
  renameSync(tmp, path);
  return path;
}
