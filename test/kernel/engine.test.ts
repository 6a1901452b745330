import { describe, expect, it } from "vitest";
import { assign, createMachine, setup } from "xstate";
import { PartitionEngine, type ActorEnv, type EngineKind } from "../../shared/kernel/engine.js";
import { LookaheadError, SimError } from "../../shared/kernel/errors.js";
import { runLocal } from "../../shared/run/local.js";
import { tinyConfig, tinyInstance, type TinySpec } from "../support/tiny-model.js";

/** One engine owning every actor of the spec (one partition). */
function single(spec: TinySpec, engine: EngineKind = "compiled"): PartitionEngine {
  const n = spec.names.length;
  return new PartitionEngine(tinyInstance(spec), 0, new Int32Array(n), 1, 1, engine);
}

const idle = () => createMachine({});

/** alpha waits for its own timer to t = 1000, then sends 'ping' to beta with `delay`. */
function lateSender(delay: number, latency: number): TinySpec {
  return {
    names: ["alpha", "beta"],
    latency: () => latency,
    endNs: 10_000,
    behaviour: (id, env) =>
      id === 0
        ? createMachine({
            initial: "wait",
            states: {
              wait: {
                entry: () => { env.after(1000, { type: "go" }); },
                on: { go: { target: "done", actions: () => env.send(1, { type: "ping" }, delay) } },
              },
              done: {},
            },
          })
        : idle(),
  };
}

function caught(fn: () => unknown): Error {
  try { fn(); } catch (e) { return e as Error; }
  throw new Error("expected an error");
}

describe("PartitionEngine: lookahead violations", () => {
  it("a send below the link latency is an error naming both actors and the time", () => {
    const engine = single(lateSender(50, 100));
    engine.start();
    const err = caught(() => engine.runUntil(10_000));
    expect(err).toBeInstanceOf(LookaheadError);
    expect(err.message).toContain("alpha");
    expect(err.message).toContain("beta");
    expect(err.message).toContain("t=1000 ns");
    expect(err.message).toContain("latency is 100 ns");
    expect((err as LookaheadError).actor).toBe(0);
    expect((err as LookaheadError).time).toBe(1000);
  });

  it("a send exactly at the link latency is fine", () => {
    const engine = single(lateSender(100, 100));
    engine.start();
    engine.runUntil(10_000);
    expect(engine.events).toBe(2); // alpha's timer, beta's ping
    expect(engine.sent).toBe(1);
  });

  it("a zero-delay send to another actor is an error even over a zero-latency link; to oneself it is not", () => {
    const err = caught(() => { const e = single(lateSender(0, 0)); e.start(); e.runUntil(10_000); });
    expect(err).toBeInstanceOf(LookaheadError);
    expect(err.message).toMatch(/alpha.*beta.*t=1000 ns/);

    const self = single({
      names: ["solo"], latency: () => Infinity, endNs: 100,
      behaviour: (_id, env) => createMachine({
        context: { got: 0 },
        entry: () => env.send(0, { type: "again" }, 0),
        on: { again: { actions: ({ context }) => { context.got++; } } },
      }),
    });
    self.start();
    self.runUntil(100);
    expect(self.events).toBe(1);
    expect(self.actor(0)!.getSnapshot().context).toEqual({ got: 1 });
  });

  it("a delay that is not a whole number of ns is an error that says so", () => {
    // 1000.5 ns is above the 100 ns link latency: the complaint is the fraction, not the latency.
    const err = caught(() => { const e = single(lateSender(1000.5, 100)); e.start(); e.runUntil(10_000); });
    expect(err).toBeInstanceOf(SimError);
    expect(err.message).toMatch(/alpha sent 'ping' to beta at t=1000 ns with delay 1000.5 ns/);
    expect(err.message).toContain("whole nanoseconds");
    expect(err.message).not.toContain("latency");
  });

  it("a send where there is no link is an error that says so", () => {
    const err = caught(() => { const e = single(lateSender(5000, Infinity)); e.start(); e.runUntil(10_000); });
    expect(err).toBeInstanceOf(LookaheadError);
    expect(err.message).toMatch(/alpha.*beta.*t=1000 ns.*no link/);
  });

  it("a cross-partition send arriving before the window start + lookahead is an error naming both actors and the time", () => {
    // alpha (partition 0) -> beta (partition 1) is a 100 ns link, but the window runs to 2000 ns:
    // alpha's message for t=1100 lands inside a window beta's partition may already have run.
    const spec = lateSender(100, 100);
    const engine = new PartitionEngine(tinyInstance(spec), 0, Int32Array.from([0, 1]), 2, 1);
    engine.start();
    engine.remoteFloor = 2000; // a window starting at 0 under a lookahead of 2000 ns
    const err = caught(() => engine.runUntil(2000));
    expect(err).toBeInstanceOf(LookaheadError);
    expect(err.message).toContain("alpha");
    expect(err.message).toContain("beta (partition 1)");
    expect(err.message).toContain("t=1100 ns");
    expect(err.message).toContain("before 2000 ns (the current window's start + lookahead)");
    expect((err as LookaheadError).time).toBe(1000);
  });

  it("through runLocal, a violation aborts the run with the same names and time", async () => {
    const below = lateSender(50, 100);
    await expect(runLocal(tinyConfig(below), { partitions: 2 })).rejects.toThrow(/alpha sent 'ping' to beta at t=1000 ns with delay 50 ns/);
    // A simulation that claims a lookahead above a cut link's latency: the window protocol catches it.
    const lying = { ...lateSender(100, 100), lookaheadNs: 5000 };
    const err = await runLocal(tinyConfig(lying), { partitions: 2 }).then(() => undefined, (e: Error) => e);
    expect(err).toBeInstanceOf(SimError);
    expect(err!.message).toMatch(/alpha sent 'ping' to beta \(partition 1\) for t=1100 ns, before 5000 ns/);
  });

  it("an action that throws fails the run naming the actor and the time", () => {
    const engine = single({
      names: ["alpha", "beta"], latency: () => 10, endNs: 10_000,
      behaviour: (id, env) => id === 0
        ? createMachine({ entry: () => env.send(1, { type: "boom" }, 700) })
        : createMachine({ on: { boom: { actions: () => { throw new Error("kaboom"); } } } }),
    });
    engine.start();
    const err = caught(() => engine.runUntil(10_000));
    expect(err).toBeInstanceOf(SimError);
    expect(err.message).toBe("beta failed at t=700 ns: kaboom");
  });
});

