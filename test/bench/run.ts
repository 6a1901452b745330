/**
 * `npm run bench`: the two engines (`engine=compiled`, `engine=xstate`) side by side on three runs:
 *   rack   the shortened rack: --preset rack --set sim.durationMs=1 --set sim.warmupMs=0.5
 *   paper  the paper preset in mq-msi at 12 vCPUs: --preset paper --set vm.net.mode=mq-msi --set vm.vcpus=12
 *   phold  PHOLD through the kernel: --preset phold
 *
 * Every run is cold, in a fresh process (this file with `--child`, under the V8 flags the irqscale
 * command runs with: shared/run/jit.ts), measured there around
 * `runLocal(rc)`: CPU time by `process.cpuUsage()` (user + system) and bytes allocated by
 * `v8.GCProfiler` (test/bench/alloc.ts). One process per run because runs in one process are not
 * comparable: the JIT warms up over the first runs (the paper run: 372, 151, 56, 35 ms of CPU for
 * four compiled runs in a row) and one engine's run leaves the other a different heap and different
 * inline caches (a compiled run after an xstate one: 266 ms instead of 151).
 *
 * The engines alternate within each round (compiled, xstate, compiled, xstate, ...), so that a
 * machine whose speed drifts slows both alike. Per scenario and engine it prints the medians over
 * the rounds of: requests per CPU-second (requests completed in the whole run, warm-up included:
 * `result.requests.completed`), events per CPU-second (`result.events`), kernel events per request
 * and bytes allocated per event; and per measure the compiled/xstate ratio, the median of the
 * rounds' own ratios. Both engines must give the same digest (and every round the same one): any
 * difference is printed as MISMATCH and the bench exits 1.
 *
 * `--vs DIR` then also compares this checkout with the one in DIR (a clone of another commit),
 * both through their own command in child processes (`DIR/bin/irqscale.js run --preset ... --set
 * ... --json`, executed by its shebang: the compiled dist/ where a checkout has one, which must be
 * built from its current sources, else tsx), each on its default engine, alternating round by round; CPU is
 * each result's `cpuMs` (runLocal's own process.cpuUsage, start-up excluded, on both sides). It prints
 * requests (PHOLD: events) per CPU-second of both, this/that per round and the median.
 *
 * Usage: npm run bench [-- --rounds N] [--scenario rack|paper|phold[,...]] [--quick] [--vs DIR] [--json FILE]
 *   --quick   1 round (unless --rounds is given) and shorter runs, for a smoke test
 *   --json    also write every figure and every run's raw sample to FILE
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { JIT_FLAGS } from "../../shared/run/jit.js";

const HERE = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** One measured engine run, as the child prints it. */
interface Sample {
  engine: string;
  digest: string;
  events: number;
  /** Requests completed in the whole run (null for PHOLD, which has none). */
  requests: number | null;
  /** Requests completed in the measured window only (result.throughput.completed), for reference. */
  measuredRequests: number | null;
  cpuMs: number;
  wallMs: number;
  allocatedBytes: number;
  gcs: number;
  gcMs: number;
}

/** One run through a checkout's CLI. */
interface CliSample {
  digest: string;
  events: number;
  requests: number | null;
  cpuMs: number;
  engine: string | null;
}

interface Scenario {
  name: string;
  describe: string;
  preset: string;
  sets: string[];
}

/** `run.ts --child REQUEST`: one run of the resolveConfig request (JSON), measured; prints a Sample. */
async function child(request: string): Promise<void> {
  const { resolveConfig } = await import("../../shared/config/load.js");
  const { runLocal } = await import("../../shared/run/local.js");
  const { measure } = await import("./alloc.js");
  const rc = resolveConfig(JSON.parse(request) as Parameters<typeof resolveConfig>[0]);
  const m = await measure(() => runLocal(rc));
  const r = m.value as {
    digest: string;
    events: number;
    requests?: { completed: number };
    throughput?: { completed: number };
    config: { engine?: string };
  };
  const sample: Sample = {
    engine: r.config.engine ?? "?",
    digest: r.digest,
    events: r.events,
    requests: r.requests?.completed ?? null,
    measuredRequests: r.throughput?.completed ?? null,
    cpuMs: m.cpuMs,
    wallMs: m.wallMs,
    allocatedBytes: m.allocatedBytes,
    gcs: m.gcs,
    gcMs: m.gcMs,
  };
  process.stdout.write(JSON.stringify(sample) + "\n");
}

