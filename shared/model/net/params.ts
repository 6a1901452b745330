import { choice, int, num, type ParamTree } from "../../config/params.js";
import { clientParams } from "./client.js";
import { nicQueueParams } from "./nic-queue.js";
import { pcpuParams } from "./pcpu.js";
import { vhostParams } from "./vhost.js";
import { gicDistParams } from "./gic-dist.js";
import { gicItsParams } from "./gic-its.js";
import { gicRedistParams } from "./gic-redist.js";
import { vcpuParams } from "./vcpu.js";
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
      "docs/calibration.md §2.2: vITS translation cache and in-atomic irqfd injection in 5.4, RCU lookup in 6.10 (Upton 2024)",
      "host kernel generation: the injection path of an MSI (inject-path.ts)"),
    linkNs: int(50, "ns", "assumed: one cache-line transfer between cores of a host", "minimum latency of any message inside a host", { min: 0, above: true }),
  },
  vm: {
    perHost: int(1, "VMs", "paper setup: one VM", "VMs per host", { min: 1 }),
    vcpus: int(4, "vCPUs", "paper sweeps 1..12", "vCPUs per VM, each pinned to its own pCPU", { min: 1, max: 256 }),
    pinning: pinningParam,
    net: {
      mode: choice("sq-spi", ["sq-spi", "mq-msi", "x86-ioapic", "x86-msix-posted"], "docs/design.md §4", "virtio-net queue and interrupt design"),
      queues: int(0, "queue pairs", "virtio_net: curr_queue_pairs = min(max_queue_pairs, num_online_cpus)", "queue pairs for multi-queue modes; 0 = one per vCPU", { max: 256 }),
    },
  },
  net: {
    switchLatencyUs: num(2, "us", "assumed: top-of-rack switch hop (cut-through 10GbE)", "one-way latency host to host through the switch", { min: 0, above: true }),
  },
} satisfies ParamTree;

/** The whole config tree of the network model: topology, then each actor kind's declarations. */
export const netConfigTree = mergeParamTrees(
  topologyParams, hostLayoutParams, clientParams, nicQueueParams, pcpuParams, vhostParams, gicDistParams, gicItsParams, gicRedistParams, vcpuParams,
);
