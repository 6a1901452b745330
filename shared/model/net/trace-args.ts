import type { SimEvent } from "../../kernel/engine.js";
import type { TraceArgs } from "../../kernel/trace.js";
import { CPU_CLASSES } from "./common.js";
import { hasQueueVectors, type NetConfig } from "./config.js";
import { intidName } from "./gic-redist.js";
import {
  PATH_IRQ_LINE, PATH_IRQFD_CACHED, PATH_IRQFD_RCU, PATH_IRQFD_X86, PATH_KWORKER_IOAPIC, PATH_KWORKER_ITS, vmLocks,
} from "./inject-path.js";
import type { PcpuContext } from "./pcpu.js";
import type { ActorSlot, Topology } from "./topology.js";
import type { Segment, VcpuContext } from "./vcpu-core.js";
import { INTID_LPI_BASE, INTID_SGI_RESCHED, INTID_SPI_VIRTIO, intidOfQueue } from "./vm-state.js";

/**
 * What the network model shows in a trace (shared/stats/trace.ts) beyond states and message types:
 * the args of each slice, the names of the flow arrows, and which process each track belongs to.
 * Read-only views of the actors' contexts and of messages, asked only while a run is traced.
 *
 * Flow names (otherData.flowNames maps each to its message type):
 *   ipi        virq of an SGI (the reschedule IPI) from a vCPU to another vCPU's redistributor
 *   spi        virq of an SPI (the device's wired line) from the distributor to a redistributor
 *   lpi        virq of an LPI (a queue's MSI) from the ITS to a redistributor
 *   vcpu-kick  vkick: kvm_vcpu_kick of a vCPU by its redistributor (an exit to inject, or a WFI wake-up)
 *   vq-kick    kick: a vCPU's virtqueue notification to its vhost worker (new TX or refilled RX buffers)
 *   irq-line   irqLine: the device's wired interrupt, vhost worker to distributor (via the pCPU's injection)
 *   msi        msi: a queue's MSI, vhost worker to ITS
 *   cpu-req    cpuReq: a host thread run asked of a pCPU (by a NIC queue or a vhost worker)
 *   steal      steal: a pCPU's job preempting the vCPU pinned to it
 *   lock-grant lockGrant: a lock handed to the next waiter's core
 */
export const NET_FLOW_NAMES: Readonly<Record<string, string>> = {
  vkick: "vcpu-kick", kick: "vq-kick", irqLine: "irq-line", msi: "msi", cpuReq: "cpu-req", steal: "steal",
  lockGrant: "lock-grant",
};

/** The flow name of a traced message (see NET_FLOW_NAMES; a virq by its INTID's kind). */
export function netFlowName(event: SimEvent): string {
  if (event.type === "virq") {
    const intid = event.intid as number;
    return intid < 16 ? "ipi" : intid < INTID_LPI_BASE ? "spi" : "lpi";
  }
  return NET_FLOW_NAMES[event.type] ?? event.type;
}

/** Names of the injection paths a pCPU job may run (inject-path.ts), for its slices' args. */
const PATH_NAMES: Readonly<Record<number, string>> = {
  [PATH_KWORKER_ITS]: "kworker-its", [PATH_IRQFD_CACHED]: "irqfd-cached", [PATH_IRQFD_RCU]: "irqfd-rcu",
  [PATH_IRQ_LINE]: "irq-line", [PATH_KWORKER_IOAPIC]: "kworker-ioapic", [PATH_IRQFD_X86]: "irqfd-x86",
};

/** A vCPU exit's reason: the segment's own (when it carries one), else what follows from its work. */
function exitReason(seg: Segment, w: Extract<Segment["work"], { k: "exit" }>): string | undefined {
  const own = (w as { reason?: unknown }).reason;
  if (typeof own === "string") return own;
  // The exits that send something when they end are one reason each (vcpu-core.ts: steal, kickExit, deliver).
  switch (w.then?.event.type) {
    case "handBack": return "host-preempt";
    case "kick": return "mmio-kick";
    case "virq": return "ipi-send";
  }
  // The only exit in `stolen` that sends nothing: a woken vCPU waits for its core's host work.
  return seg.state === "stolen" ? "host-busy" : undefined;
}

/**
 * The trace hooks of one network model instance: slice args from each actor's context, flow names
 * from payloads, and the process layout: per host, one process per VM (its vCPUs first, then its
 * redistributors, ITS, distributor and vhost workers, and its locks), then the host's own process
 * (pCPUs, NIC queues, client port).
 */
