import { choice, int, num, str, type ParamTree } from "../../config/params.js";
import { clientParams } from "./client.js";
import { nicQueueParams } from "./nic-queue.js";
import { pcpuParams } from "./pcpu.js";
import { vhostParams } from "./vhost.js";
import { gicDistParams } from "./gic-dist.js";
import { gicItsParams } from "./gic-its.js";
import { gicRedistParams } from "./gic-redist.js";
import { vcpuParams } from "./vcpu.js";
import { passthroughParams } from "./passthrough.js";
import { mergeParamTrees } from "../../config/params.js";
import { hostLayoutParams, pinningParam } from "../host/layout.js";
import { KERNELS } from "../host/vgic-costs.js";

/** Simulation and topology keys; every cost is declared by the actor that pays it. */
export const topologyParams = {
  sim: {
    warmupMs: num(5, "ms", "chosen: covers the ramp of a closed loop at these rates", "virtual time excluded from statistics"),
    durationMs: num(20, "ms", "chosen: shortest window giving stable throughput (< 2% run to run)", "measured virtual time after warm-up", { min: 0, above: true }),
  },
  host: {
    count: int(1, "hosts", "paper setup: one server", "hosts in the rack", { min: 1 }),
    kernel: choice("4.x", KERNELS,
      "docs/calibration.md §2.2: vITS translation cache and in-atomic irqfd injection in 5.4, RCU lookup in 6.10 "
        + "(Upton 2024)",
      "host kernel generation: the injection path of an MSI (inject-path.ts)"),
    linkNs: int(50, "ns", "assumed: one cache-line transfer between cores of a host", "minimum latency of any message inside a host", { min: 0, above: true }),
  },
  vm: {
    perHost: int(1, "VMs", "paper setup: one VM", "VMs per host", { min: 1 }),
    vcpus: int(4, "vCPUs", "paper sweeps 1..12", "vCPUs per VM, each pinned to its own pCPU", { min: 1, max: 256 }),
    pinning: pinningParam,
    net: {
      mode: choice("sq-spi",
        ["sq-spi", "mq-msi", "x86-ioapic", "x86-msi", "x86-msix-posted", "vf-passthrough", "x86-vf-posted", "native"],
        "docs/design.md §4; assignment: arch/arm64/kvm/vgic/vgic-v4.c (GICv4 vLPIs, doorbells), "
          + "drivers/iommu/intel/irq_remapping.c (VT-d posted interrupts)",
        "virtio-net queue and interrupt design: sq-spi (virtio-mmio, every queue behind one wired SPI), mq-msi "
        + "(an MSI per queue through the ITS), x86-ioapic (one INTx line), x86-msi (MSI-X through the emulated "
        + "LAPIC, APICv off: an exit to inject into a running vCPU, an EOI exit), x86-msix-posted (posted "
        + "interrupts: neither); without vhost: vf-passthrough (an SR-IOV VF assigned to the guest, its MSIs "
        + "GICv4 direct vLPIs), x86-vf-posted (the same with VT-d posted interrupts), native (no hypervisor: the "
        + "NIC's MSIs reach the cores that run the stack and the application)"),
      queues: int(0, "queue pairs",
        "virtio_net: curr_queue_pairs = min(max_queue_pairs, num_online_cpus); QEMU's virtio-net devices default to 1",
        "queue pairs (not x86-ioapic); 0 = one per vCPU in the MSI modes, one in sq-spi", { max: 256 }),
      irqAffinity: str("spread",
        "virtnet_set_affinity: queue i's interrupt to CPU i (spread); vcpu0 as without irqbalance; a list as "
        + "/proc/irq/N/smp_affinity_list sets it",
        "vCPU each queue's MSI is routed to (mq-msi and x86 MSI modes): spread (queue i to vCPU i mod vm.vcpus), "
        + "vcpu0, or one vCPU per queue pair such as 0,0,1,1 or 0-3"),
    },
  },
  net: {
    switchLatencyUs: num(2, "us", "assumed: top-of-rack switch hop (cut-through 10GbE)", "one-way latency host to host through the switch", { min: 0, above: true }),
  },
} satisfies ParamTree;

/** The whole config tree of the network model: topology, then each actor kind's declarations. */
export const netConfigTree = mergeParamTrees(
  topologyParams, hostLayoutParams, clientParams, nicQueueParams, pcpuParams, vhostParams, gicDistParams,
    gicItsParams, gicRedistParams, vcpuParams, passthroughParams,
);
