import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../shared/config/load.js";
import { ConfigError } from "../../shared/kernel/errors.js";
import { runLocal } from "../../shared/run/local.js";
import { CSV_METRICS, parseVary, planSweep, REPS_CSV, runSweep, sweepEta } from "../../shared/run/sweep.js";
import { repSeeds, type ReplicationStats } from "../../shared/stats/replicate.js";

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), "irqscale-sweep-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SETS = ["phold.endNs=100000", "phold.actors=16", "phold.groups=4"];

function configError(f: () => unknown): string[] {
  try { f(); } catch (e) {
    if (e instanceof ConfigError) return e.issues;
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe("sweep ETA", () => {
  it("is unknown before the first point ends, then the mean time per point times the points left", () => {
    expect(sweepEta(5_000, 0, 8)).toBe("unknown");
    expect(sweepEta(10_000, 2, 6)).toBe("20 s");
    expect(sweepEta(60_000, 1, 3)).toBe("2 min 0 s");
    expect(sweepEta(9_000, 3, 3)).toBe("0 s");
  });
});

describe("sweep long-format tables", { timeout: 120_000 }, () => {
  it("sweep-cpu/interrupts/exits/contention.csv hold each point's nested result values, one row "
    + "per id and metric", async () => {
    const out = join(root, "long");
    const sets = ["vm.vcpus=2", "sim.warmupMs=0.5", "sim.durationMs=1"];
    const vary = ["vm.net.mode=sq-spi,mq-msi"];
    const s = await runSweep({ preset: "paper", sets, vary, jobs: 2, out, progress: "none", report: false });
    expect(s.failed).toBe(0);
    const table = (f: string) => readFileSync(join(out, f), "utf8").trimEnd().split("\n").map((l) => l.split(","));
    const read = (name: string) => readFileSync(join(out, "points", name, "result.json"), "utf8");
    const results = s.points.map((p) => JSON.parse(read(p.name)) as {
      perCpu: { id: string; shares: Record<string, number>; busy: number; exits: Record<string, number> }[];
      interrupts: { perVcpu: Record<string, number> };
      contention: { name: string; utilisation: number }[];
    });
    const value = (rows: string[][], point: number, id: string, metric: string) =>
      Number(rows.find((r) => r[0] === String(point) && r[2] === id && r[3] === metric)?.[4]);
    const cpu = table("sweep-cpu.csv");
    expect(cpu[0]).toEqual(["point", "vm.net.mode", "id", "metric", "value"]);
    const exits = table("sweep-exits.csv"), irq = table("sweep-interrupts.csv"), locks = table("sweep-contention.csv");
    results.forEach((r, point) => {
      for (const c of r.perCpu) {
        for (const [state, share] of Object.entries(c.shares)) {
          expect(value(cpu, point, c.id, `share.${state}`)).toBe(share);
        }
        expect(value(cpu, point, c.id, "busy")).toBe(c.busy);
        for (const [reason, n] of Object.entries(c.exits)) expect(value(exits, point, c.id, reason)).toBe(n);
      }
      for (const [v, n] of Object.entries(r.interrupts.perVcpu)) expect(value(irq, point, v, "interrupts")).toBe(n);
      for (const u of r.contention) expect(value(locks, point, u.name, "utilisation")).toBe(u.utilisation);
    });
    // Each row's mode is its point's: sq-spi rows are point 0's, mq-msi rows point 1's.
    expect(new Set(cpu.slice(1).map((r) => `${r[0]}:${r[1]}`))).toEqual(new Set(["0:sq-spi", "1:mq-msi"]));
    const sweepJson = JSON.parse(readFileSync(join(out, "sweep.json"), "utf8")) as { longCsv: string[] };
    expect(sweepJson.longCsv).toEqual([
      "sweep-cpu.csv", "sweep-interrupts.csv", "sweep-exits.csv", "sweep-contention.csv",
    ]);
  });
});

describe("sweep", { timeout: 120_000 }, () => {
  it("runs the cartesian product in child processes; csv, sweep.json and digests match single runs", async () => {
    const out = join(root, "s1");
    const s = await runSweep({ model: "phold", sets: SETS, vary: ["phold.remoteShare=0.1,0.5", "seed=1,2"], jobs: 2, out, progress: "none" });
    expect(s.failed).toBe(0);
    const names = ["0-phold.remoteShare=0.1,seed=1", "1-phold.remoteShare=0.1,seed=2", "2-phold.remoteShare=0.5,seed=1", "3-phold.remoteShare=0.5,seed=2"];
    expect(s.points.map((p) => p.name)).toEqual(names);

    // One result per point, in its own directory.
    const results = names.map((n) => JSON.parse(readFileSync(join(out, "points", n, "result.json"), "utf8")) as Record<string, unknown>);
    expect(results.map((r) => (r.config as { phold: { remoteShare: number } }).phold.remoteShare)).toEqual([0.1, 0.1, 0.5, 0.5]);
    expect(results.map((r) => r.seed)).toEqual([1, 2, 1, 2]);

    // sweep.csv: point, varied keys, the metrics its results have (PHOLD: no throughput, latency or LPIs).
    const csv = readFileSync(join(out, "sweep.csv"), "utf8").trimEnd().split("\n").map((l) => l.split(","));
    expect(CSV_METRICS).toContain("throughput.requestsPerSec");
    expect(csv[0]).toEqual(["point", "phold.remoteShare", "seed", "digest", "events", "wallMs"]);
    expect(csv.length).toBe(5);
    csv.slice(1).forEach((row, i) => {
      const r = results[i]!;
      const swept = [String(i), i < 2 ? "0.1" : "0.5", String(1 + (i % 2))];
      expect(row).toEqual([...swept, String(r.digest), String(r.events), String(r.wallMs)]);
    });

    // sweep.json lists every point with its paths.
    const sj = JSON.parse(readFileSync(join(out, "sweep.json"), "utf8")) as { points: { name: string; dir: string; result: string; status: string; digest: string }[]; vary: { key: string }[] };
    expect(sj.vary.map((a) => a.key)).toEqual(["phold.remoteShare", "seed"]);
    for (const p of sj.points) {
      expect(p.status).toBe("ok");
      expect(existsSync(join(out, p.result))).toBe(true);
      expect(p.dir).toBe(`points/${p.name}`);
    }
    expect(existsSync(join(out, "report.html"))).toBe(true);

    // Every point's digest equals a single run of the same config: all four in this process (what
    // `irqscale run` calls), and one through the real command.
    const single: string[] = [];
    for (const [share, seed] of [[0.1, 1], [0.1, 2], [0.5, 1], [0.5, 2]] as const) {
      const rc = resolveConfig({ model: "phold", sets: [...SETS, `phold.remoteShare=${share}`], seed });
      single.push(String((await runLocal(rc)).digest));
    }
    expect(results.map((r) => r.digest)).toEqual(single);
    const { stdout } = await run(process.execPath, ["--import", "tsx", "services/cli/main.ts", "run",
      "--model", "phold", ...SETS.flatMap((x) => ["--set", x]),
      "--set", "phold.remoteShare=0.5", "--seed", "2", "--json", "--out", join(root, "single")]);
    expect((JSON.parse(stdout) as { digest: string }).digest).toBe(results[3]!.digest);
    expect(new Set(single).size).toBe(4);
  });

  it("validates every point before running any: bad key or value named, nothing written", () => {
    const out = join(root, "bad");
    const base = { model: "phold", sets: SETS, out, progress: "none" as const };
    expect(configError(() => planSweep({ ...base, vary: ["phold.remoteShare=0.1,1.5,-1"] }))).toEqual([
      expect.stringMatching(/^--vary phold\.remoteShare=1\.5: config\.phold\.remoteShare: .*1\.5/),
      expect.stringMatching(/^--vary phold\.remoteShare=-1: config\.phold\.remoteShare: /),
    ]);
    expect(configError(() => planSweep({ ...base, vary: ["remoteShare=0.1"] }))[0]).toMatch(/--vary remoteShare: not a parameter of model phold \(did you mean phold\.remoteShare\?\)/);
    expect(configError(() => planSweep({ ...base, vary: ["seed=1,2"], seed: 3 }))[0]).toMatch(/--vary seed: conflicts with --seed 3/);
    expect(configError(() => parseVary(["phold.actors=", "x", "seed=1,1", "seed=2"]))).toEqual([
      "--vary phold.actors=: expected key=v1,v2,... with no empty value",
      "--vary x: expected key=v1,v2,... with no empty value",
      "--vary seed=1,1: value '1' given twice",
    ]);
    expect(configError(() => parseVary(["seed=1", "seed=2"]))).toEqual(["--vary seed: given twice; put all its values in one --vary"]);
    return expect(runSweep({ ...base, vary: ["phold.actors=16,0"] })).rejects.toThrow(/--vary phold\.actors=0/)
      .then(() => expect(existsSync(out)).toBe(false));
  });

  it("replaces a previous sweep in the same directory, refuses a directory that is not a sweep", async () => {
    const out = join(root, "again");
    mkdirSync(join(out, "points", "stale"), { recursive: true });
    writeFileSync(join(out, "sweep.json"), "{}");
    const s = await runSweep({ model: "phold", sets: SETS, vary: ["phold.initial=1,2"], jobs: 2, out, progress: "none", report: false });
    expect(s.failed).toBe(0);
    expect(existsSync(join(out, "points", "stale"))).toBe(false);
    expect(existsSync(join(out, "report.html"))).toBe(false);

    const other = join(root, "other");
    mkdirSync(other);
    writeFileSync(join(other, "notes.txt"), "mine");
    await expect(runSweep({ model: "phold", sets: SETS, vary: ["phold.initial=1"], out: other, progress: "none" })).rejects.toThrow(/not empty and not a previous sweep/);
  });
});

describe("sweep --reps", { timeout: 180_000 }, () => {
  it("replicates every point; sweep.csv has means and intervals, and the paired mode ratios per seed", async () => {
    const out = join(root, "reps");
    const sets = ["sim.warmupMs=0.5", "sim.durationMs=1"];
    const vary = ["vm.net.mode=sq-spi,mq-msi", "vm.vcpus=1,2"];
    const s = await runSweep({ preset: "paper", sets, vary, reps: 3, jobs: 2, out, progress: "none", report: false });
    expect(s.failed).toBe(0);
    const seeds = repSeeds(1, 3);
    const table = (f: string) => {
      const [head, ...rows] = readFileSync(join(out, f), "utf8").trimEnd().split("\n").map((l) => l.split(","));
      return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
    };
    // Every replication is the run of its seed, in its own directory, listed in the point's stats.
    for (const p of s.points) {
      const r = JSON.parse(readFileSync(join(out, p.result), "utf8")) as { stats: ReplicationStats; digest: string };
      expect(r.stats.replications.map((x) => x.seed)).toEqual(seeds);
      expect(p.reps!.map((x) => x.result)).toEqual(seeds.map((sd, i) => `${p.dir}/reps/${i}-seed=${sd}/result.json`));
      for (const x of p.reps!) {
        expect((JSON.parse(readFileSync(join(out, x.result), "utf8")) as { digest: string }).digest).toBe(x.digest);
      }
      expect(r.digest).toBe(p.reps![0]!.digest);
    }
    const rc = resolveConfig({ preset: "paper", sets: [...sets, "vm.net.mode=mq-msi", "vm.vcpus=2"], seed: seeds[1] });
    expect(s.points[3]!.reps![1]!.digest).toBe((await runLocal(rc)).digest);

    // sweep-reps.csv: each replication's own values; sweep.csv: their mean, sd and t interval.
    const reps = table(REPS_CSV);
    expect(reps.map((r) => `${r.point}:${r.rep}:${r.seed}`)).toEqual(
      [0, 1, 2, 3].flatMap((p) => seeds.map((sd, i) => `${p}:${i}:${sd}`)));
    const rps = (mode: string, vcpus: string) => seeds.map((sd) => Number(reps.find((r) =>
      r["vm.net.mode"] === mode && r["vm.vcpus"] === vcpus && r.seed === String(sd))!["throughput.requestsPerSec"]));
    const rows = table("sweep.csv");
    const t2 = 4.303; // t(0.975, 2), table
    for (const row of rows) {
      const v = rps(row["vm.net.mode"]!, row["vm.vcpus"]!);
      const mean = (v[0]! + v[1]! + v[2]!) / 3;
      const sd = Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / 2);
      expect(Number(row["throughput.requestsPerSec"])).toBeCloseTo(mean, 6);
      expect(Number(row["throughput.requestsPerSec.sd"])).toBeCloseTo(sd, 6);
      const half = (Number(row["throughput.requestsPerSec.ci95hi"])
        - Number(row["throughput.requestsPerSec.ci95lo"])) / 2;
      expect(Math.abs(half / ((t2 * sd) / Math.sqrt(3)) - 1)).toBeLessThan(2e-4);
      // Ratios: mq-msi over sq-spi at the same vCPUs, seed by seed; empty on the baseline's rows.
      const ratio = row["ratio.throughput.requestsPerSec"];
      if (row["vm.net.mode"] === "sq-spi") expect(ratio).toBe("");
      else {
        const base = rps("sq-spi", row["vm.vcpus"]!);
        const q = v.map((x, i) => x / base[i]!);
        const qMean = (q[0]! + q[1]! + q[2]!) / 3;
        const qSd = Math.sqrt(q.reduce((a, x) => a + (x - qMean) ** 2, 0) / 2);
        expect(Number(ratio)).toBeCloseTo(qMean, 12);
        const qHalf = (Number(row["ratio.throughput.requestsPerSec.ci95hi"])
          - Number(row["ratio.throughput.requestsPerSec.ci95lo"])) / 2;
        expect(Math.abs(qHalf / ((t2 * qSd) / Math.sqrt(3)) - 1)).toBeLessThan(2e-4);
      }
    }
    const sj = JSON.parse(readFileSync(join(out, "sweep.json"), "utf8")) as {
      reps: number; repsCsv: string; ratios: { key: string; baseline: string; ratios: { at: object; point: number }[] };
    };
    expect([sj.reps, sj.repsCsv, sj.ratios.key, sj.ratios.baseline]).toEqual([3, REPS_CSV, "vm.net.mode", "sq-spi"]);
    expect(sj.ratios.ratios.map((r) => [r.at, r.point])).toEqual([[{ "vm.vcpus": "1" }, 2], [{ "vm.vcpus": "2" }, 3]]);
  });

  it("without --reps a mode sweep's csv gets the ratio of each pair, with no interval columns", async () => {
    const out = join(root, "ratio1");
    const sets = ["vm.vcpus=2", "sim.warmupMs=0.5", "sim.durationMs=1"];
    const s = await runSweep({ preset: "paper", sets, vary: ["vm.net.mode=sq-spi,mq-msi"], jobs: 2, out,
      progress: "none", report: false });
    expect(s.failed).toBe(0);
    const [head, sq, mq] = readFileSync(join(out, "sweep.csv"), "utf8").trimEnd().split("\n").map((l) => l.split(","));
    expect(head!.filter((h) => h.startsWith("ratio."))).toEqual([
      "ratio.throughput.requestsPerSec", "ratio.latencyUs.mean", "ratio.latencyUs.p50", "ratio.latencyUs.p99",
    ]);
    expect(head!.some((h) => h.endsWith(".sd") || h.includes("ci95"))).toBe(false);
    const col = (row: string[], h: string) => row[head!.indexOf(h)]!;
    expect(col(sq!, "ratio.throughput.requestsPerSec")).toBe("");
    expect(Number(col(mq!, "ratio.throughput.requestsPerSec"))).toBeCloseTo(
      Number(col(mq!, "throughput.requestsPerSec")) / Number(col(sq!, "throughput.requestsPerSec")), 12);
    expect(existsSync(join(out, REPS_CSV))).toBe(false);
  });
});