async function main(): Promise<void> {
  let values: { rounds?: string; scenario?: string; quick?: boolean; vs?: string; json?: string };
  try {
    ({ values } = parseArgs({
      options: {
        rounds: { type: "string" },
        scenario: { type: "string" },
        quick: { type: "boolean" },
        vs: { type: "string" },
        json: { type: "string" },
      },
    }));
  } catch (e) {
    fail(
      `${(e as Error).message}\n` +
        "usage: npm run bench [-- --rounds N] [--scenario rack|paper|phold] [--quick] [--vs DIR] [--json FILE]",
    );
  }
  const quick = values.quick === true;
  const rounds = values.rounds === undefined ? (quick ? 1 : 3) : Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) fail(`--rounds: expected a positive integer, got ${values.rounds}`);

  const all: Scenario[] = [
    {
      name: "rack",
      preset: "rack",
      describe: "shortened rack: 16 hosts x 8 VMs x 8 vCPUs, mq-msi",
      sets: quick ? ["sim.durationMs=0.3", "sim.warmupMs=0.1"] : ["sim.durationMs=1", "sim.warmupMs=0.5"],
    },
    {
      name: "paper",
      preset: "paper",
      describe: "paper preset, mq-msi, 12 vCPUs",
      sets: ["vm.net.mode=mq-msi", "vm.vcpus=12", ...(quick ? ["sim.durationMs=5"] : [])],
    },
    {
      name: "phold",
      preset: "phold",
      describe: "PHOLD through the kernel: 64 actors in 8 groups",
      sets: quick ? ["phold.endNs=500000"] : [],
    },
  ];
  const wanted = values.scenario?.split(",") ?? all.map((s) => s.name);
  const unknown = wanted.filter((w) => !all.some((s) => s.name === w));
  if (unknown.length > 0)
    fail(`--scenario: unknown ${unknown.join(", ")}; expected ${all.map((s) => s.name).join(", ")}`);
  const scenarios = all.filter((s) => wanted.includes(s.name));

  const vsDir = values.vs === undefined ? undefined : resolve(values.vs);
  if (vsDir !== undefined && !existsSync(join(vsDir, "bin/irqscale.js")))
    fail(`--vs ${values.vs}: no bin/irqscale.js there; give a checkout of this repository`);
  if (vsDir !== undefined) for (const dir of [ROOT, vsDir]) checkBuild(dir);

  const cpus = os.cpus();
  const load0 = os.loadavg()[0]!;
  const json: Record<string, unknown> = {
    node: process.version,
    cpu: `${cpus.length} x ${cpus[0]?.model.trim() ?? "?"}`,
    rounds,
    quick,
    date: new Date().toISOString(),
  };
  const mismatches: string[] = [];
  const ENGINES = ["compiled", "xstate"] as const;

  // ---- the two engines, each run in a fresh process ----
  process.stderr.write(
    `bench: ${rounds} round(s) of ${scenarios.map((s) => s.name).join(", ")}, ` +
      "engines alternating, each run in a fresh process\n",
  );
  const engineRows: string[][] = [];
  const engineJson: Record<string, unknown> = {};
  for (const s of scenarios) {
    const samples: Record<string, Sample[]> = { compiled: [], xstate: [] };
    for (let round = 0; round < rounds; round++) {
      for (const engine of ENGINES) samples[engine]!.push(childRun(s, engine));
      const c = samples.compiled!.at(-1)!,
        x = samples.xstate!.at(-1)!;
      process.stderr.write(
        `  ${s.name} round ${round + 1}/${rounds}: compiled ${c.cpuMs.toFixed(0)} ms CPU, ` +
          `xstate ${x.cpuMs.toFixed(0)} ms CPU (xstate/compiled ${ratio(x.cpuMs, c.cpuMs).toFixed(2)}x)\n`,
      );
    }
    const perEngine = Object.fromEntries(ENGINES.map((e) => [e, figures(samples[e]!)])) as Record<
      (typeof ENGINES)[number],
      Figures
    >;
    const digests = new Set(ENGINES.flatMap((e) => samples[e]!.map((x) => x.digest)));
    const agree = digests.size === 1;
    if (!agree) {
      const seen = ENGINES.map((e) => `${e} ${[...new Set(samples[e]!.map((x) => x.digest))].join("/")}`).join(", ");
      mismatches.push(`${s.name}: ${seen}`);
    }
    // compiled/xstate per measure: the median over rounds of the ratio within a round.
    const perRound = (f: (x: Sample) => number | null): number[] =>
      samples.compiled!.map((c, i) => ratio(f(c) ?? NaN, f(samples.xstate![i]!) ?? NaN));
    const rounds_ = {
      cpuMs: perRound((x) => x.cpuMs),
      requestsPerCpuSecond: perRound((x) => (x.requests === null ? null : perCpuSecond(x.requests, x.cpuMs))),
      eventsPerCpuSecond: perRound((x) => perCpuSecond(x.events, x.cpuMs)),
      eventsPerRequest: perRound((x) => (x.requests === null ? null : x.events / x.requests)),
      bytesPerEvent: perRound((x) => x.allocatedBytes / x.events),
    };
    const ratios = Object.fromEntries(Object.entries(rounds_).map(([k, v]) => [k, median(v)])) as Record<
      keyof typeof rounds_,
      number
    >;
    const headline = s.preset === "phold" ? rounds_.eventsPerCpuSecond : rounds_.requestsPerCpuSecond;
    for (const e of ENGINES) {
      const f = perEngine[e];
      engineRows.push([
        s.name,
        e,
        int(f.cpuMs),
        f.requests === null ? "-" : int(f.requests),
        int(f.events),
        f.requestsPerCpuSecond === null ? "-" : rate(f.requestsPerCpuSecond),
        rate(f.eventsPerCpuSecond),
        f.eventsPerRequest === null ? "-" : f.eventsPerRequest.toFixed(1),
        int(f.bytesPerEvent),
        f.digests.length === 1 ? f.digests[0]! : `MISMATCH ${f.digests.join("/")}`,
        "",
      ]);
    }
    engineRows.push([
      s.name,
      "compiled/xstate",
      times(ratios.cpuMs),
      "",
      "",
      s.preset === "phold" ? "-" : times(ratios.requestsPerCpuSecond),
      times(ratios.eventsPerCpuSecond),
      s.preset === "phold" ? "-" : times(ratios.eventsPerRequest),
      times(ratios.bytesPerEvent, 3),
      agree ? "agree" : "MISMATCH",
      headline.map((r) => r.toFixed(2)).join(" "),
    ]);
    engineJson[s.name] = {
      describe: s.describe,
      preset: s.preset,
      sets: s.sets,
      digestsAgree: agree,
      ...perEngine,
      ratio: ratios,
      ratioPerRound: rounds_,
      samples,
    };
  }
  json.engines = engineJson;

  console.log(
    `irqscale bench: node ${process.version}, ${json.cpu as string}, ` +
      `load average ${load0.toFixed(1)} -> ${os.loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `${rounds} round(s), engines alternating (compiled, xstate) in each; every run cold, in a fresh process; ` +
      "figures are medians over the rounds",
  );
  console.log(
    "requests = requests completed in the whole run, warm-up included (result.requests.completed; " +
      "result.throughput.completed counts the measured window only)",
  );
  console.log(
    "events = kernel events (result.events); CPU = process.cpuUsage() user + system around runLocal(rc): " +
      "model build to result, process start-up excluded",
  );
  console.log(
    "bytes/event = bytes allocated on the V8 heap during runLocal (v8.GCProfiler) / events; " +
      "compiled/xstate = median over the rounds of each round's ratio",
  );
  console.log("");
  table(
    [
      "scenario",
      "engine",
      "CPU ms",
      "requests",
      "events",
      "requests/CPU-s",
      "events/CPU-s",
      "events/request",
      "bytes/event",
      "digest",
      "per round (req/CPU-s; phold: events)",
    ],
    engineRows,
    2,
  );
  console.log("");
  for (const s of scenarios)
    console.log(
      `  ${s.name.padEnd(5)} ${s.describe}: --preset ${s.preset}` +
        `${s.sets.map((x) => ` --set ${x}`).join("")}${quick ? " (--quick)" : ""}`,
    );

  // ---- this checkout against another one, both through their CLI ----
  if (vsDir !== undefined) {
    const outMine = mkdtempSync(join(os.tmpdir(), "irqscale-bench-this-")),
      outThat = mkdtempSync(join(os.tmpdir(), "irqscale-bench-that-"));
    try {
      process.stderr.write(
        `bench --vs: ${rounds} round(s), this checkout and ${vsDir} alternating, both through their CLI\n`,
      );
      const vsRows: string[][] = [];
      const vsJson: Record<string, unknown> = {};
      for (const s of scenarios) {
        const mine: CliSample[] = [],
          theirs: CliSample[] = [];
        const work = (x: CliSample): number => x.requests ?? x.events;
        for (let round = 0; round < rounds; round++) {
          // A directory of its own per run: a run does not replace an earlier result.
          mine.push(cliRun(ROOT, s, join(outMine, `${s.name}-${round}`)));
          theirs.push(cliRun(vsDir, s, join(outThat, `${s.name}-${round}`)));
          const m = mine.at(-1)!,
            t = theirs.at(-1)!;
          const thisOverThat = ratio(perCpuSecond(work(m), m.cpuMs), perCpuSecond(work(t), t.cpuMs));
          process.stderr.write(
            `  ${s.name} round ${round + 1}/${rounds}: this ${m.cpuMs} ms CPU, that ${t.cpuMs} ms CPU, ` +
              `this/that per CPU-s ${thisOverThat.toFixed(2)}x\n`,
          );
        }
        const ratios = mine.map((m, i) =>
          ratio(perCpuSecond(work(m), m.cpuMs), perCpuSecond(work(theirs[i]!), theirs[i]!.cpuMs)),
        );
        const rateOf = (xs: CliSample[]): number => median(xs.map((x) => perCpuSecond(work(x), x.cpuMs)));
        const d1 = new Set(mine.map((x) => x.digest)),
          d2 = new Set(theirs.map((x) => x.digest));
        if (d1.size !== 1) mismatches.push(`${s.name} (this checkout's CLI, rounds differ): ${[...d1].join("/")}`);
        if (d2.size !== 1) mismatches.push(`${s.name} (${vsDir}'s CLI, rounds differ): ${[...d2].join("/")}`);
        const digestNote =
          d1.size === 1 && d2.size === 1 && mine[0]!.digest === theirs[0]!.digest
            ? `same ${mine[0]!.digest}`
            : `differ ${[...d1].join("/")} / ${[...d2].join("/")}`;
        vsRows.push([
          s.name,
          mine[0]!.requests === null ? "events" : "requests",
          mine[0]!.engine ?? "(no engine key)",
          theirs[0]!.engine ?? "(no engine key)",
          int(median(mine.map((x) => x.cpuMs))),
          int(median(theirs.map((x) => x.cpuMs))),
          rate(rateOf(mine)),
          rate(rateOf(theirs)),
          times(median(ratios)),
          ratios.map((r) => r.toFixed(2)).join(" "),
          digestNote,
        ]);
        vsJson[s.name] = {
          sets: s.sets,
          per: mine[0]!.requests === null ? "events" : "requests",
          thisPerCpuSecond: rateOf(mine),
          thatPerCpuSecond: rateOf(theirs),
          ratio: median(ratios),
          ratioPerRound: ratios,
          this: mine,
          that: theirs,
        };
      }
      json.vs = { dir: vsDir, scenarios: vsJson };
      console.log("");
      console.log(
        `this checkout (${ROOT.replace(/\/$/, "")}) against ${vsDir}: each on its default engine, ` +
          "both through their CLI (run --preset ... --json) in child processes, alternating",
      );
      console.log(
        "per CPU-second of the run's own cpuMs (runLocal's process.cpuUsage, start-up excluded); " +
          "requests completed in the whole run (PHOLD: events); this/that = median of each round's ratio",
      );
      console.log("");
      table(
        [
          "scenario",
          "per",
          "this engine",
          "that engine",
          "this CPU ms",
          "that CPU ms",
          "this per CPU-s",
          "that per CPU-s",
          "this/that",
          "per round",
          "digests (this / that)",
        ],
        vsRows,
        4,
      );
    } finally {
      rmSync(outMine, { recursive: true, force: true });
      rmSync(outThat, { recursive: true, force: true });
    }
  }

  if (mismatches.length > 0) {
    json.mismatches = mismatches;
    const banner = "!".repeat(78);
    console.log(
      `\n${banner}\nMISMATCH: the digests disagree\n${mismatches.map((m) => `  ${m}`).join("\n")}\n${banner}`,
    );
    console.error(`MISMATCH: ${mismatches.join("; ")}`);
  } else {
    console.log(`\ndigests: both engines agree in every scenario and round`);
  }
  if (values.json !== undefined) writeFileSync(values.json, JSON.stringify(json, null, 2) + "\n");
  process.exit(mismatches.length > 0 ? 1 : 0);
}

