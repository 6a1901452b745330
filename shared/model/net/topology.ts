import { ConfigError } from "../../kernel/errors.js";
import type { NetConfig } from "./config.js";
import { hasQueueVectors, isMultiQueue, type NetMode } from "./config.js";
import { NS_PER_MS, NS_PER_S, NS_PER_US } from "../../kernel/time.js";
import { serializationNs } from "./common.js";
import { hostLayout, pinCores, type HostLayout } from "../host/layout.js";
import { isHwNic, passthroughErrors } from "./passthrough.js";
import { streamErrors, streamMinWireNs } from "./stream.js";

/** Largest rack one run may build (actors of all hosts together). */
export const MAX_ACTORS = 1_000_000;

export type ActorKind = "client" | "nic-queue" | "pcpu" | "vhost" | "gic-dist" | "gic-its" | "gic-redist" | "vcpu";

export interface ActorSlot { kind: ActorKind; host: number; vm: number; index: number; name: string }

/**
 * Actor ids of a rack: per host, its client port, NIC queues and pCPUs, then per VM its vhost
 * workers, distributor, ITS, redistributors and vCPUs. A host and its VMs form one group.
 */
export class Topology {
  readonly slots: ActorSlot[] = [];
  readonly hostBase: number[] = [];
  readonly queues: number;
  /** vhost workers per VM: one per queue pair, none where a hardware NIC's queues are the VM's (passthrough.ts). */
  readonly vhosts: number;
  /** vCPU of each queue pair's MSI (vm.net.irqAffinity); empty where one wired interrupt serves them all. */
  private readonly irqTargets: number[];
  readonly warmupNs: number;
  readonly endNs: number;
  /** Core layout of every host (host.topology) and where its vCPUs (VM-major) and host threads run. */
  readonly layout: HostLayout;
  private readonly vcpuCores: number[];
  private readonly coreVcpu: Map<number, number>;
  private readonly threadCores: number[];
  /** Configurations that run, with a caveat the result should carry. */
  readonly warnings: string[] = [];
  /** wireNs and latency ask for these on every message sent (the kernel checks each send against latency). */
  private readonly switchNs: number;
  private readonly clientLinkNs: number;
  /** NIC TX DMA (host.pcieNs) and the serialisation of the smallest burst that leaves a host. */
  private readonly nicTxNs: number;

