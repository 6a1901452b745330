// Big VMs: 256 vCPUs and 256 queue pairs run in every interrupt mode, with host.pcpus checked against
// what the pinning needs: too few cores for the vCPUs is an error naming the keys; host threads that
// must share the vCPUs' cores run (in the vCPUs' place) with a warning in the result.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../../shared/config/load.js";
import { ConfigError } from "../../../shared/kernel/errors.js";
import { runLocal } from "../../../shared/run/local.js";

interface Result {
  throughput: { completed: number };
  perCpu: { kind: string; shares: Record<string, number> }[];
  requests: { unaccounted: number };
  warnings?: string[];
}
const short = ["sim.warmupMs=0.2", "sim.durationMs=1", "workload.connections=1024"];
const run = async (sets: string[]) =>
  (await runLocal(resolveConfig({ preset: "paper", sets: [...short, ...sets] }))) as unknown as Result;

describe("big VMs", () => {
  for (const mode of ["sq-spi", "mq-msi", "x86-ioapic", "x86-msix-posted"]) {
    it(`256 vCPUs in ${mode}: runs, every request accounted for, every core's time conserved`, async () => {
      const r = await run(["vm.vcpus=256", "host.pcpus=528", `vm.net.mode=${mode}`]);
      expect(r.throughput.completed).toBeGreaterThan(0);
      expect(r.requests.unaccounted).toBe(0);
      expect(r.perCpu.filter((c) => c.kind === "vcpu")).toHaveLength(256);
      for (const c of r.perCpu) expect(Object.values(c.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      expect(r.warnings?.some((w) => w.startsWith("config.host.pcpus"))).toBeFalsy();
    });
  }

  it("too few cores for the pinned vCPUs is an error naming both keys", () => {
    const rc = resolveConfig({ preset: "paper", sets: ["vm.vcpus=256", "host.pcpus=128"] });
    expect(() => rc.model.build(rc.config)).toThrow(ConfigError);
    const named = /config\.vm\.vcpus: .*256 pinned vCPUs, but config\.host\.pcpus is 128/;
    expect(() => rc.model.build(rc.config)).toThrow(named);
  });

  it("host threads sharing the vCPUs' cores: the run goes on, with a warning in the result", async () => {
    const r = await run(["vm.vcpus=64", "host.pcpus=64", "vm.net.mode=mq-msi", "host.kernel=5.4"]);
    expect(r.warnings).toContainEqual(expect.stringMatching(/^config\.host\.pcpus: 64 cores, all pinned to vCPUs/));
    expect(r.requests.unaccounted).toBe(0);
  });
});
