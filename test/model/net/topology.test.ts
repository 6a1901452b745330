import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../../shared/config/load.js";
import { PartitionEngine } from "../../../shared/kernel/engine.js";
import { Topology } from "../../../shared/model/net/topology.js";
import type { NetConfig } from "../../../shared/model/net/config.js";

const rackConfig = (sets: string[] = []) => resolveConfig({ preset: "rack", sets: ["host.count=3", "sim.warmupMs=0.02", "sim.durationMs=0.6", ...sets], seed: 5 });

describe("links of a rack", () => {
  it("a host-to-host message pays NIC TX DMA, one packet on the wire, the switch and NIC RX DMA", () => {
    const cfg = rackConfig(["host.pcieNs=700", "net.switchLatencyUs=1.5", "workload.pktBytes=1000", "net.lineRateGbps=25", "workload.reqPkts=3", "workload.respPkts=2"]).config as unknown as NetConfig;
    const topo = new Topology(cfg);
    // The smaller burst, 2 packets of 1000 bytes at 25 Gbit/s = 640 ns.
    expect(topo.latency(topo.nic(0, 0), topo.nic(2, 3))).toBe(700 + 640 + 1500 + 700);
    expect(topo.wireNs(topo.nic(0, 0), topo.nic(2, 3))).toBe(1500 + 700);
    // A client's link ends in the NIC's RX DMA; a NIC's answer to a client leaves through TX DMA.
    expect(topo.latency(topo.client(1), topo.nic(1, 0))).toBe(cfg.net.linkLatencyUs * 1000 + 700);
    expect(topo.latency(topo.nic(1, 0), topo.client(1))).toBe(700 + 640 + cfg.net.linkLatencyUs * 1000);
    // Inside a host: one cache-line transfer.
    expect(topo.latency(topo.nic(1, 0), topo.pcpu(1, 5))).toBe(cfg.host.linkNs);
  });

  it("no message reaches another host sooner than the lookahead the model declares, and some come close", () => {
    const rc = rackConfig();
    const sim = rc.model.build(rc.config);
    const lookahead = sim.lookahead(Int32Array.from([0, 1, 2])).ns;
    const topo = new Topology(rc.config as unknown as NetConfig);
    const engine = new PartitionEngine(sim.instance, 0, new Int32Array(topo.actorCount), 1, rc.config.seed as number);
    let crossing = 0, shortest = Infinity;
    engine.tracer = {
      states: () => () => undefined,
      message: (src, dst, _type, sentAt, at) => {
        if (topo.hostOf(src) === topo.hostOf(dst)) return;
        crossing++;
        shortest = Math.min(shortest, at - sentAt);
      },
    };
    engine.start();
    engine.runUntil(sim.endNs);
    expect(crossing).toBeGreaterThan(20);
    expect(shortest).toBeGreaterThanOrEqual(lookahead);
    // The bound is tight: a 4-packet response crosses in exactly that time when its NIC is idle.
    expect(shortest).toBe(lookahead);
  });
});
