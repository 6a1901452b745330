import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Cli, sleep } from "../support/procs.js";

// `irqscale run --workers N --stall-timeout-ms T` bounds a run whose worker stops making progress,
// as `coordinator` does: a worker of its own, stopped with SIGSTOP, aborts the run after T.

describe("irqscale run --stall-timeout-ms", () => {
  it("a worker of the run stopped (SIGSTOP) longer than the bound: the run aborts naming the "
    + "stall, writes nothing", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "irqscale-stall-")), "out");
    const c = new Cli([
      "run", "--workers", "2", "--stall-timeout-ms", "1500", "--verbose", "--model", "phold", "--seed", "7",
      "--set", "phold.minDelayNs=1000", "--set", "phold.endNs=20000000", "--out", out,
    ]);
    const started = await c.waitFor(/started worker \S+ pid (\d+)/, 30_000);
    const victim = Number(started[1]);
    // Let the run get going before the worker stops.
    await c.waitFor(/window|claimed|running/i, 30_000).catch(() => undefined);
    await sleep(1000);
    const t0 = performance.now();
    process.kill(victim, "SIGSTOP");
    const e = await c.exited;
    // The run stops its own workers as it ends; one that is gone already needs no SIGCONT.
    try { process.kill(victim, "SIGCONT"); } catch { /* already gone */ }
    expect(e.code, c.stderr).toBe(1);
    expect(c.stderr).toMatch(new RegExp("run aborted \\(worker (local-\\d)\\) in window \\d+: worker \\1 "
      + `\\(\\S+ pid ${victim}\\) lost: no answer to heartbeats for 1\\.\\d s \\(bound 1500 ms`));
    expect(c.stderr).not.toMatch(/^\s+at .*(\(|file:|node:)/m);
    // Lost once silent for the bound less one beat (150 ms), so within the bound of the stop.
    expect(e.at - t0).toBeGreaterThan(1000);
    expect(e.at - t0).toBeLessThan(10_000);
    expect(existsSync(join(out, "result.json"))).toBe(false);
  }, 60_000);
});
