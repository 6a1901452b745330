// Distributed-run benchmark: `npm run bench:dist [-- --scenario phold|rack] [--set key=value ...] [--reps N] [--depths 1,2] [--skip-memory] [--contention]`.
// Runs one config in one process, in 2 partitions in memory, and on 2 NATS worker processes (private
// nats-server on loopback), and prints windows/s, messages crossing partitions per window, sync share
// and the speedup of 2 NATS workers over 1 process. Worker start-up is excluded (a warm-up run first).
import { parseArgs } from "node:util";
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolveConfig, type ResolvedConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { startNatsServer } from "../../shared/run/nats-server.js";
import { DEFAULT_PIPELINE_DEPTH, runDistributed } from "../../services/coordinator/coordinator.js";
import { LocalWorkers } from "../../services/coordinator/local-cluster.js";
import { fileURLToPath } from "node:url";

const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: "phold" },
    set: { type: "string", multiple: true, default: [] },
    reps: { type: "string", default: "1" },
    workers: { type: "string", default: "2" },
    // Pipeline depths of the window protocol to run over NATS, one mode each.
    depths: { type: "string", default: String(DEFAULT_PIPELINE_DEPTH) },
    // Leave out the 2-partitions-in-memory mode (it shows the cost of partitioning, not of NATS).
    "skip-memory": { type: "boolean", default: false },
    // Also run the 1-process run in a child process alone, then in two child processes at once:
    // how much slower each copy gets when both cores are busy bounds what 2 workers can gain.
    contention: { type: "boolean", default: false },
  },
});

// PHOLD with large groups: 4096 actors in 64 groups, 10 us links, so a window holds thousands of events.
const SCENARIOS: Record<string, { describe: string; req: Parameters<typeof resolveConfig>[0]; warm: string[] }> = {
  phold: {
    describe: "PHOLD 4096 actors / 64 groups, 4 messages each, 10 us lookahead, 25% remote",
    req: { model: "phold", sets: ["phold.actors=4096", "phold.groups=64", "phold.initial=4", "phold.minDelayNs=10000", "phold.meanDelayNs=2000", "phold.endNs=400000"] },
    warm: ["phold.endNs=30000"],
  },
  rack: {
    describe: "rack preset, 16 hosts x 8 VMs x 8 vCPUs (4,624 actors), 2 ms simulated",
    req: { preset: "rack", sets: ["sim.warmupMs=0.2", "sim.durationMs=1.8"] },
    warm: ["sim.warmupMs=0.01", "sim.durationMs=0.01"],
  },
};

const scenario = SCENARIOS[values.scenario!];
if (!scenario) throw new Error(`--scenario: one of ${Object.keys(SCENARIOS).join(", ")}`);
const reps = Number(values.reps);
const nWorkers = Number(values.workers);
const depths = values.depths!.split(",").map(Number);
const rc: ResolvedConfig = resolveConfig({ ...scenario.req, sets: [...(scenario.req.sets ?? []), ...values.set!] });
const warm: ResolvedConfig = resolveConfig({ ...scenario.req, sets: [...(scenario.req.sets ?? []), ...values.set!, ...scenario.warm] });

// CPU time of the private nats-server, from /proc (Linux); NaN where there is no /proc.
const clockTicks = ((): number => { try { return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })); } catch { return NaN; } })();
const procCpuMs = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch { return NaN; }
};

interface Row { mode: string; wallMs: number; cpuMs: number; windows: number; events: number; cross: number; syncShare: number | null; digest: string; busy: string }
const row = (mode: string, r: Record<string, unknown>, wallMs: number, natsCpuMs: number): Row => {
  const s = r.sync as { crossPartitionPerWindow: number; syncShare?: number | null; perWorker?: { worker: string; busyMs: number; cpuMs: number }[]; barrierMsPerWindow?: number | null; coordinatorCpuMs?: number };
  const busy = s.perWorker
    ? `busy ${s.perWorker.map((w) => `${w.worker} ${w.busyMs.toFixed(0)} ms`).join(", ")}; barrier ${s.barrierMsPerWindow?.toFixed(2) ?? "?"} ms/window; ` +
      `CPU ${s.perWorker.map((w) => `${w.worker} ${w.cpuMs.toFixed(0)} ms`).join(", ")}, coordinator ${s.coordinatorCpuMs?.toFixed(0) ?? "?"} ms, nats-server ${natsCpuMs.toFixed(0)} ms`
    : "";
  const cpuMs = (r.cpuMs as number) + (Number.isFinite(natsCpuMs) ? natsCpuMs : 0);
  return { mode, wallMs, cpuMs, windows: r.windows as number, events: r.events as number, cross: s.crossPartitionPerWindow, syncShare: s.syncShare ?? null, digest: r.digest as string, busy };
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const SOLO_RUN = fileURLToPath(new URL("./solo-run.ts", import.meta.url));
const soloRun = (): Promise<{ wallMs: number; cpuMs: number; digest: string }> => new Promise((resolve, reject) => {
  const req = { ...scenario.req, sets: [...(scenario.req.sets ?? []), ...values.set!] };
  const child = spawn(process.execPath, ["--import", "tsx", SOLO_RUN, JSON.stringify(req)], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => { out += d; });
  child.once("error", reject);
  child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as { wallMs: number; cpuMs: number; digest: string }) : reject(new Error(`solo run exited with code ${code}`))));
});
const contention: { alone: number; pair: number[]; digests: string[] }[] = [];

