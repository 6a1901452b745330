// TEST FIXTURE, not model output: small result.json files in the shape irqscale.result/v1 gives
// (the network model's fields, with the lock report fields of shared/model/host/lock.ts on the GIC
// locks and, when asked, the replication `stats` of shared/stats/replicate.ts and the per-vCPU split
// of interrupts by vector), so the report can be tested on shapes the model does not emit yet and at
// sizes it is slow to run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const VCPU_STATES = ["app", "hardirq", "softirq", "ksoftirqd", "exit", "spin", "idle"] as const;
const PCPU_STATES = ["guest", "vhost", "hostRx", "kworker", "qemu", "idle"] as const;

export interface FixtureOptions {
  /** Add `stats` (mean, sd, n, ci95) for the headline metrics as `--reps` would. */
  reps?: number;
  /** Add interrupts.perVcpuVector (vCPU -> vector -> count). */
  split?: boolean;
}

function normalise(w: number[]): number[] {
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}

/** One synthetic result: sq-spi piles interrupt work on vCPU0, mq-msi spreads it and saturates its_lock. */
export function fakeNetResult(
  mode: "sq-spi" | "mq-msi",
  vcpus: number,
  o: FixtureOptions = {},
): Record<string, unknown> {
  const rps = mode === "sq-spi" ? Math.min(vcpus, 8) * 10_000 : vcpus * 11_500;
  const completed = rps / 10;
  const perCpu: Record<string, unknown>[] = [];
  const perVcpu: Record<string, number> = {};
  const perVcpuVector: Record<string, Record<string, number>> = {};
  for (let v = 0; v < vcpus; v++) {
    const hot = mode === "sq-spi" && v === 0;
    const spin = mode === "mq-msi" ? Math.min(0.3, vcpus / 200) : 0;
    const shares = normalise(
      hot ? [0.1, 0.3, 0.45, 0.1, 0.05, 0, 0] : [0.6, 0.05, 0.1, 0.01, 0.04, spin, 0.2 + (v % 3) / 20],
    );
    const id = `h0.vm0.vcpu${v}`;
    const vec: Record<string, number> =
      mode === "sq-spi"
        ? hot
          ? { spi48: completed * 2, sgi0: 40 }
          : { sgi0: 100 + v }
        : { [`lpi${8192 + v}`]: Math.round(completed / vcpus) + v, sgi0: 10 + v };
    perVcpuVector[id] = vec;
    perVcpu[id] = Object.values(vec).reduce((a, b) => a + b, 0);
    perCpu.push({
      id,
      kind: "vcpu",
      shares: Object.fromEntries(VCPU_STATES.map((s, i) => [s, shares[i]])),
      busy: 1 - shares[6]!,
      interrupts: perVcpu[id],
      exits: { "wfi-wake": 1000 + v, "mmio-user": hot ? 40_000 : 200, "irq-inject": 3000 },
    });
  }
  for (let p = 0; p < vcpus + 2; p++) {
    const shares = normalise(
      p < vcpus ? [0.7, 0.1, 0.05, 0.02, mode === "sq-spi" ? 0.08 : 0, 0.05] : [0, 0.5, 0.3, 0.05, 0, 0.15],
    );
    perCpu.push({
      id: `h0.pcpu${p}`,
      kind: "pcpu",
      shares: Object.fromEntries(PCPU_STATES.map((s, i) => [s, shares[i]])),
      busy: 1 - shares[5]!,
      interrupts: 0,
      exits: {},
    });
  }
  const perVector: Record<string, number> = {};
  for (const vec of Object.values(perVcpuVector))
    for (const [k, n] of Object.entries(vec)) perVector[k] = (perVector[k] ?? 0) + n;
  const its = mode === "mq-msi" ? Math.min(0.99, vcpus / 12) : 0;
  const stat = (mean: number) => {
    const sd = mean * 0.03,
      half = (2.776 * sd) / Math.sqrt(o.reps ?? 1);
    return { mean, sd, n: o.reps, halfWidth: half, ci95: [mean - half, mean + half] };
  };
  const p99 = 200 + (mode === "sq-spi" ? vcpus * 90 : vcpus * 3);
  return {
    schema: "irqscale.result/v1",
    runId: `fixture-${mode}-${vcpus}`,
    model: "net",
    preset: null,
    throughput: { requestsPerSec: rps, packetsPerSec: rps * 2, completed },
    latencyUs: { mean: 80 + (mode === "sq-spi" ? vcpus * 30 : 5), p50: 70, p99, p999: 900 },
    perCpu,
    interrupts: { perVector, perVcpu, ...(o.split ? { perVcpuVector } : {}) },
    drops: { "nic.rx0": mode === "sq-spi" ? 10 * vcpus : 0 },
    contention: [
      {
        name: "h0.vm0.gicd.lock",
        kind: "lock",
        algorithm: "ticket",
        acquisitions: 50_000,
        acquisitionsPerSec: 5e6,
        contended: 0.2,
        utilisation: mode === "sq-spi" ? 0.4 : 0.05,
        meanWaitNs: 1200,
        p99WaitNs: 8192,
        meanHoldNs: 80,
        spinNs: 600_000,
        contextSwitches: 0,
        transfers: { core: 30_000, cluster: 15_000, die: 5000 },
        stationary: true,
      },
      {
        name: "h0.vm0.its.its_lock",
        kind: "lock",
        algorithm: "mutex",
        acquisitions: 40_000,
        acquisitionsPerSec: 4e6,
        contended: 0.5,
        utilisation: its,
        meanWaitNs: 300 + its * 10_000,
        p99WaitNs: 65_536,
        meanHoldNs: 240,
        spinNs: 0,
        contextSwitches: 12_000,
        transfers: { core: 10_000, socket: 30_000 },
        stationary: its < 0.9,
        ...(its >= 0.9 ? { warning: "h0.vm0.its.its_lock: the wait grows through the measured window" } : {}),
      },
      {
        name: "h0.vm0.qemu.relay",
        kind: "serial",
        utilisation: mode === "sq-spi" ? 0.7 : 0,
        meanWaitNs: 5000,
        acquisitions: 30_000,
      },
    ],
    requests: { sent: completed + 5, completed, dropped: 0, inFlight: 5 },
    events: 100_000 * vcpus,
    simulatedNs: 110_000_000,
    wallMs: 300 * vcpus,
    windows: 10,
    digest: `fixture${mode}${vcpus}`.padEnd(16, "0").slice(0, 16),
    partitions: 1,
    workers: 1,
    seed: 1,
    ...(o.reps
      ? {
          stats: {
            reps: o.reps,
            confidence: 0.95,
            metrics: { "throughput.requestsPerSec": stat(rps), "latencyUs.p99": stat(p99) },
          },
        }
      : {}),
    ...(its >= 0.9 ? { warnings: ["h0.vm0.its.its_lock: the wait grows through the measured window"] } : {}),
    config: { model: "net", seed: 1, sim: { warmupMs: 10, durationMs: 100 }, vm: { vcpus, net: { mode } } },
  };
}

