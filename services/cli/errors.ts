import { ConfigError, SimError } from "../../shared/kernel/errors.js";

/** The command was stopped by a signal: one line, no result, exit 128 + the signal's number. */
export class StoppedError extends Error {
  override name = "StoppedError";
  constructor(readonly signal: "SIGINT" | "SIGTERM") {
    super(`stopped by ${signal}; no result written`);
  }
}

/** Exit codes: 2 for bad input (flags, config), 1 for a run that failed, 128 + n for signal n. */
export function exitWith(err: unknown): never {
  if (err instanceof StoppedError) {
    process.stderr.write(`irqscale: ${err.message}\n`);
    process.exit(128 + (err.signal === "SIGINT" ? 2 : 15));
  }
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
