import { bool, choice, int, num, type ParamTree } from "../../config/params.js";

const DALL16 = "Dall et al., ARM Virtualization: Performance and Architectural Implications, ISCA'16, Table II";
const DALL17 = "Dall et al., The Design, Implementation, and Evaluation of Hardware Support for Virtualization on ARM, ATC'17, Table 2";

/** Topology, workload and simulation keys; the actors declare their own cost parameters. */
export const simParams: ParamTree = {
  warmupMs: num(5, "ms", "chosen: covers the ramp of a closed loop at these rates", "virtual time excluded from statistics"),
  durationMs: num(20, "ms", "chosen: shortest window giving stable throughput (< 2% run to run)", "measured virtual time after warm-up", { min: 0, above: true }),
};

export const hostParams: ParamTree = {
  count: int(1, "hosts", "paper setup: one server", "hosts in the rack", { min: 1 }),
  pcpus: int(64, "cores", "Phytium FT-2000/64 (reference §1 [A])", "physical cores per host", { min: 1 }),
  ghz: num(2.0, "GHz", "Phytium FT-2000/64 up to 2 GHz (The Register 2016-09-01)", "core clock; converts cycle costs to ns", { min: 0, above: true }),
  kernel: choice("4.x", ["4.x", "5.4+"], "reference §2.2: vITS translation cache and in-atomic irqfd injection landed in 5.4", "host kernel generation"),
  linkNs: int(50, "ns", "assumed: one cache-line transfer between cores of a host", "minimum latency of any message inside a host", { min: 0, above: true }),
};

export const vmParams: ParamTree = {
  perHost: int(1, "VMs", "paper setup: one VM", "VMs per host", { min: 1 }),
  vcpus: int(4, "vCPUs", "paper sweeps 1..12", "vCPUs per VM, each pinned to its own pCPU", { min: 1 }),
  net: {
    mode: choice("sq-spi", ["sq-spi", "mq-msi", "x86-ioapic", "x86-msix-posted"], "DESIGN.md §4", "virtio-net queue and interrupt design"),
    queues: int(0, "queue pairs", "virtio_net: curr_queue_pairs = min(max_queue_pairs, num_online_cpus)", "queue pairs for multi-queue modes; 0 = one per vCPU", { max: 256 }),
  },
};

export const workloadParams: ParamTree = {
  kind: choice("closed", ["closed", "open"], "DESIGN.md §4 (ab/wrk closed loop; Poisson open loop)", "load generator kind"),
  connections: int(96, "connections", "fitted: enough concurrency to saturate 12 vCPUs (ab -c as in Dall16 uses 100)", "closed-loop connections per host", { min: 1 }),
  thinkUs: num(0, "us", "ab has no think time", "mean exponential think time between a response and the next request"),
  ratePerSec: num(20000, "requests/s", "chosen per experiment", "open-loop Poisson arrival rate per host", { min: 0, above: true }),
  reqPkts: int(5, "packets", "fitted within Tempesta wiki's 4-5 RX packets per ab request without keep-alive", "packets the server receives per request", { min: 1 }),
  respPkts: int(4, "packets", "Tempesta wiki: about 9 segments per ab transaction", "packets the server sends per response", { min: 1 }),
  pktBytes: int(512, "bytes", "assumed: small HTTP request/response segments", "mean packet size on the wire", { min: 64, max: 9000 }),
  rtoMs: num(200, "ms", "Linux TCP_RTO_MIN", "time after which a dropped request is retransmitted (closed loop)", { min: 0, above: true }),
  eastWestShare: num(0, "fraction", "assumed: scale-out services call peers", "share of requests that also call a VM on another host", { max: 1 }),
};

export const appParams: ParamTree = {
  service: {
    dist: choice("lognormal", ["fixed", "exponential", "lognormal"], "assumed: serving one static page varies little", "distribution of application work per request"),
    meanUs: num(95, "us", "fitted to the paper's shape (knee near 8 vCPUs, modes equal at 1): new-connection HTTP request, nginx 29 us/req on x86 (reference §3) x ~3 for a 2 GHz ARM core", "mean application work per request on a vCPU", { min: 0 }),
    cv: num(0.5, "", "assumed: serving one static page varies little", "coefficient of variation for lognormal"),
  },
};

