import type { AnyActorLogic } from "xstate";
import type { Implementations, SimEvent } from "./engine.js";

/**
 * The kernel's fast path for xstate machines. A machine made with `setup().createMachine()` (or
 * `createMachine()`) is compiled once, at load, into transition tables: for each state, its event
 * transitions by type, its eventless (`always`) transitions, and its entry and exit actions, with
 * named actions and guards resolved to their implementations and their params. A compiled actor
 * then runs an event as xstate does for a flat machine (xstate v5 `macrostep`):
 *   - the current state's transitions for the event type, then the root's: the first whose guard
 *     holds is taken; exit actions of the state left, then the transition's actions, then entry
 *     actions of the state entered (a state's transition to itself without `reenter` exits nothing;
 *     a root's transition always leaves the current state);
 *   - then eventless transitions, as long as one is enabled and the last one changed the state
 *     (xstate stops selecting them once a microstep leaves the snapshot as it was), each guard
 *     seeing the same event;
 *   - at start: the root's entry actions, the initial state's, then eventless transitions; as in
 *     xstate, where the initial snapshot is computed before the actor starts, the actions of this
 *     first macrostep are deferred, so its guards see the context as the factory made it.
 * Actions and guards get `{ context, event }` and their params, and mutate the context in place.
 * Anything else xstate offers (nested or parallel states, delayed transitions, invoked or spawned
 * actors, built-in actions such as assign or raise, guard combinators, wildcard events) is refused
 * when the machine is compiled, by an UnsupportedMachineError naming the machine, the path and the
 * feature: such a machine runs with `engine: xstate`.
 */

export class UnsupportedMachineError extends Error {
  override name = "UnsupportedMachineError";
}

interface Args {
  context: unknown;
  event: SimEvent;
}
export type Impl = (args: Args, params: unknown) => unknown;

/**
 * An action or guard: inline, its implementation; named, its slot in the actor's implementations
 * (CompiledMachine.slots), so actors of one kind share the tables and each has its own functions.
 */
interface Action {
  readonly slot: number;
  readonly impl: Impl;
  readonly params: unknown;
  readonly paramsOf: ((args: Args) => unknown) | undefined;
}
type Guard = Action;
/**
 * Every action and guard is made here, so all have one shape (spreads of differently made objects
 * gave several): the loops that call them read slot, impl and params from one object layout.
 */
const step = (slot: number, impl: Impl, params: unknown, paramsOf: Action["paramsOf"]): Action =>
  ({ slot, impl, params, paramsOf });
/**
 * `reenter`: the transition exits and enters its target even when it is the current state (true for a
 * root's transitions).
 */
interface Transition {
  guard: Guard | undefined;
  actions: Action[];
  target: number;
  reenter: boolean;
}
interface State {
  name: string;
  on: Map<string, Transition[]>;
  always: Transition[];
  entry: Action[];
  exit: Action[];
}

export interface CompiledMachine {
  readonly id: string;
  readonly states: readonly State[];
  readonly initial: number;
  readonly root: State;
  /** Named actions and guards, by slot, and the implementations setup() gave them. */
  readonly slots: readonly { kind: "actions" | "guards"; name: string }[];
  readonly defaults: readonly Impl[];
  context(input: unknown): unknown;
}

const ROOT_KEYS = new Set([
  "id",
  "context",
  "initial",
  "states",
  "entry",
  "on",
  "always",
  "description",
  "types",
  "schemas",
  "version",
]);
const STATE_KEYS = new Set(["on", "always", "entry", "exit", "description", "tags", "meta"]);
const TRANSITION_KEYS = new Set(["target", "guard", "actions", "reenter", "description", "meta"]);
/** Longest chain of eventless transitions one event may take before the machine is said to loop. */
const MAX_EVENTLESS = 10_000;

interface MachineLike {
  config: Record<string, unknown>;
  implementations: { actions: Record<string, unknown>; guards: Record<string, unknown> };
}

/**
 * An empty list in the one array layout every compiled list has. V8 gives a mapped array holey
 * elements, a pushed one packed elements and an empty literal elements of small integers: the compiled
 * actor's loops over actions, transitions and implementations met a second layout mid-run and had their
 * optimised code thrown away (`--trace-deopt`: "wrong map" in select, settle and run). So every list
 * starts as an array that held an object (an undefined pushed and popped) and is filled by push.
 */