  constructor(readonly cfg: NetConfig) {
    const { host, vm } = cfg;
    const mode = vm.net.mode;
    // 0: one queue pair per vCPU where each has its own MSI; virtio-mmio's device (QEMU's default) has one.
    const defaultQueues = hasQueueVectors(mode) ? vm.vcpus : 1;
    this.queues = isMultiQueue(mode) ? (vm.net.queues === 0 ? defaultQueues : vm.net.queues) : 1;
    this.vhosts = isHwNic(mode) ? 0 : this.queues;
    const errors: string[] = [...passthroughErrors(cfg), ...streamErrors(cfg)];
    const pinned = vm.vcpus * vm.perHost;
    if (pinned > host.pcpus) errors.push(`config.vm.vcpus: ${vm.perHost} VM(s) x ${vm.vcpus} vCPUs = ${pinned} pinned vCPUs, but config.host.pcpus is ${host.pcpus}`);
    if (!isMultiQueue(mode) && vm.net.queues > 1) {
      errors.push(`config.vm.net.queues: mode ${mode} has one queue pair, got ${vm.net.queues}`);
    }
    if (this.queues > vm.vcpus && isMultiQueue(mode)) {
      errors.push(`config.vm.net.queues: ${this.queues} queue pairs for ${vm.vcpus} vCPUs; virtio_net allows at most `
        + `one per vCPU in use (max ${vm.vcpus})`);
    }
    const affinity = irqAffinity(vm.net.irqAffinity, mode, this.queues, vm.vcpus);
    if (typeof affinity === "string") errors.push(`config.vm.net.irqAffinity: ${affinity}`);
    this.irqTargets = typeof affinity === "string" ? [] : affinity;
    if (cfg.gic.spiTarget >= vm.vcpus) errors.push(`config.gic.spiTarget: vCPU ${cfg.gic.spiTarget} does not exist (vm.vcpus = ${vm.vcpus})`);
    if (cfg.workload.eastWestShare > 0 && host.count < 2) errors.push(`config.workload.eastWestShare: east-west calls need host.count >= 2`);
    if (cfg.guest.rxDriverPerPktNs > cfg.guest.rxPerPktNs) {
      errors.push(`config.guest.rxDriverPerPktNs: ${cfg.guest.rxDriverPerPktNs} ns is part of guest.rxPerPktNs `
        + `(${cfg.guest.rxPerPktNs} ns) and cannot exceed it`);
    }
    const wirePps = NS_PER_S / serializationNs(cfg, 1);
    if (cfg.workload.kind === "flood" && cfg.workload.ratePerSec > wirePps) {
      this.warnings.push(`config.workload.ratePerSec: ${cfg.workload.ratePerSec} packets/s of ${cfg.workload.pktBytes} `
        + `bytes exceed the link (net.lineRateGbps ${cfg.net.lineRateGbps}: ${Math.round(wirePps)} packets/s); the `
        + "source sends at the link's rate");
    }
    // Latencies in us become whole ns: one that rounds to 0 would be a zero-latency link.
    for (const key of ["linkLatencyUs", "switchLatencyUs"] as const) {
      const us = cfg.net[key];
      if (Math.round(us * NS_PER_US) < 1) errors.push(`config.net.${key}: ${us} us rounds to 0 ns; a link needs at least 1 ns (0.001 us)`);
    }
    if (Math.round(cfg.sim.durationMs * NS_PER_MS) < 1) errors.push(`config.sim.durationMs: ${cfg.sim.durationMs} ms rounds to 0 ns of measured time; give at least 0.000001 ms (1 ns)`);
    // Fail here, not after allocating millions of actors: about 4 KB each, and the slots below.
    const perHost = 1 + host.nicQueues + host.pcpus + vm.perHost * (this.vhosts + 2 + 2 * vm.vcpus);
    if (host.count * perHost > MAX_ACTORS) {
      errors.push(`config.host.count: ${host.count} host(s) x ${perHost} actors (1 client port + host.nicQueues `
        + `${host.nicQueues} + host.pcpus ${host.pcpus} + vm.perHost ${vm.perHost} x (${this.vhosts} vhost + 2 GIC + `
        + `2 x vm.vcpus ${vm.vcpus})) = ${host.count * perHost} actors; at most ${MAX_ACTORS} per run`);
    }
    if (errors.length) throw new ConfigError(errors);
    this.layout = hostLayout(host, host.pcpus, host.linkNs);
    this.vcpuCores = pinCores(this.layout, pinned, vm.pinning, "config.vm.pinning");
    this.coreVcpu = new Map(this.vcpuCores.map((c, i) => [c, i]));
    const taken = new Set(this.vcpuCores);
    this.threadCores = [];
    for (let c = 0; c < host.pcpus; c++) if (!taken.has(c)) this.threadCores.push(c);
    const threads = host.nicQueues + vm.perHost * (1 + this.queues);
    if (this.threadCores.length === 0) {
      this.warnings.push(`config.host.pcpus: ${host.pcpus} cores, all pinned to vCPUs; the ${threads} host threads `
        + "(NIC queues, QEMU, vhost) share the vCPUs' cores and preempt them");
    }
    this.warmupNs = Math.round(cfg.sim.warmupMs * NS_PER_MS);
    this.endNs = this.warmupNs + Math.round(cfg.sim.durationMs * NS_PER_MS);
    this.switchNs = Math.round(cfg.net.switchLatencyUs * NS_PER_US);
    this.clientLinkNs = Math.round(cfg.net.linkLatencyUs * NS_PER_US);
    const { reqPkts, respPkts } = cfg.workload;
    // A stream's shortest burst is an ACK (stream.ts).
    this.nicTxNs = host.pcieNs
      + (cfg.workload.kind === "stream" ? streamMinWireNs(cfg) : serializationNs(cfg, Math.min(reqPkts, respPkts)));
    let id = 0;
    const add = (kind: ActorKind, h: number, v: number, index: number, name: string) => { this.slots.push({ kind, host: h, vm: v, index, name }); id++; };
    for (let h = 0; h < host.count; h++) {
      this.hostBase.push(id);
      add("client", h, -1, 0, `h${h}.client`);
      for (let k = 0; k < host.nicQueues; k++) add("nic-queue", h, -1, k, `h${h}.nic${k}`);
      for (let p = 0; p < host.pcpus; p++) add("pcpu", h, -1, p, `h${h}.pcpu${p}`);
      for (let v = 0; v < vm.perHost; v++) {
        for (let q = 0; q < this.vhosts; q++) add("vhost", h, v, q, `h${h}.vm${v}.vhost${q}`);
        add("gic-dist", h, v, 0, `h${h}.vm${v}.gicd`);
        add("gic-its", h, v, 0, `h${h}.vm${v}.its`);
        for (let i = 0; i < vm.vcpus; i++) add("gic-redist", h, v, i, `h${h}.vm${v}.gicr${i}`);
        for (let i = 0; i < vm.vcpus; i++) add("vcpu", h, v, i, `h${h}.vm${v}.vcpu${i}`);
      }
    }
  }

