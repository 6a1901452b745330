import { describe, expect, it } from "vitest";
import { runPreset, type Result } from "./helpers.js";

// workload.kind stream: bulk TCP flows (iperf-like) of 64 KiB TSO/GRO segments, receive-window limited,
// ACK-clocked (stream.ts). Short runs: each claim is decided by a few hundred segments.

const gbps = (r: Result): number => r.throughput.gbps;
const short = ["sim.warmupMs=1", "sim.durationMs=2"];

/** Every host and guest cost zero, 1 ns between actors: what is left of the round trip is the wire. */
const free = [
  "host.hostRxPerPktNs=0", "host.hostIrqNs=0", "host.vhostPerPktNs=0", "host.vhostWakeNs=0", "host.qemuRelayNs=0",
  "host.kworkerHopNs=0", "host.pcieNs=0", "host.groPerFrameNs=0", "host.vhostCopyNsPerByte=0", "host.linkNs=1",
  "host.kernel=6.10", "kvm.arm.exitCycles=0", "kvm.arm.mmioKernelCycles=0", "kvm.arm.mmioUserCycles=0",
  "kvm.arm.ipiSendCycles=0", "kvm.arm.wakeCycles=0", "kvm.arm.eoiCycles=0", "kvm.irqfdWakeupNs=0",
  "kvm.xaLookupNs=0", "kvm.apListQueueNs=0", "guest.copyNsPerByte=0", "guest.rxPerPktNs=0",
  "guest.rxDriverPerPktNs=0", "guest.txPerPktNs=0", "guest.hardirqNs=0", "guest.ipiHandlerNs=0",
  "guest.pollOverheadNs=0", "guest.txLockNs=0", "gic.spiInjectNs=0", "net.switchLatencyUs=0.001",
];

describe("stream: window and link", () => {
  // One flow, 100 us each way, 10 Gbit/s. Independent truth: a segment (65,536 B payload, 46 frames of 90 B of
  // headers and framing) takes 55.74 us on the wire, its ACK (90 B) 0.07 us, so the round trip is
  // 200 + 55.74 + 0.07 us; a window of W segments delivers W x 65,536 B per round trip while W x 55.74 us < RTT.
  const base = [...free, "workload.streams=1", "vm.vcpus=1", "net.linkLatencyUs=100", "sim.warmupMs=1",
    "sim.durationMs=10"];
  const segWireNs = ((65536 + 46 * 90) * 8) / 10;
  const rttNs = 2 * 100_000 + segWireNs + (90 * 8) / 10;

  it("window-limited: throughput = window / RTT when the link has room", async () => {
    const rs = await Promise.all([1, 2, 3].map((w) => runPreset("stream", [...base, `workload.windowSegs=${w}`])));
    for (const [k, r] of rs.entries()) {
      const expected = ((k + 1) * 65536 * 8) / rttNs; // Gbit/s
      expect(gbps(r)).toBeGreaterThan(0.97 * expected);
      expect(gbps(r)).toBeLessThan(1.03 * expected);
    }
  });

  it("link-limited: a window above the bandwidth-delay product gives line rate less the headers", async () => {
    const r = await runPreset("stream", [...base, "workload.windowSegs=12"]);
    const line = (65536 * 8) / segWireNs; // 9.406 Gbit/s of payload
    expect(gbps(r)).toBeGreaterThan(0.98 * line);
    expect(gbps(r)).toBeLessThan(1.02 * line);
  });
});

describe("stream: the guest as the bottleneck", () => {
  it("more flows on more vCPUs raise throughput (mq-msi, 200 Gbit/s link)", async () => {
    const fast = [...short, "net.lineRateGbps=200"];
    const [r1, r2, r4] = await Promise.all([1, 2, 4].map((n) =>
      runPreset("stream", [...fast, `workload.streams=${n}`, `vm.vcpus=${n}`])));
    // Each vCPU is saturated: the copy to user space and the stack per segment bound a flow at its vCPU.
    for (const r of [r1, r2, r4]) {
      for (const c of r.perCpu.filter((x: Result) => x.kind === "vcpu")) expect(c.busy).toBeGreaterThan(0.95);
    }
    expect(gbps(r1)).toBeGreaterThan(5);
    expect(gbps(r2)).toBeGreaterThan(1.8 * gbps(r1));
    expect(gbps(r4)).toBeGreaterThan(1.8 * gbps(r2));
    // Well below the link.
    expect(gbps(r4)).toBeLessThan(0.75 * 200);
  });
});

describe("stream: conservation and partitions", () => {
  const cases: [string, string[]][] = [
    ["rx, ring drops", ["net.lineRateGbps=200", "host.nicRing=100"]],
    ["tx", ["workload.direction=tx"]],
    ["rx, sq-spi, ACK every 2 segments", ["vm.net.mode=sq-spi", "workload.ackEverySegs=2"]],
  ];
  for (const [name, sets] of cases) {
    it(`bytes sent = delivered + dropped + in flight (${name})`, async () => {
      const r = await runPreset("stream", [...short, ...sets]);
      const b = r.stream.bytes;
      expect(b.sent).toBeGreaterThan(50 * 65536);
      expect(b.sent).toBe(b.delivered + b.dropped + b.inFlight);
      expect(b.unaccounted).toBe(0);
      if (name.includes("drops")) expect(b.dropped).toBeGreaterThan(0);
      expect(r.requests.sent).toBe(0);
      // One ACK per workload.ackEverySegs segments, give or take the reads' window updates.
      const every = sets.includes("workload.ackEverySegs=2") ? 2 : 1;
      expect(r.stream.perSegment.acks).toBeGreaterThan(0.9 / every);
      expect(r.stream.perSegment.acks).toBeLessThan(1.2 / every);
    });
  }

  it("two hosts give the same digest in 1 and 2 partitions", async () => {
    const sets = ["host.count=2", "sim.warmupMs=0.5", "sim.durationMs=1"];
    const [a, b] = await Promise.all([runPreset("stream", sets, 1), runPreset("stream", sets, 2)]);
    expect(b.digest).toBe(a.digest);
    expect(b.windows).toBeGreaterThan(1);
    expect(b.stream.bytes.sent).toBe(a.stream.bytes.sent);
    expect(a.throughput.gbps).toBeGreaterThan(15);
  });
});
