import type { ActorLogicOf, ModelInstance } from "../../kernel/engine.js";
import type { Simulation } from "../../kernel/simulation.js";
import { latencySummaryUs, type BucketCounts } from "../../stats/histogram.js";
import { addCounts } from "../../stats/counts.js";
import type { NetConfig } from "./config.js";
import { txLockCount, vmLocks } from "./inject-path.js";
import type { LockReport } from "../host/lock.js";
import { Topology, type ActorKind } from "./topology.js";
import { KIND_FLOOD, KIND_REQ, KIND_RESP, INTID_SGI_RESCHED, vmState as newVmState, type VmState } from "./vm-state.js";
import { intidName } from "./gic-redist.js";
import { assignInPlace } from "../plain-data.js";
import type { NetInput } from "./common.js";
import { clientLogic, clientStats, clientDeclaration } from "./client.js";
import { nicQueueLogic, nicStats, nicQueueDeclaration } from "./nic-queue.js";
import { pcpuLogic, pcpuStats, pcpuDeclaration } from "./pcpu.js";
import { vhostLogic, vhostStats, vhostDeclaration } from "./vhost.js";
import { gicDistLogic, distStats, gicDistDeclaration } from "./gic-dist.js";
import { gicItsLogic, itsStats, gicItsDeclaration } from "./gic-its.js";
import { gicRedistLogic, redistStats, gicRedistDeclaration } from "./gic-redist.js";
import { vcpuLogic, vcpuStats, vcpuDeclaration } from "./vcpu.js";
import { declarationMismatch } from "./declarations.js";
import { netTraceHooks } from "./trace-args.js";
import { KIND_SEG, newGuestStream, streamSection, type StreamTotals } from "./stream.js";
import { addVcpuMitigations, addVhostMitigations, mitigationSection, newMitigationSums } from "./mitigations.js";

export { netConfigTree } from "./params.js";

export const netActorDeclarations = [clientDeclaration, nicQueueDeclaration, pcpuDeclaration, vhostDeclaration, gicDistDeclaration, gicItsDeclaration, gicRedistDeclaration, vcpuDeclaration];

