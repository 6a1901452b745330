import { randomBytes } from "node:crypto";
import { ConfigError } from "../kernel/errors.js";

/**
 * Liveness of a run's participants, independent of window length and of NATS's own pings: the
 * coordinator sends a LivenessBeat on the run's subjects every `beatEveryMs(bound)`, every worker
 * answers each beat at once (a worker slices long windows, so it answers during them too), and a
 * participant silent for the bound is lost. See docs/failure-detection.md.
 */

/** A silent worker (or coordinator) is declared lost within this long, by default (ms). */
export const DEFAULT_STALL_TIMEOUT_MS = 5000;

/** The smallest bound accepted (ms): beats then go every 20 ms. */
export const MIN_STALL_TIMEOUT_MS = 100;

/**
 * How long a worker may stay inside one window before it hands its event loop back to answer
 * beats (ms): short against the smallest bound, long against the cost of one pause (one turn of the
 * event loop, a few microseconds).
 */
export const SLICE_MS = 20;

/** The longest beat period of any bound (ms). */
export const MAX_BEAT_MS = 500;

/** Beats every tenth of the bound, at least every MAX_BEAT_MS and at most every 20 ms. */
export function beatEveryMs(boundMs: number): number {
  return Math.min(MAX_BEAT_MS, Math.max(20, Math.round(boundMs / 10)));
}

/**
 * Silence (ms since the last answer) at which a participant is declared lost, checked at every beat:
 * the bound less one beat, so that a participant cut off just after answering is declared lost
 * within the bound itself (its last answer came at most one beat before the cut).
 */
export function lostAfterMs(boundMs: number, beatMs = beatEveryMs(boundMs)): number {
  return boundMs - beatMs;
}

/** The bound given by `flag`, checked: a ConfigError naming the flag when it is too small. */
export function checkStallTimeout(ms: number, flag = "--stall-timeout-ms"): number {
  if (!Number.isFinite(ms) || ms < MIN_STALL_TIMEOUT_MS) {
    throw new ConfigError([`${flag}: expected at least ${MIN_STALL_TIMEOUT_MS} ms (a silent worker is declared lost `
      + `after that long; default ${DEFAULT_STALL_TIMEOUT_MS}), got ${ms}`]);
  }
  return ms;
}

/** A fresh per-run token: 128 random bits, hex. */
export const newRunToken = (): string => randomBytes(16).toString("hex");
