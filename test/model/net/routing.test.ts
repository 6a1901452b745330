// Interrupt routing: virtio-mmio multiqueue behind one SPI (sq-spi with vm.net.queues > 1), where every
// queue's RX work stays on the SPI's target; and vm.net.irqAffinity for the per-queue MSI modes, which
// moves a queue's LPI (and so its NAPI poll) to the vCPU the rule names.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../../shared/config/load.js";
import { ConfigError } from "../../../shared/kernel/errors.js";
import { cyclesNs } from "../../../shared/model/net/common.js";
import type { NetConfig } from "../../../shared/model/net/config.js";
import { Topology } from "../../../shared/model/net/topology.js";
import { intidOfQueue } from "../../../shared/model/net/vm-state.js";
import { loneActor } from "../../support/lone-actor.js";
import { runPreset, type Result } from "./helpers.js";

const short = ["sim.warmupMs=3", "sim.durationMs=8"];
const vcpusOf = (r: Result): Result[] => r.perCpu.filter((c: Result) => c.kind === "vcpu");
const netConfig = (sets: string[]) => resolveConfig({ preset: "paper", sets }).config as unknown as NetConfig;
const topologyError = (sets: string[]): string => {
  try {
    new Topology(netConfig(sets));
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return "";
};

describe("sq-spi with several queue pairs behind one SPI (virtio-mmio multiqueue)", () => {
  it("8 queues at 12 vCPUs: every queue carries traffic, and all RX work and every SPI land on vCPU0", async () => {
    const r = await runPreset("paper", ["vm.vcpus=12", "vm.net.queues=8", ...short]);
    const cfg = r.config as NetConfig;
    const measuredNs = cfg.sim.durationMs * 1e6;
    // One vhost worker per queue pair, each of them busy.
    const vhosts = r.contention.filter((c: Result) => /^h0\.vm0\.vhost\d+\.thread$/.test(c.name));
    expect(vhosts).toHaveLength(8);
    for (const v of vhosts) expect(v.acquisitions).toBeGreaterThan(0);
    // One wired interrupt and the reschedule IPIs: no LPI.
    expect(Object.keys(r.interrupts.perVector).sort()).toEqual(["sgi0", "spi48"]);
    const spis = r.interrupts.perVector.spi48;
    expect(spis).toBeGreaterThan(0);
    const [v0, ...others] = vcpusOf(r);
    const eoi = cyclesNs(cfg, cfg.kvm.arm.eoiCycles);
    const ipiNs = cfg.guest.ipiHandlerNs + eoi;
    for (const c of others) {
      // No NAPI poll anywhere but vCPU0, and no hardirq time but the IPIs' handlers.
      expect(c.shares.softirq + c.shares.ksoftirqd).toBe(0);
      expect(c.shares.hardirq * measuredNs).toBeGreaterThan((c.interrupts - 1) * ipiNs - 1);
      expect(c.shares.hardirq * measuredNs).toBeLessThan((c.interrupts + 1) * ipiNs + 1);
      expect(c.exits["mmio-user"] ?? 0).toBe(0);
    }
    // vCPU0 polled every request that arrived: at least the completed ones less those still in flight.
    const rxFloor = (r.throughput.completed - cfg.workload.connections) * cfg.workload.reqPkts * cfg.guest.rxPerPktNs;
    expect((v0.shares.softirq + v0.shares.ksoftirqd) * measuredNs).toBeGreaterThan(rxFloor);
    // Its handler ran once per SPI whatever the number of queues: the InterruptStatus read and the ACK
    // write each trap, and each run scans the 7 other queue pairs' RX and TX virtqueues.
    expect(Math.abs(v0.exits["mmio-user"] - 2 * spis)).toBeLessThanOrEqual(2);
    const spiNs = cfg.guest.hardirqNs + 2 * 7 * cfg.guest.vringCheckNs;
    const v0Ipis = v0.interrupts - spis;
    expect(Math.abs(v0.shares.hardirq * measuredNs - (spis * spiNs + v0Ipis * ipiNs))).toBeLessThanOrEqual(spiNs);
  });

  it("one queue pair stays the default; each further one has its own vhost worker, all behind gic.spiTarget", () => {
    expect(new Topology(netConfig(["vm.vcpus=4"])).queues).toBe(1);
    const topo = new Topology(netConfig(["vm.vcpus=4", "vm.net.queues=3"]));
    expect(topo.queues).toBe(3);
    expect(topo.slots.filter((s) => s.kind === "vhost").map((s) => s.name)).toEqual(
      ["h0.vm0.vhost0", "h0.vm0.vhost1", "h0.vm0.vhost2"]);
    // The SPI's target serves every queue.
    expect([0, 1, 2].map((q) => topo.queueVcpu(q))).toEqual([0, 0, 0]);
    const moved = new Topology(netConfig(["vm.vcpus=4", "vm.net.queues=3", "gic.spiTarget=2"]));
    expect([0, 1, 2].map((q) => moved.queueVcpu(q))).toEqual([2, 2, 2]);
    expect(topologyError(["vm.vcpus=4", "vm.net.queues=5"]))
      .toMatch(/config\.vm\.net\.queues: 5 queue pairs for 4 vCPUs/);
    expect(topologyError(["vm.net.mode=x86-ioapic", "vm.net.queues=2"]))
      .toMatch(/config\.vm\.net\.queues: mode x86-ioapic/);
  });
});

describe("vm.net.irqAffinity", () => {
  it("spread, vcpu0 and an explicit list with ranges give each queue pair's MSI its vCPU", () => {
    const at = (sets: string[]) => {
      const topo = new Topology(netConfig(["vm.net.mode=mq-msi", "vm.vcpus=6", ...sets]));
      return Array.from({ length: topo.queues }, (_, q) => topo.queueVcpu(q));
    };
    expect(at([])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(at(["vm.net.queues=4"])).toEqual([0, 1, 2, 3]);
    expect(at(["vm.net.irqAffinity=vcpu0"])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(at(["vm.net.queues=4", "vm.net.irqAffinity=0,0, 5,5"])).toEqual([0, 0, 5, 5]);
    expect(at(["vm.net.irqAffinity=3-5,0-2"])).toEqual([3, 4, 5, 0, 1, 2]);
  });

  it("a rule that cannot be applied is an error naming the key", () => {
    const mq = ["vm.net.mode=mq-msi", "vm.vcpus=4"];
    const key = "config\\.vm\\.net\\.irqAffinity: ";
    const fails = (rule: string, mode: string[], why: string) =>
      expect(topologyError([...mode, `vm.net.irqAffinity=${rule}`])).toMatch(new RegExp(key + why));
    fails("0,1,x,2", mq, '"x" is not a vCPU number or range');
    fails("0,1,2", mq, "3 vCPU\\(s\\) for 4 queue pair\\(s\\)");
    fails("0-4", mq, "vCPU 4 does not exist \\(vm\\.vcpus = 4\\)");
    fails("3-1", mq, "range 3-1 runs backwards");
    fails("vcpu0", ["vm.vcpus=4"], "mode sq-spi has one wired interrupt");
    fails("0", ["vm.net.mode=x86-ioapic"], "mode x86-ioapic has one wired interrupt");
    expect(topologyError(["vm.vcpus=4", "vm.net.irqAffinity=spread"])).toBe("");
  });

  for (const engineKind of ["compiled", "xstate"] as const) {
    it(`the ITS routes each queue's LPI to the vCPU of the list (${engineKind} engine)`, () => {
      const lone = loneActor(engineKind, "paper", ["vm.vcpus=3", "vm.net.mode=mq-msi", "vm.net.irqAffinity=2,0,2"],
        (topo) => topo.its(0, 0));
      const { topo, cfg } = lone;
      const t0 = topo.warmupNs + 1000;
      for (let q = 0; q < 3; q++) lone.send(t0 + 100 * q, topo.nic(0, 0), { type: "msi", devid: 0, eventid: q });
      lone.runUntil(t0 + 1000);
      expect(lone.sent()).toEqual([2, 0, 2].map((v, q) => ({
        time: t0 + 100 * q + cfg.host.linkNs,
        dst: topo.redist(0, 0, v),
        event: { type: "virq", intid: intidOfQueue(q) },
      })));
    });
  }

  it("mq-msi with every queue on vCPU0 keeps the RX work there; a list splits it over the vCPUs named", async () => {
    const base = ["vm.vcpus=4", "vm.net.mode=mq-msi", ...short];
    const [spread, one, two] = await Promise.all([
      runPreset("paper", base),
      runPreset("paper", [...base, "vm.net.irqAffinity=vcpu0"]),
      runPreset("paper", [...base, "vm.net.irqAffinity=0,0,1,1"]),
    ]);
    const rx = (c: Result): number => c.shares.softirq + c.shares.ksoftirqd;
    for (const c of vcpusOf(spread)) expect(rx(c)).toBeGreaterThan(0);
    // NAPI runs where the interrupt was taken: nowhere else.
    expect(vcpusOf(one).map(rx).slice(1)).toEqual([0, 0, 0]);
    expect(rx(vcpusOf(one)[0])).toBeGreaterThan(0);
    expect(vcpusOf(two).map(rx).slice(2)).toEqual([0, 0]);
    for (const c of vcpusOf(two).slice(0, 2)) expect(rx(c)).toBeGreaterThan(0);
    // Every queue's LPI is still taken, by the vCPUs the rule names.
    for (const r of [spread, one, two]) {
      expect(Object.keys(r.interrupts.perVector).filter((k) => k.startsWith("lpi")).sort())
        .toEqual([0, 1, 2, 3].map((q) => `lpi${intidOfQueue(q)}`));
    }
  });
});

describe("routing is deterministic across partitions", () => {
  // A 2-host rack whose VMs use the new routing: virtio-mmio multiqueue, an explicit MSI affinity, x86-msi.
  const rack = ["host.count=2", "vm.perHost=2", "vm.vcpus=4", "host.pcpus=16", "workload.connections=32",
    "sim.warmupMs=0.2", "sim.durationMs=0.6"];
  for (const sets of [["vm.net.mode=sq-spi", "vm.net.queues=4"], ["vm.net.mode=mq-msi", "vm.net.irqAffinity=0,0,3,3"],
    ["vm.net.mode=x86-msi", "vm.net.queues=2"]]) {
    it(`1 and 2 in-memory partitions give the same digest (${sets.join(" ")})`, async () => {
      const [a, b] = await Promise.all([1, 2].map((p) => runPreset("rack", [...rack, ...sets], p)));
      expect(a.requests.completed).toBeGreaterThan(0);
      expect(a.requests.unaccounted).toBe(0);
      expect(b.digest).toBe(a.digest);
      expect(b.windows).toBeGreaterThan(1);
    });
  }
});