interface Figures {
  cpuMs: number;
  requests: number | null;
  events: number;
  requestsPerCpuSecond: number | null;
  eventsPerCpuSecond: number;
  eventsPerRequest: number | null;
  bytesPerEvent: number;
  digests: string[];
}

/** Medians over the rounds of one engine's samples. */
function figures(xs: Sample[]): Figures {
  const hasRequests = xs.every((x) => x.requests !== null && x.requests > 0);
  return {
    cpuMs: median(xs.map((x) => x.cpuMs)),
    requests: hasRequests ? median(xs.map((x) => x.requests!)) : null,
    events: median(xs.map((x) => x.events)),
    requestsPerCpuSecond: hasRequests ? median(xs.map((x) => perCpuSecond(x.requests!, x.cpuMs))) : null,
    eventsPerCpuSecond: median(xs.map((x) => perCpuSecond(x.events, x.cpuMs))),
    eventsPerRequest: hasRequests ? median(xs.map((x) => x.events / x.requests!)) : null,
    bytesPerEvent: median(xs.map((x) => x.allocatedBytes / x.events)),
    digests: [...new Set(xs.map((x) => x.digest))],
  };
}

/** One engine run of a scenario in a fresh process (this file with --child). */
function childRun(s: Scenario, engine: string): Sample {
  const request = { preset: s.preset, sets: [...s.sets, `engine=${engine}`] };
  const out = run(
    process.execPath,
    [...JIT_FLAGS, "--import", "tsx", HERE, "--child", JSON.stringify(request)],
    ROOT,
    `${s.name} engine=${engine}`,
  );
  const sample = JSON.parse(out.trim().split("\n").at(-1)!) as Sample;
  if (sample.engine !== engine)
    fail(`${s.name}: asked for engine=${engine}, the result's config says ${sample.engine}`);
  return sample;
}

