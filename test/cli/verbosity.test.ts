// --quiet and --verbose on every command: declared once (verbosityFlags), refused together, --quiet
// leaves only results and errors, --verbose adds diagnostics on stderr without changing stdout.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { registerConfig } from "../../services/cli/commands/config.js";
import { registerCoordinator } from "../../services/cli/commands/coordinator.js";
import { registerPaper } from "../../services/cli/commands/paper.js";
import { registerParams } from "../../services/cli/commands/params.js";
import { registerPresets } from "../../services/cli/commands/presets.js";
import { registerReport } from "../../services/cli/commands/report.js";
import { registerRun } from "../../services/cli/commands/run.js";
import { registerSweep } from "../../services/cli/commands/sweep.js";
import { registerValidate } from "../../services/cli/commands/validate.js";
import { registerWorker } from "../../services/cli/commands/worker.js";
import { presets } from "../../shared/model/registry.js";
import { irqscale } from "./cli.js";

const COMMANDS = [
  "run", "sweep", "paper", "report", "config", "params", "presets", "validate", "coordinator", "worker",
];
const dir = mkdtempSync(join(tmpdir(), "irqscale-verbosity-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI's commands as main.ts registers them, exiting by exception and writing nothing. */
function program(): Command {
  const p = new Command("irqscale").exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  for (const r of [registerRun, registerWorker, registerCoordinator, registerSweep, registerReport, registerPresets,
    registerParams, registerValidate, registerConfig, registerPaper]) r(p);
  return p;
}

describe("--quiet and --verbose", { timeout: 180_000 }, () => {
  it("every command declares both, with the same meaning, and refuses them together before doing anything",
    async () => {
      const p = program();
      expect(p.commands.map((c) => c.name()).sort()).toEqual([...COMMANDS].sort());
      for (const c of p.commands) {
        const quiet = c.options.find((o) => o.long === "--quiet");
        const verbose = c.options.find((o) => o.long === "--verbose");
        expect(quiet?.description, c.name()).toMatch(/^only results and errors/);
        expect(verbose?.description, c.name()).toMatch(/^extra diagnostics on stderr/);
      }
      // What each command requires besides (checked before conflicts); nothing runs either way.
      const required: Record<string, string[]> = {
        sweep: ["--vary", "vm.vcpus=1", "--out", dir], report: [dir], validate: ["--config", "x.yaml"],
        coordinator: ["--workers", "1"],
      };
      for (const name of COMMANDS) {
        const argv = ["node", "irqscale", name, ...(required[name] ?? []), "--quiet", "--verbose"];
        const err = await program().parseAsync(argv)
          .then(() => undefined, (e: unknown) => e);
        expect(err, name).toBeInstanceOf(CommanderError);
        expect((err as CommanderError).code, name).toBe("commander.conflictingOption");
      }
      // The real command exits 2 and names both flags.
      const r = await irqscale(["worker", "--quiet", "--verbose"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("option '--quiet' cannot be used with option '--verbose'");
    });

  it("run: --verbose names the config's sources, seed, partitioning and windows; the result line is unchanged",
    async () => {
      const args = ["run", "--preset", "paper", "--set", "sim.durationMs=5", "--seed", "3"];
      const [plain, verbose] = await Promise.all([
        irqscale([...args, "--out", join(dir, "plain")]), irqscale([...args, "--verbose", "--out", join(dir, "v")]),
      ]);
      expect(verbose.code).toBe(0);
      const lines = verbose.stderr.trimEnd().split("\n");
      const diag = lines.filter((l) => l.startsWith("[verbose] "));
      expect(diag).toContain("[verbose] model net (from the preset, the file or the default), preset paper");
      expect(diag).toContain("[verbose] --set sim.durationMs=5");
      expect(diag).toContain("[verbose] seed 3");
      expect(diag.find((l) => l.includes("group -> partition map"))).toMatch(/run: seed 3, in memory: 1 partition, /);
      const digest = /digest (\w+)/.exec(plain.stderr)![1]!;
      expect(diag.at(-1)).toMatch(new RegExp(`run: 1 windows, \\d+ events, digest ${digest}$`));
      // Without the diagnostics, the same lines as without --verbose (wall and cpu times aside).
      const strip = (s: string) => s.replace(/wall \d+ ms {2}cpu \d+ ms {2}-> \S+/, "");
      expect(lines.filter((l) => !l.startsWith("[verbose] ")).map(strip))
        .toEqual(plain.stderr.trimEnd().split("\n").map(strip));
    });

  it("sweep: --verbose lists every point with its --set values and seed; --quiet prints nothing", async () => {
    const args = ["sweep", "--preset", "paper", "--set", "sim.durationMs=3", "--vary", "vm.vcpus=1,2", "--no-report",
      "--progress", "lines"];
    const [v, q] = await Promise.all([
      irqscale([...args, "--verbose", "--out", join(dir, "sv")]),
      irqscale([...args, "--quiet", "--out", join(dir, "sq")]),
    ]);
    expect(v.code).toBe(0);
    expect(v.stderr).toContain("[verbose] 2 points (product of the --vary lists), 1 replication each\n");
    expect(v.stderr).toContain("[verbose] point 0-vm.vcpus=1: vm.vcpus=1  seed 1\n");
    expect(v.stderr).toContain("[verbose] point 1-vm.vcpus=2: vm.vcpus=2  seed 1\n");
    expect(q.code).toBe(0);
    expect(q.stderr).toBe("");
  });

  it("config, presets, params, validate, report: stdout is the same with either; --quiet leaves stderr empty, "
    + "--verbose adds diagnostics there", async () => {
    const runDir = join(dir, "forreport");
    const made = await irqscale(["run", "--preset", "paper", "--set", "sim.durationMs=3", "--quiet", "--out", runDir]);
    expect(made.code).toBe(0);
    const cases: [string[], RegExp][] = [
      [["config", "--preset", "phold", "--set", "phold.remoteShare=0.5"],
        /^\[verbose\] --set phold\.remoteShare=0\.5$/m],
      [["presets"],
        new RegExp(`^\\[verbose\\] preset ${Object.keys(presets)[0]}: model \\w+, seed \\d+, ends at \\d+ ns`, "m")],
      [["params", "phold.remote"], /^\[verbose\] 1 parameters whose path starts with 'phold\.remote' of every model$/m],
      [["validate", "--config", "examples/phold.yaml"], /^\[verbose\] config file \/.*examples\/phold\.yaml$/m],
      [["report", runDir, "--out", join(dir, "r.html")], /^ {2}\S.*: /m],
    ];
    const runs = await Promise.all(cases.flatMap(([args]) => [irqscale(args), irqscale([...args, "--quiet"]),
      irqscale([...args, "--verbose"])]));
    cases.forEach(([args, diag], i) => {
      const [plain, quiet, verbose] = runs.slice(3 * i, 3 * i + 3) as [typeof made, typeof made, typeof made];
      const name = args[0]!;
      for (const r of [plain, quiet, verbose]) expect(r.code, name).toBe(0);
      expect(quiet.stdout, name).toBe(plain.stdout);
      expect(verbose.stdout, name).toBe(plain.stdout);
      expect(quiet.stderr, name).toBe("");
      expect(verbose.stderr, name).toMatch(diag);
    });
  });
});
