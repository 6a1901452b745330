// What the Docker image holds and what docker-compose.yml runs, without a Docker engine (there is
// none on these machines): the files the Dockerfile copies, in a fresh directory, with the
// production dependencies `npm ci --omit=dev` installs there; two workers started with the worker
// service's command and a coordinator started with the coordinator service's entrypoint, as compose
// would run them (NATS_URL, WORKERS, ARGS in the environment; /results mapped to a directory here).
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { startNatsServer, type PrivateNatsServer } from "../../shared/run/nats-server.js";
import { ROOT } from "../support/procs.js";

interface Service { command?: string[]; entrypoint?: string[]; environment?: Record<string, string>; volumes?: string[] }

/** The COPY sources of the Dockerfile, in order. */
function copiedPaths(dockerfile: string): string[] {
  return dockerfile.split("\n").filter((l) => /^COPY\s/.test(l)).flatMap((l) => l.trim().split(/\s+/).slice(1, -1));
}

/** Runs `cmd` to its end and returns its exit code and output. */
function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number | null; out: string; err: string }> {
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
  const compose = parse(readFileSync(join(ROOT, "docker-compose.yml"), "utf8")) as { services: Record<string, Service> };
  let nats: PrivateNatsServer;
  const workers: ReturnType<typeof spawn>[] = [];

  beforeAll(async () => {
    const paths = copiedPaths(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
    expect(paths).toEqual(expect.arrayContaining(["package.json", "package-lock.json", "bin", "proto", "shared", "services", "tsconfig.json"]));
    for (const p of paths) cpSync(join(ROOT, p), join(app, p), { recursive: true });
    // The npm cache that `npm ci` in .ci/run filled serves this install without the network.
    execFileSync("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline"], { cwd: app, stdio: "ignore", env: { ...process.env, NODE_ENV: "production" } });
    nats = await startNatsServer();
  }, 240_000);
  afterAll(async () => {
    for (const w of workers) w.kill("SIGTERM");
    await nats?.stop();
    rmSync(app, { recursive: true, force: true });
    rmSync(results, { recursive: true, force: true });
  });

  it("the production install has no dev tools, and the entry point runs the CLI", async () => {
    expect(existsSync(join(app, "node_modules/tsx"))).toBe(true);
    expect(existsSync(join(app, "node_modules/vitest"))).toBe(false);
    expect(existsSync(join(app, "node_modules/typescript"))).toBe(false);
    const help = await run("node", ["bin/irqscale.js", "--help"], { cwd: app, env: { ...process.env, NODE_ENV: "production" } });
    expect(help.code, help.err).toBe(0);
    expect(help.out).toMatch(/coordinator/);
  });

  it("two workers with the worker service's command and the coordinator service's entrypoint write the digest of a run in one process", async () => {
    // The entrypoint's default run must be one that WORKERS=2 can split (the paper preset, one host, cannot).
    expect(compose.services.coordinator!.entrypoint![2]).toMatch(/\$\$\{ARGS:---preset rack\}/);
    const { worker, coordinator } = compose.services as { worker: Service; coordinator: Service };
    expect(worker.command).toEqual(["worker"]);
    expect(coordinator.volumes).toEqual(["./results:/results"]);
    const env = { ...process.env, NODE_ENV: "production", NATS_URL: nats.url };
    for (let i = 0; i < 2; i++) {
      const w = spawn("node", ["bin/irqscale.js", ...worker.command!, "--name", `image-w${i}`], { cwd: app, env, stdio: "ignore" });
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
    const result = JSON.parse(readFileSync(join(results, "result.json"), "utf8")) as { digest: string; workers: number; sync: { bytesPerWorker: Record<string, number> } };
    const solo = await runLocal(resolveConfig({ preset: "rack", sets }));
    expect(result.digest).toBe(solo.digest);
    expect(result.workers).toBe(2);
    expect(Object.keys(result.sync.bytesPerWorker).sort()).toEqual(["image-w0", "image-w1"]);
  }, 120_000);
});
