import type { Ns } from "./time.js";

/** Called when an actor's accounted state changes (and once at creation with its initial state). */
export type StateObserver = (state: string, now: Ns) => void;

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
 * tracing is on; untraced runs pay one `undefined` check per send and per state change.
 */
export interface Tracer {
  /** An observer of actor `actor`'s states (time-in-state transitions). */
  states(actor: number): StateObserver;
  /** A message `src` sent at `sentAt` (its seq-th send) that arrives at `dst` at `at`. */
  message(src: number, dst: number, type: string, sentAt: Ns, at: Ns, seq: number): void;
  /** A lock's wait, grant or release (models with locks report them through ActorEnv.traceLock). */
  lock?(e: LockTraceEvent): void;
}
