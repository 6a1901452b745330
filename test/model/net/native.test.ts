// vm.net.mode native: no hypervisor. The NIC's queues belong to the host's own Linux, whose cores (the
// vcpu actors, pinned, with nothing to exit to) take its MSIs, run the same per-packet stack and the
// application: no exits, no vhost, no host RX path. The baseline of "virtualised / native" ratios.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../../shared/config/load.js";
import type { NetConfig } from "../../../shared/model/net/config.js";
import { rxPerPktNs } from "../../../shared/model/net/passthrough.js";
import { Topology } from "../../../shared/model/net/topology.js";
import { runPreset, type Result } from "./helpers.js";

const vcpus = (r: Result): Result[] => r.perCpu.filter((c: Result) => c.kind === "vcpu");
const cfgOf = (sets: string[]) => resolveConfig({ preset: "paper", sets }).config as unknown as NetConfig;
/** Guest time per completed request in the given states, summed over the cores (ns). */
const perRequest = (r: Result, states: string[]): number => {
  const ns = r.config.sim.durationMs * 1e6;
  const t = vcpus(r).reduce((a: number, c: Result) => a + states.reduce((b, s) => b + c.shares[s], 0), 0);
  return (t * ns) / r.throughput.completed;
};

describe("native at the load mq-msi is given", () => {
  const load = ["vm.vcpus=4", "workload.kind=open", "workload.ratePerSec=20000", "sim.warmupMs=2", "sim.durationMs=6"];

  it("takes no exits and has no vhost, host RX, kworker or QEMU time", async () => {
    const r = await runPreset("paper", [...load, "vm.net.mode=native"]);
    expect(r.throughput.completed).toBeGreaterThan(100);
    for (const c of vcpus(r)) {
      expect(c.exits).toEqual({});
      expect(c.shares.exit + c.shares.stolen).toBe(0);
    }
    for (const c of r.perCpu.filter((p: Result) => p.kind === "pcpu")) {
      expect(c.shares.hostRx + c.shares.vhost + c.shares.kworker + c.shares.qemu + c.shares.spin).toBe(0);
    }
    expect(r.contention.filter((c: Result) => /vhost|its_lock|lpi_list|irq_lock/.test(c.name))).toEqual([]);
    // No vhost worker exists: the NIC's queues are the host's own rings.
    expect(new Topology(cfgOf(["vm.vcpus=4", "vm.net.mode=native"])).vhosts).toBe(0);
  });

  it("does the guest stack's per-packet work of mq-msi, and so the same softirq and application time", async () => {
    expect(rxPerPktNs(cfgOf(["vm.net.mode=native"]))).toBe(rxPerPktNs(cfgOf(["vm.net.mode=mq-msi"])));
    const [nat, mq] = await Promise.all([
      runPreset("paper", [...load, "vm.net.mode=native"]),
      runPreset("paper", [...load, "vm.net.mode=mq-msi"]),
    ]);
    // The same open-loop load: both serve what is offered.
    expect(nat.throughput.completed / mq.throughput.completed).toBeCloseTo(1, 1);
    // The same packets per request reach the stack, costed alike (polls batch a little differently).
    const soft = perRequest(nat, ["softirq", "ksoftirqd"]) / perRequest(mq, ["softirq", "ksoftirqd"]);
    expect(soft).toBeGreaterThan(0.9);
    expect(soft).toBeLessThan(1.1);
    const app = perRequest(nat, ["app"]) / perRequest(mq, ["app"]);
    expect(app).toBeGreaterThan(0.95);
    expect(app).toBeLessThan(1.05);
    // mq-msi pays exits on top; native none.
    expect(perRequest(mq, ["exit"])).toBeGreaterThan(1000);
  });
});

describe("native conservation and partitions", () => {
  it("requests sent = completed + dropped + in flight, with drops at the NIC's ring", async () => {
    const r = await runPreset("paper", ["vm.vcpus=4", "vm.net.mode=native", "host.nicRing=8", "sim.warmupMs=2",
      "sim.durationMs=3"]);
    const q = r.requests;
    expect(q.dropped).toBeGreaterThan(0);
    expect(Object.keys(r.drops).every((k) => k.endsWith(".ring"))).toBe(true);
    expect(q.sent).toBe(q.completed + q.dropped + q.inFlight);
    expect(q.unaccounted).toBe(0);
  });

  it("is one operating system per host", () => {
    expect(() => new Topology(cfgOf(["vm.net.mode=native", "vm.perHost=2", "vm.vcpus=2"])))
      .toThrow(/config\.vm\.perHost: mode native runs one operating system per host/);
  });

  it("two hosts with east-west calls give the same digest in 1 and 2 partitions", async () => {
    const sets = ["host.count=2", "vm.perHost=1", "vm.vcpus=4", "host.pcpus=8", "workload.connections=16",
      "vm.net.mode=native", "sim.warmupMs=0.3", "sim.durationMs=0.6"];
    const [a, b] = await Promise.all([runPreset("rack", sets, 1), runPreset("rack", sets, 2)]);
    expect(b.digest).toBe(a.digest);
    expect(b.windows).toBeGreaterThan(1);
    expect(a.throughput.eastWestCompleted).toBeGreaterThan(0);
  });
});
