import { setup } from "xstate";
import { latencyBucket } from "../../stats/histogram.js";
import { isMultiQueue } from "./config.js";
import { burstAs, hashFlow, serializationNs, type ActorDeclaration, type NetInput } from "./common.js";
import { KIND_FLOOD, KIND_REQ, KIND_RESP, type Burst } from "./vm-state.js";
import { bind, unbound } from "../bind.js";
import { NS_PER_US, NS_PER_S } from "../../kernel/time.js";
import { choice, int, mergeParamTrees, num, type ParamTree } from "../../config/params.js";
import {
  burstWireNs, KIND_ACK, KIND_SEG, newPeerStream, peerAck, peerOpen, peerReceive, peerSend,
  streamWorkloadParams, type PeerStream,
} from "./stream.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const clientParams = mergeParamTrees(streamWorkloadParams, {
  workload: {
    kind: choice("closed", ["closed", "open", "flood", "stream"],
      "docs/design.md §4 (ab/wrk closed loop; Poisson open loop; flood: pktgen's constant-rate packet source, "
        + "docs/calibration.md §2.7)",
      "load generator kind: closed or open request/response, flood (packets at workload.ratePerSec, no response), "
        + "or stream (workload.streams bulk TCP flows, stream.ts)"),
    connections: int(96, "connections", "fitted: enough concurrency to saturate 12 vCPUs (ab -c as in Dall16 uses 100)",
      "closed-loop connections per host; the flows (RSS hashes) of open-loop requests and of a flood",
      { min: 1, max: 1_000_000 }),
    thinkUs: num(0, "us", "ab has no think time", "mean exponential think time between a response and the next request"),
    ratePerSec: num(20000, "requests/s (open), packets/s (flood)", "chosen per experiment",
      "open-loop Poisson arrival rate per host; a flood's packet rate per host (constant gaps, as pktgen's delay)",
      { min: 0, above: true }),
    reqPkts: int(5, "packets", "fitted within Tempesta wiki's 4-5 RX packets per ab request without keep-alive", "packets the server receives per request", { min: 1 }),
    respPkts: int(4, "packets", "Tempesta wiki: about 9 segments per ab transaction", "packets the server sends per response", { min: 1 }),
    pktBytes: int(512, "bytes", "assumed: small HTTP request/response segments", "mean packet size on the wire", { min: 64, max: 9000 }),
    rtoMs: num(200, "ms", "Linux TCP_RTO_MIN", "time after which a dropped request is retransmitted (closed loop)", { min: 0, above: true }),
    eastWestShare: num(0, "fraction", "assumed: scale-out services call peers", "share of requests that also call a VM on another host", { max: 1 }),
  },
  net: {
    lineRateGbps: num(10, "Gbit/s", "paper setup: 10GbE (docs/calibration.md §1 [A]); RFC 5180 line rates",
      "link rate between the switch and each host", { min: 0, above: true }),
    linkLatencyUs: num(5, "us", "assumed: one switch hop plus client stack", "one-way latency between clients and a host", { min: 0, above: true }),
  },
} satisfies ParamTree);

export const clientDeclaration: ActorDeclaration = {
  kind: "client",
  models: "load generator beyond the NIC: closed loop of N connections with think time (ab/wrk), open-loop Poisson "
    + "arrivals, or a flood of single packets at a constant rate (pktgen)",
  params: clientParams,
  accepts: ["pkts", "dropped", "think", "arrival"],
  sends: ["pkts", "think", "arrival"],
  stats: {
    sent: "request transmissions (a flood: packets sent)",
    completed: "responses received",
    dropped: "requests dropped on the way",
    completedMeasured: "responses received in the measured window",
    pktsMeasured: "request and response packets of the responses received in the measured window",
    hist: "response times (ns) of the measured window: a count per latency bucket, keyed by its lowest value",
    stream: "workload.kind stream (null otherwise): the peer's segments sent and received, segments received in "
      + "the measured window, ACKs sent (in the window) and received",
  },
};

/** Response times as plain data: a count per newHistogram() bucket (stats/histogram.ts), keyed by its lowest value. */
type LatencyCounts = Record<number, number>;
export { latencyBucket };

interface ClientContext {
  /** Next request number per connection. */
  reqNo: number[];
  txFreeAt: number;
  rxFreeAt: number;
  arrivals: number;
  /** The peer's side of workload.kind stream (stream.ts), null otherwise. */
  stream: PeerStream | null;
  stats: {
    sent: number; completed: number; dropped: number; completedMeasured: number; pktsMeasured: number;
    hist: LatencyCounts;
  };
}

