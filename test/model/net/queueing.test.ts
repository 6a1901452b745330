import { describe, expect, it } from "vitest";
import { runPreset } from "./helpers.js";

// The `ideal` preset zeroes every overhead: one vCPU serving requests FIFO is a single-server queue.
const S_US = 10;

describe("ideal preset against queueing theory", () => {
  for (const rho of [0.5, 0.8]) {
    it(`open-loop Poisson arrivals, exponential service: M/M/1 mean response at rho=${rho}`, async () => {
      const r = await runPreset("ideal", [`workload.kind=open`, `workload.ratePerSec=${(rho / S_US) * 1e6}`, `sim.durationMs=${rho === 0.8 ? 800 : 200}`]);
      const expected = S_US / (1 - rho);
      expect(Math.abs(r.latencyUs.mean - expected) / expected).toBeLessThan(0.05);
      // Little's law on the single server: L = lambda W, and utilisation = lambda S.
      expect(Math.abs(r.throughput.requestsPerSec / ((rho / S_US) * 1e6) - 1)).toBeLessThan(0.03);
      const busy = r.perCpu.find((c: { kind: string }) => c.kind === "vcpu").busy;
      expect(Math.abs(busy - rho)).toBeLessThan(0.03);
    });
  }

  it("fixed service matches M/D/1 (Pollaczek-Khinchine)", async () => {
    const rho = 0.7;
    const r = await runPreset("ideal", ["workload.kind=open", `workload.ratePerSec=${(rho / S_US) * 1e6}`, "app.service.dist=fixed", "sim.durationMs=200"]);
    const expected = S_US + (rho * S_US) / (2 * (1 - rho));
    expect(Math.abs(r.latencyUs.mean - expected) / expected).toBeLessThan(0.05);
  });

  it("closed loop with think time matches exact MVA throughput, and Little's law N = X (R + Z)", async () => {
    const N = 4, Z = 20;
    let q = 0, x = 0, rt = 0;
    for (let n = 1; n <= N; n++) { rt = S_US * (1 + q); x = n / (rt + Z); q = x * rt; }
    const r = await runPreset("ideal", [`workload.connections=${N}`, `workload.thinkUs=${Z}`, "sim.durationMs=200"]);
    const X = r.throughput.requestsPerSec / 1e6; // per us
    expect(Math.abs(X - x) / x).toBeLessThan(0.03);
    expect(Math.abs(X * (r.latencyUs.mean + Z) - N) / N).toBeLessThan(0.03);
  });
});
