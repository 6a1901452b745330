import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { runSweep } from "../../shared/run/sweep.js";
import { repSeeds, SEED_RULE, type ReplicationStats } from "../../shared/stats/replicate.js";
import { PAPER_REPS, PAPER_VCPUS } from "../../services/cli/commands/paper.js";
import { irqscale } from "./cli.js";
import { resultSchemaErrors } from "../support/result-schema.js";

const tmp = () => mkdtempSync(join(tmpdir(), "irqscale-reps-"));
const readJson = (...p: string[]) => JSON.parse(readFileSync(join(...p), "utf8")) as Record<string, unknown>;
/** A result without what depends on the machine (wall and CPU time, waits, window rate). */
const timeless = (r: Record<string, unknown>) => {
  const { wallMs: _w, cpuMs: _c, sync, ...rest } = r;
  const { waitMsPerPartition: _p, windowsPerSec: _s, ...s } = sync as Record<string, unknown>;
  return { ...rest, sync: s };
};
const PHOLD = ["--model", "phold", "--set", "phold.endNs=100000", "--seed", "7"];

describe("run --reps", () => {
  it("N replications with the documented seeds, each as `run --seed s`; stats of the headline metrics", async () => {
    const dir = tmp();
    const [reps, single] = await Promise.all([
      irqscale(["run", ...PHOLD, "--reps", "4", "--out", join(dir, "r4")]),
      irqscale(["run", ...PHOLD, "--out", join(dir, "one")]),
    ]);
    expect(reps.code, reps.stderr).toBe(0);
    const seeds = repSeeds(7, 4);
    const result = readJson(dir, "r4", "result.json");
    const stats = result.stats as ReplicationStats;
    expect(resultSchemaErrors(result)).toEqual([]);
    expect(stats.reps).toBe(4);
    expect(stats.seedRule).toBe(SEED_RULE);
    expect(stats.replications.map((r) => r.seed)).toEqual(seeds);
    expect(readdirSync(join(dir, "r4", "reps")).sort()).toEqual(seeds.map((s, i) => `${i}-seed=${s}`).sort());
    // Each replication is the run of its seed; replication 0 is the run without --reps.
    const repResults = stats.replications.map((r) => readJson(dir, "r4", r.result));
    for (const [i, r] of repResults.entries()) {
      expect(r.seed).toBe(seeds[i]);
      expect(r.digest).toBe(stats.replications[i]!.digest);
    }
    const rc = resolveConfig({ model: "phold", sets: ["phold.endNs=100000"], seed: seeds[2] });
    expect(repResults[2]!.digest).toBe((await runLocal(rc)).digest);
    expect(result.digest).toBe(readJson(dir, "one", "result.json").digest);
    expect(timeless(repResults[0]!)).toEqual(timeless(readJson(dir, "one", "result.json")));
    // The stats are those of the replications' own values.
    const handled = repResults.map((r) => (r.phold as { handled: number }).handled);
    const mean = handled.reduce((a, b) => a + b, 0) / 4;
    const sd = Math.sqrt(handled.reduce((a, v) => a + (v - mean) ** 2, 0) / 3);
    expect(new Set(handled).size).toBeGreaterThan(1);
    expect(stats.metrics["phold.handled"]).toMatchObject({ values: handled, n: 4 });
    expect(stats.metrics["phold.handled"]!.mean).toBeCloseTo(mean, 9);
    expect(stats.metrics["phold.handled"]!.sd).toBeCloseTo(sd, 9);
    // t(0.975, 3) = 3.182 in the table (three decimals: a relative error under 2e-4).
    expect(Math.abs(stats.metrics["phold.handled"]!.halfWidth! / ((3.182 * sd) / 2) - 1)).toBeLessThan(2e-4);
    expect(Object.keys(stats.metrics).sort()).toEqual(["phold.handled", "phold.sent"]);
    // Progress per replication, then the summary line.
    const lines = reps.stderr.trimEnd().split("\n");
    expect(lines.slice(0, 4).map((l) => l.split(":")[0])).toEqual(seeds.map((s, i) => `rep ${i + 1}/4 seed ${s}`));
    expect(lines[4]).toMatch(/^\(4 reps, stats in result\.json; digest of rep 0\) {2}digest [0-9a-f]{16} /);
  });

  it("--reps 1 (and no --reps) is the run as it was: same file, no stats, no reps/", async () => {
    const dir = tmp();
    const [one, plain] = await Promise.all([
      irqscale(["run", ...PHOLD, "--reps", "1", "--json", "--out", join(dir, "one")]),
      irqscale(["run", ...PHOLD, "--json", "--out", join(dir, "plain")]),
    ]);
    expect([one.code, plain.code]).toEqual([0, 0]);
    const a = JSON.parse(one.stdout) as Record<string, unknown>;
    expect(a.stats).toBeUndefined();
    expect(existsSync(join(dir, "one", "reps"))).toBe(false);
    expect(timeless(a)).toEqual(timeless(JSON.parse(plain.stdout) as Record<string, unknown>));
  });

  it("bad --reps, --reps with --vary seed, and earlier replications in --out are refused before any work", async () => {
    const dir = tmp();
    const [zero, many, vary, first] = await Promise.all([
      irqscale(["run", ...PHOLD, "--reps", "0", "--out", join(dir, "z")]),
      irqscale(["run", ...PHOLD, "--reps", "1001", "--out", join(dir, "m")]),
      irqscale(["sweep", "--model", "phold", "--vary", "seed=1,2", "--reps", "2", "--out", join(dir, "v")]),
      irqscale(["run", ...PHOLD, "--reps", "2", "--quiet", "--out", join(dir, "f")]),
    ]);
    expect([zero.code, zero.stderr])
      .toEqual([2, expect.stringContaining("--reps must be a positive integer, got '0'")]);
    expect([many.code, many.stderr]).toEqual([2, expect.stringContaining("--reps must be at most 1000")]);
    expect([vary.code, vary.stderr]).toEqual([2, expect.stringContaining("--vary seed: conflicts with --reps 2")]);
    for (const d of ["z", "m", "v"]) expect(existsSync(join(dir, d))).toBe(false);
    expect([first.code, first.stderr]).toEqual([0, ""]);
    const again = await irqscale(["run", ...PHOLD, "--out", join(dir, "f")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("result.json exists");
    const forced = await irqscale(["run", ...PHOLD, "--force", "--quiet", "--out", join(dir, "f")]);
    expect(forced.code).toBe(0);
    // The single run that replaced them leaves no replications of the earlier run behind.
    expect(readdirSync(join(dir, "f"))).toEqual(["result.json"]);
  });

  it("a percentile on too few samples warns in result.json and on stderr; --quiet leaves only the result", async () => {
    const dir = tmp();
    const net = ["--preset", "paper", "--set", "vm.vcpus=1", "--set", "sim.warmupMs=1", "--set", "sim.durationMs=2"];
    const [loud, quiet] = await Promise.all([
      irqscale(["run", ...net, "--out", join(dir, "loud")]),
      irqscale(["run", ...net, "--quiet", "--out", join(dir, "quiet")]),
    ]);
    expect([loud.code, quiet.code]).toEqual([0, 0]);
    const r = readJson(dir, "loud", "result.json");
    const samples = (r.latencyUs as { samples: number }).samples;
    expect(samples).toBeGreaterThan(1);
    expect(samples).toBeLessThan(100); // 1 vCPU, 2 ms: about 16 responses
    const percentiles = (r.warnings as string[]).filter((w) => w.startsWith("latencyUs."));
    expect(percentiles).toEqual([
      `latencyUs.p99: rests on ${samples} samples in the measured window; the 99th percentile needs at least 100 `
        + "to have one beyond it",
      `latencyUs.p999: rests on ${samples} samples in the measured window; the 99.9th percentile needs at least 1000 `
        + "to have one beyond it",
    ]);
    for (const w of r.warnings as string[]) expect(loud.stderr).toContain(`warning: ${w}\n`);
    expect(resultSchemaErrors(r)).toEqual([]);
    expect(quiet.stderr).toBe("");
    expect(readJson(dir, "quiet", "result.json").warnings).toEqual(r.warnings);
  });
});

describe("sweep warnings", () => {
  it("go to stderr once per subject, naming the first point and counting the others", async () => {
    const out = join(tmp(), "s");
    const r = await irqscale(["sweep", "--preset", "paper", "--set", "vm.vcpus=1", "--set", "sim.warmupMs=0.5",
      "--set", "sim.durationMs=1", "--vary", "vm.net.mode=sq-spi,mq-msi", "--reps", "2", "--no-report",
      "--progress", "none", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("warning: "));
    const p99 = lines.filter((l) => l.includes(": latencyUs.p99: "));
    // Two points of two replications each: four results, all with too few samples for a p99.
    expect(p99).toEqual([expect.stringMatching(new RegExp("^warning: point 0-vm\\.net\\.mode=sq-spi: latencyUs\\.p99: "
      + "rests on \\d+ samples?.*\\(and 3 more latencyUs\\.p99 warnings elsewhere;"))]);
    const first = readJson(out, "points", "0-vm.net.mode=sq-spi", "result.json").warnings as string[];
    expect(p99[0]).toContain(first.find((w) => w.startsWith("latencyUs.p99: "))!);
  });
});

describe("paper", { timeout: 240_000 }, () => {
  it(`at 12 vCPUs, ${PAPER_REPS} replications (its default) put the mq/sq ratio's 95% interval inside +-0.05`,
    async () => {
      // The paper's two 12-vCPU points, as `irqscale paper` runs them (same preset, keys and seeds).
      const out = join(tmp(), "p12");
      const s = await runSweep({
        preset: "paper", vary: ["vm.net.mode=sq-spi,mq-msi", "vm.vcpus=12"], reps: PAPER_REPS, jobs: 2, out,
        progress: "none", report: false,
      });
      expect(s.failed).toBe(0);
      const q = s.ratios!.ratios[0]!.metrics["throughput.requestsPerSec"]!;
      expect(q.n).toBe(PAPER_REPS);
      expect(q.halfWidth!).toBeLessThan(0.05);
      expect(q.mean).toBeGreaterThan(1.4); // mq-msi well ahead at 12 vCPUs (the paper: about +50%)
    });

  it("prints the table with an interval on every ratio, the ones sweep.json holds", async () => {
    const out = join(tmp(), "paper");
    const r = await irqscale(["paper", "--reps", "2", "--set", "sim.warmupMs=0.5", "--set", "sim.durationMs=1",
      "--jobs", "2", "--no-report", "--quiet", "--out", out], 200_000);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    const rows = r.stdout.split("\n").filter((l) => /^\| \d+ \|/.test(l)).map((l) => l.split("|").map((c) => c.trim()));
    expect(rows.map((c) => Number(c[1]))).toEqual(PAPER_VCPUS);
    const sweep = readJson(out, "sweep.json") as { reps: number; ratios: { ratios: {
      at: Record<string, string>; metrics: Record<string, { mean: number; halfWidth: number }> }[] } };
    expect(sweep.reps).toBe(2);
    for (const c of rows) {
      const q = sweep.ratios.ratios.find((x) => x.at["vm.vcpus"] === c[1])!.metrics["throughput.requestsPerSec"]!;
      expect(c[4]).toBe(`${q.mean.toFixed(3)} ± ${q.halfWidth.toFixed(3)}`);
    }
    expect(r.stdout).toMatch(/\nmq\/sq at 12 vCPUs: \d\.\d{3} ± \d\.\d{3} \(95% interval /);
  });
});
