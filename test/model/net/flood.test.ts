import { describe, expect, it } from "vitest";
import { runPreset, vcpu0, type Result } from "./helpers.js";

// workload.kind flood: pktgen-like packets into a 1-vCPU guest with no application (the flood preset:
// 64-byte packets on one flow, sq-spi). What NAPI does under overload, where the packets are dropped,
// and receive livelock without it. Each run is 3 ms of warm-up and 5 ms measured (a fraction of a second).

const pps = (r: Result): number => r.throughput.packetsPerSec;
const ipp = (r: Result): number => r.rx.interruptsPerPacket;
const run = (rate: number, ...sets: string[]) => runPreset("flood", [`workload.ratePerSec=${rate}`, ...sets]);
const dropsAt = (r: Result, point: string): number =>
  Object.entries(r.drops as Record<string, number>).filter(([k]) => k.endsWith(`.${point}`))
    .reduce((a, [, n]) => a + n, 0);

describe("flood with NAPI", () => {
  // Below, near and past the guest's capacity (about 400 k packets/s: 2.5 us of stack per packet).
  const rates = [100_000, 200_000, 300_000, 600_000, 800_000, 1_200_000];

  it("interrupts per packet fall as the rate rises, and delivered packets hold their peak up to 3x capacity",
    async () => {
      const rs = await Promise.all(rates.map((r) => run(r)));
      const delivered = rs.map(pps);
      const peak = Math.max(...delivered);
      // The last rate is at least three times what the guest can take.
      expect(rates.at(-1)!).toBeGreaterThanOrEqual(3 * peak);
      const [i100, i200, i300, i600, i800, i1200] = rs.map(ipp);
      expect(i100).toBeGreaterThan(i200!);
      expect(i200).toBeGreaterThan(i300!);
      // Past capacity NAPI never completes a poll: the interrupt stays off.
      for (const i of [i600, i800, i1200]) expect(i).toBeLessThan(Math.min(0.01, i300!));
      for (const [k, r] of rates.entries()) if (r >= peak) expect(delivered[k]).toBeGreaterThan(0.9 * peak);
      // All of the vCPU goes to receive processing, none to waiting.
      expect(vcpu0(rs.at(-1)).shares.idle).toBe(0);
    });

  it("past capacity drops are at the tap and the NIC ring, before any guest work; none at the socket", async () => {
    const [r3x, r4x] = await Promise.all([run(1_200_000), run(1_600_000)]);
    // 3x: the full virtqueue stops handle_rx, the tap fills and tun_net_xmit drops.
    expect(dropsAt(r3x, "tap")).toBeGreaterThan(0);
    // 4x: host RX (700 ns a packet) falls behind too and the NIC ring drops.
    expect(dropsAt(r4x, "ring")).toBeGreaterThan(0);
    for (const r of [r3x, r4x]) {
      expect(dropsAt(r, "socket") + dropsAt(r, "backlog")).toBe(0);
      expect(Object.keys(r.drops).every((k) => k.endsWith(".tap") || k.endsWith(".ring"))).toBe(true);
    }
  });
});

describe("flood without NAPI", () => {
  it("delivered packets fall below 10% of their peak well past capacity (receive livelock)", async () => {
    const [low, high] = await Promise.all([run(40_000, "guest.napi=false"), run(800_000, "guest.napi=false")]);
    expect(pps(low)).toBeGreaterThan(0.95 * 40_000);
    expect(pps(high)).toBeLessThan(0.1 * pps(low));
    // The handler's work is spent on packets the backlog then drops; the vCPU is in the handler and its exits.
    expect(dropsAt(high, "backlog")).toBeGreaterThan(0);
    const s = vcpu0(high).shares;
    expect(s.hardirq + s.exit).toBeGreaterThan(0.9);
  });
});

describe("flood conservation and partitions", () => {
  const cases: [string, string[]][] = [
    ["NAPI, drops at ring and tap", ["workload.ratePerSec=1600000"]],
    ["no NAPI, drops at the backlog", ["workload.ratePerSec=800000", "guest.napi=false"]],
  ];
  for (const [name, sets] of cases) {
    it(`packets sent = delivered + dropped + in flight (${name})`, async () => {
      const r = await runPreset("flood", sets);
      const p = r.packets;
      expect(p.sent).toBeGreaterThan(1000);
      expect(p.dropped).toBeGreaterThan(0);
      expect(p.sent).toBe(p.delivered + p.dropped + p.inFlight);
      expect(p.unaccounted).toBe(0);
      // No requests in a flood.
      expect(r.requests.sent).toBe(0);
    });
  }

  it("two hosts give the same digest in 1 and 2 partitions", async () => {
    const sets = ["host.count=2", "workload.ratePerSec=600000", "sim.warmupMs=1", "sim.durationMs=2"];
    const [a, b] = await Promise.all([runPreset("flood", sets, 1), runPreset("flood", sets, 2)]);
    expect(b.digest).toBe(a.digest);
    expect(b.windows).toBeGreaterThan(1);
    expect(b.packets.sent).toBe(a.packets.sent);
  });
});
