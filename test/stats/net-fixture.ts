// TEST FIXTURE, not model output: small result.json files in the shape the network model will
// write (schema irqscale.result/v1, DESIGN §5), so the report can be tested before the model lands.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const VCPU_STATES = ["app", "hardirq", "softirq", "ksoftirqd", "exit", "idle"] as const;
const PCPU_STATES = ["guest", "vhost", "hostRx", "kworker", "qemu", "idle"] as const;

function normalise(w: number[]): number[] {
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}

/** One synthetic result: sq-spi piles interrupt work on vCPU0, mq-msi spreads it. */
export function fakeNetResult(mode: "sq-spi" | "mq-msi", vcpus: number): Record<string, unknown> {
  const rps = mode === "sq-spi" ? Math.min(vcpus, 8) * 10_000 : vcpus * 11_500;
  const perCpu: Record<string, unknown>[] = [];
  const perVcpu: Record<string, number> = {};
  for (let v = 0; v < vcpus; v++) {
    const hot = mode === "sq-spi" && v === 0;
    const shares = normalise(hot ? [0.1, 0.3, 0.45, 0.1, 0.05, 0] : [0.6, 0.05, 0.1, 0.01, 0.04, 0.2]);
    const id = `h0.vm0.vcpu${v}`;
    perVcpu[id] = hot ? 90_000 : mode === "sq-spi" ? 500 : 12_000;
    perCpu.push({
      id, kind: "vcpu", shares: Object.fromEntries(VCPU_STATES.map((s, i) => [s, shares[i]])), busy: 1 - shares[5]!,
      interrupts: perVcpu[id], exits: { wfi: 1000 + v, mmio: hot ? 40_000 : 200, irq: 3000 },
    });
  }
  for (let p = 0; p < vcpus + 2; p++) {
    const shares = normalise(p < vcpus ? [0.7, 0.1, 0.05, 0.02, mode === "sq-spi" ? 0.08 : 0, 0.05] : [0, 0.5, 0.3, 0.05, 0, 0.15]);
    perCpu.push({ id: `h0.pcpu${p}`, kind: "pcpu", shares: Object.fromEntries(PCPU_STATES.map((s, i) => [s, shares[i]])), busy: 1 - shares[5]!, interrupts: 0, exits: {} });
  }
  return {
    schema: "irqscale.result/v1", runId: `fixture-${mode}-${vcpus}`, model: "net", preset: null,
    throughput: { requestsPerSec: rps, packetsPerSec: rps * 2, completed: rps / 10 },
    latencyUs: { mean: 80 + (mode === "sq-spi" ? vcpus * 30 : 5), p50: 70, p99: 200 + (mode === "sq-spi" ? vcpus * 90 : vcpus * 3), p999: 900 },
    perCpu,
    interrupts: { perVector: { "virtio-input": 10_000 * vcpus, ipi: 3000 }, perVcpu },
    drops: { "nic.rx0": mode === "sq-spi" ? 10 * vcpus : 0 },
    contention: [
      { name: "gic-dist.injection", kind: "lock", utilisation: mode === "sq-spi" ? 0.4 : 0.05, meanWaitNs: 1200, acquisitions: 50_000 },
      { name: "its_lock", kind: "lock", utilisation: mode === "mq-msi" ? 0.2 : 0, meanWaitNs: 300, acquisitions: 40_000 },
      { name: "qemu.relay", kind: "serial", utilisation: mode === "sq-spi" ? 0.7 : 0, meanWaitNs: 5000, acquisitions: 30_000 },
    ],
    requests: { sent: rps / 10 + 5, completed: rps / 10, dropped: 0, inFlight: 5 },
    events: 100_000 * vcpus, simulatedNs: 100_000_000, wallMs: 300 * vcpus, windows: 10, digest: `fixture${mode}${vcpus}`.padEnd(16, "0").slice(0, 16),
    partitions: 1, workers: 1, seed: 1,
    config: { model: "net", seed: 1, vm: { vcpus, net: { mode } } },
  };
}

/** A sweep directory over vm.vcpus x vm.net.mode built from fixture results (as `irqscale sweep` lays it out). */
export function writeNetSweepFixture(dir: string, vcpus = [1, 2, 4, 8, 12], modes: ("sq-spi" | "mq-msi")[] = ["sq-spi", "mq-msi"]): void {
  const points: Record<string, unknown>[] = [];
  for (const v of vcpus) for (const m of modes) {
    const index = points.length;
    const name = `${index}-vm.vcpus=${v},vm.net.mode=${m}`;
    mkdirSync(join(dir, "points", name), { recursive: true });
    const r = fakeNetResult(m, v);
    writeFileSync(join(dir, "points", name, "result.json"), JSON.stringify(r, null, 2));
    points.push({ index, name, values: { "vm.vcpus": v, "vm.net.mode": m }, sets: [`vm.vcpus=${v}`, `vm.net.mode=${m}`], dir: `points/${name}`, result: `points/${name}/result.json`, status: "ok", digest: r.digest, events: r.events, wallMs: r.wallMs });
  }
  writeFileSync(join(dir, "sweep.json"), JSON.stringify({
    schema: "irqscale.sweep/v1", model: "net", preset: null, fixture: true,
    vary: [{ key: "vm.vcpus", values: vcpus }, { key: "vm.net.mode", values: modes }],
    baseConfig: { model: "net", seed: 1 }, points,
  }, null, 2));
}
