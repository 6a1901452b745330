// What the Docker image holds and what docker-compose.yml runs, without a Docker engine (there is
// none on these machines). The Dockerfile's two stages are played in fresh directories: the build
// stage gets the files it copies and this checkout's installed dependencies (what its `npm ci` of
// the same lock installs) and runs its `npm run build`; the final stage gets the files it copies,
// the production dependencies `npm ci --omit=dev --ignore-scripts` installs there, and the build
// stage's dist/. Then two workers started with the worker service's command and a coordinator
// started with the coordinator service's entrypoint, as compose would run them (NATS_URL, WORKERS,
// ARGS in the environment; /results mapped to a directory here).
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { startNatsServer, type PrivateNatsServer } from "../../shared/run/nats-server.js";
import { ROOT } from "../support/procs.js";

interface Service {
  command?: string[]; entrypoint?: string[]; environment?: Record<string, string>; volumes?: string[];
}

interface Copy { from: string | undefined; srcs: string[]; dst: string }
interface Stage { name: string | undefined; copies: Copy[]; runs: string[]; entrypoint?: string[] }

/** The Dockerfile's stages in order: their COPY lines (with --from), RUN lines and ENTRYPOINT (exec form). */
function stagesOf(dockerfile: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of dockerfile.split("\n").map((l) => l.trim())) {
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?$/i.exec(line);
    if (from) stages.push({ name: from[1], copies: [], runs: [] });
    const stage = stages.at(-1);
    if (!stage) continue;
    if (/^COPY\s/.test(line)) {
      const words = line.split(/\s+/).slice(1);
      const flag = words[0]?.startsWith("--from=") ? words.shift()!.slice("--from=".length) : undefined;
      stage.copies.push({ from: flag, srcs: words.slice(0, -1), dst: words.at(-1)! });
    }
    if (/^RUN\s/.test(line)) stage.runs.push(line.slice(4).trim());
    if (/^ENTRYPOINT\s/.test(line)) stage.entrypoint = JSON.parse(line.slice("ENTRYPOINT".length)) as string[];
  }
  return stages;
}

