// The client's machine, driven event by event in virtual time: the workload kind chooses its loop
// at start (closed: every connection sends, and sends again after each response or drop; open:
// Poisson arrivals whatever comes back). Only the client runs; what it sends to others is collected.
import { describe, expect, it } from "vitest";
import { loneActor } from "../../support/lone-actor.js";
import type { EngineKind, SimEvent } from "../../../shared/kernel/engine.js";
import { Rng } from "../../../shared/kernel/rng.js";
import { NS_PER_S, NS_PER_US } from "../../../shared/kernel/time.js";
import { hashFlow, serializationNs } from "../../../shared/model/net/common.js";
import { KIND_REQ, KIND_RESP } from "../../../shared/model/net/vm-state.js";
import { clientStats, latencyBucket, type ClientContext } from "../../../shared/model/net/client.js";

function harness(engineKind: EngineKind, sets: string[] = []) {
  const lone = loneActor(engineKind, "paper", ["vm.vcpus=2", "sim.warmupMs=0", ...sets], (topo) => topo.client(0));
  const { rc, cfg, topo, id, engine } = lone;
  const actor = engine.actor(id)!;
  let seq = 0;
  const runTo = (time: number) => engine.runUntil(time + 1);
  const at = (time: number, event: SimEvent) => {
    engine.ingest([{ time, src: topo.nic(0, 0), seq: seq++, dst: id, event }]);
    runTo(time);
  };
  const ctx = () => actor.getSnapshot().context as ClientContext;
  const reqSer = serializationNs(cfg, cfg.workload.reqPkts);
  const respSer = serializationNs(cfg, cfg.workload.respPkts);
  return {
    cfg,
    topo,
    id,
    engine,
    ctx,
    runTo,
    reqSer,
    respSer,
    /** The actor's own random stream, as the kernel seeds it. */
    rng: () => new Rng(rc.config.seed, id),
    state: () => actor.getSnapshot().value,
    take: () => engine.takeOutbox(1),
    /** Where a connection's requests go: the NIC queue RSS hashes its flow to, over the client link. */
    nicOf: (conn: number) => topo.nic(0, hashFlow(conn) % cfg.host.nicQueues),
    response: (time: number, conn: number, req: number, sentAt: number, kind = KIND_RESP) =>
      at(time, {
        type: "pkts",
        conn,
        req,
        pkts: cfg.workload.respPkts,
        kind,
        sentAt,
        replyTo: id,
        vm: 0,
        queue: 0,
        dst: id,
        replyVm: 0,
        replyQueue: 0,
      }),
    dropped: (time: number, conn: number, req: number) => at(time, { type: "dropped", conn, req }),
  };
}