process.stderr.write(`bench:dist ${scenario.describe}; ${availableParallelism()} CPUs; ${reps} round(s), modes interleaved in each round, medians\n`);
// The machine's speed drifts by tens of percent over minutes here (other tenants), so every round
// runs each mode once, back to back, and the speedup is the median of the rounds' own ratios.
const modes: { name: string; nats?: boolean; run: () => Promise<Record<string, unknown>> }[] = [
  { name: "1 process", run: () => runLocal(rc, { partitions: 1 }) },
  ...(values["skip-memory"] ? [] : [{ name: `${nWorkers} partitions, memory`, run: () => runLocal(rc, { partitions: nWorkers }) }]),
  ...depths.map((depth) => ({
    nats: true,
    name: `${nWorkers} NATS workers${depths.length > 1 || depth !== DEFAULT_PIPELINE_DEPTH ? `, depth ${depth}` : ""}`,
    run: () => runDistributed(rc, { natsUrl: server.url, workers: nWorkers, waitMs: 60_000, pipelineDepth: depth }),
  })),
];
const server = await startNatsServer();
const locals = new LocalWorkers(server.url, "bench");
const perMode: Row[][] = modes.map(() => []);
try {
  locals.spawn(nWorkers);
  await runLocal(warm, { partitions: 2 });
  await runDistributed(warm, { natsUrl: server.url, workers: nWorkers, waitMs: 60_000 });
  for (let round = 0; round < reps; round++) {
    for (const [i, m] of modes.entries()) {
      const nats0 = m.nats ? procCpuMs(server.pid) : NaN;
      const t0 = performance.now();
      const r = await m.run();
      perMode[i]!.push(row(m.name, r, performance.now() - t0, m.nats ? procCpuMs(server.pid) - nats0 : NaN));
    }
    let probe = "";
    if (values.contention) {
      const alone = await soloRun();
      const pair = await Promise.all([soloRun(), soloRun()]);
      contention.push({ alone: alone.wallMs, pair: pair.map((p) => p.wallMs), digests: [alone, ...pair].map((p) => p.digest) });
      probe = `; 1 process in a child alone ${(alone.wallMs / 1000).toFixed(2)} s, two at once ${pair.map((p) => (p.wallMs / 1000).toFixed(2)).join(" and ")} s`;
    }
    process.stderr.write(`round ${round + 1}: ${perMode.map((rs) => `${rs[round]!.mode} ${(rs[round]!.wallMs / 1000).toFixed(2)} s`).join(", ")}${probe}\n`);
  }
} finally {
  await locals.stop();
  await server.stop();
}
const rows: Row[] = perMode.map((rs) => {
  const wall = median(rs.map((r) => r.wallMs));
  return { ...rs.find((r) => r.wallMs === wall)!, wallMs: wall };
});
const speedups = perMode.map((rs) => median(rs.map((r, round) => perMode[0]![round]!.wallMs / r.wallMs)));

const cpuRatios = perMode.map((rs) => median(rs.map((r, round) => r.cpuMs / perMode[0]![round]!.cpuMs)));

const head = ["mode", "wall ms", "CPU ms", "CPU/1 process", "windows", "windows/s", "events/window", "cross/window", "sync share", "speedup", "digest"];
const lines = rows.map((r, i) => [
  r.mode, r.wallMs.toFixed(0), r.cpuMs.toFixed(0), cpuRatios[i]!.toFixed(2), String(r.windows), (r.windows / (r.wallMs / 1000)).toFixed(0), (r.events / r.windows).toFixed(0),
  r.cross.toFixed(1), r.syncShare === null ? "-" : `${(r.syncShare * 100).toFixed(1)}%`, `${speedups[i]!.toFixed(2)}x`, r.digest,
]);
const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const fmt = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join("  ");
console.log(fmt(head));
for (const l of lines) console.log(fmt(l));
for (const r of rows) if (r.busy) console.log(`${r.mode}: ${r.busy}`);
console.log("CPU = every process of the mode (workers, coordinator, nats-server); CPU/1 process = median of the rounds' own ratios");
console.log("speedup = median over rounds of (1 process wall / mode wall); per round:");
for (const [i, rs] of perMode.entries()) if (i > 0) console.log(`  ${rows[i]!.mode}: ${rs.map((r, round) => (perMode[0]![round]!.wallMs / r.wallMs).toFixed(2)).join(", ")}`);
if (contention.length) {
  const slowdowns = contention.map((c) => (c.pair[0]! + c.pair[1]!) / 2 / c.alone);
  const slow = median(slowdowns);
  console.log(`contention: two copies of the 1-process run at once each take ${slow.toFixed(2)}x as long as one alone (median; rounds ${slowdowns.map((x) => x.toFixed(2)).join(", ")});` +
    ` were the two halves of a split slowed alike, 2 workers could gain at most ~${(2 / slow).toFixed(2)}x here`);
  for (const [i, r] of rows.entries()) {
    if (!modes[i]!.nats) continue;
    const ceiling = 2 / slow;
    const efficiency = (speedups[i]! / ceiling) * 100;
    const speedup = speedups[i]!.toFixed(2);
    console.log(`  ${r.mode}: speedup ${speedup}x against that ceiling ~${ceiling.toFixed(2)}x: ` +
      `efficiency ${efficiency.toFixed(0)}%`);
  }
}
if (new Set([...perMode.flat().map((r) => r.digest), ...contention.flatMap((c) => c.digests)]).size !== 1) {
  console.error("DIGESTS DIFFER");
  process.exit(1);
}
