import { createActor, type Actor, type ActorOptions, type AnyActorLogic } from "xstate";
import { CompiledActor, compileMachine, implementationsOf } from "./compiled-machine.js";
import { StateTime } from "./state-time.js";
import { EventHeap, MAX_SOURCES } from "./heap.js";
import { LiveTimers } from "./live-timers.js";
import { DigestTable, typeId } from "./digest.js";
import { Rng } from "./rng.js";
import { sharedOfCut, sliceCut, type RunCut } from "./cut.js";
import { ConfigError, LookaheadError, SimError } from "./errors.js";
import type { Ns } from "./time.js";
import type { LockTraceEvent, StateObserver, TraceArgs, Tracer } from "./trace.js";

export type Clock = NonNullable<ActorOptions<AnyActorLogic>["clock"]>;

/** A message between actors: an xstate event whose type names a payload of proto/irqscale.proto. */
export interface SimEvent { readonly type: string; readonly [field: string]: unknown }

/** What an actor sees of the kernel: its identity, virtual time, its random stream, and sends. */
export interface ActorEnv {
  readonly id: number;
  readonly rng: Rng;
  now(): Ns;
  /** Sends `event` to actor `dst`, arriving `delayNs` from now (>= the link latency; > 0 unless dst is self). */
  send(dst: number, event: SimEvent, delayNs: Ns): void;
  /**
   * Hands `event` to this actor itself `delayNs` from now, unless cancelled first; returns the timer's
   * handle, a plain number an actor can keep in its context. A cancelled one is dropped by the kernel,
   * never handled nor digested, where a stale self-message would cost a whole step to ignore (a vCPU's
   * end of segment after the segment was preempted).
   */
  after(delayNs: Ns, event: SimEvent): number;
  /** Cancels a timer `after` returned (a timer that already fired or was cancelled is ignored). */
  cancel(timer: number): void;
  name(actor: number): string;
  /** Set only while tracing: reports a lock's moment to the trace (observational; no effect on the run). */
  readonly traceLock?: (e: LockTraceEvent) => void;
}

/** What the kernel needs from a model: how many actors, their links, and their machines. */
export interface ModelInstance {
  readonly actorCount: number;
  actorName(id: number): string;
  /** Minimum delay of a message from src to dst in ns (0 for src === dst); Infinity when there is no link. */
  latency(src: number, dst: number): Ns;
  /**
   * The xstate logic and input of one actor, and the implementations of its named actions and guards
   * made for it (run as `logic.provide(implementations)`); the kernel creates it with a clock bound to
   * that actor.
   */
  logic(id: number, env: ActorEnv): ActorLogicOf & { input: unknown };
  /** Time-in-state is accounted from here on (the end of warm-up); 0 when not given. */
  readonly accountFromNs?: Ns;
  /**
   * State the model's actors share outside their contexts (a VM's shared memory), as plain data, for a
   * snapshot of the actors this instance created; and its restoration into a fresh instance, after
   * the actors were created again.
   */
  sharedState?(): unknown;
  restoreSharedState?(state: unknown): void;
  /**
   * Asked only while tracing, after each event of an actor and at its creation: what its slice in
   * `state` shows besides the state (from its machine's context; read, never changed), or undefined.
   * A new slice begins where the args change.
   */
  traceArgs?(id: number, state: string, context: unknown): TraceArgs | undefined;
  /** Asked only while tracing, for each message sent: its flow's name in a trace (default: its type). */
  traceFlowName?(event: SimEvent): string;
}

/** Named actions and guards of a machine, as `machine.provide()` takes them. */
export interface Implementations {
  actions?: Record<string, unknown>;
  guards?: Record<string, unknown>;
}
/** A machine and, when they are made per actor, its implementations. */
export interface ActorLogicOf { logic: AnyActorLogic; implementations?: Implementations }

/** How actors' machines run: compiled into transition tables by the kernel, or by xstate's interpreter. */
export type EngineKind = "compiled" | "xstate";

