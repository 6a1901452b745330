import { isDeepStrictEqual } from "node:util";
import { irqscale } from "../../proto/gen/irqscale.js";
import type { OutMessage, SimEvent } from "../kernel/engine.js";
import { WireError } from "../kernel/errors.js";
import type { TraceParts } from "../stats/trace.js";

export { irqscale };
const { Envelope, Batch } = irqscale;

export { WireError };

interface Decodable<T> { decode(bytes: Uint8Array): T }

/** Decodes one protobuf message; anything protobufjs throws becomes a WireError naming the type. */
export function decodeWire<T>(kind: string, type: Decodable<T>, bytes: Uint8Array): T {
  try {
    return type.decode(bytes);
  } catch (e) {
    throw new WireError(`malformed ${kind} (${bytes.length} bytes): ${(e as Error)?.message ?? String(e)}`);
  }
}

/**
 * Decoders of every control message (window protocol and worker pool): each returns the message
 * or throws a WireError, whatever the bytes.
 */
export const decodeControl = {
  windowStart: (b: Uint8Array) => decodeWire("WindowStart", irqscale.WindowStart, b),
  windowDone: (b: Uint8Array) => decodeWire("WindowDone", irqscale.WindowDone, b),
  finalStats: (b: Uint8Array) => decodeWire("FinalStats", irqscale.FinalStats, b),
  abort: (b: Uint8Array) => decodeWire("Abort", irqscale.Abort, b),
  runSpec: (b: Uint8Array) => decodeWire("RunSpec", irqscale.RunSpec, b),
  runReady: (b: Uint8Array) => decodeWire("RunReady", irqscale.RunReady, b),
  workerHello: (b: Uint8Array) => decodeWire("WorkerHello", irqscale.WorkerHello, b),
  claim: (b: Uint8Array) => decodeWire("Claim", irqscale.Claim, b),
  claimReply: (b: Uint8Array) => decodeWire("ClaimReply", irqscale.ClaimReply, b),
  release: (b: Uint8Array) => decodeWire("Release", irqscale.Release, b),
  workerReport: (b: Uint8Array) => decodeWire("WorkerReport", irqscale.WorkerReport, b),
  livenessBeat: (b: Uint8Array) => decodeWire("LivenessBeat", irqscale.LivenessBeat, b),
  livenessAck: (b: Uint8Array) => decodeWire("LivenessAck", irqscale.LivenessAck, b),
  sweepPoint: (b: Uint8Array) => decodeWire("SweepPoint", irqscale.SweepPoint, b),
  sweepAck: (b: Uint8Array) => decodeWire("SweepAck", irqscale.SweepAck, b),
  sweepResult: (b: Uint8Array) => decodeWire("SweepResult", irqscale.SweepResult, b),
  cutTaken: (b: Uint8Array) => decodeWire("CutTaken", irqscale.CutTaken, b),
};

/** An abort's cause for a log line: at most 200 characters, quoted. */
export const quotedCause = (a: { cause: string }): string => JSON.stringify(a.cause.slice(0, 200));

/** The statistics a FinalStats carries as JSON, or a WireError naming the partition. */
export function finalStatsJson(f: irqscale.FinalStats): Record<string, unknown> {
  let v: unknown;
  try { v = JSON.parse(f.statsJson); } catch (e) { throw new WireError(`malformed FinalStats of partition ${f.partition}: statistics are not JSON (${(e as Error).message})`); }
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new WireError(`malformed FinalStats of partition ${f.partition}: statistics are not a JSON object`);
  return v as Record<string, unknown>;
}

