// Bad messages on the wire. Decoders: random, truncated and corrupted bytes decode or fail with a
// WireError, nothing else. A run over a real nats-server with two `irqscale worker` processes:
// messages of another run are ignored; a malformed protobuf, an unknown payload type, a batch for a
// past window or a report out of turn aborts the run with a named cause, and the workers stay up.
import fc from "fast-check";
import protobuf from "protobufjs/minimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headers, type NatsConnection } from "@nats-io/transport-node";
import { resolveConfig } from "../../shared/config/load.js";
import { SimError } from "../../shared/kernel/errors.js";
import { runLocal } from "../../shared/run/local.js";
import { startNatsServer, type PrivateNatsServer } from "../../shared/run/nats-server.js";
import { decodeBatch, decodeControl, encodeBatch, finalStatsJson, finalTrace, irqscale, WireError } from "../../shared/sync/codec.js";
import { subjects } from "../../shared/sync/subjects.js";
import { connectNats, runSubject } from "../../shared/transport/nats.js";
import { runDistributed } from "../../services/coordinator/coordinator.js";
import { actorDigests, startManualRun } from "../support/manual-run.js";
import { Cli, startWorkerProcs, untilIdle } from "../support/procs.js";

const decoders: [string, (b: Uint8Array) => unknown][] = [["Batch", decodeBatch], ...Object.entries(decodeControl)];

/** One valid encoding of every message type, to truncate and corrupt. */
const samples: Uint8Array[] = [
  encodeBatch("run-1", 7, 0, 1, [{ time: 123456, src: 3, seq: 9, dst: 40, event: { type: "phold", hops: 2 } }, { time: 5e12, src: 1, seq: 1, dst: 2, event: { type: "pkts", conn: 1, req: 2, pkts: 3, kind: 1, sentAt: 4.5, replyTo: 6, vm: 0, queue: 1, dst: 9 } }]),
  irqscale.WindowStart.encode({ runId: "run-1", window: 0, start: 0, end: 2000, lookahead: 2000 }).finish(),
  irqscale.WindowDone.encode({ runId: "run-1", window: 3, partition: 1, nextTime: 2500, events: 10, remoteEvents: 3, bytesSent: 400, waitMs: 1.5 }).finish(),
  irqscale.FinalStats.encode({ runId: "run-1", partition: 1, digests: [{ actor: 1, h1: 2, h2: 3 }], statsJson: "{\"events\":1}", pending: 0 }).finish(),
  irqscale.Abort.encode({ runId: "run-1", cause: "because", worker: "w", actor: -1, time: -1 }).finish(),
  irqscale.RunSpec.encode({ runId: "run-1", configJson: "{\"model\":\"phold\"}", partitions: 2, workerPartitions: [0], worker: "w", partitionOfGroup: [0, 1], preset: "", coordinator: "x" }).finish(),
  irqscale.WorkerHello.encode({ id: "id", worker: "w", host: "h", pid: 1, busy: true, version: "0.1.0" }).finish(),
  irqscale.Claim.encode({ runId: "run-1", coordinator: "c", ttlMs: 1000 }).finish(),
  irqscale.WorkerReport.encode({ runId: "run-1", worker: "w", partitions: [0, 1], busyMs: 1.5, bytesSent: 10, messagesSent: 2, wallMs: 3 }).finish(),
];

/** Decodes with `decode`; returns how long it took. Anything thrown but a WireError fails the test. */
function decodeOrWireError(name: string, decode: (b: Uint8Array) => unknown, bytes: Uint8Array): number {
  const t0 = performance.now();
  try {
    decode(bytes);
  } catch (e) {
    if (!(e instanceof WireError)) throw new Error(`${name} threw ${(e as Error)?.name}: ${(e as Error)?.message} on [${[...bytes].join(",")}]`);
    expect(e.message).toMatch(/malformed|payload type/);
  }
  return performance.now() - t0;
}