/** What the kernel holds of a running actor, whichever engine runs it. */
export interface SimActor {
  send(event: SimEvent): void;
  getSnapshot(): { value: unknown; context: unknown };
  /** The machine's current state, as a name (a flat machine's state value). */
  stateName(): string;
  /** The actor's state as plain data, from which `restore` continues it. */
  persisted(): unknown;
}

/** An actor run by xstate's own interpreter. */
class XstateSimActor implements SimActor {
  constructor(readonly actor: Actor<AnyActorLogic>) {}
  send(event: SimEvent): void { this.actor.send(event); }
  getSnapshot(): { value: unknown; context: unknown } {
    return this.actor.getSnapshot() as { value: unknown; context: unknown };
  }
  stateName(): string {
    const v: unknown = this.actor.getSnapshot().value;
    return typeof v === "string" ? v : JSON.stringify(v);
  }
  persisted(): unknown { return this.actor.getPersistedSnapshot(); }
}

/** The machine with an actor's own implementations, as xstate's interpreter runs it. */
function provided(logic: AnyActorLogic, implementations: Implementations | undefined): AnyActorLogic {
  if (implementations === undefined) return logic;
  return (logic as unknown as { provide(i: Implementations): AnyActorLogic }).provide(implementations);
}

/** A partition's whole state between two events, as plain data (JSON-serialisable). */
export interface PartitionSnapshot {
  format: "irqscale.partition/v1";
  partition: number;
  partitions: number;
  seed: number;
  engine: EngineKind;
  now: Ns;
  counters: { events: number; sent: number; remoteSent: number; received: number };
  /** Per owned actor: its send sequence, digest words, random stream, machine and time-in-state. */
  actors: {
    id: number;
    seq: number;
    digest: [number, number];
    rng: number[];
    machine: unknown;
    account: { state: string; since: Ns; totals: Record<string, number> };
  }[];
  /** Queued events, in no particular order: [time, src, seq, dst, event, 1 for a timer of `after`]. */
  heap: [Ns, number, number, number, SimEvent, 0 | 1][];
  outboxes: OutMessage[][];
  /** The model's shared state (ModelInstance.sharedState). */
  shared: unknown;
}

/** A message leaving the partition, in the form the batch codec carries. */
export interface OutMessage { time: Ns; src: number; seq: number; dst: number; event: SimEvent }

/** What a queued entry is: a message, a timer of `after` (its payload is the event), a callback of xstate's clock. */
const MESSAGE = 0, AFTER = 1, CALLBACK = 2;

/** A queued callback of xstate's clock (the xstate engine's delayed transitions). */
class ClockTimer {
  dead = false;
  constructor(readonly fn: () => void) {}
}

const TIMER_TYPE = typeId("xstate.timer");

/**
 * One partition: the actors it owns, one event heap keyed (time, src, seq), and outboxes towards
 * the other partitions. Sync code drives it window by window; it never blocks on anything.
 */
export class PartitionEngine {
  readonly heap: EventHeap<SimEvent | ClockTimer>;
  readonly digests: DigestTable;
  readonly owned: number[] = [];
  private readonly actors: (SimActor | undefined)[];
  private readonly envs: (ActorEnv | undefined)[];
  private readonly seqOf: Uint32Array;
  private outboxes: OutMessage[][];
  /** Live timers of `after`, by actor: their sequence numbers (neither fired nor cancelled yet). */
  private readonly liveTimers: LiveTimers;
  /** Time-in-state of each actor's machine. */
  private readonly time: StateTime;
  private readonly observers: (StateObserver | undefined)[];
  private failure: Error | undefined;
  /**
   * Optional check of every message sent, local ones included: returns why the message could not
   * cross a partition boundary (used by tests, so a message the wire schema cannot carry fails in
   * one partition too, not only when partitions are cut).
   */
  checkSend: ((src: number, dst: number, event: SimEvent) => string | undefined) | undefined;

  /** Asked every 4,096 events whether to stop the run (returns why); for hosts of long windows. */
  interrupt: (() => string | undefined) | undefined;

  /** Trace recorder, set before start() when the run is traced; it hears every send and state change. */
  tracer: Tracer | undefined;

  now: Ns = 0;
  current = -1;
  /** No message to another partition may arrive before this (the current window's start + lookahead). */
  remoteFloor: Ns = 0;
  events = 0;
  sent = 0;
  remoteSent = 0;
  received = 0;

