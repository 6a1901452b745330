import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNatsServer, type PrivateNatsServer } from "../../shared/run/nats-server.js";
import { Cli } from "../support/procs.js";

// A coordinator stopped by SIGINT or SIGTERM, waiting for workers, says so in one line, writes no
// result and exits 128 + the signal's number: no stack trace.

let server: PrivateNatsServer;
beforeAll(async () => { server = await startNatsServer(); });
afterAll(async () => { await server.stop(); });

describe("signals to a waiting coordinator", () => {
  it.each([["SIGTERM", 143], ["SIGINT", 130]] as const)("%s: one line, exit %d, no result", async (sig, code) => {
    const out = join(mkdtempSync(join(tmpdir(), "irqscale-sig-")), "out");
    const c = new Cli([
      "coordinator", "--nats", server.url, "--workers", "2", "--model", "phold", "--set", "phold.minDelayNs=1000",
      "--out", out,
    ]);
    await c.waitFor(/waiting for workers/, 30_000);
    c.signal(sig);
    const e = await c.exited;
    expect(e.code, c.stderr).toBe(code);
    expect(c.stderr.trimEnd().split("\n").at(-1)).toBe(`irqscale: stopped by ${sig}; no result written`);
    expect(c.stderr).not.toMatch(/^\s+at .*(\(|file:|node:)/m);
    expect(existsSync(out)).toBe(false);
  }, 40_000);
});
