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

export const isMultiQueue = (m: NetMode): boolean => m === "mq-msi" || m === "x86-msix-posted";
export const isX86 = (m: NetMode): boolean => m.startsWith("x86");
