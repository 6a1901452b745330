// Progress of single runs: what runLocal tells a display (virtual time, events), the bar drawn on a
// terminal, and no progress at all when stderr is not a TTY or with --quiet.
import { PassThrough } from "node:stream";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import {
  formatVirtual, progressWanted, runEta, runProgressBar, type ProgressStream,
} from "../../shared/run/progress.js";
import { irqscale } from "./cli.js";

const dir = mkdtempSync(join(tmpdir(), "irqscale-progress-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Sample = { virtualNs: number; events: number; endNs: number };

/** A run with the progress hook, and the same run without it. */
async function observed(preset: string, sets: string[], partitions = 1) {
  const rc = resolveConfig({ preset, sets });
  const endNs = rc.model.build(rc.config).endNs;
  const samples: Sample[] = [];
  const withHook = await runLocal(rc, { partitions, onProgress: (p) => samples.push({ ...p }) });
  const without = await runLocal(rc, { partitions });
  return { endNs, samples, withHook, without };
}

/** Checks a sample sequence against the run it came from. */
function checkSamples(s: Sample[], endNs: number, result: Record<string, unknown>): void {
  // Several samples before the end: the hook fires every 4,096 events, not only at the end.
  const inside = s.filter((x) => x.virtualNs > 0 && x.virtualNs < endNs);
  expect(inside.length).toBeGreaterThanOrEqual(3);
  for (let i = 1; i < s.length; i++) {
    expect(s[i]!.virtualNs).toBeGreaterThanOrEqual(s[i - 1]!.virtualNs);
    expect(s[i]!.events).toBeGreaterThanOrEqual(s[i - 1]!.events);
  }
  for (const x of s) expect(x.endNs).toBe(endNs);
  expect(s.at(-1)!.virtualNs).toBe(endNs);
  // The last count is the result's: the events every partition handled.
  expect(s.at(-1)!.events).toBe(result.events);
  // Virtual time grows with the events handled (a sample at half the events is not near the end).
  const half = s.find((x) => x.events >= (result.events as number) / 2)!;
  expect(half.virtualNs).toBeLessThan(endNs);
}

describe("run progress", { timeout: 120_000 }, () => {
  it("runLocal's onProgress: non-decreasing virtual times and events ending at the run's end and its events; "
    + "the digest is that of a run without it", async () => {
    const { endNs, samples, withHook, without } = await observed("paper", ["vm.vcpus=4", "sim.durationMs=20"]);
    checkSamples(samples, endNs, withHook);
    expect(withHook.digest).toBe(without.digest);
    expect(withHook.events).toBe(without.events);
  });

  it("with two partitions (many windows): the same, events summed over both, the digest unchanged",
    async () => {
      const { endNs, samples, withHook, without } = await observed("phold", [], 2);
      expect(withHook.windows as number).toBeGreaterThan(1);
      checkSamples(samples, endNs, withHook);
      expect(withHook.digest).toBe(without.digest);
    });

  it("the bar on an injected TTY stream: label, virtual time of the end, events/s, an ETA unknown before "
    + "any virtual time has passed, 100% at the end", async () => {
    const chunks: string[] = [];
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 160 }) as unknown as ProgressStream;
    stream.on("data", (c: Buffer) => chunks.push(c.toString()));
    const endNs = 25_000_000;
    const bar = runProgressBar(endNs, "rep 1/2", stream);
    const first = chunks.join("");
    expect(first).toContain("rep 1/2 [");
    expect(first).toContain(`0.0 ms of ${formatVirtual(endNs)} virtual`);
    expect(first).toContain("eta unknown");
    await new Promise((r) => setTimeout(r, 450));
    bar.update({ virtualNs: endNs / 2, events: 10_000 });
    bar.log("a diagnostic line");
    bar.stop({ virtualNs: endNs, events: 20_000 });
    const all = chunks.join("");
    expect(all).toContain("12.5 ms of 25.0 ms virtual");
    expect(all).toMatch(/\d+ k events\/s/);
    expect(all).toContain("\r\x1b[2Ka diagnostic line\n");
    expect(all).toContain("100% | 25.0 ms of 25.0 ms virtual");
    expect(all).toContain("eta 0 s");
  });

  it("ETA: unknown before virtual time passes, then the rest at the mean rate so far", () => {
    expect(runEta(500, 0, 1e9)).toBe("unknown");
    // A quarter of the run in 2 s: 6 s left.
    expect(runEta(2000, 250e6, 1e9)).toBe("6.0 s");
    expect(runEta(20_000, 250e6, 1e9)).toBe("1 min 0 s");
  });

  it("only on a TTY, never with --quiet or --json", () => {
    expect(progressWanted({}, { isTTY: true })).toBe(true);
    expect(progressWanted({}, { isTTY: false })).toBe(false);
    expect(progressWanted({}, {})).toBe(false);
    expect(progressWanted({ quiet: true }, { isTTY: true })).toBe(false);
    expect(progressWanted({ json: true }, { isTTY: true })).toBe(false);
  });

  it("a run whose stderr is not a TTY prints no progress, only its summary line; --quiet prints nothing",
    async () => {
      const [plain, quiet] = await Promise.all([
        irqscale(["run", "--preset", "paper", "--set", "sim.durationMs=5", "--out", join(dir, "plain")]),
        irqscale(["run", "--preset", "paper", "--set", "sim.durationMs=5", "--out", join(dir, "quiet"), "--quiet"]),
      ]);
      expect(plain.code).toBe(0);
      expect(plain.stderr).not.toContain("virtual");
      expect(plain.stderr).not.toContain("\r");
      expect(plain.stderr.trimEnd().split("\n")[0]).toMatch(/^[\d,]+ req\/s {2}p99 /);
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).toBe("");
    });
});
