import type { ActorEnv, SimEvent } from "../../kernel/engine.js";
import type { ParamTree } from "../../config/params.js";
import type { NetConfig, PlatformCosts } from "./config.js";
import { isX86 } from "./config.js";
import type { ActorSlot, Topology } from "./topology.js";
import { KIND_FLOOD, KIND_REQ, KIND_SEG, type Burst, type VmState } from "./vm-state.js";
import { NS_PER_MS } from "../../kernel/time.js";

/** What every actor of the network model is created with. */
export interface NetInput {
  env: ActorEnv;
  cfg: NetConfig;
  topo: Topology;
  slot: ActorSlot;
  /**
   * Shared memory of the actor's VM (virtqueues, vGIC lists, guest scheduler), when it belongs to one; for a pCPU,
   * that of the VM whose vCPU is pinned to it (the core's busy time).
   */
  vm: VmState | undefined;
  /** Shared memory of VM `v` of the actor's host (a pCPU runs the injection paths of every VM's threads). */
  vmOf: (v: number) => VmState;
}

/** Actor-kind declaration, as SST components declare params, ports and statistics. */
export interface ActorDeclaration {
  kind: string;
  models: string;
  /** Parameters it reads, at their config paths, with unit, default and source. */
  params: ParamTree;
  accepts: readonly string[];
  sends: readonly string[];
  stats: Record<string, string>;
}

export const platformCosts = (cfg: NetConfig): PlatformCosts => (isX86(cfg.vm.net.mode) ? cfg.kvm.x86 : cfg.kvm.arm);
export const cyclesNs = (cfg: NetConfig, cycles: number): number => Math.round(cycles / cfg.host.ghz);

/** Host thread classes a pCPU runs (CpuReq.cls). */
export const CPU_CLASSES = ["hostRx", "vhost", "qemu", "kworker"] as const;
export const CLS_HOSTRX = 0, CLS_VHOST = 1, CLS_QEMU = 2, CLS_KWORKER = 3;

/** Flow hash standing in for the NIC's Toeplitz RSS hash. */
export function hashFlow(conn: number): number {
  let x = Math.imul(conn ^ 0x5bd1e995, 0x27d4eb2d);
  x ^= x >>> 15;
  return x >>> 0;
}

/** Wire serialization time of `pkts` packets at the configured line rate. */
export function serializationNs(cfg: NetConfig, pkts: number): number {
  return Math.round((pkts * cfg.workload.pktBytes * 8) / cfg.net.lineRateGbps);
}

/** A burst as a message of another type carrying the same fields. */
export function burstAs(type: "pkts" | "xmit", b: Burst): SimEvent {
  return {
    type, conn: b.conn, req: b.req, pkts: b.pkts, kind: b.kind, sentAt: b.sentAt, replyTo: b.replyTo,
    vm: b.vm, queue: b.queue, dst: b.dst, replyVm: b.replyVm, replyQueue: b.replyQueue,
  };
}

/** Packets of a burst message, read without copying it. */
export const burstPkts = (e: SimEvent): number => (e as unknown as Burst).pkts;

export function toBurst(e: SimEvent): Burst {
  const x = e as unknown as Burst;
  return {
    type: "pkts", conn: x.conn, req: x.req, pkts: x.pkts, kind: x.kind, sentAt: x.sentAt, replyTo: x.replyTo,
    vm: x.vm, queue: x.queue, dst: x.dst, replyVm: x.replyVm, replyQueue: x.replyQueue,
  };
}

/** Service time of one request's application work. */
export function drawService(env: ActorEnv, cfg: NetConfig): number {
  const { dist, meanUs, cv } = cfg.app.service;
  const mean = meanUs * 1000;
  if (mean === 0) return 0;
  switch (dist) {
    case "fixed": return Math.round(mean);
    case "exponential": return Math.round(env.rng.exp(mean));
    case "lognormal": return Math.round(env.rng.lognormal(mean, cv));
  }
}

/** Drops counted where they happen: packets, bursts, and bursts after warm-up. */
export interface DropStats { dropPkts: number; dropReqs: number; dropMeasured: number; dropSegs: number }
export const noDrops = (): DropStats => ({ dropPkts: 0, dropReqs: 0, dropMeasured: 0, dropSegs: 0 });

/**
 * Drops a burst; a client request's client learns of it when TCP's retransmission timer fires. A flood's
 * packet counts in the packets and after warm-up, not as a request or response.
 */
export function drop(input: NetInput, stats: DropStats, b: Burst): void {
  stats.dropPkts += b.pkts;
  // Request traffic only (a flood's packets, a stream's segments and ACKs are counted apart).
  if (b.kind < KIND_FLOOD) stats.dropReqs++;
  if (b.kind === KIND_SEG) stats.dropSegs++;
  if (input.env.now() >= input.topo.warmupNs) stats.dropMeasured++;
  if (b.kind === KIND_REQ) input.env.send(b.replyTo, { type: "dropped", conn: b.conn, req: b.req }, Math.round(input.cfg.workload.rtoMs * NS_PER_MS));
}