describe("PartitionEngine: delivery", () => {
  it("delivers equal-time messages by source actor, then by the source's send order, not by arrival", () => {
    // Everything reaches 'sink' at t = 1000. 'late' (actor 1) sends last in real order, at t = 500.
    const spec: TinySpec = {
      names: ["sink", "late", "twice", "early"], latency: () => 1, endNs: 5000,
      behaviour: (id, env) => {
        if (id === 0) {
          return setup({ types: { context: {} as { log: string[] }, events: {} as { type: "m"; from: number; n: number } } }).createMachine({
            context: { log: [] },
            on: {
              m: { actions: ({ context, event }) => { context.log.push(`${event.from}.${event.n}@${env.now()}`); } },
            },
          });
        }
        if (id === 1) {
          return createMachine({
            initial: "a",
            states: {
              a: {
                entry: () => { env.after(500, { type: "go" }); },
                on: { go: { target: "b", actions: () => env.send(0, { type: "m", from: 1, n: 0 }, 500) } },
              },
              b: {},
            },
          });
        }
        const count = id === 2 ? 2 : 1;
        return createMachine({ entry: () => { for (let n = 0; n < count; n++) env.send(0, { type: "m", from: id, n }, 1000); } });
      },
    };
    const engine = single(spec);
    engine.start();
    engine.runUntil(5000);
    const { log } = engine.actor(0)!.getSnapshot().context as { log: string[] };
    expect(log).toEqual(["1.0@1000", "2.0@1000", "2.1@1000", "3.0@1000"]);
  });

  it("runs xstate `after` timers in virtual time; cancelled timers neither fire nor count", () => {
    // busy --(1000 ns)--> idle; a poke re-enters busy and restarts the timer. Pokes at 10, 500, 5000.
    const spec: TinySpec = {
      names: ["worker", "poker"], latency: () => 10, endNs: 100_000,
      behaviour: (id, env: ActorEnv) => id === 1
        ? createMachine({ entry: () => { for (const t of [10, 500, 5000]) env.send(0, { type: "poke" }, t); } })
        : setup({ types: { context: {} as { idleAt: number[] } } }).createMachine({
            context: { idleAt: [] },
            initial: "busy",
            states: {
              busy: { after: { 1000: "idle" }, on: { poke: { target: "busy", reenter: true } } },
              idle: { entry: assign({ idleAt: ({ context }) => [...context.idleAt, env.now()] }), on: { poke: "busy" } },
            },
          }),
    };
    // Delayed transitions and assign are xstate's own: the compiled engine refuses them, naming them.
    expect(() => single(spec).start())
      .toThrow(/machine '\(machine\)' at states.busy: 'after' is not supported by the compiled engine/);
    const engine = single(spec, "xstate");
    engine.start();
    engine.runUntil(100_000);
    expect((engine.actor(0)!.getSnapshot().context as { idleAt: number[] }).idleAt).toEqual([1500, 6000]);
    expect(engine.events).toBe(5); // 3 pokes + 2 timers that fired
    expect(engine.nextTime()).toBe(Infinity);
    expect(engine.pendingMessages()).toBe(0);
  });

  it("runUntil(end) handles exactly the events before end, and pendingMessages counts the rest", () => {
    const spec: TinySpec = {
      names: ["src", "dst"], latency: () => 100, endNs: 10_000,
      behaviour: (id, env) => id === 0 ? createMachine({ entry: () => { for (const d of [100, 200, 300, 400]) env.send(1, { type: "m" }, d); } }) : idle(),
    };
    const engine = single(spec);
    engine.start();
    engine.runUntil(300);
    expect(engine.events).toBe(2);
    expect(engine.now).toBe(200);
    expect(engine.nextTime()).toBe(300);
    expect(engine.pendingMessages()).toBe(2);
  });

  it("ingest refuses a message for an actor it does not own, or one in its past", () => {
    const spec: TinySpec = { names: ["a", "b"], latency: () => 100, endNs: 10_000, behaviour: () => idle() };
    const engine = new PartitionEngine(tinyInstance(spec), 0, Int32Array.from([0, 1]), 2, 1);
    engine.start();
    expect(() => engine.ingest([{ time: 500, src: 0, seq: 0, dst: 1, event: { type: "m" } }])).toThrow(/actor b delivered to partition 0/);
    engine.now = 1000;
    const err = caught(() => engine.ingest([{ time: 900, src: 1, seq: 0, dst: 0, event: { type: "m" } }]));
    expect(err).toBeInstanceOf(LookaheadError);
    expect(err.message).toMatch(/from b to a at t=900 ns.*reached t=1000 ns/);
  });
});