/** A sweep directory over vm.vcpus x vm.net.mode built from fixture results (as `irqscale sweep` lays it out). */
export function writeNetSweepFixture(
  dir: string,
  vcpus = [1, 2, 4, 8, 12],
  modes: ("sq-spi" | "mq-msi")[] = ["sq-spi", "mq-msi"],
  o: FixtureOptions = {},
): void {
  const points: Record<string, unknown>[] = [];
  for (const v of vcpus)
    for (const m of modes) {
      const index = points.length;
      const name = `${index}-vm.vcpus=${v},vm.net.mode=${m}`;
      mkdirSync(join(dir, "points", name), { recursive: true });
      const r = fakeNetResult(m, v, o);
      writeFileSync(join(dir, "points", name, "result.json"), JSON.stringify(r, null, 2));
      points.push({
        index,
        name,
        values: { "vm.vcpus": v, "vm.net.mode": m },
        sets: [`vm.vcpus=${v}`, `vm.net.mode=${m}`],
        dir: `points/${name}`,
        result: `points/${name}/result.json`,
        status: "ok",
        digest: r.digest,
        events: r.events,
        wallMs: r.wallMs,
      });
    }
  // With replications, the paired ratios of each mode to the first (the shape of replicate.ts SweepRatios).
  const ratios =
    o.reps && modes.length > 1
      ? {
          key: "vm.net.mode",
          baseline: modes[0],
          confidence: 0.95,
          ratios: points
            .filter((p) => (p.values as Record<string, unknown>)["vm.net.mode"] !== modes[0])
            .map((p) => {
              const v = (p.values as Record<string, number>)["vm.vcpus"]!,
                mode = (p.values as Record<string, string>)["vm.net.mode"]!;
              const base = points.find(
                (q) =>
                  (q.values as Record<string, unknown>)["vm.vcpus"] === v &&
                  (q.values as Record<string, unknown>)["vm.net.mode"] === modes[0],
              )!;
              const mean =
                (fakeNetResult(mode as "mq-msi", v).throughput as Record<string, number>).requestsPerSec! /
                (fakeNetResult(modes[0]!, v).throughput as Record<string, number>).requestsPerSec!;
              return {
                mode,
                at: { "vm.vcpus": String(v) },
                point: p.index,
                baselinePoint: base.index,
                metrics: {
                  "throughput.requestsPerSec": {
                    mean,
                    sd: 0.02 * mean,
                    n: o.reps,
                    halfWidth: 0.03 * mean,
                    ci95: [0.97 * mean, 1.03 * mean],
                    seeds: [],
                  },
                },
              };
            }),
        }
      : undefined;
  writeFileSync(
    join(dir, "sweep.json"),
    JSON.stringify(
      {
        schema: "irqscale.sweep/v1",
        model: "net",
        preset: null,
        fixture: true,
        vary: [
          { key: "vm.vcpus", values: vcpus },
          { key: "vm.net.mode", values: modes },
        ],
        baseConfig: { model: "net", seed: 1 },
        points,
        ...(ratios ? { ratios } : {}),
      },
      null,
      2,
    ),
  );
}