/** Each kind's machine, given one actor's io (its implementations bound with machine.provide). */
const logics: Record<ActorKind, (io: NetInput) => ActorLogicOf> = {
  client: clientLogic,
  "nic-queue": nicQueueLogic,
  pcpu: pcpuLogic,
  vhost: vhostLogic,
  "gic-dist": gicDistLogic,
  "gic-its": gicItsLogic,
  "gic-redist": gicRedistLogic,
  vcpu: vcpuLogic,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCtx = any;
type StatsOf = (ctx: AnyCtx, io: NetInput, shares: Readonly<Record<string, number>>) => unknown;
const statsOf: Record<ActorKind, StatsOf> = {
  client: clientStats,
  "nic-queue": nicStats,
  pcpu: pcpuStats,
  vhost: vhostStats,
  "gic-dist": distStats,
  "gic-its": itsStats,
  "gic-redist": redistStats,
  vcpu: vcpuStats,
};

export function buildNet(cfg: NetConfig): Simulation {
  const topo = new Topology(cfg);
  const vmStates = new Map<string, VmState>();
  // The same VMs by host and index: actors look theirs up on every lock they take.
  const vmAt: VmState[][] = [];
  const vmState = (h: number, v: number): VmState => {
    const known = vmAt[h]?.[v];
    if (known !== undefined) return known;
    const key = `${h}.${v}`;
    let s = vmStates.get(key);
    if (!s) {
      const name = `h${h}.vm${v}`;
      const locks = vmLocks(cfg, name, topo.queues, topo.warmupNs, topo.endNs);
      s = newVmState(cfg.vm.vcpus, topo.queues, txLockCount(cfg, topo.queues), locks);
      if (cfg.workload.kind === "stream") s.stream = newGuestStream(cfg);
      vmStates.set(key, s);
    }
    (vmAt[h] ??= [])[v] = s;
    return s;
  };
  const ios: NetInput[] = [];
  const trace = netTraceHooks(cfg, topo);
  const instance: ModelInstance = {
    actorCount: topo.actorCount,
    actorName: (id) => topo.slots[id]?.name ?? `actor${id}`,
    latency: (a, b) => topo.latency(a, b),
    logic: (id, env) => {
      const slot = topo.slots[id]!;
      // A pCPU with a vCPU pinned to it shares that vCPU's VM memory (the core's busy time).
      const pinned = slot.kind === "pcpu" ? topo.vcpuOnPcpu(slot.index) : undefined;
      const vmIndex = pinned ? pinned.vm : slot.vm;
      const io: NetInput = {
        env, cfg, topo, slot, vm: vmIndex >= 0 ? vmState(slot.host, vmIndex) : undefined,
        vmOf: (v) => vmState(slot.host, v),
      };
      ios[id] = io;
      return { ...logics[slot.kind](io), input: io };
    },
    accountFromNs: topo.warmupNs,
    traceArgs: trace.traceArgs,
    traceFlowName: trace.traceFlowName,
    sharedState: () => structuredClone(Object.fromEntries(vmStates)),
    restoreSharedState: (state) => {
      for (const [key, saved] of Object.entries(state as Record<string, unknown>)) {
        const vm = vmStates.get(key);
        if (vm === undefined)
          throw new Error(`snapshot holds the memory of VM ${key}, which this partition does not run`);
        assignInPlace(vm as unknown as Record<string, unknown>, saved);
      }
    },
  };
  return {
    instance,
    groups: cfg.host.count,
    groupOf: (a) => topo.hostOf(a),
    lookahead: (pog) => {
      for (let g = 1; g < pog.length; g++) if (pog[g] !== pog[0]) return { ns: topo.latency(topo.nic(0, 0), topo.nic(1, 0)), link: "host-to-host path: NIC TX DMA + the smallest burst on the wire + top-of-rack switch + NIC RX DMA (host.pcieNs, workload.reqPkts/respPkts/pktBytes, net.lineRateGbps, net.switchLatencyUs)" };
      return { ns: Infinity, link: "none cut" };
    },
    endNs: topo.endNs,
    actorStats: (id, context, _end, shares) => statsOf[topo.slots[id]!.kind](context, ios[id]!, shares),
    summarize: (stats, _end, pending) => summarize(topo, stats, pending),
    checkDeclared: (src, dst, type) => declarationMismatch(topo, src, dst, type, netActorDeclarations),
    traceFlows: ["virq", "vkick", "kick", "irqLine", "msi", "cpuReq", "steal", "lockGrant"],
    traceGroupName: (g) => `host ${g}`,
    traceTrack: trace.traceTrack,
    traceProcessName: trace.traceProcessName,
    traceLockProcess: trace.traceLockProcess,
    pendingClass: (e) => {
      if (e.type !== "pkts" && e.type !== "xmit") return undefined;
      if (e.kind === KIND_REQ || e.kind === KIND_RESP) return "clientBurst";
      if (e.kind === KIND_SEG) return "streamSeg";
      return e.kind === KIND_FLOOD ? "floodBurst" : undefined;
    },
  };
}

interface AnyStats { kind: string; [k: string]: AnyCtx }
/** A contention entry: a lock's report, or a serial thread's utilisation. */
type Contended = LockReport
  | { name: string; kind: "serial"; utilisation: number; meanWaitNs: number; acquisitions: number };

function summarize(topo: Topology, stats: ReadonlyMap<number, unknown>, pending: Readonly<Record<string, number>>): Record<string, unknown> {
  const seconds = (topo.endNs - topo.warmupNs) / 1e9;
  let sent = 0, completed = 0, completedMeasured = 0, pkts = 0, heldClient = 0, dropsTotal = 0, ewCompleted = 0;
  // A flood's packets: dropped anywhere, held at the end, through the guest stack (run, window); device interrupts.
  let floodDropped = 0, heldFlood = 0, floodDelivered = 0, floodMeasured = 0, deviceIrqs = 0;
  const hists: BucketCounts[] = [];
  const perCpu: unknown[] = [];
  const perVector: Record<string, number> = {};
  const perVcpu: Record<string, number> = {};
  const perVcpuVector: Record<string, Record<string, number>> = {};
  const drops: Record<string, number> = {};
  const contention: Contended[] = [];
  const vcpuShares = new Map<number, Record<string, number>>();
  const mit = newMitigationSums();
  // A stream's segments: the peer's and the guests' counts, dropped anywhere, held at the end (stream.ts).
  const st: StreamTotals = {
    peer: { segsSent: 0, segsDelivered: 0, segsMeasured: 0, acksSent: 0, acksReceived: 0, acksMeasured: 0 },
    guest: { segsSent: 0, segsDelivered: 0, segsMeasured: 0, acksSent: 0, acksMeasured: 0, acksReceived: 0 },
    interrupts: 0, dropped: 0, inFlight: 0,
  };
  for (const [id, raw] of stats) {
    const s = raw as AnyStats;
    const name = topo.slots[id]!.name;
    heldClient += s.heldClient ?? 0;
    heldFlood += s.heldFlood ?? 0;
    st.inFlight += s.heldSegs ?? 0;
    st.dropped += (s.dropSegs ?? 0) + (s.backlogDrops?.dropSegs ?? 0);
    if (s.stream) addCounts(s.kind === "client" ? st.peer : st.guest, s.stream);
    switch (s.kind) {
      case "client":
        sent += s.sent; completed += s.completed; completedMeasured += s.completedMeasured; pkts += s.pktsMeasured; hists.push(s.hist);
        break;
      case "nic-queue":
      case "vhost":
        dropsTotal += s.dropReqs;
        floodDropped += s.dropPkts;
        if (s.dropMeasured > 0) drops[`${name}.${s.kind === "vhost" ? "tap" : "ring"}`] = s.dropMeasured;
        if (s.kind === "vhost") addVhostMitigations(mit, s);
        if (s.kind === "vhost") contention.push({ name: `${name}.thread`, kind: "serial", utilisation: Math.min(1, s.busyNs / (topo.endNs - topo.warmupNs)), meanWaitNs: 0, acquisitions: s.runs });
        break;
      case "vcpu": {
        dropsTotal += s.dropReqs + s.backlogDrops.dropReqs;
        floodDropped += s.dropPkts + s.backlogDrops.dropPkts;
        floodDelivered += s.floodDelivered;
        floodMeasured += s.floodMeasured;
        ewCompleted += s.eastWest.answered;
        addVcpuMitigations(mit, s);
        if (s.dropMeasured > 0) drops[`${name}.socket`] = s.dropMeasured;
        if (s.backlogDrops.dropMeasured > 0) drops[`${name}.backlog`] = s.backlogDrops.dropMeasured;
        for (const [v, n] of Object.entries(s.interrupts as Record<string, number>)) {
          if (v !== intidName(INTID_SGI_RESCHED)) deviceIrqs += n;
        }
        const irqs = Object.values(s.interrupts as Record<string, number>).reduce((a, b) => a + b, 0);
        addCounts(perVector, s.interrupts);
        perVcpu[name] = irqs;
        perVcpuVector[name] = { ...(s.interrupts as Record<string, number>) };
        vcpuShares.set(id, s.shares);
        perCpu.push({
          id: name, kind: "vcpu", shares: s.shares, busy: 1 - (s.shares.idle ?? 0), interrupts: irqs, exits: s.exits,
          completed: s.completed,
          ...(s.eastWest.calls + s.eastWest.served > 0 ? { eastWest: s.eastWest } : {}),
        });
        break;
      }
    }
    // The locks an actor reports (the GIC parts the host's, vCPU 0 the guest's TX queue locks), once taken.
    for (const l of (s.locks ?? []) as LockReport[]) if (l.acquisitions > 0) contention.push(l);
  }
  for (const [id, raw] of stats) {
    const s = raw as AnyStats;
    if (s.kind !== "pcpu") continue;
    const shares = { ...(s.shares as Record<string, number>) };
    const guest = s.vcpu >= 0 ? vcpuShares.get(s.vcpu) : undefined;
    let g = 0;
    if (guest) {
      // The core's time: the pinned vCPU's guest time (neither idle nor stolen by host work), host
      // work by class, and idle the rest.
      g = Math.max(0, 1 - (guest.idle ?? 0) - (guest.stolen ?? 0));
      let host = 0;
      for (const [k, v] of Object.entries(shares)) if (k !== "idle") host += v;
      shares.idle = Math.max(0, 1 - g - host);
    }
    if (!guest && s.jobs === 0) continue;
    perCpu.push({ id: topo.slots[id]!.name, kind: "pcpu", shares: { guest: g, ...shares }, busy: 1 - shares.idle!, interrupts: 0, exits: {} });
  }
  // Costliest first: the time spent waiting for a lock, then a serial thread's utilisation.
  const cost = (c: { meanWaitNs: number; acquisitions: number; utilisation: number }) =>
    [c.meanWaitNs * c.acquisitions, c.utilisation] as const;
  contention.sort((a, b) => {
    const [wa, ua] = cost(a), [wb, ub] = cost(b);
    return wb - wa || ub - ua || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  });
  const warnings = [...topo.warnings, ...contention.flatMap((c) => ("warning" in c && c.warning ? [c.warning] : []))];
  const lat = latencySummaryUs(hists);
  // In flight: bursts actors hold plus bursts on the wire between them, counted independently of sent.
  const inFlight = heldClient + (pending.clientBurst ?? 0);
  const flood = topo.cfg.workload.kind === "flood";
  const floodInFlight = heldFlood + (pending.floodBurst ?? 0);
  const stream = topo.cfg.workload.kind === "stream";
  st.inFlight += pending.streamSeg ?? 0;
  st.interrupts = deviceIrqs;
  const { gbps, stream: streamDetail } = streamSection(topo.cfg, seconds, st);
  return {
    throughput: {
      requestsPerSec: completedMeasured / seconds,
      packetsPerSec: (flood ? floodMeasured : pkts) / seconds,
      completed: completedMeasured,
      ...(stream ? { gbps } : {}),
      ...(ewCompleted > 0 ? { eastWestCompleted: ewCompleted } : {}),
    },
    latencyUs: lat,
    perCpu,
    interrupts: { perVector, perVcpu, perVcpuVector },
    drops,
    contention,
    ...(warnings.length > 0 ? { warnings } : {}),
    ...mitigationSection(topo.cfg, mit, topo.endNs - topo.warmupNs),
    ...(stream ? { stream: streamDetail } : {}),
    ...(flood ? floodSections(sent, floodDelivered, floodMeasured, floodDropped, floodInFlight, deviceIrqs) : {}),
    requests: flood || stream
      ? { sent: 0, completed: 0, dropped: 0, inFlight: 0, unaccounted: 0 }
      : { sent, completed, dropped: dropsTotal, inFlight, unaccounted: sent - completed - dropsTotal - inFlight },
  };
}

/**
 * A flood's sections: what reached the guest's stack in the window and the device interrupts it took for it
 * (`rx`), and the conservation of its packets over the whole run (`packets`; the source sends one per burst).
 */
function floodSections(sent: number, delivered: number, measured: number, dropped: number, inFlight: number,
  interrupts: number) {
  return {
    rx: { delivered: measured, interrupts, interruptsPerPacket: measured > 0 ? interrupts / measured : null },
    packets: { sent, delivered, dropped, inFlight, unaccounted: sent - delivered - dropped - inFlight },
  };
}