export function netTraceHooks(cfg: NetConfig, topo: Topology) {
  const vms = cfg.vm.perHost, vcpus = cfg.vm.vcpus;
  const perHost = vms + 1;
  const mode = cfg.vm.net.mode;
  const wired = !hasQueueVectors(mode);
  const lockNames = new Map<string, string[]>();
  /** Names of VM (h, v)'s locks, by index in VmState.locks (inject-path.ts names them). */
  const locksOf = (h: number, v: number): string[] => {
    const key = `h${h}.vm${v}`;
    let names = lockNames.get(key);
    if (names === undefined) {
      names = vmLocks(cfg, key, topo.queues, topo.warmupNs, topo.endNs).map((l) => l.name);
      lockNames.set(key, names);
    }
    return names;
  };

  /**
   * A vCPU's slice: the segment it runs (epoch: the vCPU's segment number, so back-to-back segments in
   * one state are slices of their own) and what it runs: an exit's reason, a hardirq's vector, a NAPI
   * poll's queue and packets, the request an application or transmit segment serves. Idle: none.
   */
  const vcpuArgs = (slot: ActorSlot, x: VcpuContext, state: string): TraceArgs | undefined => {
    const seg = x.seg;
    if (seg === null || seg.state !== state) return undefined;
    const w = seg.work;
    const epoch = x.epoch;
    switch (w.k) {
      case "exit": {
        const reason = exitReason(seg, w);
        return reason === undefined ? { epoch } : { reason, epoch };
      }
      case "ipi":
        return { vector: intidName(INTID_SGI_RESCHED), epoch };
      case "irqNapi":
      case "irqNoNapi":
        return wired
          ? { vector: intidName(INTID_SPI_VIRTIO), queues: w.queues.length, epoch }
          : { vector: intidName(intidOfQueue(w.queues[0]!)), queue: w.queues[0]!, epoch };
      case "poll":
        return { queue: w.q, pkts: w.pkts, epoch };
      case "app":
        return { conn: w.burst.conn, req: w.burst.req, epoch };
      case "tx":
        return { txQueue: w.q, conn: w.req.conn, req: w.req.req, epoch };
      case "spin":
      case "locked":
        // A lock's spin or section, and what it is for: an exit's SGI or entry, a transmit.
        return { lock: locksOf(slot.host, slot.vm)[w.lock] ?? String(w.lock), of: w.then.k, epoch };
      case "streamAcks":
      case "streamTx":
        return { txQueue: "send" in w ? w.send.q : w.q, epoch };
      case "sgi":
      case "entry":
        return { epoch };
    }
  };

  /**
   * A pCPU's slice while it runs (or spins for) a job: the job's class, the actor it runs for, the
   * injection path and queue when it runs one, the lock of the step under way, and the step's epoch
   * (so each step is a slice of its own). Idle: none.
   */
  const pcpuArgs = (host: number, ctx: PcpuContext, state: string): TraceArgs | undefined => {
    const job = ctx.cur;
    if (job === null || state === "idle") return undefined;
    const out: Record<string, string | number> = {
      class: CPU_CLASSES[job.cls] ?? String(job.cls), for: topo.slots[job.from]?.name ?? `actor${job.from}`,
    };
    const path = PATH_NAMES[job.path];
    if (path !== undefined) { out.path = path; out.queue = job.arg; }
    const step = job.steps?.[0];
    if (step !== undefined && step.lock >= 0) out.lock = locksOf(host, job.vm)[step.lock] ?? String(step.lock);
    out.epoch = ctx.epoch;
    return out;
  };

  return {
    traceArgs(id: number, state: string, context: unknown): TraceArgs | undefined {
      const slot = topo.slots[id];
      if (slot?.kind === "vcpu") return vcpuArgs(slot, context as VcpuContext, state);
      if (slot?.kind === "pcpu") return pcpuArgs(slot.host, context as PcpuContext, state);
      return undefined;
    },
    traceFlowName: netFlowName,
    traceTrack(actor: number): { process: number; sort: number } {
      const s = topo.slots[actor]!;
      const base = s.host * perHost;
      switch (s.kind) {
        case "vcpu": return { process: base + s.vm, sort: s.index };
        case "gic-redist": return { process: base + s.vm, sort: vcpus + s.index };
        case "gic-its": return { process: base + s.vm, sort: 2 * vcpus };
        case "gic-dist": return { process: base + s.vm, sort: 2 * vcpus + 1 };
        case "vhost": return { process: base + s.vm, sort: 2 * vcpus + 2 + s.index };
        case "pcpu": return { process: base + vms, sort: s.index };
        case "nic-queue": return { process: base + vms, sort: cfg.host.pcpus + s.index };
        case "client": return { process: base + vms, sort: cfg.host.pcpus + cfg.host.nicQueues };
      }
    },
    traceProcessName(process: number): string {
      const h = Math.floor(process / perHost), v = process % perHost;
      return v === vms ? `host ${h}` : `h${h}.vm${v}`;
    },
    /** A VM's locks are named after it (h0.vm0.its_lock): their tracks go in the VM's process. */
    traceLockProcess(lock: string): number | undefined {
      const m = /^h(\d+)\.vm(\d+)\./.exec(lock);
      if (!m) return undefined;
      const h = Number(m[1]), v = Number(m[2]);
      return h < cfg.host.count && v < vms ? h * perHost + v : undefined;
    },
  };
}
