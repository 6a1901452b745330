import { createActor, type ActorOptions, type AnyActorLogic } from "xstate";
import { CompiledActor, compileMachine } from "./compiled-machine.js";
import { EventHeap } from "./heap.js";
import { DigestTable, typeId } from "./digest.js";
import { Rng } from "./rng.js";
import { LookaheadError, SimError } from "./errors.js";
import type { Ns } from "./time.js";
import type { Tracer } from "./trace.js";

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
   * Hands `event` to this actor itself `delayNs` from now, unless cancelled first. A cancelled one is
   * dropped by the kernel, never handled nor digested, where a stale self-message would cost a whole
   * xstate step to ignore (a vCPU's end of segment after the segment was preempted).
   */
  after(delayNs: Ns, event: SimEvent): { cancel(): void };
  name(actor: number): string;
  /** Present only when the run is traced: actors report their state changes to it. */
  readonly trace?: Tracer;
}

/** What the kernel needs from a model: how many actors, their links, and their machines. */
export interface ModelInstance {
  readonly actorCount: number;
  actorName(id: number): string;
  /** Minimum delay of a message from src to dst in ns (0 for src === dst); Infinity when there is no link. */
  latency(src: number, dst: number): Ns;
  /** The xstate logic and input of one actor; the kernel creates it with a clock bound to that actor. */
  logic(id: number, env: ActorEnv): { logic: AnyActorLogic; input: unknown };
}

/** How actors' machines run: compiled into transition tables by the kernel, or by xstate's interpreter. */
export type EngineKind = "compiled" | "xstate";

/** What the kernel holds of a running actor, whichever engine runs it (an xstate actor is one). */
export interface SimActor {
  send(event: SimEvent): void;
  getSnapshot(): { value: unknown; context: unknown };
}

/** A message leaving the partition, in the form the batch codec carries. */
export interface OutMessage { time: Ns; src: number; seq: number; dst: number; event: SimEvent }

class Timer {
  dead = false;
  constructor(readonly fn: () => void) {}
  cancel(): void { this.dead = true; }
}

const TIMER_TYPE = typeId("xstate.timer");

/**
 * One partition: the actors it owns, one event heap keyed (time, src, seq), and outboxes towards
 * the other partitions. Sync code drives it window by window; it never blocks on anything.
 */
export class PartitionEngine {
  readonly heap = new EventHeap<SimEvent | Timer>(4096);
  readonly digests: DigestTable;
  readonly owned: number[] = [];
  private readonly actors: (SimActor | undefined)[];
  private readonly seqOf: Uint32Array;
  private readonly outboxes: OutMessage[][];
  private failure: Error | undefined;
  /**
   * Optional check of every message sent, local ones included: returns why the message could not
   * cross a partition boundary (used by tests, so a message the wire schema cannot carry fails in
   * one partition too, not only when partitions are cut).
   */
  checkSend: ((src: number, dst: number, event: SimEvent) => string | undefined) | undefined;

  /** Asked every 4,096 events whether to stop the run (returns why); for hosts of long windows. */
  interrupt: (() => string | undefined) | undefined;