  constructor(
    readonly model: ModelInstance,
    readonly partition: number,
    readonly partitionOf: Int32Array,
    readonly partitions: number,
    readonly seed: number,
    readonly engineKind: EngineKind = "compiled",
  ) {
    const n = model.actorCount;
    if (n > MAX_SOURCES) throw new ConfigError([`the model has ${n} actors; one run holds at most ${MAX_SOURCES}`]);
    // Room for two queued events per actor from the start: a heap that grows mid-run first runs its
    // grow path then, and the optimised event loop it is inlined into is thrown away (a deopt).
    this.heap = new EventHeap(Math.max(4096, 2 ** Math.ceil(Math.log2(2 * n))));
    this.actors = new Array(n);
    this.envs = new Array(n);
    this.liveTimers = new LiveTimers(n);
    this.seqOf = new Uint32Array(n);
    this.digests = new DigestTable(n);
    this.outboxes = Array.from({ length: partitions }, () => []);
    this.time = new StateTime(n, model.accountFromNs ?? 0);
    this.observers = new Array(n);
    for (let id = 0; id < n; id++) if (partitionOf[id] === partition) this.owned.push(id);
  }

  /** Creates and starts every owned actor, in id order, at virtual time 0. */
  start(): void {
    for (const id of this.owned) {
      const { logic, input, implementations } = this.model.logic(id, this.envFor(id));
      this.current = id;
      if (this.engineKind === "compiled") {
        const m = compileMachine(logic);
        const actor = new CompiledActor(m, input, undefined, implementationsOf(m, implementations));
        this.actors[id] = actor;
        try { actor.start(); } catch (err) { this.fail(err); }
      } else {
        const actor = createActor(provided(logic, implementations), { clock: this.clockFor(id), input });
        actor.subscribe({ error: (err: unknown) => this.fail(err) });
        this.actors[id] = new XstateSimActor(actor);
        actor.start();
      }
      this.check();
      this.openAccount(id, this.actors[id]!.stateName(), 0);
    }
    this.current = -1;
  }

  /** Handles every event with time < end. */
  runUntil(end: Ns): void {
    const heap = this.heap;
    // Read once: a field first read deep in an optimised loop would throw the loop's code away (a deopt).
    const interrupt = this.interrupt;
    const traced = this.tracer !== undefined && this.model.traceArgs !== undefined;
    while (heap.size > 0 && heap.peekTime() < end) {
      heap.pop();
      const dst = heap.topDst;
      const kind = heap.topKind;
      try {
        if (kind === MESSAGE) {
          const event = heap.topPayload as SimEvent;
          this.enter(dst);
          this.digests.foldMessage(dst, heap.topTime, heap.topSrc, heap.topSeq, event);
          this.actors[dst]!.send(event);
        } else if (kind === AFTER) {
          // A cancelled timer is no longer live: it is dropped unhandled and undigested.
          if (!this.liveTimers.delete(dst, heap.topSeq)) continue;
          this.enterTimer(dst);
          this.actors[dst]!.send(heap.topPayload as SimEvent);
        } else {
          const timer = heap.topPayload as ClockTimer;
          if (timer.dead) continue;
          this.enterTimer(dst);
          timer.fn();
        }
      } catch (err) {
        // xstate reports an action's error to the actor's subscribers; a compiled actor throws it.
        this.fail(err);
      }
      this.check();
      const state = this.actors[dst]!.stateName();
      if (state !== this.time.stateOf[dst]) this.changeState(dst, state);
      else if (traced) this.observers[dst]?.(state, this.now, this.traceArgs(dst, state));
      if ((this.events & 0xfff) === 0 && interrupt !== undefined) {
        // A long window never returns to the event loop; the host process may ask to stop anyway.
        const why = interrupt();
        if (why !== undefined) throw new SimError(`partition ${this.partition} stopped at t=${this.now} ns: ${why}`, -1, this.now);
      }
    }
    this.current = -1;
  }

  private enter(dst: number): void {
    this.now = this.heap.topTime;
    this.current = dst;
    this.events++;
  }