describe("PartitionEngine: cancellable self-messages (env.after)", () => {
  /** alpha schedules 'tick' at 100, 200 and 300 ns and cancels the second at once; it records arrivals. */
  function ticker(seen: number[]): TinySpec {
    return {
      names: ["alpha"],
      latency: () => 1,
      endNs: 1000,
      behaviour: (_id, env) => createMachine({
        entry: () => {
          env.after(100, { type: "tick" });
          env.cancel(env.after(200, { type: "tick" }));
          env.after(300, { type: "tick" });
        },
        on: { tick: { actions: () => seen.push(env.now()) } },
      }),
    };
  }

  it("delivers what is not cancelled at its time; a cancelled one is never handled nor counted", () => {
    const seen: number[] = [];
    const engine = single(ticker(seen));
    engine.start();
    engine.runUntil(1000);
    expect(seen).toEqual([100, 300]);
    expect(engine.events).toBe(2);
  });

  it("a negative delay is an error naming the actor", () => {
    const engine = single({ names: ["alpha"], latency: () => 1, endNs: 1000, behaviour: (_id, env) => createMachine({ entry: () => { env.after(-5, { type: "tick" }); } }) });
    expect(caught(() => { engine.start(); engine.runUntil(1000); }).message).toMatch(/actor alpha set a timer of -5 ns/);
  });
});

describe("PartitionEngine: the digest folds payloads", () => {
  /** alpha sends beta one message of `type` with `fields` at t = 100. */
  const oneMessage = (type: string, fields: Record<string, number>): TinySpec => ({
    names: ["alpha", "beta"], latency: () => 100, endNs: 1000,
    behaviour: (id, env) => createMachine({ entry: () => { if (id === 0) env.send(1, { type, ...fields }, 100); } }),
  });
  const digestOf = async (spec: TinySpec) => (await runLocal(tinyConfig(spec))).digest;

  it("two runs with the same keys but other values have other digests", async () => {
    const a = await digestOf(oneMessage("m", { v: 1, w: 2 }));
    expect(await digestOf(oneMessage("m", { v: 1, w: 3 }))).not.toBe(a);
    expect(await digestOf(oneMessage("m", { v: 1.5, w: 2 }))).not.toBe(a);
    // Fields of a type the wire does not carry fold by name, whatever order they were written in.
    expect(await digestOf(oneMessage("m", { w: 2, v: 1 }))).toBe(a);
  });

  it("a wire message folds its schema's fields: a field left out is the wire's default 0", async () => {
    const full = await digestOf(oneMessage("cpuReq", { cls: 1, ns: 500, token: 0, from: 0 }));
    expect(await digestOf(oneMessage("cpuReq", { cls: 1, ns: 500 }))).toBe(full);
    expect(await digestOf(oneMessage("cpuReq", { cls: 1, ns: 501 }))).not.toBe(full);
  });
});