  get actorCount(): number { return this.slots.length; }
  hostOf(id: number): number { return this.slots[id]!.host; }

  client(h: number): number { return this.hostBase[h]!; }
  nic(h: number, k: number): number { return this.hostBase[h]! + 1 + k; }
  pcpu(h: number, p: number): number { return this.hostBase[h]! + 1 + this.cfg.host.nicQueues + p; }
  private vmBase(h: number, v: number): number {
    const perVm = this.vhosts + 2 + 2 * this.cfg.vm.vcpus;
    return this.hostBase[h]! + 1 + this.cfg.host.nicQueues + this.cfg.host.pcpus + v * perVm;
  }
  vhost(h: number, v: number, q: number): number { return this.vmBase(h, v) + q; }
  dist(h: number, v: number): number { return this.vmBase(h, v) + this.vhosts; }
  its(h: number, v: number): number { return this.vmBase(h, v) + this.vhosts + 1; }
  redist(h: number, v: number, i: number): number { return this.vmBase(h, v) + this.vhosts + 2 + i; }
  vcpu(h: number, v: number, i: number): number { return this.vmBase(h, v) + this.vhosts + 2 + this.cfg.vm.vcpus + i; }

  /**
   * vCPU the interrupt of queue pair q is routed to: its MSI's target (vm.net.irqAffinity, through the
   * ITS's collection or the MSI address); the wired SPI of sq-spi and x86-ioapic goes to gic.spiTarget.
   */
  queueVcpu(q: number): number {
    if (!hasQueueVectors(this.cfg.vm.net.mode)) return this.cfg.gic.spiTarget;
    return this.irqTargets[q % this.irqTargets.length]!;
  }

  /** pCPU running vCPU i of VM v (vm.pinning over host.topology's cores; packed: one-to-one from pCPU 0). */
  vcpuPcpu(v: number, i: number): number { return this.vcpuCores[v * this.cfg.vm.vcpus + i]!; }

  /**
   * pCPU of a host thread: host threads are spread round-robin over the pCPUs left after pinning
   * vCPUs; with none left they share the vCPUs' pCPUs (and steal time from those vCPUs).
   */
  hostThreadPcpu(thread: number): number {
    const free = this.threadCores;
    return free.length > 0 ? free[thread % free.length]! : thread % this.cfg.host.pcpus;
  }
  /** Host thread numbering: NIC queue IRQs, then per VM the QEMU main loop and vhost workers. */
  nicThread(k: number): number { return k; }
  qemuThread(v: number): number { return this.cfg.host.nicQueues + v * (this.queues + 1); }
  vhostThread(v: number, q: number): number { return this.qemuThread(v) + 1 + q; }

  /** Host threads share the vCPUs' cores (none left over after pinning): a vCPU thread is not its core's only task. */
  get hostThreadsOnVcpuCores(): boolean { return this.threadCores.length === 0; }