/** What a FinalStats carries of the partition's trace, or a WireError naming the partition. */
export function finalTrace(f: irqscale.FinalStats): TraceParts {
  const bad = (why: string): WireError => new WireError(`malformed FinalStats of partition ${f.partition}: trace ${why}`);
  let v: unknown;
  try { v = JSON.parse(f.traceJson); } catch (e) { throw bad(`is not JSON (${(e as Error).message})`); }
  const t = v as Partial<TraceParts> | null;
  const isCounts = (c: unknown): boolean => c !== null && typeof c === "object" && !Array.isArray(c) && Object.values(c).every((n) => Number.isSafeInteger(n));
  if (t === null || typeof t !== "object" || !Array.isArray(t.slices) || !Array.isArray(t.flows) || !isCounts(t.sentBefore) || !isCounts(t.arriveAfter)) {
    throw bad("is not {slices, flows, sentBefore, arriveAfter}");
  }
  const ints = (o: Record<string, unknown>, keys: readonly string[]): boolean => keys.every((k) => Number.isSafeInteger(o[k]));
  const slice = t.slices.findIndex((x) => !(x !== null && typeof x === "object" && typeof x.state === "string" && ints(x as never, ["actor", "start", "end"])));
  if (slice >= 0) throw bad(`slice ${slice} is not {actor, state, start, end}`);
  const flow = t.flows.findIndex((x) => !(x !== null && typeof x === "object" && typeof x.type === "string" && ints(x as never, ["src", "dst", "sent", "at", "seq"])));
  if (flow >= 0) throw bad(`flow ${flow} is not {src, dst, type, sent, at, seq}`);
  if (!Array.isArray(t.locks)) throw bad("has no locks array");
  const lock = t.locks.findIndex((x) => !(x !== null && typeof x === "object" && typeof x.lock === "string"
    && ["wait", "grant", "release"].includes(x.what) && ints(x as never, ["at", "core", "waiters", "actor"])));
  if (lock >= 0) throw bad(`lock moment ${lock} is not {lock, what, at, core, waiters, actor}`);
  return t as TraceParts;
}

/**
 * Encodes one window's messages from one partition to another as a protobuf Batch, with the
 * sender's earliest pending or sent time after the window (the receiver's clock for the next window).
 */
export function encodeBatch(
  runId: string, window: number, src: number, dst: number, messages: readonly OutMessage[], nextTime = Infinity,
  cutAhead = false,
): Uint8Array {
  const events = messages.map((m) => {
    const { type, ...fields } = m.event;
    return { time: m.time, src: m.src, seq: m.seq, dst: m.dst, [type]: fields };
  });
  return Batch.encode(Batch.create({
    runId, window, srcPartition: src, dstPartition: dst, events, nextTime, cutAhead,
  })).finish();
}

export interface DecodedBatch {
  runId: string; window: number; src: number; dst: number; messages: OutMessage[]; nextTime: number;
  /** Partition 0 asks every partition to cut the run at the end of window `window + depth`. */
  cutAhead: boolean;
}

/** Decodes a Batch; a malformed one or a payload this build does not know is a WireError naming both. */
export function decodeBatch(bytes: Uint8Array): DecodedBatch {
  let b: irqscale.Batch;
  try {
    b = Batch.decode(bytes);
  } catch (e) {
    throw new WireError(`malformed batch (${bytes.length} bytes): ${(e as Error)?.message ?? String(e)}`);
  }
  const messages: OutMessage[] = b.events.map((ev) => {
    const e = ev as irqscale.Envelope;
    const type = e.payload;
    if (!type) throw new WireError(`batch from partition ${b.srcPartition} window ${b.window}: message ${e.src}:${e.seq} has no known payload type`, e.dst, e.time);
    const obj = Envelope.toObject(e, { defaults: true }) as Record<string, unknown>;
    const event: SimEvent = { type, ...(obj[type] as object) };
    return { time: e.time, src: e.src, seq: e.seq, dst: e.dst, event };
  });
  return { runId: b.runId, window: b.window, src: b.srcPartition, dst: b.dstPartition, messages, nextTime: b.nextTime,
    cutAhead: b.cutAhead };
}

/** Why `event` would arrive different from another partition (undefined when it round-trips intact). */
export function wireMismatch(event: SimEvent): string | undefined {
  let back: SimEvent;
  try { back = wireRoundTrip(event); } catch (e) { return `the wire schema cannot carry it (${(e as Error).message})`; }
  if (isDeepStrictEqual(back, { ...event })) return undefined;
  return `it arrives different over the wire: sent ${JSON.stringify(event)}, received ${JSON.stringify(back)}`;
}

/** Round-trips one event through the wire format: what a remote partition would receive. */
export function wireRoundTrip(event: SimEvent): SimEvent {
  const bytes = encodeBatch("", 0, 0, 0, [{ time: 0, src: 0, seq: 0, dst: 0, event }]);
  return decodeBatch(bytes).messages[0]!.event;
}