describe("decoders under random and damaged bytes", () => {
  it("random bytes: every decoder returns a message or throws a WireError naming the message, quickly", () => {
    let slowest = 0;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        for (const [name, d] of decoders) slowest = Math.max(slowest, decodeOrWireError(name, d, bytes));
      }),
      { numRuns: 1500 },
    );
    expect(slowest).toBeLessThan(1000); // generous for a loaded CI box: a hang never returns at all
  });

  it("every truncation and random corruption of valid messages of every type, fed to every decoder", () => {
    let slowest = 0;
    for (const s of samples) for (let cut = 0; cut < s.length; cut++) for (const [name, d] of decoders) slowest = Math.max(slowest, decodeOrWireError(name, d, s.subarray(0, cut)));
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat(), (s, flips, cut) => {
        const bytes = Uint8Array.from(s);
        for (const [i, v] of flips) bytes[i % bytes.length] = v;
        for (const [name, d] of decoders) {
          slowest = Math.max(slowest, decodeOrWireError(name, d, bytes));
          slowest = Math.max(slowest, decodeOrWireError(name, d, bytes.subarray(0, cut % (bytes.length + 1))));
        }
      }),
      { numRuns: 1500 },
    );
    expect(slowest).toBeLessThan(1000); // generous for a loaded CI box: a hang never returns at all
  });

  it("final statistics that are not a JSON object are a WireError naming the partition", () => {
    expect(() => decodeControl.finalStats(Uint8Array.of(0x0a, 0x05))).toThrow(/^malformed FinalStats \(2 bytes\)/);
    for (const bad of ["{", "[1]", "null", ""]) {
      const m = decodeControl.finalStats(irqscale.FinalStats.encode({ runId: "r", partition: 2, statsJson: bad }).finish());
      expect(() => finalStatsJson(m)).toThrow(WireError);
      expect(() => finalStatsJson(m)).toThrow(/^malformed FinalStats of partition 2: statistics are not/);
    }
  });

  it("a trace in final statistics that is not what a partition records is a WireError naming the partition and what is wrong", () => {
    const ok = { slices: [{ actor: 1, state: "app", start: 0, end: 5 }], flows: [{ src: 1, dst: 2, type: "virq",
      sent: 1, at: 3, seq: 0 }], sentBefore: {}, arriveAfter: { virq: 2 },
      locks: [{ lock: "h0.vm0.spi.irq_lock", what: "grant", at: 4, core: 0, waiters: 0, actor: 1 }] };
    const final = (traceJson: string) => decodeControl.finalStats(irqscale.FinalStats.encode({ runId: "r", partition: 3, statsJson: "{}", traceJson }).finish());
    expect(finalTrace(final(JSON.stringify(ok)))).toEqual(ok);
    for (const [bad, says] of [
      ["{", "trace is not JSON"],
      ["[]", "trace is not {slices, flows, sentBefore, arriveAfter}"],
      [JSON.stringify({ ...ok, arriveAfter: { virq: 0.5 } }), "trace is not {slices, flows, sentBefore, arriveAfter}"],
      [JSON.stringify({ ...ok, slices: [{ actor: 1, state: 7, start: 0, end: 5 }] }), "trace slice 0 is not {actor, state, start, end}"],
      [JSON.stringify({ ...ok, flows: [...ok.flows, { src: 1, dst: 2, type: "virq", sent: 1, at: "3", seq: 0 }] }), "trace flow 1 is not {src, dst, type, sent, at, seq}"],
      [JSON.stringify({ ...ok, locks: undefined }), "trace has no locks array"],
      [JSON.stringify({ ...ok, locks: [{ ...ok.locks[0], what: "take" }] }),
        "trace lock moment 0 is not {lock, what, at, core, waiters, actor}"],
    ] as const) {
      expect(() => finalTrace(final(bad))).toThrow(WireError);
      expect(() => finalTrace(final(bad))).toThrow(`malformed FinalStats of partition 3: ${says}`);
    }
  });

  it("random bytes on any subject of a running window protocol: the run ends right or aborts with a named cause, never hangs", async () => {
    const rc = resolveConfig({ model: "phold", seed: 3, sets: ["phold.minDelayNs=1000", "phold.endNs=30000", "phold.actors=16", "phold.groups=4"] });
    const ref = actorDigests(await startManualRun(rc, 2).outcome);
    const subs = [subjects.window, subjects.done, subjects.final, subjects.abort, subjects.batch(0), subjects.batch(1)];
    let aborted = 0, completed = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...subs), fc.uint8Array({ maxLength: 60 }), fc.integer({ min: 0, max: 25 }), async (subject, bytes, at) => {
        const run = startManualRun(rc, 2);
        let injected = false;
        run.bus.subscribe(subjects.done, (d) => {
          if (!injected && irqscale.WindowDone.decode(d).window >= at) { injected = true; run.bus.publish(subject, bytes); }
        });
        const timeout = new Promise<never>((_r, rej) => setTimeout(() => rej(new Error("hung")), 5000).unref());
        try {
          const o = await Promise.race([run.outcome, timeout]);
          expect(actorDigests(o)).toEqual(ref);
          completed++;
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(SimError);
          expect((e as Error).message).toMatch(/^run aborted .*in window \d+: .*(malformed|payload|window|partition|final)/);
          aborted++;
        }
      }),
      { numRuns: 150 },
    );
    expect(aborted).toBeGreaterThan(10);
    expect(completed).toBeGreaterThan(10);
  });
});