  private enterTimer(dst: number): void {
    const heap = this.heap;
    this.enter(dst);
    this.digests.fold(dst, heap.topTime, heap.topSrc, heap.topSeq, TIMER_TYPE);
  }

  private openAccount(id: number, state: string, since: Ns, totals?: Readonly<Record<string, number>>): void {
    this.time.open(id, state, since, totals);
    if (this.tracer !== undefined) {
      const observe = (this.observers[id] = this.tracer.states(id));
      observe(state, since, this.traceArgs(id, state));
    }
  }

  private changeState(id: number, state: string): void {
    this.time.change(id, state, this.now);
    const observe = this.observers[id];
    if (observe !== undefined) observe(state, this.now, this.traceArgs(id, state));
  }

  /** The args of actor `id`'s slice in `state` (tracing only; undefined when the model gives none). */
  private traceArgs(id: number, state: string): TraceArgs | undefined {
    const args = this.model.traceArgs;
    return args === undefined ? undefined : args.call(this.model, id, state, this.actors[id]!.getSnapshot().context);
  }

  /**
   * Shares of [accountFromNs, end) that actor `id`'s machine spent in each state it has been in
   * since then (they sum to 1 when end > accountFromNs), in the order each first got measured time.
   */
  timeInState(id: number, end: Ns): Record<string, number> {
    return this.time.shares(id, end);
  }

  /** Messages from other partitions, sent in an earlier window. */
  ingest(messages: readonly OutMessage[]): void {
    for (const m of messages) {
      if (this.partitionOf[m.dst] !== this.partition) {
        throw new SimError(`message for actor ${this.model.actorName(m.dst)} delivered to partition ${this.partition}, which does not own it`, m.dst, m.time);
      }
      if (m.time < this.now) {
        throw new LookaheadError(`message from ${this.model.actorName(m.src)} to ${this.model.actorName(m.dst)} at t=${m.time} ns arrived after partition ${this.partition} reached t=${this.now} ns`, m.dst, m.time);
      }
      this.received++;
      this.heap.push(m.time, m.src, m.seq, m.dst, m.event, MESSAGE);
    }
  }

  /** Takes the messages addressed to partition p since the last call. */
  takeOutbox(p: number): OutMessage[] {
    const box = this.outboxes[p]!;
    if (box.length === 0) return box;
    this.outboxes[p] = [];
    return box;
  }

  /** Earliest time among pending local events (Infinity if none). */
  nextTime(): Ns { return this.heap.peekTime(); }

  /** Messages still queued (live timers excluded: they are the actor's own state, not messages). */
  pendingMessages(): number {
    let n = 0;
    this.heap.forEach((_t, _s, _q, _d, _p, kind) => { if (kind === MESSAGE) n++; });
    return n;
  }

  /** Queued messages tallied by `classify` (those it maps to undefined are skipped). */
  pendingByClass(classify: (e: SimEvent) => string | undefined): Record<string, number> {
    const out: Record<string, number> = {};
    this.heap.forEach((_t, _s, _q, _d, p, kind) => {
      if (kind !== MESSAGE) return;
      const c = classify(p as SimEvent);
      if (c !== undefined) out[c] = (out[c] ?? 0) + 1;
    });
    return out;
  }

  actor(id: number): SimActor | undefined { return this.actors[id]; }

  /**
   * The partition's state between two events (between two runUntil calls), as plain data: every
   * owned actor's machine, context, random stream, send sequence, digest and time-in-state; the
   * queued events and timers; the outboxes; the model's shared state. `restore` continues from it.
   */
  snapshot(): PartitionSnapshot {
    const heap: PartitionSnapshot["heap"] = [];
    this.heap.forEach((time, src, seq, dst, p, kind) => {
      if (kind === MESSAGE) heap.push([time, src, seq, dst, p as SimEvent, 0]);
      else if (kind === AFTER) {
        if (this.liveTimers.has(dst, seq)) heap.push([time, src, seq, dst, p as SimEvent, 1]);
      } else if (!(p as ClockTimer).dead) {
        throw new SimError(
          `actor ${this.model.actorName(dst)} has a pending xstate delayed transition, which a snapshot cannot hold`,
          dst, this.now,
        );
      }
    });
    return {
      format: "irqscale.partition/v1",
      partition: this.partition, partitions: this.partitions, seed: this.seed, engine: this.engineKind, now: this.now,
      counters: { events: this.events, sent: this.sent, remoteSent: this.remoteSent, received: this.received },
      actors: this.owned.map((id) => ({
        id,
        seq: this.seqOf[id]!,
        digest: [this.digests.h1[id]!, this.digests.h2[id]!],
        rng: this.envs[id]!.rng.state(),
        machine: this.actors[id]!.persisted(),
        account: this.time.saved(id),
      })),
      heap,
      outboxes: this.outboxes.map((box) => box.slice()),
      shared: this.model.sharedState?.(),
    };
  }