type ClientEvent =
  | (Omit<Burst, "type"> & { type: "pkts" })
  | { type: "dropped"; conn: number; req: number }
  | { type: "think"; conn: number }
  | { type: "arrival"; n: number };
interface Args { context: ClientContext; event: ClientEvent }

function sendRequest(ctx: ClientContext, io: NetInput, conn: number, kind = KIND_REQ): void {
  const { env, cfg, topo, slot } = io;
  const h = slot.host;
  const perHost = cfg.vm.perHost;
  const vm = conn % perHost;
  const queues = topo.queues;
  const pkts = kind === KIND_FLOOD ? 1 : cfg.workload.reqPkts;
  const b: Burst = {
    type: "pkts", conn, req: ctx.reqNo[conn]!++, pkts, kind, sentAt: env.now(),
    replyTo: env.id, vm, queue: isMultiQueue(cfg.vm.net.mode) ? Math.floor(conn / perHost) % queues : 0, dst: 0,
    replyVm: 0, replyQueue: 0,
  };
  // RSS: the NIC hashes the flow onto one of its queues.
  const nic = topo.nic(h, hashFlow(conn) % cfg.host.nicQueues);
  b.dst = nic;
  const now = env.now();
  ctx.txFreeAt = Math.max(ctx.txFreeAt, now) + serializationNs(cfg, b.pkts);
  ctx.stats.sent++;
  env.send(nic, burstAs("pkts", b), ctx.txFreeAt - now + topo.wireNs(env.id, nic));
}

/** A stream burst onto this host's link (at line rate), no earlier than `at`, to its NIC queue. */
function sendStream(ctx: ClientContext, io: NetInput, b: Burst, at = io.env.now()): void {
  const { env, cfg, topo } = io;
  const now = env.now();
  ctx.txFreeAt = Math.max(ctx.txFreeAt, at) + burstWireNs(cfg, b);
  env.send(b.dst, burstAs("pkts", b), ctx.txFreeAt - now + topo.wireNs(env.id, b.dst));
}

function scheduleArrival(io: NetInput, n: number): void {
  const { env, cfg } = io;
  env.send(env.id, { type: "arrival", n }, Math.round(env.rng.exp(NS_PER_S / cfg.workload.ratePerSec)));
}

/**
 * pktgen's pacing: packet n leaves at round(n * gap), gap = 1 / ratePerSec, never faster than the
 * wire takes one packet (the topology warns when the rate asks for more).
 */
export function floodGapNs(cfg: NetInput["cfg"]): number {
  return Math.max(NS_PER_S / cfg.workload.ratePerSec, serializationNs(cfg, 1));
}
function scheduleFlood(io: NetInput, n: number): void {
  const gap = floodGapNs(io.cfg);
  io.env.send(io.env.id, { type: "arrival", n: n + 1 }, Math.round((n + 1) * gap) - Math.round(n * gap));
}