export const netParams: ParamTree = {
  lineRateGbps: num(10, "Gbit/s", "paper setup: 10GbE (reference §1 [A]); RFC 5180 line rates", "link rate between the switch and each host", { min: 0, above: true }),
  linkLatencyUs: num(5, "us", "assumed: one switch hop plus client stack", "one-way latency between clients and a host", { min: 0, above: true }),
  switchLatencyUs: num(2, "us", "assumed: top-of-rack switch hop (cut-through 10GbE)", "one-way latency host to host through the switch", { min: 0, above: true }),
};

export const kvmParams: ParamTree = {
  listRegisters: int(4, "LRs", "GIC-400 GICH_VTR (reference §2.4); typical A57/A72 GICv3 CPU interfaces", "list registers per vCPU interface", { min: 1, max: 64 }),
  arm: {
    exitCycles: num(6500, "cycles", `${DALL16}: hypercall (exit + entry), KVM ARM`, "exit and re-entry to inject a vIRQ into a running vCPU"),
    mmioKernelCycles: num(8034, "cycles", `${DALL17}: I/O exit handled in host kernel (ioeventfd), non-VHE`, "TX kick: MMIO trap to ioeventfd"),
    mmioUserCycles: num(10012, "cycles", `${DALL17}: I/O exit to QEMU userspace, non-VHE`, "virtio-mmio InterruptStatus read or InterruptACK write"),
    ipiSendCycles: num(7370, "cycles", `${DALL16}: interrupt-controller trap (GIC distributor), KVM ARM`, "sender side of a virtual IPI (ICC_SGI1R trap)"),
    wakeCycles: num(6500, "cycles", `${DALL16}: hypercall cost used for the WFI exit and wake-up entry [A]`, "WFI exit plus re-entry when an idle vCPU is woken"),
    eoiCycles: num(71, "cycles", `${DALL16}: virtual IRQ completion, KVM ARM`, "guest EOI through the list register"),
  },
  x86: {
    exitCycles: num(1300, "cycles", `${DALL16}: hypercall, KVM x86`, "exit and re-entry to inject a vIRQ into a running vCPU (no APICv)"),
    mmioKernelCycles: num(2565, "cycles", `${DALL17}: I/O exit in host kernel, KVM x86`, "TX kick to ioeventfd"),
    mmioUserCycles: num(6732, "cycles", `${DALL17}: I/O exit to QEMU, KVM x86`, "legacy virtio-pci ISR read"),
    ipiSendCycles: num(2384, "cycles", `${DALL16}: APIC access trap, KVM x86 [r]`, "sender side of a virtual IPI"),
    wakeCycles: num(1300, "cycles", `${DALL16}: hypercall cost used for HLT exit and wake-up [A]`, "HLT exit plus re-entry"),
    eoiCycles: num(1556, "cycles", `${DALL16}: virtual IRQ completion without APICv, KVM x86`, "EOI exit for a level-triggered IOAPIC interrupt"),
  },
};

