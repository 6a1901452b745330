import type { Preset } from "../registry.js";

/** Presets of the network model (docs/design.md §4); values not given take the declared defaults. */
export const netPresets: Record<string, Preset> = {
  paper: {
    model: "net",
    description: "Chen et al. 2018: one VM of 1-12 vCPUs on a 64-core 2.0 GHz GICv3 host, 10GbE, closed-loop HTTP-like "
      + "load; --set vm.net.mode=native for the unvirtualised baseline, vf-passthrough for an assigned SR-IOV VF",
    config: { model: "net", vm: { vcpus: 12, net: { mode: "sq-spi" } } },
  },
  livelock: {
    model: "net",
    description: "open-loop Poisson load past saturation on a 1-vCPU VM; vary workload.ratePerSec and guest.napi",
    config: { model: "net", vm: { vcpus: 1, net: { mode: "sq-spi" } }, workload: { kind: "open", ratePerSec: 40000 }, sim: { warmupMs: 2, durationMs: 10 } },
  },
  flood: {
    model: "net",
    description: "pktgen-like flood of 64-byte packets on one flow into a 1-vCPU VM, no application; vary "
      + "workload.ratePerSec and guest.napi",
    config: {
      model: "net", vm: { vcpus: 1, net: { mode: "sq-spi" } },
      workload: { kind: "flood", ratePerSec: 400000, pktBytes: 64, connections: 1 },
      sim: { warmupMs: 3, durationMs: 5 },
    },
  },
  stream: {
    model: "net",
    description: "iperf-like: 2 bulk TCP flows of 64 KiB TSO/GRO segments from a peer into a 2-vCPU mq-msi VM, "
      + "receive-window limited (16 segments); vary workload.streams, vm.vcpus, workload.direction and vm.net.mode",
    config: {
      model: "net", vm: { vcpus: 2, net: { mode: "mq-msi" } },
      workload: { kind: "stream", streams: 2, direction: "rx" },
      sim: { warmupMs: 2, durationMs: 5 },
    },
  },
  ideal: {
    model: "net",
    description: "every overhead zero, 1 ns links, 1 vCPU, 1 queue: a single-server queueing network theory can check",
    config: {
      model: "net",
      vm: { vcpus: 1, net: { mode: "mq-msi", queues: 1 } },
      host: {
        pcpus: 4, linkNs: 1, kernel: "6.10", hostRxPerPktNs: 0, hostIrqNs: 0, vhostPerPktNs: 0, vhostWakeNs: 0,
          qemuRelayNs: 0, kworkerHopNs: 0, pcieNs: 0, nicQueues: 1,
        nicRing: 1000000, tapQueuePkts: 1000000,
      },
      net: { lineRateGbps: 1e9, linkLatencyUs: 0.001, switchLatencyUs: 0.001 },
      workload: { reqPkts: 1, respPkts: 1 },
      kvm: {
        arm: { exitCycles: 0, mmioKernelCycles: 0, mmioUserCycles: 0, ipiSendCycles: 0, wakeCycles: 0, eoiCycles: 0 },
        irqfdWakeupNs: 0, xaLookupNs: 0, apListQueueNs: 0,
      },
      guest: {
        rxPerPktNs: 0, rxDriverPerPktNs: 0, txPerPktNs: 0, hardirqNs: 0, ipiHandlerNs: 0, pollOverheadNs: 0,
        txLockNs: 0, socketBacklog: 1000000, rxRing: 1000000,
      },
      gic: { spiInjectNs: 0, x86MsiNs: 0 },
      app: { service: { dist: "exponential", meanUs: 10 } },
      sim: { warmupMs: 20, durationMs: 400 },
    },
  },
  rack: {
    model: "net",
    description: "16 hosts of 64 cores, 8 VMs x 8 vCPUs each, mq-msi, top-of-rack switch, clients plus east-west calls between hosts",
    config: {
      model: "net",
      host: { count: 16, pcpus: 64 },
      vm: { perHost: 8, vcpus: 8, net: { mode: "mq-msi" } },
      workload: { connections: 256, eastWestShare: 0.3 },
      sim: { warmupMs: 1, durationMs: 2 },
    },
  },
};
