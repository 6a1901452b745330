import type { Ns } from "./time.js";

/**
 * What a trace shows of a slice besides its state (an exit's reason, an interrupt's vector, a queue):
 * plain JSON values, in a fixed key order (the trace's bytes follow it).
 */
export type TraceArgs = Readonly<Record<string, string | number | boolean>>;

/**
 * Called when an actor's accounted state changes (and once at creation with its initial state); while
 * the model gives slice args (ModelInstance.traceArgs), also after each of the actor's events with the
 * args then, so a slice ends where its args change (a new exit, the next job) even in the same state.
 */
export type StateObserver = (state: string, now: Ns, args?: TraceArgs) => void;

/**
 * A lock's moment, as the model reports it while tracing: `core` asks and waits, is granted (at `at`,
 * which may lie after now: a handoff), or releases; `waiters` is the queue after the moment.
 */
export interface LockTraceEvent {
  lock: string;
  what: "wait" | "grant" | "release";
  at: Ns;
  core: number;
  waiters: number;
  /** The actor whose action it was (its group places the lock's track). */
  actor: number;
}

/**
 * What a trace recorder hears from the kernel and the actors. The engine holds one only when
 * tracing is on; untraced runs pay one `undefined` check per send and per event.
 */
export interface Tracer {
  /** An observer of actor `actor`'s states (time-in-state transitions). */
  states(actor: number): StateObserver;
  /**
   * A message `src` sent at `sentAt` (its seq-th send) that arrives at `dst` at `at`; `name` is its
   * flow's name when the model names it from the payload (ModelInstance.traceFlowName), else its type.
   */
  message(src: number, dst: number, type: string, sentAt: Ns, at: Ns, seq: number, name?: string): void;
  /** A lock's wait, grant or release (models with locks report them through ActorEnv.traceLock). */
  lock?(e: LockTraceEvent): void;
}
