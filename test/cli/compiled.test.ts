// The compiled CLI, as `npm ci` leaves it: the build (`npm run build`, which `prepare` runs) of a
// fresh copy of this checkout's sources, run by bin/irqscale.js with no TypeScript loader anywhere
// (tsx is left out of the copy's node_modules, so anything that still needed it would fail). Its
// output and digests are held against the sources run under tsx, as every other test runs them.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { childEntry } from "../../shared/run/entry.js";
import { JIT_FLAGS } from "../../shared/run/jit.js";
import { ROOT } from "../support/procs.js";
import { resultSchemaErrors } from "../support/result-schema.js";

interface Ran { code: number; stdout: string; stderr: string }

function node(args: string[], cwd: string, timeout = 120_000): Promise<Ran> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd, timeout, maxBuffer: 32 << 20 }, (err, stdout, stderr) => {
      const c = (err as { code?: unknown } | null)?.code;
      done({ code: err ? (typeof c === "number" ? c : -1) : 0, stdout, stderr });
    });
  });
}

function npm(args: string[], cwd: string): Promise<Ran> {
  return new Promise((done) => {
    execFile("npm", args, { cwd, timeout: 180_000 }, (err, stdout, stderr) => {
      done({ code: err ? -1 : 0, stdout, stderr });
    });
  });
}

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));

const PHOLD = ["--model", "phold", "--set", "phold.minDelayNs=1000", "--set", "phold.endNs=200000"];
const PAPER = ["--preset", "paper", "--set", "vm.vcpus=2", "--set", "sim.warmupMs=1", "--set", "sim.durationMs=2"];
const sets = (args: string[]): string[] => args.flatMap((a, i) => (args[i - 1] === "--set" ? [a] : []));