export const guestParams: ParamTree = {
  napi: bool(true, "Linux NAPI (reference §2.6)", "interrupt schedules a budgeted poll; false = all RX work in the interrupt handler"),
  napiWeight: int(64, "packets", "NAPI_POLL_WEIGHT, include/linux/netdevice.h", "packets per poll of one queue", { min: 1 }),
  netdevBudget: int(300, "packets", "netdev_budget, net/core/dev.c", "packets per net_rx_action", { min: 1 }),
  softirqMaxUs: num(2000, "us", "MAX_SOFTIRQ_TIME, kernel/softirq.c", "softirq time before deferring to ksoftirqd", { min: 0, above: true }),
  softirqRestarts: int(10, "restarts", "MAX_SOFTIRQ_RESTART, kernel/softirq.c", "net_rx_action rounds before deferring to ksoftirqd", { min: 1 }),
  rxPerPktNs: num(2500, "ns", "reference §3: guest RX stack 1-3 us per packet on a 2 GHz ARMv8 core [A]; 2.5 us chosen in that range (GRO + TCP + socket wake-up on a small core)", "virtnet_poll -> GRO -> TCP per packet"),
  txPerPktNs: num(1000, "ns", "assumed: start_xmit + free_old_xmit_skbs, lighter than RX", "TCP send -> start_xmit per packet"),
  hardirqNs: num(500, "ns", "assumed: vring_interrupt + napi_schedule at 2 GHz", "guest hardirq handler body"),
  pollOverheadNs: num(300, "ns", "assumed: net_rx_action + napi_poll bookkeeping", "fixed cost per NAPI poll"),
  socketBacklog: int(128, "requests", "SOMAXCONN = 128 in Linux 4.x", "requests queued for the application before new ones are dropped", { min: 1 }),
  rxRing: int(256, "packets", "QEMU virtio-net default rx_queue_size", "virtqueue RX ring size"),
  txLockNs: num(200, "ns", "assumed: HARD_TX_LOCK hold per transmit", "hold time of a TX queue lock per transmit"),
};

export const hostCostParams: ParamTree = {
  hostRxPerPktNs: num(700, "ns", "assumed: netif_receive_skb + bridge + tun_net_xmit per packet on the host", "host RX path per packet"),
  hostIrqNs: num(1000, "ns", "assumed: host NIC interrupt + NAPI schedule", "host cost per NIC interrupt"),
  vhostPerPktNs: num(1000, "ns", "reference §3: vhost copy + ring 0.5-1.5 us per packet [A]", "vhost handle_rx / handle_tx per packet"),
  vhostWakeNs: num(2000, "ns", "assumed: kthread wake-up and context switch", "wake-up of a vhost worker"),
  vhostPktWeight: int(256, "packets", "VHOST_NET_PKT_WEIGHT, drivers/vhost/net.c", "packets per vhost run before requeueing", { min: 1 }),
  tapQueuePkts: int(1000, "packets", "tun txqueuelen default 1000", "tap socket queue before drops"),
  qemuRelayNs: num(5000, "ns", `${DALL16}: I/O latency in 13,872 cycles minus injection; eventfd -> QEMU main loop -> KVM_IRQ_LINE [A]`, "userspace relay of the virtio-mmio interrupt"),
  kworkerHopNs: num(4000, "ns", "Zyngier 2020: about two context switches per injected MSI before Linux 5.4 [A: 2 us each]", "irqfd injection deferred to a kworker (4.x)"),
  nicRing: int(512, "descriptors", "ixgbe default RX ring 512", "physical NIC RX ring per queue", { min: 1 }),
  nicQueues: int(16, "queues", "ixgbe: one queue pair per core up to 16 (RSS)", "physical NIC queue pairs per host", { min: 1 }),
  pcieNs: int(1000, "ns", "assumed: DMA + MSI-X latency of a PCIe NIC", "NIC DMA and interrupt latency"),
};

export const gicParams: ParamTree = {
  spiInjectNs: num(500, "ns", "assumed: vgic_update_irq_pending under the distributor lock", "distributor injection lock hold per SPI"),
  itsTranslateNs: num(1300, "ns", "Upton 2024 LPI rework cover letter: ~780 k LPIs/s through the global lock with 1 vCPU", "its_lock hold per MSI translation (cached)"),
  itsWalkNsPerEntry: num(50, "ns", "assumed: find_ite linear walk per ITE (no cache, < 5.4)", "extra translation time per ITT entry walked without the cache"),
  spiTarget: int(0, "vCPU", "gic_set_affinity writes one target; boot CPU without irqbalance (reference §2.4)", "vCPU the wired SPI is routed to"),
  x86MsiNs: num(300, "ns", "assumed: kvm_set_msi -> kvm_irq_delivery_to_apic, no global lock", "x86 MSI routing per interrupt"),
};

export const netConfigTree: ParamTree = {
  sim: simParams,
  host: { ...hostParams, ...hostCostParams },
  vm: vmParams,
  workload: workloadParams,
  app: appParams,
  net: netParams,
  kvm: kvmParams,
  guest: guestParams,
  gic: gicParams,
};
