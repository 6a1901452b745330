import { describe, expect, it } from "vitest";
import { runPreset, vcpu0, type Result } from "./helpers.js";

// ksoftirqd and the application thread share an overloaded vCPU by CFS's fair time (vruntime, a slice
// of sched_latency / 2, wakeup granularity), not by turns of one segment each: past saturation the
// application keeps about half the vCPU, so served requests hold their plateau as offered load doubles.

const rps = (r: Result): number => r.throughput.requestsPerSec;

describe("CFS between ksoftirqd and the application", () => {
  it("past saturation both get about half the vCPU, and served requests hold as the load doubles", async () => {
    const [mid, high] = await Promise.all([100_000, 200_000].map((rate) =>
      runPreset("livelock", [`workload.ratePerSec=${rate}`, "sim.durationMs=6"])));
    for (const r of [mid, high]) {
      const s = vcpu0(r).shares;
      const appShare = s.app / (s.app + s.ksoftirqd);
      expect(appShare).toBeGreaterThan(0.4);
      expect(appShare).toBeLessThan(0.6);
    }
    expect(Math.abs(rps(high) / rps(mid) - 1)).toBeLessThan(0.1);
  });
});