  /** Continues from a snapshot of the same model, partition and seed (instead of start()). */
  restore(snap: PartitionSnapshot): void {
    const mismatch = (what: string, got: unknown, want: unknown) =>
      new SimError(
        `snapshot of ${what} ${JSON.stringify(got)} cannot restore into ${what} ${JSON.stringify(want)}`, -1, snap.now,
      );
    if (snap.format !== "irqscale.partition/v1") throw mismatch("format", snap.format, "irqscale.partition/v1");
    if (snap.partition !== this.partition) throw mismatch("partition", snap.partition, this.partition);
    if (snap.partitions !== this.partitions) throw mismatch("partitions", snap.partitions, this.partitions);
    if (snap.seed !== this.seed) throw mismatch("seed", snap.seed, this.seed);
    if (snap.engine !== this.engineKind) throw mismatch("engine", snap.engine, this.engineKind);
    const saved = new Map(snap.actors.map((a) => [a.id, a]));
    if (saved.size !== this.owned.length || !this.owned.every((id) => saved.has(id)))
      throw new SimError(`snapshot holds other actors than partition ${this.partition} owns`, -1, snap.now);
    this.now = snap.now;
    ({ events: this.events, sent: this.sent, remoteSent: this.remoteSent, received: this.received } = snap.counters);
    for (const id of this.owned) {
      const a = saved.get(id)!;
      const env = this.envFor(id);
      env.rng.setState(a.rng);
      this.seqOf[id] = a.seq;
      [this.digests.h1[id], this.digests.h2[id]] = a.digest;
      const { logic, implementations } = this.model.logic(id, env);
      if (this.engineKind === "compiled") {
        const m = compileMachine(logic);
        this.actors[id] = CompiledActor.restore(m, a.machine, implementationsOf(m, implementations));
      } else {
        const options = { clock: this.clockFor(id), snapshot: a.machine as never };
        const actor = createActor(provided(logic, implementations), options);
        actor.subscribe({ error: (err: unknown) => this.fail(err) });
        this.actors[id] = new XstateSimActor(actor);
        actor.start();
      }
      this.openAccount(id, a.account.state, a.account.since, a.account.totals);
    }
    for (const [time, src, seq, dst, event, timer] of snap.heap) {
      if (timer === 0) {
        this.heap.push(time, src, seq, dst, event, MESSAGE);
      } else {
        this.liveTimers.add(dst, seq);
        this.heap.push(time, src, seq, dst, event, AFTER);
      }
    }
    this.outboxes = snap.outboxes.map((box) => box.slice());
    if (snap.shared !== undefined) this.model.restoreSharedState?.(snap.shared);
  }

  /**
   * Continues this partition's part of a cut of the whole run, whatever partitioning took it: its
   * actors and their events, then the shared memory its re-created actors hold (instead of start()).
   */
  restoreCut(cut: RunCut): void {
    this.restore(sliceCut(cut, this.partition, this.partitions, this.partitionOf));
    if (cut.shared === undefined) return;
    const own = this.model.sharedState?.();
    const keys = own !== null && typeof own === "object" ? Object.keys(own) : [];
    this.model.restoreSharedState?.(sharedOfCut(cut, keys));
  }