/** Plays a stage's COPY lines into `dir` (WORKDIR /app), from this checkout or an earlier stage's one. */
function copyInto(dir: string, stage: Stage, stageDirs: Map<string, string>): void {
  for (const c of stage.copies) {
    for (const src of c.srcs) {
      const from = c.from === undefined ? join(ROOT, src) : join(stageDirs.get(c.from)!, src.replace(/^\/app\//, ""));
      const to = c.dst.endsWith("/") ? join(dir, c.dst, basename(src)) : join(dir, c.dst);
      cpSync(from, to, { recursive: true });
    }
  }
}

/** Runs `cmd` to its end and returns its exit code and output. */
interface Ran { code: number | null; out: string; err: string }
function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Ran> {
  return new Promise((res) => {
    const p = spawn(cmd, args, { ...opts, stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "";
    p.stdout.setEncoding("utf8").on("data", (s: string) => { out += s; });
    p.stderr.setEncoding("utf8").on("data", (s: string) => { err += s; });
    p.on("exit", (code) => res({ code, out, err }));
  });
}

describe("the image and docker-compose.yml, run as containers would run them", () => {
  const app = mkdtempSync(join(tmpdir(), "irq-image-"));
  const results = mkdtempSync(join(tmpdir(), "irq-image-results-"));
  const compose = parse(readFileSync(join(ROOT, "docker-compose.yml"), "utf8")) as
    { services: Record<string, Service> };
  let nats: PrivateNatsServer;
  const workers: ReturnType<typeof spawn>[] = [];

  const build = mkdtempSync(join(tmpdir(), "irq-image-build-"));
  const stages = stagesOf(readFileSync(join(ROOT, "Dockerfile"), "utf8"));

  beforeAll(async () => {
    expect(stages.map((st) => st.name)).toEqual(["build", undefined]);
    const [first, last] = stages as [Stage, Stage];
    expect(first.runs).toEqual(["npm ci --ignore-scripts --no-audit --no-fund", "npm run build"]);
    expect(first.copies.flatMap((c) => c.srcs)).toEqual(expect.arrayContaining(
      ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "proto", "shared", "services"]));
    copyInto(build, first, new Map());
    symlinkSync(join(ROOT, "node_modules"), join(build, "node_modules"));
    execFileSync("npm", ["run", "build"], { cwd: build, stdio: "ignore" });

    expect(last.runs).toEqual(["npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force"]);
    expect(last.copies).toContainEqual({ from: "build", srcs: ["/app/dist"], dst: "./dist" });
    copyInto(app, last, new Map([["build", build]]));
    // The npm cache that `npm ci` in .ci/run filled serves this install without the network.
    execFileSync("npm", ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"],
      { cwd: app, stdio: "ignore", env: { ...process.env, NODE_ENV: "production" } });
    nats = await startNatsServer();
  }, 240_000);
  afterAll(async () => {
    for (const w of workers) w.kill("SIGTERM");
    await nats?.stop();
    rmSync(app, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
    rmSync(results, { recursive: true, force: true });
  });

  it("the image has no dev tools and no TypeScript: the entry point runs the compiled CLI", async () => {
    for (const dev of ["tsx", "typescript", "vitest", "esbuild"])
      expect(existsSync(join(app, "node_modules", dev)), dev).toBe(false);
    expect(existsSync(join(app, "dist/services/cli/main.js"))).toBe(true);
    expect(existsSync(join(app, "dist/proto/gen/irqscale.js"))).toBe(true);
    expect(existsSync(join(app, "services"))).toBe(false);
    const env = { ...process.env, NODE_ENV: "production" };
    // The ENTRYPOINT as docker runs it: the file executed by its shebang (node with the V8 flags).
    const [entry, ...entryArgs] = stages.at(-1)!.entrypoint!;
    expect(entry).toBe("bin/irqscale.js");
    const help = await run(join(app, entry!), [...entryArgs, "--help"], { cwd: app, env });
    expect(help.code, help.err).toBe(0);
    expect(help.out).toMatch(/coordinator/);
    // A sweep's points run in child processes of the image's own (compiled) code.
    const sweepOut = join(results, "sweep");
    const phold = ["--model", "phold", "--set", "phold.minDelayNs=1000", "--set", "phold.endNs=100000"];
    const argv = ["bin/irqscale.js", "sweep", ...phold, "--vary", "seed=3,4", "--no-report", "--quiet",
      "--out", sweepOut];
    const sweep = await run("node", argv, { cwd: app, env });
    expect(sweep.code, sweep.err).toBe(0);
    const read = <T>(...path: string[]): T => JSON.parse(readFileSync(join(sweepOut, ...path), "utf8")) as T;
    const { points } = read<{ points: { dir: string }[] }>("sweep.json");
    const digests = points.map((p) => read<{ digest: string }>(p.dir, "result.json").digest);
    const solo = await Promise.all([3, 4].map(async (seed) =>
      (await runLocal(resolveConfig({ model: "phold", sets: [phold[3]!, phold[5]!], seed }))).digest));
    expect(digests).toEqual(solo);
  });

  it("two workers with the worker service's command and the coordinator service's entrypoint write the digest "
    + "of a run in one process", async () => {
    // The entrypoint's default run must be one that WORKERS=2 can split (the paper preset, one host, cannot).
    expect(compose.services.coordinator!.entrypoint![2]).toMatch(/\$\$\{ARGS:---preset rack\}/);
    const { worker, coordinator } = compose.services as { worker: Service; coordinator: Service };
    expect(worker.command).toEqual(["worker"]);
    expect(coordinator.volumes).toEqual(["./results:/results"]);
    const env = { ...process.env, NODE_ENV: "production", NATS_URL: nats.url };
    for (let i = 0; i < 2; i++) {
      const argv = ["bin/irqscale.js", ...worker.command!, "--name", `image-w${i}`];
      const w = spawn("node", argv, { cwd: app, env, stdio: "ignore" });
      workers.push(w);
    }
    // Compose writes `$$` for a literal `$`; the volume maps /results to `results` here.
    const [shell, flag, script] = coordinator.entrypoint!;
    expect([shell, flag]).toEqual(["/bin/sh", "-c"]);
    const line = script!.replaceAll("$$", "$").replace("--out /results", `--out ${results}`);
    const sets = ["host.count=4", "sim.warmupMs=0.05", "sim.durationMs=0.1"];
    const args = `--preset rack ${sets.map((s) => `--set ${s}`).join(" ")}`;
    const c = await run(shell!, [flag!, line], { cwd: app, env: { ...env, WORKERS: "2", ARGS: args } });
    expect(c.code, c.err + c.out).toBe(0);
    const result = JSON.parse(readFileSync(join(results, "result.json"), "utf8")) as
      { digest: string; workers: number; sync: { bytesPerWorker: Record<string, number> } };
    const solo = await runLocal(resolveConfig({ preset: "rack", sets }));
    expect(result.digest).toBe(solo.digest);
    expect(result.workers).toBe(2);
    expect(Object.keys(result.sync.bytesPerWorker).sort()).toEqual(["image-w0", "image-w1"]);
  }, 120_000);
});