// ---- over a real nats-server, with worker processes ----

const SETS = ["phold.minDelayNs=1000", "phold.endNs=300000"];
const rc = resolveConfig({ model: "phold", seed: 7, sets: SETS });

/** A batch whose one event carries payload field 99, which this build does not know. */
function unknownPayloadBatch(runId: string, window: number, dstPartition: number, dstActor: number): Uint8Array {
  const W = protobuf.Writer;
  const env = W.create().uint32((1 << 3) | 1).double(window * 1000 + 1500).uint32(2 << 3).uint32(0).uint32(3 << 3).uint32(77)
    .uint32(4 << 3).uint32(dstActor).uint32((99 << 3) | 2).bytes(Uint8Array.of(8, 1)).finish();
  return W.create().uint32((1 << 3) | 2).string(runId).uint32(2 << 3).uint32(window).uint32(3 << 3).uint32(0)
    .uint32(4 << 3).uint32(dstPartition).uint32((5 << 3) | 2).bytes(env).finish();
}

describe("bad messages during a run over NATS (worker processes)", () => {
  let server: PrivateNatsServer;
  let nc: NatsConnection;
  let workers: Cli[] = [];
  let solo: string;

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ url: server.url, name: "wire-test" });
    workers = await startWorkerProcs(server.url, ["wa", "wb"]);
    solo = String((await runLocal(rc)).digest);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await nc?.close();
    await server?.stop();
  });

  /** Runs over both workers, calling `inject(window)` once every partition has reported window `at` - 1 or later. */
  async function runWith(runId: string, at: number, inject: (window: number) => void): Promise<unknown> {
    let done = false;
    const r = await runDistributed(rc, {
      natsUrl: server.url, workers: 2, runId, waitMs: 20_000,
      onWindow: (w) => { if (w >= at && !done) { done = true; inject(w); } },
    }).catch((e: unknown) => e);
    expect(done).toBe(true);
    // The worker processes are still up and back in the pool.
    expect(workers.every((w) => w.alive)).toBe(true);
    await untilIdle(nc, ["wa", "wb"], 10_000);
    return r;
  }
  const pub = (runId: string, subject: string, data: Uint8Array): void => nc.publish(runSubject(runId, subject), data);
  const expectAbort = (r: unknown, cause: RegExp): void => {
    expect(r).toBeInstanceOf(SimError);
    expect((r as Error).message).toMatch(/^run aborted .*in window \d+: /);
    expect((r as Error).message).toMatch(cause);
  };

  it("messages of another run, on this run's subjects or on its own, are ignored: same digest", async () => {
    const other = "someone-else";
    const r = await runWith("wire-ok", 20, (w) => {
      pub("wire-ok", subjects.batch(1), encodeBatch(other, w, 0, 1, [{ time: w * 1000 + 1500, src: 0, seq: 999, dst: 63, event: { type: "phold", hops: 0 } }]));
      pub("wire-ok", subjects.window, irqscale.WindowStart.encode({ runId: other, window: 0, start: 0, end: 1e9, lookahead: 1e9 }).finish());
      pub("wire-ok", subjects.done, irqscale.WindowDone.encode({ runId: other, window: w, partition: 0, nextTime: 1e12 }).finish());
      pub("wire-ok", subjects.final, irqscale.FinalStats.encode({ runId: other, partition: 0, statsJson: "{}" }).finish());
      pub("wire-ok", subjects.abort, irqscale.Abort.encode({ runId: other, cause: "not yours", worker: "x", actor: -1, time: -1 }).finish());
      pub(other, subjects.batch(1), Uint8Array.of(0x0a, 0x09, 0x74));
      pub(other, subjects.abort, Uint8Array.of(0xff));
    }) as Record<string, unknown>;
    expect(r).not.toBeInstanceOf(Error);
    expect(r.digest).toBe(solo);
  });

  it("a malformed batch aborts the run, naming the partition, the worker and the bytes", async () => {
    const r = await runWith("wire-bad-batch", 20, () => pub("wire-bad-batch", subjects.batch(1), Uint8Array.of(0x0a, 0x09, 0x74)));
    expectAbort(r, /\(worker w[ab]\b.*partition 1: malformed batch \(3 bytes\): index out of range/);
  });

  it("a bad chunk header (the transport's framing of large payloads) aborts the run; the worker keeps reading", async () => {
    const h = headers();
    h.set("Irqscale-Chunk", "x 7 -1");
    const r = await runWith("wire-chunk", 20, () => nc.publish(runSubject("wire-chunk", subjects.batch(1)), Uint8Array.of(1, 2, 3), { headers: h }));
    expectAbort(r, /\(worker w[ab]\b.*message on irqscale\.wire-chunk\.batch\.1: malformed chunk header "x 7 -1"/);
  });

  it("a batch with a payload type this build does not know aborts the run", async () => {
    const r = await runWith("wire-unknown", 20, (w) => pub("wire-unknown", subjects.batch(1), unknownPayloadBatch("wire-unknown", w, 1, 63)));
    expectAbort(r, /partition 1: batch from partition 0 window \d+: message 0:77 has no known payload type/);
  });

  it("a batch for a past window aborts the run", async () => {
    const r = await runWith("wire-past", 20, () => pub("wire-past", subjects.batch(1), encodeBatch("wire-past", 5, 0, 1, [{ time: 6500, src: 0, seq: 5, dst: 63, event: { type: "phold", hops: 0 } }])));
    expectAbort(r, /partition 1: batch from partition 0 for past window 5 arrived after this partition ran window \d+ \(batches up to window \d+ are in\)/);
  });

  it("malformed control messages abort the run: a window report to the coordinator, a window start to the workers", async () => {
    const done = await runWith("wire-bad-done", 20, () => pub("wire-bad-done", subjects.done, Uint8Array.of(0x12, 0x05, 0x01)));
    expectAbort(done, /coordinator: ctl\.done: malformed WindowDone \(3 bytes\)/);
    const start = await runWith("wire-bad-start", 20, () => pub("wire-bad-start", subjects.window, Uint8Array.of(0x22, 0x7f)));
    expectAbort(start, /partition [01]: malformed WindowStart \(2 bytes\)/);
    // A report out of window order, and final statistics before any window was run, are against the protocol.
    const late = await runWith("wire-late-done", 20, () => pub("wire-late-done", subjects.done, irqscale.WindowDone.encode({ runId: "wire-late-done", window: 3, partition: 0, nextTime: 1 }).finish()));
    expectAbort(late, /coordinator: ctl\.done: partition 0 reported window 3 during window \d+/);
    const early = await runWith("wire-early-final", 20, () => pub("wire-early-final", subjects.final, irqscale.FinalStats.encode({ runId: "wire-early-final", partition: 1, statsJson: "{}" }).finish()));
    expectAbort(early, /partition 1 sent its final statistics during window \d+, before running a window/);
  });
});
