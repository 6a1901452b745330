import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { irqscale } from "./cli.js";

const dir = mkdtempSync(join(tmpdir(), "irqscale-cli-sweep-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SETS = ["--set", "phold.endNs=50000", "--set", "phold.actors=8", "--set", "phold.groups=2"];

describe.concurrent("sweep and report commands", { timeout: 120_000 }, () => {
  it("sweep: a bad value or key exits 2 naming it and writes nothing", async () => {
    const [badValue, badKey] = await Promise.all([
      irqscale(["sweep", "--model", "phold", ...SETS, "--vary", "phold.remoteShare=0.5,7", "--out", join(dir, "v")]),
      irqscale(["sweep", "--model", "phold", ...SETS, "--vary", "phold.nosuch=1,2", "--out", join(dir, "k")]),
    ]);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toMatch(/--vary phold\.remoteShare=7: config\.phold\.remoteShare/);
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toContain("--vary phold.nosuch: not a parameter of model phold");
    for (const d of ["v", "k"]) expect(existsSync(join(dir, d))).toBe(false);
  });

  it("sweep writes points, sweep.csv, sweep.json and report.html, with plain progress lines off a TTY", async () => {
    const out = join(dir, "ok");
    const r = await irqscale(["sweep", "--model", "phold", ...SETS, "--vary", "phold.initial=1,2", "--seed", "5", "--jobs", "2", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^sweep: 2 points, 2 jobs -> /);
    expect(r.stderr).toMatch(/\[2\/2\] \d-phold\.initial=\d {2}digest [0-9a-f]{16}/);
    const header = readFileSync(join(out, "sweep.csv"), "utf8").split("\n")[0];
    expect(header).toBe("point,phold.initial,digest,events,wallMs");
    for (const f of ["sweep.json", "report.html", "points/0-phold.initial=1/result.json", "points/1-phold.initial=2/result.json"]) expect(existsSync(join(out, f)), f).toBe(true);
  });

  it("report: a run directory gets report.html; a directory with neither file exits 2", async () => {
    // A run directory as `irqscale run` leaves it (a minimal PHOLD result).
    const runDir = join(dir, "run");
    mkdirSync(runDir);
    writeFileSync(join(runDir, "result.json"), JSON.stringify({ schema: "irqscale.result/v1", model: "phold", preset: null, events: 1234, wallMs: 5, digest: "0123456789abcdef", seed: 1, config: { model: "phold", seed: 1 } }));
    const [ok, bad, quiet, verbose] = await Promise.all([irqscale(["report", runDir]), irqscale(["report", dir]),
      irqscale(["report", runDir, "--quiet", "--out", join(dir, "q.html")]),
      irqscale(["report", runDir, "--verbose", "--out", join(dir, "v.html")])]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toBe(`report -> ${join(runDir, "report.html")}\n`);
    expect([quiet.code, quiet.stderr, existsSync(join(dir, "q.html"))]).toEqual([0, "", true]);
    // A PHOLD run has no per-CPU figures: the page holds its table alone, and --verbose says so.
    expect(verbose.stderr).toBe(`report -> ${join(dir, "v.html")}\n`);
    const html = readFileSync(join(runDir, "report.html"), "utf8");
    expect(html).toContain("irqscale run: phold");
    expect(html).toContain("Chart.js v4");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("neither sweep.json nor result.json");
  });
});
