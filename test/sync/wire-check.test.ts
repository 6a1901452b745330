import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { wireMismatch } from "../../shared/sync/codec.js";

// Every message every model sends must reach another partition unchanged, even in runs whose
// messages never cross one: each send is round-tripped through the protobuf codec.
const runs: [string, string[]][] = [
  ["phold", ["phold.endNs=50000"]],
  ["paper", ["vm.vcpus=4", "sim.warmupMs=0.5", "sim.durationMs=1"]],
  ["paper", ["vm.vcpus=2", "vm.net.mode=mq-msi", "sim.warmupMs=0.5", "sim.durationMs=1"]],
  ["paper", ["vm.vcpus=2", "vm.net.mode=x86-ioapic", "sim.warmupMs=0.5", "sim.durationMs=1"]],
  ["paper", ["vm.vcpus=2", "vm.net.mode=x86-msix-posted", "host.pcpus=2", "sim.warmupMs=0.5", "sim.durationMs=1"]],
  ["livelock", ["guest.napi=false", "workload.ratePerSec=200000", "sim.warmupMs=0.5", "sim.durationMs=1"]],
  ["rack", ["host.count=2", "vm.perHost=2", "vm.vcpus=2", "host.pcpus=8", "workload.connections=16", "sim.warmupMs=0.2", "sim.durationMs=0.5"]],
];

describe("wire check", () => {
  for (const [preset, sets] of runs) {
    it(`every message of ${preset} ${sets.join(" ")} survives the codec`, async () => {
      const r = await runLocal(resolveConfig({ preset, sets }), { wireCheck: true });
      expect(r.events as number).toBeGreaterThan(100);
    });
  }

  it("names a message the schema cannot carry", () => {
    expect(wireMismatch({ type: "nosuchmessage", x: 1 })).toMatch(/cannot carry|arrives different/);
    expect(wireMismatch({ type: "kick", queue: 1.5 })).toMatch(/arrives different/);
    expect(wireMismatch({ type: "kick", queue: 3 })).toBeUndefined();
  });
});