/**
 * One run of a scenario through the `irqscale` command of the checkout in `dir` (its bin/irqscale.js,
 * executed as a user's shell or npx runs it, by its shebang: the compiled dist/ where the checkout
 * builds one, tsx where it has no build), on its default engine.
 */
function cliRun(dir: string, s: Scenario, outDir: string): CliSample {
  const args = [
    "run",
    "--preset",
    s.preset,
    ...s.sets.flatMap((x) => ["--set", x]),
    "--json",
    "--out",
    outDir,
  ];
  // The file itself, as a shell runs it: its shebang says how (node, with its V8 flags).
  const r = JSON.parse(run(join(dir, "bin/irqscale.js"), args, dir, `${dir}: run --preset ${s.preset}`)) as {
    digest: string;
    events: number;
    requests?: { completed: number };
    cpuMs?: number;
    config?: { engine?: string };
  };
  if (typeof r.cpuMs !== "number") fail(`${dir}: its result.json has no cpuMs; cannot measure its CPU time`);
  return {
    digest: r.digest,
    events: r.events,
    requests: r.requests?.completed ?? null,
    cpuMs: r.cpuMs,
    engine: r.config?.engine ?? null,
  };
}

/** A checkout whose command runs dist/ must have built it from its current sources. */
function checkBuild(dir: string): void {
  const built = join(dir, "dist/services/cli/main.js");
  if (!readFileSync(join(dir, "bin/irqscale.js"), "utf8").includes("dist/services/cli/main.js")) return;
  if (!existsSync(built)) fail(`${dir}: bin/irqscale.js runs dist/, which is not built: run \`npm run build\` there`);
  const builtAt = statSync(built).mtimeMs;
  const newest = (d: string): number =>
    readdirSync(d, { withFileTypes: true }).reduce((m, e) => {
      const p = join(d, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : e.name.endsWith(".ts") ? statSync(p).mtimeMs : 0);
    }, 0);
  const changed = Math.max(...["shared", "services"].map((d) => newest(join(dir, d))));
  if (changed > builtAt) fail(`${dir}: sources changed after dist/ was built: run \`npm run build\` there`);
}

