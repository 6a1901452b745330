import { setup } from "xstate";
import { newHistogram, encodeHistogram } from "../../stats/histogram.js";
import { isMultiQueue } from "./config.js";
import { burstAs, hashFlow, serializationNs, type ActorDeclaration, type NetInput } from "./common.js";
import { KIND_REQ, KIND_RESP, type Burst } from "./vm-state.js";
import { NS_PER_US, NS_PER_S } from "../../kernel/time.js";
import { choice, int, num, type ParamTree } from "../../config/params.js";

/** Parameters this actor reads, at their config paths (unit, default, source). */
export const clientParams = {
  workload: {
    kind: choice("closed", ["closed", "open"], "DESIGN.md §4 (ab/wrk closed loop; Poisson open loop)", "load generator kind"),
    connections: int(96, "connections", "fitted: enough concurrency to saturate 12 vCPUs (ab -c as in Dall16 uses 100)", "closed-loop connections per host", { min: 1, max: 1_000_000 }),
    thinkUs: num(0, "us", "ab has no think time", "mean exponential think time between a response and the next request"),
    ratePerSec: num(20000, "requests/s", "chosen per experiment", "open-loop Poisson arrival rate per host", { min: 0, above: true }),
    reqPkts: int(5, "packets", "fitted within Tempesta wiki's 4-5 RX packets per ab request without keep-alive", "packets the server receives per request", { min: 1 }),
    respPkts: int(4, "packets", "Tempesta wiki: about 9 segments per ab transaction", "packets the server sends per response", { min: 1 }),
    pktBytes: int(512, "bytes", "assumed: small HTTP request/response segments", "mean packet size on the wire", { min: 64, max: 9000 }),
    rtoMs: num(200, "ms", "Linux TCP_RTO_MIN", "time after which a dropped request is retransmitted (closed loop)", { min: 0, above: true }),
    eastWestShare: num(0, "fraction", "assumed: scale-out services call peers", "share of requests that also call a VM on another host", { max: 1 }),
  },
  net: {
    lineRateGbps: num(10, "Gbit/s", "paper setup: 10GbE (reference §1 [A]); RFC 5180 line rates", "link rate between the switch and each host", { min: 0, above: true }),
    linkLatencyUs: num(5, "us", "assumed: one switch hop plus client stack", "one-way latency between clients and a host", { min: 0, above: true }),
  },
} satisfies ParamTree;

export const clientDeclaration: ActorDeclaration = {
  kind: "client",
  models: "load generator beyond the NIC: closed loop of N connections with think time (ab/wrk) or open-loop Poisson arrivals",
  params: clientParams,
  accepts: ["pkts", "dropped", "think", "arrival"],
  sends: ["pkts", "think", "arrival"],
  stats: {
    sent: "request transmissions",
    completed: "responses received",
    dropped: "requests dropped on the way",
    completedMeasured: "responses received in the measured window",
    pktsMeasured: "request and response packets of the responses received in the measured window",
    hist: "response time histogram (ns) of the measured window, encoded",
  },
};

interface ClientContext {
  in: NetInput;
  reqNo: Uint32Array;
  txFreeAt: number;
  rxFreeAt: number;
  arrivals: number;
  stats: { sent: number; completed: number; dropped: number; completedMeasured: number; pktsMeasured: number; hist: ReturnType<typeof newHistogram> };
}

type ClientEvent =
  | (Burst & { type: "pkts" })
  | { type: "dropped"; conn: number; req: number }
  | { type: "think"; conn: number }
  | { type: "arrival"; n: number };

function sendRequest(ctx: ClientContext, conn: number): void {
  const { env, cfg, topo, slot } = ctx.in;
  const h = slot.host;
  const perHost = cfg.vm.perHost;
  const vm = conn % perHost;
  const queues = topo.queues;
  const b: Burst = {
    type: "pkts", conn, req: ctx.reqNo[conn]!++, pkts: cfg.workload.reqPkts, kind: KIND_REQ, sentAt: env.now(), replyTo: env.id,
    vm, queue: isMultiQueue(cfg.vm.net.mode) ? Math.floor(conn / perHost) % queues : 0, dst: 0,
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

export const clientMachine = setup({
  types: { context: {} as ClientContext, input: {} as NetInput, events: {} as ClientEvent },
  actions: {
    begin: ({ context }) => {
      const { env, cfg } = context.in;
      if (cfg.workload.kind === "closed") {
        for (let c = 0; c < cfg.workload.connections; c++) sendRequest(context, c);
      } else {
        env.send(env.id, { type: "arrival", n: 0 }, Math.round(env.rng.exp(NS_PER_S / cfg.workload.ratePerSec)));
      }
    },
    response: ({ context, event }) => {
      if (event.type !== "pkts") return;
      const { env, cfg, topo } = context.in;
      if (event.kind !== KIND_RESP) return;
      // Line rate towards this host's clients: the switch port serializes responses.
      const now = env.now();
      context.rxFreeAt = Math.max(context.rxFreeAt, now) + serializationNs(cfg, event.pkts);
      const done = context.rxFreeAt;
      const s = context.stats;
      s.completed++;
      if (done >= topo.warmupNs && done < topo.endNs) {
        s.completedMeasured++;
        s.pktsMeasured += cfg.workload.reqPkts + event.pkts;
        s.hist.recordValue(Math.max(1, done - event.sentAt));
      }
      if (cfg.workload.kind === "closed") {
        const think = Math.round(env.rng.exp(cfg.workload.thinkUs * NS_PER_US)) + (done - now);
        if (think > 0) env.send(env.id, { type: "think", conn: event.conn }, think);
        else sendRequest(context, event.conn);
      }
    },
    think: ({ context, event }) => { if (event.type === "think") sendRequest(context, event.conn); },
    dropped: ({ context, event }) => {
      if (event.type !== "dropped") return;
      context.stats.dropped++;
      // The notice arrives when TCP's retransmission timer would fire: send the request again.
      if (context.in.cfg.workload.kind === "closed") sendRequest(context, event.conn);
    },
    arrival: ({ context, event }) => {
      if (event.type !== "arrival") return;
      const { env, cfg } = context.in;
      sendRequest(context, context.arrivals++ % cfg.workload.connections);
      env.send(env.id, { type: "arrival", n: event.n + 1 }, Math.round(env.rng.exp(NS_PER_S / cfg.workload.ratePerSec)));
    },
  },
}).createMachine({
  id: "client",
  context: ({ input }) => ({
    in: input, reqNo: new Uint32Array(input.cfg.workload.connections), txFreeAt: 0, rxFreeAt: 0, arrivals: 0,
    stats: { sent: 0, completed: 0, dropped: 0, completedMeasured: 0, pktsMeasured: 0, hist: newHistogram() },
  }),
  entry: "begin",
  initial: "serving",
  states: {
    serving: {
      on: { pkts: { actions: "response" }, think: { actions: "think" }, dropped: { actions: "dropped" }, arrival: { actions: "arrival" } },
    },
  },
});

export function clientStats(ctx: ClientContext) {
  const s = ctx.stats;
  return { kind: "client", sent: s.sent, completed: s.completed, dropped: s.dropped, completedMeasured: s.completedMeasured, pktsMeasured: s.pktsMeasured, hist: encodeHistogram(s.hist) };
}
export type { ClientContext };