const clientImpl = (io: NetInput) => ({
  actions: {
    openConnections: ({ context }: Args) => {
      for (let c = 0; c < io.cfg.workload.connections; c++) sendRequest(context, io, c);
    },
    firstArrival: () => scheduleArrival(io, 0),
    /** rx: each flow's first window of segments; tx: the receiver's first window advertisement per flow. */
    openStreams: ({ context }: Args) => {
      const ps = context.stream!;
      if (io.cfg.workload.direction === "tx") peerOpen(io, ps, (b) => sendStream(context, io, b));
      else for (let f = 0; f < ps.flows.length; f++) peerSend(io, ps, f, (b) => sendStream(context, io, b));
    },
    /** An ACK releases segments (rx); a segment is received and maybe ACKed (tx), its last bit in at the port. */
    streamPkts: ({ context, event }: Args) => {
      if (event.type !== "pkts") return;
      const b = event as unknown as Burst;
      const ps = context.stream!;
      if (b.kind === KIND_ACK) return peerAck(io, ps, b, (s) => sendStream(context, io, s));
      if (b.kind !== KIND_SEG) return;
      context.rxFreeAt = Math.max(context.rxFreeAt, io.env.now()) + burstWireNs(io.cfg, b);
      const ack = peerReceive(io, ps, b, context.rxFreeAt);
      if (ack) sendStream(context, io, ack, context.rxFreeAt);
    },
    /** Line rate towards this host's clients: the switch port serializes responses. */
    receiveResponse: ({ context, event }: Args) => {
      if (event.type !== "pkts") return;
      const { env, cfg, topo } = io;
      context.rxFreeAt = Math.max(context.rxFreeAt, env.now()) + serializationNs(cfg, event.pkts);
      const done = context.rxFreeAt;
      const s = context.stats;
      s.completed++;
      if (done >= topo.warmupNs && done < topo.endNs) {
        s.completedMeasured++;
        s.pktsMeasured += cfg.workload.reqPkts + event.pkts;
        const bucket = latencyBucket(Math.max(1, done - event.sentAt));
        s.hist[bucket] = (s.hist[bucket] ?? 0) + 1;
      }
    },
    /** The connection's next request follows the response's last packet, after the think time. */
    thinkThenRequest: ({ context, event }: Args) => {
      if (event.type !== "pkts") return;
      const { env, cfg } = io;
      const think = Math.round(env.rng.exp(cfg.workload.thinkUs * NS_PER_US)) + (context.rxFreeAt - env.now());
      if (think > 0) env.send(env.id, { type: "think", conn: event.conn }, think);
      else sendRequest(context, io, event.conn);
    },
    thought: ({ context, event }: Args) => { if (event.type === "think") sendRequest(context, io, event.conn); },
    countDrop: ({ context }: Args) => { context.stats.dropped++; },
    /** The drop's notice arrives when TCP's retransmission timer would fire: the request goes again. */
    retransmit: ({ context, event }: Args) => { if (event.type === "dropped") sendRequest(context, io, event.conn); },
    arrival: ({ context, event }: Args) => {
      if (event.type !== "arrival") return;
      sendRequest(context, io, context.arrivals++ % io.cfg.workload.connections);
      scheduleArrival(io, event.n + 1);
    },
    /** The flood's first packet leaves at time 0. */
    firstPacket: ({ context }: Args) => {
      sendRequest(context, io, context.arrivals++ % io.cfg.workload.connections, KIND_FLOOD);
      scheduleFlood(io, 0);
    },
    /** pktgen: one packet per gap, the flows in turn, whatever becomes of them. */
    floodPacket: ({ context, event }: Args) => {
      if (event.type !== "arrival") return;
      sendRequest(context, io, context.arrivals++ % io.cfg.workload.connections, KIND_FLOOD);
      scheduleFlood(io, event.n);
    },
  },
  guards: {
    closedLoop: () => io.cfg.workload.kind === "closed",
    flood: () => io.cfg.workload.kind === "flood",
    stream: () => io.cfg.workload.kind === "stream",
    response: ({ event }: Args) => event.type === "pkts" && event.kind === KIND_RESP,
  },
});

export const clientMachine = setup({
  types: { context: {} as ClientContext, input: {} as NetInput, events: {} as ClientEvent },
  ...clientImpl(unbound("client")),
}).createMachine({
  id: "client",
  context: ({ input }) => ({
    reqNo: new Array<number>(input.cfg.workload.connections).fill(0), txFreeAt: 0, rxFreeAt: 0, arrivals: 0,
    stream: input.cfg.workload.kind === "stream" ? newPeerStream(input.cfg) : null,
    stats: { sent: 0, completed: 0, dropped: 0, completedMeasured: 0, pktsMeasured: 0, hist: {} },
  }),
  initial: "starting",
  states: {
    starting: {
      always: [
        { guard: "closedLoop", target: "closedLoop", actions: "openConnections" },
        { guard: "flood", target: "flooding", actions: "firstPacket" },
        { guard: "stream", target: "streaming", actions: "openStreams" },
        { target: "openLoop", actions: "firstArrival" },
      ],
    },
    // pktgen into the guest: a packet per gap; nothing comes back, and a drop is nobody's concern.
    flooding: {
      on: { arrival: { actions: "floodPacket" } },
    },
    // iperf's peer: sends on each ACK's window (rx), or receives and ACKs (tx).
    streaming: {
      on: { pkts: { actions: "streamPkts" } },
    },
    // ab/wrk: each connection sends its next request once the previous response is in (and retransmits drops).
    closedLoop: {
      on: {
        pkts: { guard: "response", actions: ["receiveResponse", "thinkThenRequest"] },
        think: { actions: "thought" },
        dropped: { actions: ["countDrop", "retransmit"] },
      },
    },
    // Poisson arrivals, whatever the responses: a dropped request is only counted.
    openLoop: {
      on: {
        pkts: { guard: "response", actions: "receiveResponse" },
        arrival: { actions: "arrival" },
        dropped: { actions: "countDrop" },
      },
    },
  },
});

export const clientLogic = (io: NetInput) => bind(clientMachine, clientImpl(io));

export function clientStats(ctx: ClientContext) {
  const s = ctx.stats;
  return {
    kind: "client", sent: s.sent, completed: s.completed, dropped: s.dropped, completedMeasured: s.completedMeasured,
    pktsMeasured: s.pktsMeasured, hist: { ...s.hist },
    stream: ctx.stream ? { ...ctx.stream.stats } : null,
  };
}
export type { ClientContext };
