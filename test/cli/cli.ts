// Spawns the real command from its sources: `node --import tsx services/cli/main.ts ...` (what
// bin/irqscale.js runs compiled; test/cli/compiled.test.ts holds the build to the same results).
import { execFile } from "node:child_process";

export interface CliResult { code: number; stdout: string; stderr: string }

export function irqscale(args: string[], timeoutMs = 90_000): Promise<CliResult> {
  return new Promise((done) => {
    const argv = ["--import", "tsx", "services/cli/main.ts", ...args];
    execFile(process.execPath, argv, { timeout: timeoutMs, maxBuffer: 32 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}
