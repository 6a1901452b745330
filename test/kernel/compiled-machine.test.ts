// The compiled engine against xstate's interpreter, machine by machine: random flat machines
// (guards with params, targets, reenter, entry/exit, eventless transitions, root handlers) driven by
// random event sequences log the same actions in the same order and end in the same state.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assign, createActor, createMachine, setup, type AnyStateMachine } from "xstate";
import { CompiledActor, compileMachine, UnsupportedMachineError } from "../../shared/kernel/compiled-machine.js";

interface Ctx {
  log: string[];
  n: number;
}
const EVENTS = ["a", "b", "c"] as const;

interface TSpec {
  guard: number;
  target: number;
  reenter: boolean;
  actions: number;
}
interface MSpec {
  states: { on: Record<string, TSpec[]>; always: TSpec[]; entry: number; exit: number }[];
  rootOn: Record<string, TSpec[]>;
}

const tspec = (states: number): fc.Arbitrary<TSpec> =>
  fc.record({
    guard: fc.integer({ min: -1, max: 3 }),
    target: fc.integer({ min: -1, max: states - 1 }),
    reenter: fc.boolean(),
    actions: fc.integer({ min: 0, max: 2 }),
  });
const onSpec = (states: number) =>
  fc.dictionary(fc.constantFrom(...EVENTS), fc.array(tspec(states), { maxLength: 3 }), { maxKeys: 3 });
const mspec: fc.Arbitrary<MSpec> = fc.integer({ min: 1, max: 4 }).chain((k) =>
  fc.record({
    states: fc.array(
      fc.record({
        on: onSpec(k),
        // Eventless transitions always carry a guard that a counter eventually fails (no endless loop).
        always: fc.array(
          tspec(k).map((t) => ({ ...t, guard: 3 })),
          { maxLength: 1 },
        ),
        entry: fc.integer({ min: 0, max: 2 }),
        exit: fc.integer({ min: 0, max: 2 }),
      }),
      { minLength: k, maxLength: k },
    ),
    rootOn: onSpec(k),
  }),
);

/** The machine of a spec: every action logs where it ran; guards read the context and the event. */
function build(spec: MSpec): AnyStateMachine {
  const names = spec.states.map((_, i) => `s${i}`);
  const trans = (where: string, ts: TSpec[], root = false) =>
    ts.map((t, j) => ({
      ...(t.guard >= 0
        ? {
            guard: {
              type: "g" as const,
              params: ({ event }: { event: { type: string } }) => ({ k: t.guard, e: event.type }),
            },
          }
        : {}),
      ...(t.target >= 0 ? { target: `${root ? "." : ""}${names[t.target]!}`, reenter: t.reenter } : {}),
      actions: Array.from({ length: t.actions }, (_, a) => ({
        type: "log" as const,
        params: { what: `${where}[${j}].${a}` },
      })),
    }));
  const logs = (what: string, n: number) =>
    Array.from({ length: n }, (_, a) => ({ type: "log" as const, params: { what: `${what}.${a}` } }));
  return setup({
    types: { context: {} as Ctx, events: {} as { type: "a" | "b" | "c" } },
    actions: {
      log: ({ context, event }, p: { what: string }) => {
        context.n++;
        context.log.push(`${p.what}@${event.type}#${context.n}`);
      },
    },
    guards: {
      g: ({ context }, p: { k: number; e: string }) =>
        p.k === 3 ? context.n % 5 !== 0 && context.log.length < 40 : (context.n + p.k + p.e.length) % 3 !== 0,
    },
  }).createMachine({
    id: "random",
    context: () => ({ log: [], n: 0 }),
    initial: "s0",
    on: Object.fromEntries(Object.entries(spec.rootOn).map(([e, ts]) => [e, trans(`root.${e}`, ts, true)])),
    states: Object.fromEntries(
      spec.states.map((s, i) => [
        names[i]!,
        {
          on: Object.fromEntries(Object.entries(s.on).map(([e, ts]) => [e, trans(`s${i}.${e}`, ts)])),
          always: trans(`s${i}.always`, s.always),
          entry: logs(`s${i}.entry`, s.entry),
          exit: logs(`s${i}.exit`, s.exit),
        },
      ]),
    ),
  });
}

describe("compiled machines behave as xstate's interpreter", () => {
  it("random flat machines and event sequences: same action log, same final state", () => {
    fc.assert(
      fc.property(mspec, fc.array(fc.constantFrom(...EVENTS), { maxLength: 30 }), (spec, events) => {
        const machine = build(spec);
        const ref = createActor(machine);
        ref.start();
        const fast = new CompiledActor(compileMachine(machine), undefined);
        fast.start();
        for (const type of events) {
          ref.send({ type });
          fast.send({ type });
        }
        const a = ref.getSnapshot(),
          b = fast.getSnapshot();
        expect((b.context as Ctx).log).toEqual((a.context as Ctx).log);
        expect(b.value).toBe(a.value);
      }),
      { numRuns: 400, seed: 3 },
    );
  });

  it("runs the root's entry, then the initial state's, then eventless transitions, at start", () => {
    const log: string[] = [];
    const m = createMachine({
      entry: () => log.push("root"),
      initial: "x",
      states: {
        x: { entry: () => log.push("x"), always: { target: "y" }, exit: () => log.push("x-exit") },
        y: { entry: () => log.push("y") },
      },
    });
    const a = new CompiledActor(compileMachine(m), undefined);
    a.start();
    expect(log).toEqual(["root", "x", "x-exit", "y"]);
    expect(a.getSnapshot().value).toBe("y");
  });

  it("refuses, naming machine, path and feature, what it does not run", () => {
    const cases: [AnyStateMachine, RegExp][] = [
      [
        createMachine({ id: "m1", initial: "a", states: { a: { initial: "b", states: { b: {} } } } }),
        /machine 'm1' at states\.a: '(initial|states)'/,
      ],
      [createMachine({ id: "m2", type: "parallel", states: { a: {} } }), /machine 'm2' at root: 'type'/],
      [
        createMachine({ id: "m3", initial: "a", states: { a: { after: { 10: "a" } } } }),
        /machine 'm3' at states\.a: 'after'/,
      ],
      [
        createMachine({ id: "m4", initial: "a", states: { a: { invoke: { src: "x" } } } }),
        /machine 'm4' at states\.a: 'invoke'/,
      ],
      [
        createMachine({ id: "m5", context: { n: 0 }, on: { e: { actions: assign({ n: 1 }) } } }),
        /machine 'm5' at root\.on\.e\[0\]\.actions\[0\]: the built-in action 'xstate\.assign'/,
      ],
      [createMachine({ id: "m6", on: { "*": {} } }), /machine 'm6' at root\.on: the wildcard event '\*'/],
      [
        setup({}).createMachine({ id: "m8", on: { e: { actions: "nope" as never } } }),
        /machine 'm8' at root\.on\.e\[0\]\.actions\[0\]: the action 'nope'/,
      ],
    ];
    for (const [m, why] of cases) {
      let err: unknown;
      try {
        compileMachine(m);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UnsupportedMachineError);
      expect((err as Error).message).toMatch(why);
      expect((err as Error).message).toContain("run it with engine: xstate");
    }
  });

  it("an always loop is an error, not a hang", () => {
    const m = createMachine({
      id: "spin",
      initial: "a",
      states: { a: { always: { target: "b" } }, b: { always: { target: "a" } } },
    });
    expect(() => new CompiledActor(compileMachine(m), undefined).start()).toThrow(
      /machine 'spin': more than 10000 eventless transitions/,
    );
  });
});
