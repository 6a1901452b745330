import { irqscale } from "../../proto/gen/irqscale.js";
import type { OutMessage, SimEvent } from "../kernel/engine.js";
import { SimError } from "../kernel/errors.js";

export { irqscale };
const { Envelope, Batch } = irqscale;

/** Encodes one window's messages from one partition to another as a protobuf Batch. */
export function encodeBatch(runId: string, window: number, src: number, dst: number, messages: readonly OutMessage[]): Uint8Array {
  const events = messages.map((m) => {
    const { type, ...fields } = m.event;
    return { time: m.time, src: m.src, seq: m.seq, dst: m.dst, [type]: fields };
  });
  return Batch.encode(Batch.create({ runId, window, srcPartition: src, dstPartition: dst, events })).finish();
}

export interface DecodedBatch { runId: string; window: number; src: number; dst: number; messages: OutMessage[] }

/** Decodes a Batch; a malformed one or a payload this build does not know is an error naming both. */
export function decodeBatch(bytes: Uint8Array): DecodedBatch {
  let b: irqscale.Batch;
  try {
    b = Batch.decode(bytes);
  } catch (e) {
    throw new SimError(`malformed batch (${bytes.length} bytes): ${(e as Error).message}`);
  }
  const messages: OutMessage[] = b.events.map((ev) => {
    const e = ev as irqscale.Envelope;
    const type = e.payload;
    if (!type) throw new SimError(`batch from partition ${b.srcPartition} window ${b.window}: message ${e.src}:${e.seq} has no known payload type`, e.dst, e.time);
    const obj = Envelope.toObject(e, { defaults: true }) as Record<string, unknown>;
    const event: SimEvent = { type, ...(obj[type] as object) };
    return { time: e.time, src: e.src, seq: e.seq, dst: e.dst, event };
  });
  return { runId: b.runId, window: b.window, src: b.srcPartition, dst: b.dstPartition, messages };
}

/** Round-trips one event through the wire format: what a remote partition would receive. */
export function wireRoundTrip(event: SimEvent): SimEvent {
  const bytes = encodeBatch("", 0, 0, 0, [{ time: 0, src: 0, seq: 0, dst: 0, event }]);
  return decodeBatch(bytes).messages[0]!.event;
}
