// Distributed-run benchmark: `npm run bench:dist [-- --scenario phold|rack] [--set key=value ...] [--reps N]`.
// Runs one config in one process, in 2 partitions in memory, and on 2 NATS worker processes (private
// nats-server on loopback), and prints windows/s, messages crossing partitions per window, sync share
// and the speedup of 2 NATS workers over 1 process. Worker start-up is excluded (a warm-up run first).
import { parseArgs } from "node:util";
import { availableParallelism } from "node:os";
import { resolveConfig, type ResolvedConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { startNatsServer } from "../../shared/run/nats-server.js";
import { runDistributed } from "../../services/coordinator/coordinator.js";
import { LocalWorkers } from "../../services/coordinator/local-cluster.js";

const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: "phold" },
    set: { type: "string", multiple: true, default: [] },
    reps: { type: "string", default: "1" },
    workers: { type: "string", default: "2" },
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
    describe: "rack preset, 16 hosts x 8 VMs x 8 vCPUs, 0.5 ms simulated",
    req: { preset: "rack", sets: ["sim.warmupMs=0.1", "sim.durationMs=0.4"] },
    warm: ["sim.warmupMs=0.01", "sim.durationMs=0.01"],
  },
};

const scenario = SCENARIOS[values.scenario!];
if (!scenario) throw new Error(`--scenario: one of ${Object.keys(SCENARIOS).join(", ")}`);
const reps = Number(values.reps);
const nWorkers = Number(values.workers);
const rc: ResolvedConfig = resolveConfig({ ...scenario.req, sets: [...(scenario.req.sets ?? []), ...values.set!] });
const warm: ResolvedConfig = resolveConfig({ ...scenario.req, sets: [...(scenario.req.sets ?? []), ...values.set!, ...scenario.warm] });

interface Row { mode: string; wallMs: number; windows: number; events: number; cross: number; syncShare: number | null; digest: string; busy: string }
const row = (mode: string, r: Record<string, unknown>, wallMs: number): Row => {
  const s = r.sync as { crossPartitionPerWindow: number; syncShare?: number | null; perWorker?: { worker: string; busyMs: number }[]; barrierMsPerWindow?: number | null };
  const busy = s.perWorker ? `busy ${s.perWorker.map((w) => `${w.worker} ${w.busyMs.toFixed(0)} ms`).join(", ")}; barrier ${s.barrierMsPerWindow?.toFixed(2) ?? "?"} ms/window` : "";
  return { mode, wallMs, windows: r.windows as number, events: r.events as number, cross: s.crossPartitionPerWindow, syncShare: s.syncShare ?? null, digest: r.digest as string, busy };
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(mode: string, f: () => Promise<Record<string, unknown>>): Promise<Row> {
  const rows: Row[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const r = await f();
    rows.push(row(mode, r, performance.now() - t0));
  }
  const wall = median(rows.map((r) => r.wallMs));
  return { ...rows.find((r) => r.wallMs === wall)!, wallMs: wall };
}

process.stderr.write(`bench:dist ${scenario.describe}; ${availableParallelism()} CPUs; ${reps} rep(s), median\n`);
await runLocal(warm, { partitions: 2 });
const rows: Row[] = [];
rows.push(await timed("1 process", () => runLocal(rc, { partitions: 1 })));
rows.push(await timed(`${nWorkers} partitions, memory`, () => runLocal(rc, { partitions: nWorkers })));

const server = await startNatsServer();
const locals = new LocalWorkers(server.url, "bench");
try {
  locals.spawn(nWorkers);
  await runDistributed(warm, { natsUrl: server.url, workers: nWorkers, waitMs: 60_000 });
  rows.push(await timed(`${nWorkers} NATS workers`, () => runDistributed(rc, { natsUrl: server.url, workers: nWorkers, waitMs: 60_000 })));
} finally {
  await locals.stop();
  await server.stop();
}

const base = rows[0]!.wallMs;
const head = ["mode", "wall ms", "windows", "windows/s", "events/window", "cross/window", "sync share", "speedup", "digest"];
const lines = rows.map((r) => [
  r.mode, r.wallMs.toFixed(0), String(r.windows), (r.windows / (r.wallMs / 1000)).toFixed(0), (r.events / r.windows).toFixed(0),
  r.cross.toFixed(1), r.syncShare === null ? "-" : `${(r.syncShare * 100).toFixed(1)}%`, `${(base / r.wallMs).toFixed(2)}x`, r.digest,
]);
const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const fmt = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join("  ");
console.log(fmt(head));
for (const l of lines) console.log(fmt(l));
for (const r of rows) if (r.busy) console.log(`${r.mode}: ${r.busy}`);
if (new Set(rows.map((r) => r.digest)).size !== 1) {
  console.error("DIGESTS DIFFER");
  process.exit(1);
}