describe("the compiled CLI (dist/), without tsx", () => {
  const app = mkdtempSync(join(tmpdir(), "irqscale-compiled-"));
  const out = mkdtempSync(join(tmpdir(), "irqscale-compiled-out-"));
  const compiled = (args: string[]): Promise<Ran> => node(["bin/irqscale.js", ...args], app);
  const sources = (args: string[]): Promise<Ran> => node(["--import", "tsx", "services/cli/main.ts", ...args], ROOT);

  beforeAll(async () => {
    for (const p of ["package.json", "bin", "proto", "shared", "services", "tsconfig.json", "tsconfig.build.json"])
      cpSync(join(ROOT, p), join(app, p), { recursive: true });
    // Every installed package but tsx (and its loader's esbuild); .bin for tsc.
    mkdirSync(join(app, "node_modules"));
    for (const e of readdirSync(join(ROOT, "node_modules"))) {
      if (e !== "tsx") symlinkSync(join(ROOT, "node_modules", e), join(app, "node_modules", e));
    }
    const built = await npm(["run", "build"], app);
    expect(built.code, built.stderr + built.stdout).toBe(0);
  }, 180_000);
  afterAll(() => {
    rmSync(app, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it("npm run build compiles every source of shared/ and services/ and carries proto/gen's JS", () => {
    const dist = filesUnder(join(app, "dist"));
    const sourcesTs = ["shared", "services"].flatMap((d) => filesUnder(join(app, d)).map((f) => `${d}/${f}`))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
    expect(sourcesTs.length).toBeGreaterThan(50);
    const expected = [...sourcesTs.map((f) => f.replace(/\.ts$/, ".js")), "proto/gen/irqscale.js"];
    expect(dist).toEqual(expect.arrayContaining(expected));
    expect(dist.filter((f) => f.endsWith(".ts"))).toEqual([]);
    expect(existsSync(join(app, "node_modules/tsx"))).toBe(false);
  });

  it("presets, --version and params print what the sources print", async () => {
    for (const args of [["presets"], ["--version"], ["params", "guest"]]) {
      const [a, b] = await Promise.all([compiled(args), sources(args)]);
      expect(a.code, a.stderr).toBe(0);
      expect(a.stdout).toBe(b.stdout);
      expect(a.stdout.length).toBeGreaterThan(0);
    }
  });

  it("a bad flag exits 2 with the same message, no stack trace", async () => {
    const [a, b] = await Promise.all([compiled(["run", "--set", "no.such.key=1", "--out", join(out, "bad")]),
      sources(["run", "--set", "no.such.key=1", "--out", join(out, "bad")])]);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe(b.stderr);
    expect(a.stderr).not.toMatch(/\n\s+at /);
  });

  it("run gives the digest and a schema-valid result of the same run in this process (phold, paper)", async () => {
    for (const [name, args] of [["phold", PHOLD], ["paper", PAPER]] as const) {
      const r = await compiled(["run", ...args, "--json", "--quiet", "--out", join(out, name)]);
      expect(r.code, r.stderr).toBe(0);
      const result = JSON.parse(r.stdout) as { digest: string; throughput: unknown };
      expect(resultSchemaErrors(result)).toEqual([]);
      const preset = args[0] === "--preset" ? args[1] : undefined;
      const model = args[0] === "--model" ? args[1] : undefined;
      const here = await runLocal(resolveConfig({ preset, model, sets: sets(args) }));
      expect(result.digest).toBe(here.digest);
    }
  });

  it("a sweep's points run in compiled child processes with the digests of single runs", async () => {
    const dir = join(out, "sweep");
    const r = await compiled(["sweep", ...PHOLD, "--vary", "seed=1,2", "--jobs", "2", "--no-report", "--quiet",
      "--out", dir]);
    expect(r.code, r.stderr).toBe(0);
    const sweep = JSON.parse(readFileSync(join(dir, "sweep.json"), "utf8")) as { points: { dir: string }[] };
    expect(sweep.points).toHaveLength(2);
    const digest = (p: { dir: string }) =>
      (JSON.parse(readFileSync(join(dir, p.dir, "result.json"), "utf8")) as { digest: string }).digest;
    const digests = sweep.points.map(digest);
    const here = await Promise.all([1, 2].map(async (seed) =>
      (await runLocal(resolveConfig({ model: "phold", sets: sets(PHOLD), seed }))).digest));
    expect(digests).toEqual(here);
  });

  it("--workers 2 starts compiled local workers over a private nats-server: the in-process digest", async () => {
    const r = await compiled(["run", ...PHOLD, "--workers", "2", "--json", "--quiet", "--out", join(out, "nats")]);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { digest: string; workers: number };
    expect(result.workers).toBe(2);
    expect(result.digest).toBe((await runLocal(resolveConfig({ model: "phold", sets: sets(PHOLD) }))).digest);
  });

  it("the build's identity is its sources': a compiled process and one under tsx are one build", async () => {
    const script = (file: string) =>
      `import { buildIdentity } from "${file}"; console.log(JSON.stringify(buildIdentity()));`;
    const a = await node(["--input-type=module", "-e", script("./dist/shared/run/build-id.js")], app);
    // The copy's own sources under tsx (the loader from this checkout: the copy has none).
    const tsx = childEntry(import.meta.url, "./compiled.test.ts").execArgv;
    const b = await node([...tsx, "--input-type=module", "-e", script("./shared/run/build-id.ts")], app);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(JSON.parse(a.stdout)).toEqual({ ...(JSON.parse(b.stdout) as object), version });
    expect(JSON.parse(a.stdout)).toMatchObject({ codeHash: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it("childEntry: compiled code forks the .js beside it with the V8 flags only, sources fork the .ts under tsx", () => {
    const js = childEntry("file:///app/dist/shared/run/sweep.js", "./sweep-point.ts");
    expect(js).toEqual({ script: "/app/dist/shared/run/sweep-point.js", execArgv: [...JIT_FLAGS] });
    const ts = childEntry(new URL("../../shared/run/sweep.ts", import.meta.url).href, "./sweep-point.ts");
    expect(ts.script).toBe(join(ROOT, "shared/run/sweep-point.ts"));
    expect(ts.execArgv.slice(0, JIT_FLAGS.length)).toEqual(JIT_FLAGS);
    expect(ts.execArgv[JIT_FLAGS.length]).toBe("--import");
    expect(ts.execArgv[JIT_FLAGS.length + 1]).toMatch(/^file:.*\/node_modules\/tsx\//);
    expect(() => childEntry("file:///app/x.js", "./y.js")).toThrow(/not a \.ts path/);
  });
});