function emptyList<T>(): T[] {
  const out: T[] = [undefined as T];
  out.pop();
  return out;
}

/** `xs.map(fn)` in that layout. */
function packed<T, U>(xs: readonly T[], fn: (x: T, i: number) => U): U[] {
  const out = emptyList<U>();
  for (let i = 0; i < xs.length; i++) out.push(fn(xs[i]!, i));
  return out;
}

const byLogic = new WeakMap<object, CompiledMachine>();

/** The transition tables of `logic`, compiled on first use; throws UnsupportedMachineError. */
export function compileMachine(logic: AnyActorLogic): CompiledMachine {
  let m = byLogic.get(logic);
  if (m === undefined) byLogic.set(logic, (m = compile(logic)));
  return m;
}

/**
 * The functions of a machine's named actions and guards, by slot: an actor's own `implementations`
 * (as `machine.provide()` takes them) over the machine's.
 */
export function implementationsOf(m: CompiledMachine, implementations?: Implementations): readonly Impl[] {
  if (implementations === undefined) return m.defaults;
  return packed(m.slots, ({ kind, name }, i) => {
    const impl = implementations[kind]?.[name] ?? m.defaults[i];
    if (typeof impl !== "function")
      throw new UnsupportedMachineError(`machine '${m.id}': the provided ${kind} '${name}' is not a function`);
    return impl as Impl;
  });
}

