// Spawns the real command: `node bin/irqscale.js ...`.
import { execFile } from "node:child_process";

export interface CliResult { code: number; stdout: string; stderr: string }

export function irqscale(args: string[], timeoutMs = 90_000): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, ["bin/irqscale.js", ...args], { timeout: timeoutMs, maxBuffer: 32 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}
