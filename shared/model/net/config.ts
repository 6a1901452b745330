/** Resolved config of the network model (shape of params.ts netConfigTree). */
export type NetMode = "sq-spi" | "mq-msi" | "x86-ioapic" | "x86-msix-posted";

export interface PlatformCosts { exitCycles: number; mmioKernelCycles: number; mmioUserCycles: number; ipiSendCycles: number; wakeCycles: number; eoiCycles: number }

export interface NetConfig {
  model: "net";
  seed: number;
  sim: { warmupMs: number; durationMs: number };
  host: {
    count: number; pcpus: number; ghz: number; kernel: "4.x" | "5.4+"; linkNs: number;
    hostRxPerPktNs: number; hostIrqNs: number; vhostPerPktNs: number; vhostWakeNs: number; vhostPktWeight: number;
    tapQueuePkts: number; qemuRelayNs: number; kworkerHopNs: number; nicRing: number; nicQueues: number; pcieNs: number;
  };
  vm: { perHost: number; vcpus: number; net: { mode: NetMode; queues: number } };
  workload: {
    kind: "closed" | "open"; connections: number; thinkUs: number; ratePerSec: number; reqPkts: number; respPkts: number;
    pktBytes: number; rtoMs: number; eastWestShare: number;
  };
  app: { service: { dist: "fixed" | "exponential" | "lognormal"; meanUs: number; cv: number } };
  net: { lineRateGbps: number; linkLatencyUs: number; switchLatencyUs: number };
  kvm: { listRegisters: number; arm: PlatformCosts; x86: PlatformCosts };
  guest: {
    napi: boolean; napiWeight: number; netdevBudget: number; softirqMaxUs: number; softirqRestarts: number;
    rxPerPktNs: number; txPerPktNs: number; hardirqNs: number; ipiHandlerNs: number; pollOverheadNs: number; socketBacklog: number; rxRing: number; txLockNs: number;
  };
  gic: { spiInjectNs: number; itsTranslateNs: number; itsWalkNsPerEntry: number; spiTarget: number; x86MsiNs: number };
}

export const isMultiQueue = (m: NetMode): boolean => m === "mq-msi" || m === "x86-msix-posted";
export const isX86 = (m: NetMode): boolean => m.startsWith("x86");
