import { ConfigError, SimError } from "../../shared/kernel/errors.js";

/** Exit codes: 2 for bad input (flags, config), 1 for a run that failed. */
export function exitWith(err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(`irqscale: invalid input\n${err.issues.map((i) => `  ${i}`).join("\n")}\n`);
    process.exit(2);
  }
  if (err instanceof SimError) {
    process.stderr.write(`irqscale: run failed: ${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`irqscale: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
}