  /** Trace recorder, set before start() when the run is traced; it hears every successful send. */
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
    this.actors = new Array(n);
    this.seqOf = new Uint32Array(n);
    this.digests = new DigestTable(n);
    this.outboxes = Array.from({ length: partitions }, () => []);
    for (let id = 0; id < n; id++) if (partitionOf[id] === partition) this.owned.push(id);
  }

  /** Creates and starts every owned actor, in id order, at virtual time 0. */
  start(): void {
    for (const id of this.owned) {
      const env = this.envFor(id);
      const { logic, input } = this.model.logic(id, env);
      this.current = id;
      if (this.engineKind === "compiled") {
        const actor = new CompiledActor(compileMachine(logic), input);
        this.actors[id] = actor;
        try { actor.start(); } catch (err) { this.fail(err); }
      } else {
        const actor = createActor(logic, { clock: this.clockFor(id), input });
        actor.subscribe({ error: (err: unknown) => this.fail(err) });
        this.actors[id] = actor;
        actor.start();
      }
      this.check();
    }
    this.current = -1;
  }

  /** Handles every event with time < end. */
  runUntil(end: Ns): void {
    const heap = this.heap;
    while (heap.size > 0 && heap.peekTime() < end) {
      heap.pop();
      const payload = heap.topPayload!;
      const dst = heap.topDst;
      try {
        if (payload instanceof Timer) {
          if (payload.dead) continue;
          this.enter(dst, TIMER_TYPE, undefined);
          payload.fn();
        } else {
          this.enter(dst, typeId(payload.type), payload);
          this.actors[dst]!.send(payload);
        }
      } catch (err) {
        // xstate reports an action's error to the actor's subscribers; a compiled actor throws it.
        this.fail(err);
      }
      this.check();
      if ((this.events & 0xfff) === 0 && this.interrupt !== undefined) {
        // A long window never returns to the event loop; the host process may ask to stop anyway.
        const why = this.interrupt();
        if (why !== undefined) throw new SimError(`partition ${this.partition} stopped at t=${this.now} ns: ${why}`, -1, this.now);
      }
    }
    this.current = -1;
  }

  private enter(dst: number, type: number, payload: SimEvent | undefined): void {
    const heap = this.heap;
    this.now = heap.topTime;
    this.current = dst;
    this.events++;
    this.digests.fold(dst, heap.topTime, heap.topSrc, heap.topSeq, type, payload);
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
      this.heap.push(m.time, m.src, m.seq, m.dst, m.event);
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
    this.heap.forEach((_t, _s, _q, _d, p) => { if (!(p instanceof Timer)) n++; });
    return n;
  }

  /** Queued messages tallied by `classify` (those it maps to undefined are skipped). */
  pendingByClass(classify: (e: SimEvent) => string | undefined): Record<string, number> {
    const out: Record<string, number> = {};
    this.heap.forEach((_t, _s, _q, _d, p) => {
      if (p instanceof Timer) return;
      const c = classify(p);
      if (c !== undefined) out[c] = (out[c] ?? 0) + 1;
    });
    return out;
  }

  actor(id: number): SimActor | undefined { return this.actors[id]; }

  private envFor(id: number): ActorEnv {
    const engine = this;
    const env: ActorEnv = {
      id,
      rng: new Rng(this.seed, id),
      now: () => engine.now,
      send: (dst, event, delay) => engine.send(id, dst, event, delay),
      after: (delay, event) => engine.schedule(id, delay, () => engine.actors[id]!.send(event)),
      name: (actor) => engine.model.actorName(actor),
    };
    return this.tracer ? { ...env, trace: this.tracer } : env;
  }

  private clockFor(id: number): Clock {
    return {
      setTimeout: (fn: (...args: unknown[]) => void, delay: number) => this.schedule(id, delay, fn as () => void),
      clearTimeout: (h: unknown) => { (h as Timer).cancel(); },
    };
  }

  /** A timer of actor `id`, keyed like a message it sends itself. */
  private schedule(id: number, delay: Ns, fn: () => void): Timer {
    const at = this.now + delay;
    if (!(delay >= 0) || !Number.isSafeInteger(at)) {
      this.fail(new SimError(`actor ${this.model.actorName(id)} set a timer of ${delay} ns at t=${this.now} ns; delays are non-negative integer ns`, id, this.now));
    }
    const timer = new Timer(fn);
    this.heap.push(at, id, this.seqOf[id]!++, id, timer);
    return timer;
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
    if (this.tracer !== undefined) this.tracer.message(src, dst, event.type, this.now, time, seq);
    const p = this.partitionOf[dst]!;
    if (p === this.partition) {
      this.heap.push(time, src, seq, dst, event);
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
