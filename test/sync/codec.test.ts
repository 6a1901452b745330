import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { OutMessage } from "../../shared/kernel/engine.js";
import { SimError } from "../../shared/kernel/errors.js";
import { decodeBatch, encodeBatch, irqscale, wireRoundTrip } from "../../shared/sync/codec.js";

const u32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const message: fc.Arbitrary<OutMessage> = fc.record({
  time: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  src: u32, seq: u32, dst: u32,
  event: fc.record({ type: fc.constant("phold"), hops: u32 }),
});

describe("wire codec", () => {
  it("round-trips a batch: header, the sender's next time, its cut request and every event, key and payload, "
    + "in order", () => {
    const nextTime = fc.oneof(fc.constant(Infinity), fc.double({ min: 0, max: 1e15, noNaN: true }));
    fc.assert(
      fc.property(fc.string(), u32, u32, u32, fc.array(message, { maxLength: 50 }), nextTime, fc.boolean(),
        (runId, window, src, dst, messages, next, cutAhead) => {
          const back = decodeBatch(encodeBatch(runId, window, src, dst, messages, next, cutAhead));
          expect(back).toEqual({ runId, window, src, dst, messages, nextTime: next, cutAhead });
        }),
      { numRuns: 300 },
    );
  });

  it("keeps fields that equal their defaults (hops 0, time 0)", () => {
    expect(wireRoundTrip({ type: "phold", hops: 0 })).toEqual({ type: "phold", hops: 0 });
    const m: OutMessage = { time: 0, src: 0, seq: 0, dst: 0, event: { type: "phold", hops: 0 } };
    expect(decodeBatch(encodeBatch("", 0, 0, 0, [m])).messages).toEqual([m]);
  });

  it("a batch cut inside a field is an error", () => {
    // (A cut exactly between two fields is still valid protobuf: framing is the transport's job.)
    const bytes = encodeBatch("run", 3, 0, 1, [{ time: 12345, src: 1, seq: 2, dst: 3, event: { type: "phold", hops: 4 } }]);
    for (const cut of [1, 3, bytes.length - 1]) {
      const err = (() => { try { decodeBatch(bytes.subarray(0, cut)); } catch (e) { return e; } })();
      expect(err).toBeInstanceOf(SimError);
      expect((err as Error).message).toMatch(new RegExp(`^malformed batch \\(${cut} bytes\\)`));
    }
  });

  it("bytes with an invalid wire type are an error", () => {
    expect(() => decodeBatch(Uint8Array.from([0x0f, 0x01]))).toThrow(/malformed batch \(2 bytes\): invalid wire type/);
  });

  it("an event without a known payload is an error naming the sender, window and message", () => {
    const bytes = irqscale.Batch.encode(irqscale.Batch.create({
      runId: "r", window: 9, srcPartition: 2, dstPartition: 0,
      events: [irqscale.Envelope.create({ time: 700, src: 5, seq: 11, dst: 6 })],
    })).finish();
    const err = (() => { try { decodeBatch(bytes); } catch (e) { return e as SimError; } })();
    expect(err).toBeInstanceOf(SimError);
    expect(err!.message).toBe("batch from partition 2 window 9: message 5:11 has no known payload type");
    expect(err!.time).toBe(700);
  });

  it("arbitrary bytes decode to a batch or fail with a SimError, never anything else", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          const b = decodeBatch(bytes);
          expect(Array.isArray(b.messages)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(SimError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
