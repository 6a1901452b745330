import { describe, expect, it } from "vitest";
import { runPreset, vcpu0, type Result } from "./helpers.js";

const short = ["sim.durationMs=8", "sim.warmupMs=3"];

describe("x86 references", () => {
  it("IOAPIC: every interrupt costs an ISR read and a level-triggered EOI exit; posted MSI-X: no exit to inject or EOI", async () => {
    const [ioapic, posted] = await Promise.all([
      runPreset("paper", ["vm.vcpus=1", "vm.net.mode=x86-ioapic", ...short]),
      runPreset("paper", ["vm.vcpus=1", "vm.net.mode=x86-msix-posted", ...short]),
    ]);
    const io = vcpu0(ioapic), po = vcpu0(posted);
    expect(io.interrupts).toBeGreaterThan(0);
    expect(io.exits.eoi).toBe(io.interrupts);
    expect(io.exits["mmio-user"]).toBe(io.interrupts);
    expect(po.interrupts).toBeGreaterThan(0);
    expect(po.exits["irq-inject"] ?? 0).toBe(0);
    expect(po.exits.eoi ?? 0).toBe(0);
  });

  it("IOAPIC routes to one vCPU and flattens like sq-spi; posted MSI-X keeps scaling", async () => {
    const [io4, io12, po4, po12] = await Promise.all([
      runPreset("paper", ["vm.vcpus=4", "vm.net.mode=x86-ioapic"]),
      runPreset("paper", ["vm.vcpus=12", "vm.net.mode=x86-ioapic"]),
      runPreset("paper", ["vm.vcpus=4", "vm.net.mode=x86-msix-posted"]),
      runPreset("paper", ["vm.vcpus=12", "vm.net.mode=x86-msix-posted"]),
    ]);
    const t = (r: Result): number => r.throughput.requestsPerSec;
    expect(t(po12) / t(po4)).toBeGreaterThan(2.5);
    expect(t(io12) / t(io4)).toBeLessThan(t(po12) / t(po4));
    expect(t(po12) / t(io12)).toBeGreaterThan(1.2);
  });
});

describe("host capacity", () => {
  it("with no spare pCPUs, vhost and host RX steal time from the vCPUs and throughput drops", async () => {
    const [roomy, tight] = await Promise.all([
      runPreset("paper", ["vm.vcpus=8", "vm.net.mode=mq-msi", ...short]),
      runPreset("paper", ["vm.vcpus=8", "vm.net.mode=mq-msi", "host.pcpus=8", ...short]),
    ]);
    const stolen = (r: Result) => r.perCpu.filter((c: Result) => c.kind === "vcpu").reduce((a: number, c: Result) => a + c.shares.stolen, 0);
    expect(stolen(roomy)).toBe(0);
    expect(stolen(tight)).toBeGreaterThan(0.05 * 8);
    expect(tight.throughput.requestsPerSec).toBeLessThan(roomy.throughput.requestsPerSec * 0.95);
  });

  it("rejects more pinned vCPUs than pCPUs, naming the keys", async () => {
    await expect(runPreset("paper", ["vm.vcpus=12", "host.pcpus=8"])).rejects.toThrow(/config\.vm\.vcpus.*config\.host\.pcpus/s);
  });
});