describe.each(["compiled", "xstate"] as const)("client machine (%s engine)", (engineKind) => {
  it("closed loop: every connection sends at start, back to back on the client's port", () => {
    const h = harness(engineKind, ["workload.connections=3"]);
    expect(h.state()).toBe("closedLoop");
    const out = h.take();
    expect(out.map((m) => [m.dst, m.event.type, m.event.conn, m.event.req, m.event.kind, m.event.pkts])).toEqual(
      [0, 1, 2].map((c) => [h.nicOf(c), "pkts", c, 0, KIND_REQ, h.cfg.workload.reqPkts]),
    );
    expect(out.map((m) => m.time)).toEqual([1, 2, 3].map((k) => k * h.reqSer + h.topo.wireNs(h.id, out[k - 1]!.dst)));
    expect(h.ctx().stats.sent).toBe(3);
  });

  it("closed loop: a response completes after the switch port serializes it; the connection sends again", () => {
    const h = harness(engineKind, ["workload.connections=3"]);
    h.take();
    h.response(100_000, 1, 0, 40_000);
    const done = 100_000 + h.respSer;
    const s = h.ctx().stats;
    const pktsMeasured = h.cfg.workload.reqPkts + h.cfg.workload.respPkts;
    expect(s).toMatchObject({ completed: 1, completedMeasured: 1, pktsMeasured });
    expect(s.hist).toEqual({ [latencyBucket(done - 40_000)]: 1 });
    // No think time: the next request follows the response's last packet.
    expect(h.take()).toEqual([]);
    h.runTo(done);
    const out = h.take();
    expect(out.map((m) => [m.dst, m.event.conn, m.event.req, m.event.sentAt, m.time])).toEqual([
      [h.nicOf(1), 1, 1, done, done + h.reqSer + h.topo.wireNs(h.id, h.nicOf(1))],
    ]);
    // A request burst sent back to the client is no response: ignored.
    h.response(200_000, 2, 0, 0, KIND_REQ);
    expect(h.ctx().stats.completed).toBe(1);
    h.runTo(300_000);
    expect(h.take()).toEqual([]);
    expect(h.engine.timeInState(h.id, 300_000)).toEqual({ closedLoop: 1 });
  });

  it("closed loop: the think time is drawn from the client's stream after each response", () => {
    const h = harness(engineKind, ["workload.connections=1", "workload.thinkUs=50"]);
    h.take();
    const think = Math.round(h.rng().exp(50 * NS_PER_US)) + h.respSer;
    h.response(100_000, 0, 0, 0);
    h.runTo(100_000 + think - 1);
    expect(h.take()).toEqual([]);
    h.runTo(100_000 + think);
    expect(h.take().map((m) => [m.event.conn, m.event.req, m.event.sentAt])).toEqual([[0, 1, 100_000 + think]]);
  });

  it("closed loop: a drop is counted and its request sent again at once", () => {
    const h = harness(engineKind, ["workload.connections=3"]);
    h.take();
    h.dropped(200_000_000, 2, 0);
    expect(h.ctx().stats.dropped).toBe(1);
    expect(h.take().map((m) => [m.dst, m.event.conn, m.event.req, m.time])).toEqual([
      [h.nicOf(2), 2, 1, 200_000_000 + h.reqSer + h.topo.wireNs(h.id, h.nicOf(2))],
    ]);
  });

  it("open loop: Poisson arrivals send on the connections in turn, whatever comes back", () => {
    const h = harness(engineKind, ["workload.kind=open", "workload.connections=2", "workload.ratePerSec=1000000"]);
    expect(h.state()).toBe("openLoop");
    expect(h.take()).toEqual([]);
    const rng = h.rng();
    const gap = () => Math.round(rng.exp(NS_PER_S / h.cfg.workload.ratePerSec));
    const arrivals: number[] = [];
    for (let t = gap(); arrivals.length < 5; t += gap()) arrivals.push(t);
    h.runTo(arrivals[4]!);
    const out = h.take();
    expect(out.map((m) => [m.event.conn, m.event.req, m.event.sentAt])).toEqual(
      arrivals.map((t, i) => [i % 2, Math.floor(i / 2), t]),
    );
    // A response only completes; a drop is only counted: neither sends.
    h.response(arrivals[4]! + 10, 0, 0, arrivals[0]!);
    h.dropped(arrivals[4]! + 20, 1, 0);
    expect(h.ctx().stats).toMatchObject({ sent: 5, completed: 1, dropped: 1 });
    expect(h.take()).toEqual([]);
    expect(h.engine.pendingMessages()).toBe(1); // the next arrival
    expect(h.engine.timeInState(h.id, arrivals[4]! + 20)).toEqual({ openLoop: 1 });
  });

  it("its context is plain data, and its stats count each response time in its latency bucket", () => {
    const h = harness(engineKind, ["workload.connections=3"]);
    h.response(100_000, 0, 0, 10_000);
    h.response(101_000, 1, 0, 10_000);
    const ctx = h.ctx();
    expect(JSON.parse(JSON.stringify(ctx))).toEqual(ctx);
    const first = 100_000 + h.respSer - 10_000;
    // The second waits on the switch port for the first.
    const second = Math.max(100_000 + h.respSer, 101_000) + h.respSer - 10_000;
    const want: Record<number, number> = {};
    for (const v of [first, second]) want[latencyBucket(v)] = (want[latencyBucket(v)] ?? 0) + 1;
    expect(clientStats(ctx).hist).toEqual(want);
  });
});