  private envFor(id: number): ActorEnv {
    const engine = this;
    const env: ActorEnv = {
      id,
      rng: new Rng(this.seed, id),
      now: () => engine.now,
      send: (dst, event, delay) => engine.send(id, dst, event, delay),
      after: (delay, event) => engine.after(id, delay, event),
      cancel: (timer) => { engine.liveTimers.delete(id, timer); },
      name: (actor) => engine.model.actorName(actor),
      ...(this.tracer?.lock !== undefined ? { traceLock: (e: LockTraceEvent) => engine.tracer!.lock!(e) } : {}),
    };
    this.envs[id] = env;
    return env;
  }

  private clockFor(id: number): Clock {
    return {
      setTimeout: (fn: (...args: unknown[]) => void, delay: number) => {
        const timer = new ClockTimer(fn as () => void);
        this.schedule(id, delay, timer, CALLBACK);
        return timer;
      },
      clearTimeout: (h: unknown) => { (h as ClockTimer).dead = true; },
    };
  }

  private after(id: number, delay: Ns, event: SimEvent): number {
    const seq = this.seqOf[id]!;
    this.liveTimers.add(id, seq);
    this.schedule(id, delay, event, AFTER);
    return seq;
  }

  /** A timer of actor `id`, keyed like a message it sends itself. */
  private schedule(id: number, delay: Ns, payload: SimEvent | ClockTimer, kind: typeof AFTER | typeof CALLBACK): void {
    const at = this.now + delay;
    if (!(delay >= 0) || !Number.isSafeInteger(at)) {
      this.fail(new SimError(`actor ${this.model.actorName(id)} set a timer of ${delay} ns at t=${this.now} ns; delays are non-negative integer ns`, id, this.now));
    }
    this.heap.push(at, id, this.seqOf[id]!++, id, payload, kind);
  }

  send(src: number, dst: number, event: SimEvent, delay: Ns): void {
    const time = this.now + delay;
    const min = src === dst ? 0 : this.model.latency(src, dst);
    if (!(delay >= min) || (src !== dst && delay <= 0) || !Number.isSafeInteger(time)) {
      const name = this.model.actorName;
      const what = `${name(src)} sent '${event.type}' to ${name(dst)} at t=${this.now} ns with delay ${delay} ns`;
      if (!Number.isInteger(delay)) {
        this.fail(new SimError(`${what}; delays are whole nanoseconds (round them where they are computed)`, src, this.now));
        return;
      }
      const why = min === Infinity ? "there is no link between them" : `the link latency is ${min} ns`;
      this.fail(new LookaheadError(`${what}, but ${why}`, src, this.now));
      return;
    }
    if (this.checkSend !== undefined) {
      const why = this.checkSend(src, dst, event);
      if (why !== undefined) {
        this.fail(new SimError(`${this.model.actorName(src)} sent '${event.type}' to ${this.model.actorName(dst)} at t=${this.now} ns: ${why}`, src, this.now));
        return;
      }
    }
    const seq = this.seqOf[src]!++;
    this.sent++;
    if (this.tracer !== undefined) {
      this.tracer.message(src, dst, event.type, this.now, time, seq, this.model.traceFlowName?.(event));
    }
    const p = this.partitionOf[dst]!;
    if (p === this.partition) {
      this.heap.push(time, src, seq, dst, event, MESSAGE);
    } else {
      if (time < this.remoteFloor) {
        this.fail(new LookaheadError(`${this.model.actorName(src)} sent '${event.type}' to ${this.model.actorName(dst)} (partition ${p}) for t=${time} ns, before ${this.remoteFloor} ns (the current window's start + lookahead): lookahead violated`, src, this.now));
        return;
      }
      this.remoteSent++;
      this.outboxes[p]!.push({ time, src, seq, dst, event });
    }
  }

  fail(err: unknown): void {
    if (this.failure) return;
    if (err instanceof Error) this.failure = err;
    else this.failure = new SimError(String(err), this.current, this.now);
  }

  private check(): void {
    if (this.failure) {
      const f = this.failure;
      if (f instanceof SimError) throw f;
      const who = this.current >= 0 ? this.model.actorName(this.current) : `partition ${this.partition}`;
      throw new SimError(`${who} failed at t=${this.now} ns: ${f.message}`, this.current, this.now);
    }
  }
}