  /** vCPU a pinned pCPU runs, or -1. */
  vcpuOnPcpu(p: number): { vm: number; vcpu: number } | undefined {
    const n = this.cfg.vm.vcpus;
    const k = this.coreVcpu.get(p);
    if (k === undefined) return undefined;
    return { vm: Math.floor(k / n), vcpu: k % n };
  }

  /**
   * Delay a message takes after its sender has put it on the wire: a host's port to another host's
   * NIC crosses the switch, then the receiving NIC DMAs the payload, writes the descriptor back and
   * signals (host.pcieNs) before its RX ring sees the packet; a client link ends in the NIC the same way.
   */
  wireNs(src: number, dst: number): number {
    const a = this.slots[src]!, b = this.slots[dst]!;
    // Every field and kind is read on every call, whichever case applies: a read first made mid-run
    // would throw away the optimised code of the send path this is inlined into (a deopt for want of
    // type feedback). `latency` below does the same.
    const { pcieNs, linkNs } = this.cfg.host;
    const switchNs = this.switchNs, clientLinkNs = this.clientLinkNs;
    const rxDma = b.kind === "nic-queue" ? pcieNs : 0;
    const aClient = a.kind === "client", bClient = b.kind === "client";
    // A lock's handoff between two cores (their pCPUs' or vCPUs' threads) is one cache-line transfer at
    // their distance (host.topology).
    const aCore = a.kind === "pcpu" || a.kind === "vcpu", bCore = b.kind === "pcpu" || b.kind === "vcpu";
    if (a.host !== b.host) return switchNs + rxDma;
    if (aClient || bClient) return clientLinkNs + rxDma;
    return aCore && bCore ? 1 : linkNs;
  }

  /**
   * Minimum message delay between two actors. Everything that leaves a host goes out through a NIC
   * queue, which fetches the payload by DMA (host.pcieNs) and serializes the whole burst before the
   * wire; the bursts that leave a host are requests and responses, so at least the smaller of
   * workload.reqPkts and workload.respPkts. The kernel checks every send against this bound (a
   * shorter message would fail the run, naming it), so it is also the lookahead of a cut.
   */
  latency(src: number, dst: number): number {
    if (src === dst) return 0;
    const a = this.slots[src]!, b = this.slots[dst]!;
    const fromNic = a.kind === "nic-queue", toClient = b.kind === "client", nicTxNs = this.nicTxNs;
    const throughNicTx = a.host !== b.host || (fromNic && toClient);
    return this.wireNs(src, dst) + (throughNicTx ? nicTxNs : 0);
  }
}

/**
 * The vCPU of each of `queues` queue pairs' MSIs by the vm.net.irqAffinity rule: spread (queue i to vCPU
 * i mod vcpus, as virtnet_set_affinity sets it), vcpu0, or an explicit list of vCPUs, one per queue pair,
 * with ranges (0,0,1,1 or 0-3). A mode with one wired interrupt for every queue accepts only spread (its
 * line's target is gic.spiTarget). Returns the reason as a string when the rule cannot be applied.
 */
export function irqAffinity(rule: string, mode: NetMode, queues: number, vcpus: number): number[] | string {
  const r = rule.trim();
  if (!hasQueueVectors(mode)) {
    return r === "spread" ? []
      : `mode ${mode} has one wired interrupt for all its queues, routed by gic.spiTarget; `
        + `irqAffinity applies to the modes with an MSI per queue (got ${JSON.stringify(rule)})`;
  }
  if (r === "spread") return Array.from({ length: queues }, (_, q) => q % vcpus);
  if (r === "vcpu0") return Array.from({ length: queues }, () => 0);
  const out: number[] = [];
  for (const raw of r.split(",")) {
    const token = raw.trim();
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(token);
    if (!m) return `"${token}" is not a vCPU number or range; give spread, vcpu0 or a list such as 0,0,1,1 or 0-3`;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (hi < lo) return `range ${lo}-${hi} runs backwards`;
    if (hi >= vcpus) return `vCPU ${hi} does not exist (vm.vcpus = ${vcpus})`;
    for (let v = lo; v <= hi; v++) out.push(v);
  }
  if (out.length !== queues) {
    return `${out.length} vCPU(s) for ${queues} queue pair(s); give one per queue pair (vm.net.queues)`;
  }
  return out;
}