function compile(logic: AnyActorLogic): CompiledMachine {
  const machine = logic as unknown as Partial<MachineLike>;
  if (typeof machine.config !== "object" || machine.config === null || machine.implementations === undefined) {
    throw new UnsupportedMachineError(
      "actor logic is not a state machine (setup().createMachine() or createMachine()); only machines can be compiled",
    );
  }
  const cfg = machine.config;
  const id = typeof cfg.id === "string" ? cfg.id : "(machine)";
  const impls = machine.implementations;
  const slots: { kind: "actions" | "guards"; name: string }[] = [];
  const defaults: Impl[] = [];
  const slotOf = (kind: "actions" | "guards", name: string, impl: unknown): number => {
    let i = slots.findIndex((x) => x.kind === kind && x.name === name);
    if (i < 0) {
      i = slots.push({ kind, name }) - 1;
      defaults.push(impl as Impl);
    }
    return i;
  };
  const refuse = (path: string, what: string): never => {
    throw new UnsupportedMachineError(
      `machine '${id}' at ${path}: ${what} is not supported by the compiled engine (run it with engine: xstate)`,
    );
  };
  for (const k of Object.keys(cfg)) if (!ROOT_KEYS.has(k)) refuse(`root`, `'${k}'`);

  const stateConfigs = (cfg.states ?? {}) as Record<string, Record<string, unknown>>;
  const names = Object.keys(stateConfigs);
  const index = new Map(names.map((n, i) => [n, i]));
  if (names.length > 0 && (typeof cfg.initial !== "string" || !index.has(cfg.initial)))
    refuse("root", `initial state ${JSON.stringify(cfg.initial)}`);

  const action = (path: string, a: unknown): Action => {
    if (typeof a === "string") {
      const impl = impls.actions[a];
      if (impl === undefined) refuse(path, `the action '${a}', which setup() does not define,`);
      const named = action(path, impl);
      return step(slotOf("actions", a, impl), named.impl, named.params, named.paramsOf);
    }
    if (typeof a === "function") {
      if (typeof (a as { resolve?: unknown }).resolve === "function")
        refuse(path, `the built-in action '${String((a as { type?: unknown }).type)}'`);
      return step(-1, a as Impl, undefined, undefined);
    }
    if (a !== null && typeof a === "object" && typeof (a as { type?: unknown }).type === "string") {
      const { type, params } = a as { type: string; params?: unknown };
      const base = action(path, type);
      return typeof params === "function"
        ? step(base.slot, base.impl, base.params, params as (args: Args) => unknown)
        : step(base.slot, base.impl, params, base.paramsOf);
    }
    return refuse(path, `the action ${JSON.stringify(a)}`);
  };
  const actions = (path: string, a: unknown): Action[] =>
    packed(a === undefined ? [] : Array.isArray(a) ? a : [a], (x, i) => action(`${path}[${i}]`, x));

  const guard = (path: string, g: unknown): Guard | undefined => {
    if (g === undefined) return undefined;
    if (typeof g === "string") {
      const impl = impls.guards[g];
      if (impl === undefined) refuse(path, `the guard '${g}', which setup() does not define,`);
      const named = guard(path, impl)!;
      return step(slotOf("guards", g, impl), named.impl, named.params, named.paramsOf);
    }
    if (typeof g === "function") {
      if (typeof (g as { check?: unknown }).check === "function")
        refuse(path, "a guard combinator (and, or, not, stateIn)");
      return step(-1, g as Impl, undefined, undefined);
    }
    if (g !== null && typeof g === "object" && typeof (g as { type?: unknown }).type === "string") {
      const { type, params } = g as { type: string; params?: unknown };
      const base = guard(path, type)!;
      return typeof params === "function"
        ? step(base.slot, base.impl, base.params, params as (args: Args) => unknown)
        : step(base.slot, base.impl, params, base.paramsOf);
    }
    return refuse(path, `the guard ${JSON.stringify(g)}`);
  };

  // From a state a target names a sibling ("idle"); from the root it names a child (".idle").
  const transition = (path: string, t: unknown, fromRoot: boolean): Transition => {
    if (typeof t === "string") t = { target: t };
    if (t === null || typeof t !== "object") return refuse(path, `the transition ${JSON.stringify(t)}`);
    const tc = t as Record<string, unknown>;
    for (const k of Object.keys(tc)) if (!TRANSITION_KEYS.has(k)) refuse(path, `'${k}' in a transition`);
    let target = -1;
    if (tc.target !== undefined) {
      const name =
        typeof tc.target !== "string"
          ? undefined
          : fromRoot
            ? tc.target.startsWith(".")
              ? tc.target.slice(1)
              : undefined
            : tc.target;
      const allowed = `only a top-level state: "name" from a state, ".name" from the root`;
      if (name === undefined || !index.has(name)) refuse(path, `the target ${JSON.stringify(tc.target)} (${allowed})`);
      target = index.get(name!)!;
    }
    // A root transition's domain is the root, so the child it targets is left and entered again.
    return {
      guard: guard(`${path}.guard`, tc.guard),
      actions: actions(`${path}.actions`, tc.actions),
      target,
      reenter: fromRoot || tc.reenter === true,
    };
  };
  const transitions = (path: string, t: unknown, fromRoot: boolean): Transition[] =>
    packed(t === undefined ? [] : Array.isArray(t) ? t : [t], (x, i) => transition(`${path}[${i}]`, x, fromRoot));

  const state = (name: string, path: string, sc: Record<string, unknown>, fromRoot: boolean): State => {
    for (const k of Object.keys(sc)) if (!STATE_KEYS.has(k)) refuse(path, `'${k}'`);
    const on = new Map<string, Transition[]>();
    for (const [type, t] of Object.entries((sc.on ?? {}) as Record<string, unknown>)) {
      if (type.includes("*")) refuse(`${path}.on`, `the wildcard event '${type}'`);
      on.set(type, transitions(`${path}.on.${type}`, t, fromRoot));
    }
    return {
      name,
      on,
      always: transitions(`${path}.always`, sc.always, fromRoot),
      entry: actions(`${path}.entry`, sc.entry),
      exit: actions(`${path}.exit`, sc.exit),
    };
  };

  const states = names.map((n) => state(n, `states.${n}`, stateConfigs[n]!, false));
  const { on, always, entry } = cfg;
  const root = state("(root)", "root", { on, always, entry }, true);
  const context = cfg.context;
  return {
    id,
    slots,
    defaults,
    states,
    root,
    initial: names.length > 0 ? index.get(cfg.initial as string)! : -1,
    context:
      typeof context === "function"
        ? (input) => (context as (a: { input: unknown }) => unknown)({ input })
        : () => structuredClone(context ?? {}),
  };
}

