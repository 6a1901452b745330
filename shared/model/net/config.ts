import type { ConfigOf, MergedTrees } from "../../config/params.js";
import type { commonParams } from "../registry.js";
import type { netConfigTree } from "./params.js";

/**
 * Resolved config of the network model: what the zod schema of its declarations (the common
 * model/seed/engine keys, then params.ts netConfigTree) validates to, inferred from that schema.
 */
export type NetConfig = ConfigOf<MergedTrees<[ReturnType<typeof commonParams<"net">>, typeof netConfigTree]>>;

export type NetMode = NetConfig["vm"]["net"]["mode"];

export type PlatformCosts = NetConfig["kvm"]["arm"];

/**
 * The device has `vm.net.queues` queue pairs, each with its own vhost worker: virtio-mmio multiqueue
 * behind one SPI (sq-spi) and the per-queue MSI modes. x86-ioapic's legacy INTx device has one.
 */
export const isMultiQueue = (m: NetMode): boolean => m === "sq-spi" || hasQueueVectors(m);
/** Each queue pair's interrupt is its own MSI (an LPI on ARM), routed by vm.net.irqAffinity. */
export const hasQueueVectors = (m: NetMode): boolean => m === "mq-msi" || m === "x86-msi" || m === "x86-msix-posted"
  || m === "vf-passthrough" || m === "x86-vf-posted" || m === "native";
export const isX86 = (m: NetMode): boolean => m.startsWith("x86");
/** KVM/arm64's software vgic queues this mode's interrupts on each vCPU's ap_list (GICv4 direct vLPIs aside). */
export const hasApList = (m: NetMode): boolean => m === "sq-spi" || m === "mq-msi" || m === "vf-passthrough";
