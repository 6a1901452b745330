import { describe, expect, it } from "vitest";
import { runPreset } from "./helpers.js";

// Requests sent = completed + dropped + in flight, with in-flight counted independently: every
// actor reports the request and response bursts it still holds at the end.
const cases: [string, string[]][] = [
  ["paper", ["vm.vcpus=4", "sim.durationMs=5"]],
  ["livelock", ["workload.ratePerSec=100000", "sim.durationMs=4"]],
  ["ideal", ["workload.kind=open", "workload.ratePerSec=50000", "sim.durationMs=20"]],
  ["rack", ["host.count=2", "vm.perHost=2", "vm.vcpus=2", "host.pcpus=8", "workload.connections=16", "sim.warmupMs=0.2", "sim.durationMs=0.5"]],
];

describe("conservation of requests", () => {
  for (const [preset, sets] of cases) {
    it(`holds on ${preset}`, async () => {
      const r = await runPreset(preset, sets);
      const q = r.requests;
      expect(q.sent).toBeGreaterThan(0);
      expect(q.sent).toBe(q.completed + q.dropped + q.inFlight);
      expect(q.unaccounted).toBe(0);
    });
  }

  it("the network model gives the same digest for 1 and 2 partitions of a 2-host rack", async () => {
    const sets = cases[3]![1];
    const [a, b] = await Promise.all([runPreset("rack", sets, 1), runPreset("rack", sets, 2)]);
    expect(b.digest).toBe(a.digest);
    expect(b.windows).toBeGreaterThan(1);
  });
});
