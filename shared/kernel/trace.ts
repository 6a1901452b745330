import type { Ns } from "./time.js";

/** Called when an actor's accounted state changes (and once at creation with its initial state). */
export type StateObserver = (state: string, now: Ns) => void;

/**
 * What a trace recorder hears from the kernel and the actors. The engine holds one only when
 * tracing is on; untraced runs pay one `undefined` check per send and per state change.
 */
export interface Tracer {
  /** An observer of actor `actor`'s states (time-in-state transitions). */
  states(actor: number): StateObserver;
  /** A message `src` sent at `sentAt` (its seq-th send) that arrives at `dst` at `at`. */
  message(src: number, dst: number, type: string, sentAt: Ns, at: Ns, seq: number): void;
}