/** One actor running a compiled machine; `getSnapshot()` has the shape of xstate's (value, context). */
export class CompiledActor {
  private state: number;
  private readonly args: Args;
  /** Actions held back while the initial macrostep is computed, run in order once it is. */
  private deferred: Action[] | undefined;

  constructor(
    private readonly m: CompiledMachine,
    input: unknown,
    context?: unknown,
    private readonly impls: readonly Impl[] = m.defaults,
  ) {
    this.state = m.initial;
    this.args = { context: context === undefined ? m.context(input) : context, event: { type: "xstate.init", input } };
  }

  start(): void {
    const init = this.args.event;
    const deferred: Action[] = (this.deferred = emptyList());
    this.run(this.m.root.entry);
    if (this.state >= 0) this.run(this.m.states[this.state]!.entry);
    this.settle(init);
    this.deferred = undefined;
    this.args.event = init;
    this.run(deferred);
  }

  send(event: SimEvent): void {
    this.args.event = event;
    const here = this.state >= 0 ? this.m.states[this.state]!.on.get(event.type) : undefined;
    const t = (here && this.select(here)) ?? this.selectIn(this.m.root.on.get(event.type));
    if (t !== undefined) this.take(t);
    this.settle(event);
  }

  getSnapshot(): { value: string; context: unknown } {
    return { value: this.stateName(), context: this.args.context };
  }

  stateName(): string { return this.state >= 0 ? this.m.states[this.state]!.name : ""; }

  /** State and context as plain data (a deep copy, so the snapshot does not change as the actor runs). */
  persisted(): { value: string; context: unknown } {
    return { value: this.stateName(), context: structuredClone(this.args.context) };
  }

  /** An actor continuing from `persisted()` output: no entry actions run, as xstate restores a snapshot. */
  static restore(m: CompiledMachine, saved: unknown, impls: readonly Impl[] = m.defaults): CompiledActor {
    const { value, context } = saved as { value: string; context: unknown };
    const state = m.states.findIndex((s) => s.name === value);
    if (state < 0 && m.states.length > 0)
      throw new UnsupportedMachineError(`machine '${m.id}' has no state ${JSON.stringify(value)} to restore`);
    const actor = new CompiledActor(m, undefined, structuredClone(context), impls);
    actor.state = state;
    return actor;
  }

  private settle(event: SimEvent): void {
    const m = this.m;
    for (let n = 0; ; n++) {
      this.args.event = event;
      const t = (this.state >= 0 ? this.select(m.states[this.state]!.always) : undefined) ?? this.select(m.root.always);
      if (t === undefined) return;
      if (n === MAX_EVENTLESS) {
        throw new UnsupportedMachineError(
          `machine '${m.id}': more than ${MAX_EVENTLESS} eventless transitions after '${event.type}' (an always loop)`,
        );
      }
      const before = this.state;
      this.take(t);
      if (this.state === before) return;
    }
  }

  private selectIn(ts: Transition[] | undefined): Transition | undefined {
    return ts === undefined ? undefined : this.select(ts);
  }

  private select(ts: readonly Transition[]): Transition | undefined {
    const args = this.args;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      const g = t.guard;
      if (g === undefined) return t;
      const f = g.slot < 0 ? g.impl : this.impls[g.slot]!;
      if (f(args, g.paramsOf === undefined ? g.params : g.paramsOf(args))) return t;
    }
    return undefined;
  }

  private take(t: Transition): void {
    const moves = t.target >= 0 && (t.target !== this.state || t.reenter);
    if (moves && this.state >= 0) this.run(this.m.states[this.state]!.exit);
    this.run(t.actions);
    if (moves) {
      this.state = t.target;
      this.run(this.m.states[t.target]!.entry);
    }
  }

  private run(actions: readonly Action[]): void {
    if (this.deferred !== undefined) {
      for (const a of actions) this.deferred.push(a);
      return;
    }
    const args = this.args;
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]!;
      const f = a.slot < 0 ? a.impl : this.impls[a.slot]!;
      f(args, a.paramsOf === undefined ? a.params : a.paramsOf(args));
    }
  }
}
