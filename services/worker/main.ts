// Process entry of a worker: `node --import tsx services/worker/main.ts --nats URL [--name N]`.
// The same as `irqscale worker`, without loading the rest of the CLI (faster to spawn).
import { parseArgs } from "node:util";
import { runWorkerProcess } from "./process.js";

const { values } = parseArgs({
  options: {
    nats: { type: "string" },
    name: { type: "string" },
    quiet: { type: "boolean", default: false },
    "exit-with-parent": { type: "boolean", default: false },
    "max-runs": { type: "string" },
    "stall-timeout-ms": { type: "string" },
  },
  strict: true,
});

try {
  const code = await runWorkerProcess({
    nats: values.nats, name: values.name, quiet: values.quiet, exitWithParent: values["exit-with-parent"],
    maxRuns: values["max-runs"] === undefined ? undefined : Number(values["max-runs"]),
    stallTimeoutMs: values["stall-timeout-ms"] === undefined ? undefined : Number(values["stall-timeout-ms"]),
  });
  process.exit(code);
} catch (e) {
  process.stderr.write(`irqscale worker: ${(e as Error).message ?? String(e)}\n`);
  process.exit((e as Error)?.name === "ConfigError" ? 2 : 1);
}