function run(file: string, args: string[], cwd: string, what: string): string {
  try {
    return execFileSync(file, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 30,
    });
  } catch (e) {
    fail(`${what}: the child process failed (${(e as Error).message.split("\n")[0]})`);
  }
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function median(xs: number[]): number {
  const v = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}
const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);
const perCpuSecond = (n: number, cpuMs: number): number => (n * 1000) / cpuMs;
const int = (x: number): string => Math.round(x).toLocaleString("en-US");
const times = (x: number, digits = 2): string => (Number.isNaN(x) ? "-" : `${x.toFixed(digits)}x`);
/** A rate with three significant digits: 4.28 k, 248 k, 1.41 M. */
function rate(x: number): string {
  const [v, unit] = x >= 1e6 ? [x / 1e6, " M"] : x >= 1e3 ? [x / 1e3, " k"] : [x, ""];
  return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)}${unit}`;
}

/** A plain table: the first `textColumns` columns and the last two left-aligned, the others right-aligned. */
function table(head: string[], rows: string[][], textColumns: number): void {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const left = (i: number): boolean => i < textColumns || i >= head.length - 2;
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (left(i) ? c.padEnd(width[i]!) : c.padStart(width[i]!)))
      .join("  ")
      .trimEnd();
  console.log(line(head));
  console.log(line(width.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(r));
}

// Last, once every helper above is initialised.
if (process.argv[2] === "--child") await child(process.argv[3]!);
else await main();
