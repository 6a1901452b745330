import { closeSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { SimError } from "../kernel/errors.js";
import type { Simulation } from "../kernel/simulation.js";
import type { Ns } from "../kernel/time.js";
import type { LockTraceEvent, StateObserver, TraceArgs, Tracer } from "../kernel/trace.js";

/**
 * Chrome trace-event JSON (the format chrome://tracing and Perfetto open) of a window of virtual
 * time: one track per core (tid = actor id + 1) in the process the model puts it in
 * (`Simulation.traceTrack`, e.g. one per VM and one per host; pid = process + 1; default: its group)
 * with its accounted states as complete ("X") slices carrying the model's args
 * (`ModelInstance.traceArgs`), and the messages of the types in `Simulation.traceFlows` as flow
 * arrows ("s" on the sender's track at send time, "f" with bp "e" on the receiver's at arrival),
 * named by `ModelInstance.traceFlowName` (an IPI, a device interrupt, a kick) or else by their type.
 */

/** The traced window [fromNs, toNs) of virtual time. */
export interface TraceWindow { fromNs: Ns; toNs: Ns }

/** Asks a run for a Chrome trace of `window`, handed to `done` once the run is over. */
export interface TraceRequest { window: TraceWindow; done(trace: ChromeTrace): void }

export interface TraceSlice { actor: number; state: string; start: Ns; end: Ns; args?: TraceArgs }
/** A traced message: its type (what `traceFlows` selects) and its flow's name (what the trace draws). */
export interface TraceFlow { src: number; dst: number; type: string; name?: string; sent: Ns; at: Ns; seq: number }

/** What one partition traced: slices of the actors it owns, flows of the messages they send. */
export interface TraceParts {
  slices: TraceSlice[];
  flows: TraceFlow[];
  /** Traced messages that arrive in the window but were sent before it (not drawn), per flow name. */
  sentBefore: Record<string, number>;
  /** Traced messages sent in the window that arrive at or after its end (not drawn), per flow name. */
  arriveAfter: Record<string, number>;
  /** Lock moments (waits, grants, releases) in the window, in the order the model reported them. */
  locks: LockTraceEvent[];
  /** The message type of each flow name drawn or counted. */
  flowNames?: Record<string, string>;
}

/** The trace window's error for a run ending at `endNs` (names it and the bounds), or undefined. */
export function traceWindowError(window: TraceWindow, endNs: Ns): string | undefined {
  if (Number.isSafeInteger(window.fromNs) && Number.isSafeInteger(window.toNs) && window.fromNs >= 0 && window.fromNs < window.toNs && window.toNs <= endNs) return undefined;
  return `trace window [${window.fromNs}, ${window.toNs}) ns: need whole ns with 0 <= FROM < TO <= ${endNs} ns (the end of the run)`;
}

/** One partition's recorder: state slices of the actors it owns and flows of the messages they send. */
export class TraceRecorder implements Tracer, TraceParts {
  readonly slices: TraceSlice[] = [];
  readonly flows: TraceFlow[] = [];
  readonly sentBefore: Record<string, number> = {};
  readonly arriveAfter: Record<string, number> = {};
  readonly locks: LockTraceEvent[] = [];
  readonly flowNames: Record<string, string> = {};
  private readonly open = new Map<number, { state: string; since: Ns; args: TraceArgs | undefined }>();
  private readonly last = new Map<number, TraceSlice>();
  private readonly types: ReadonlySet<string>;
  private finished = false;

  constructor(readonly window: TraceWindow, flowTypes: readonly string[]) {
    this.types = new Set(flowTypes);
  }

  states(actor: number): StateObserver {
    const cur: { state: string; since: Ns; args: TraceArgs | undefined } = { state: "", since: 0, args: undefined };
    this.open.set(actor, cur);
    return (state, now, args) => {
      if (cur.state !== "") {
        if (state === cur.state && sameArgs(cur.args, args)) return;
        this.close(actor, cur.state, cur.since, now, cur.args);
      }
      cur.state = state;
      cur.since = now;
      cur.args = args;
    };
  }

  message(src: number, dst: number, type: string, sentAt: Ns, at: Ns, seq: number, name = type): void {
    if (src === dst || !this.types.has(type)) return;
    const { fromNs, toNs } = this.window;
    const sentIn = sentAt >= fromNs && sentAt < toNs;
    const arrivesIn = at >= fromNs && at < toNs;
    if ((sentIn || arrivesIn) && this.flowNames[name] === undefined) this.flowNames[name] = type;
    if (sentIn && arrivesIn) this.flows.push({ src, dst, type, name, sent: sentAt, at, seq });
    else if (arrivesIn) this.sentBefore[name] = (this.sentBefore[name] ?? 0) + 1;
    else if (sentIn) this.arriveAfter[name] = (this.arriveAfter[name] ?? 0) + 1;
  }

  lock(e: LockTraceEvent): void {
    if (e.at >= this.window.fromNs && e.at < this.window.toNs) this.locks.push(e);
  }

  /** Closes every actor's current state at the end of the window (once the run is over); returns what was traced. */
  finish(): TraceParts {
    if (!this.finished) {
      this.finished = true;
      for (const [actor, cur] of this.open) {
        if (cur.state !== "") this.close(actor, cur.state, cur.since, this.window.toNs, cur.args);
      }
    }
    return {
      slices: this.slices, flows: this.flows, sentBefore: this.sentBefore, arriveAfter: this.arriveAfter,
        locks: this.locks,
      flowNames: this.flowNames,
    };
  }

  private close(actor: number, state: string, start: Ns, end: Ns, args: TraceArgs | undefined): void {
    const s = Math.max(start, this.window.fromNs), e = Math.min(end, this.window.toNs);
    if (e <= s) return;
    const prev = this.last.get(actor);
    if (prev && prev.state === state && prev.end === s && sameArgs(prev.args, args)) { prev.end = e; return; }
    const slice: TraceSlice = { actor, state, start: s, end: e };
    if (args !== undefined) slice.args = args;
    this.slices.push(slice);
    this.last.set(actor, slice);
  }
}

/** Two slices' args are the same: both absent, or the same keys in the same order with the same values. */
function sameArgs(a: TraceArgs | undefined, b: TraceArgs | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i] || a[ka[i]!] !== b[ka[i]!]) return false;
  return true;
}

/** An event of the Chrome trace-event format (the fields this writer uses). */
export interface TraceEvent {
  name: string; ph: "X" | "M" | "s" | "f" | "C" | "b" | "e"; pid: number; tid?: number; ts?: number; dur?: number;
  cat?: string; id?: number; bp?: "e"; args?: Record<string, unknown>;
}

export interface ChromeTrace {
  traceEvents: TraceEvent[];
  otherData: {
    generator: string; windowNs: [Ns, Ns]; flowTypes: string[];
    /** The message type of each flow name drawn or counted (e.g. ipi, spi and lpi are all virq). */
    flowNames: Record<string, string>;
    /** Per flow name: drawn, sent before the window (not drawn), arriving after it (not drawn). */
    flows: Record<string, number>; flowsSentBeforeWindow: Record<string, number>; flowsArrivingAfterWindow: Record<string, number>;
  };
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/**
 * Integer ns as µs for the `ts`/`dur` fields: the double nearest ns/1000, nudged up when needed so
 * that truncating it times 1000 (what Perfetto's JSON importer does) gives back exactly `ns`.
 */
export function nsToUs(ns: Ns): number {
  let x = ns / 1000;
  while (Math.trunc(x * 1000) < ns) {
    f64[0] = x;
    i64[0]! += 1n;
    x = f64[0]!;
  }
  return x;
}

const RANK_SLICE = 0, RANK_ANCHOR = 1, RANK_FLOW = 2;
const IDLE = "idle";

/**
 * Merges what the partitions traced (each recorder finished) into one trace, ordered deterministically (the same bytes
 * however the run was partitioned). A core gets a track unless it idled the whole window and sent
 * or received no traced message; an actor without accounted states (an interrupt controller, a
 * vhost worker) gets a track when a traced message leaves or reaches it, with a zero-length slice
 * at each such point for the arrow to bind to.
 */
export function chromeTrace(sim: Simulation, window: TraceWindow, recorders: readonly TraceParts[]): ChromeTrace {
  const name = (a: number): string => sim.instance.actorName(a);
  const slices = recorders.flatMap((r) => r.slices).sort((a, b) => a.actor - b.actor || a.start - b.start);
  const flows = recorders.flatMap((r) => r.flows).sort((a, b) => a.sent - b.sent || a.src - b.src || a.seq - b.seq);
  const stateful = new Set<number>(), busy = new Set<number>(), linked = new Set<number>();
  for (const s of slices) { stateful.add(s.actor); if (s.state !== IDLE) busy.add(s.actor); }
  for (const f of flows) { linked.add(f.src); linked.add(f.dst); }
  const tracks = [...new Set([...busy, ...linked])].sort((a, b) => a - b);
  const shown = new Set(tracks);
  const placeOf = trackPlacement(sim);
  const pid = (a: number): number => placeOf(a).process + 1;
  const tid = (a: number): number => a + 1;

  type Keyed = { ev: TraceEvent; t: Ns; rank: number; key: number; dur: Ns };
  const body: Keyed[] = [];
  for (const s of slices) {
    if (!shown.has(s.actor)) continue;
    const ev: TraceEvent = {
      name: s.state, cat: "state", ph: "X", ts: nsToUs(s.start), dur: nsToUs(s.end - s.start),
      pid: pid(s.actor), tid: tid(s.actor),
    };
    if (s.args !== undefined) ev.args = s.args;
    body.push({ ev, t: s.start, rank: RANK_SLICE, key: s.actor, dur: s.end - s.start });
  }
  const counts: Record<string, number> = {};
  flows.forEach((f, i) => {
    const id = i + 1;
    const flowName = f.name ?? f.type;
    counts[flowName] = (counts[flowName] ?? 0) + 1;
    for (const [actor, t, ph, other] of [[f.src, f.sent, "s", f.dst], [f.dst, f.at, "f", f.src]] as const) {
      if (!stateful.has(actor)) {
        const args = ph === "s" ? { to: name(other) } : { from: name(other) };
        const ev: TraceEvent = {
          name: flowName, cat: "msg", ph: "X", ts: nsToUs(t), dur: 0, pid: pid(actor), tid: tid(actor), args,
        };
        body.push({ ev, t, rank: RANK_ANCHOR, key: actor, dur: 0 });
      }
      const ev: TraceEvent = { name: flowName, cat: "flow", ph, id, ts: nsToUs(t), pid: pid(actor), tid: tid(actor) };
      if (ph === "f") ev.bp = "e";
      body.push({ ev, t, rank: RANK_FLOW, key: actor, dur: id });
    }
  });
  // Per timestamp: state slices (longest first), then anchors, then flow ends, so an arrow binds
  // to the slice open at its time on its track whatever order ties are read in.
  body.sort((a, b) => a.t - b.t || a.rank - b.rank || a.key - b.key || (a.rank === RANK_SLICE ? b.dur - a.dur : a.dur - b.dur));

  const lockTracks = lockEvents(sim, recorders, body, (a) => placeOf(a).process);

  const meta: TraceEvent[] = [];
  const processes = [...new Set([...tracks.map((a) => placeOf(a).process), ...lockTracks.map((l) => l.process)])]
    .sort((a, b) => a - b);
  for (const p of processes) {
    meta.push({ name: "process_name", ph: "M", pid: p + 1, args: { name: processName(sim, p) } });
    meta.push({ name: "process_sort_index", ph: "M", pid: p + 1, args: { sort_index: p } });
  }
  const inOrder = [...tracks]
    .sort((a, b) => placeOf(a).process - placeOf(b).process || placeOf(a).sort - placeOf(b).sort || a - b);
  for (const a of inOrder) {
    meta.push({ name: "thread_name", ph: "M", pid: pid(a), tid: tid(a), args: { name: name(a) } });
    meta.push({ name: "thread_sort_index", ph: "M", pid: pid(a), tid: tid(a), args: { sort_index: placeOf(a).sort } });
  }
  for (const l of lockTracks) {
    meta.push({ name: "thread_name", ph: "M", pid: l.process + 1, tid: l.tid, args: { name: l.name } });
    meta.push({ name: "thread_sort_index", ph: "M", pid: l.process + 1, tid: l.tid, args: { sort_index: l.tid } });
  }
  const byKey = (o: Record<string, number | string>) =>
    Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sum = (key: "sentBefore" | "arriveAfter"): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const r of recorders) for (const [k, v] of Object.entries(r[key])) out[k] = (out[k] ?? 0) + v;
    return Object.fromEntries(byKey(out)) as Record<string, number>;
  };
  const flowNames: Record<string, string> = {};
  for (const r of recorders) for (const [n, type] of Object.entries(r.flowNames ?? {})) flowNames[n] = type;
  for (const f of flows) flowNames[f.name ?? f.type] = f.type;
  return {
    traceEvents: [...meta, ...body.map((k) => k.ev)],
    otherData: {
      generator: "irqscale",
      windowNs: [window.fromNs, window.toNs],
      flowTypes: [...(sim.traceFlows ?? [])],
      flowNames: Object.fromEntries(byKey(flowNames)) as Record<string, string>,
      flows: Object.fromEntries(byKey(counts)) as Record<string, number>,
      flowsSentBeforeWindow: sum("sentBefore"),
      flowsArrivingAfterWindow: sum("arriveAfter"),
    },
  };
}

/** Where each actor's track goes (Simulation.traceTrack, else its group in id order), computed once per actor. */
function trackPlacement(sim: Simulation): (a: number) => { process: number; sort: number } {
  const cache = new Map<number, { process: number; sort: number }>();
  return (a) => {
    let p = cache.get(a);
    if (p === undefined) cache.set(a, (p = sim.traceTrack?.(a) ?? { process: sim.groupOf(a), sort: a }));
    return p;
  };
}

function processName(sim: Simulation, p: number): string {
  if (sim.traceTrack !== undefined) return sim.traceProcessName?.(p) ?? `process ${p}`;
  return sim.traceGroupName?.(p) ?? `group ${p}`;
}

/**
 * One track per lock (after the actors' tracks, by name), in the process the model gives the lock
 * (Simulation.traceLockProcess, e.g. its VM's) or else in that of the actor that reported its first
 * moment: its holds as slices named after the holding core, each waiter's wait as an async slice
 * from its request to its grant, and a counter of waiters. Holds and waits that began before the
 * window are not drawn; the counter starts at its first moment.
 */
function lockEvents(
  sim: Simulation, recorders: readonly TraceParts[],
  body: { ev: TraceEvent; t: Ns; rank: number; key: number; dur: Ns }[], processOf: (a: number) => number,
): { name: string; process: number; tid: number }[] {
  const all = recorders.flatMap((r) => r.locks ?? []);
  const names = [...new Set(all.map((e) => e.lock))].sort();
  const base = sim.instance.actorCount + 1;
  const tidOf = new Map(names.map((n, i) => [n, base + i]));
  const byLock = new Map<string, LockTraceEvent[]>();
  for (const e of all) {
    let list = byLock.get(e.lock);
    if (!list) byLock.set(e.lock, (list = []));
    list.push(e);
  }
  let asyncId = 0;
  const tracks: { name: string; process: number; tid: number }[] = [];
  for (const name of names) {
    // Stable by time, then by the order reported (a grant reported with a later `at` sorts to its time).
    const events = byLock.get(name)!.map((e, i) => ({ e, i })).sort((a,
      b) => a.e.at - b.e.at || a.i - b.i).map((x) => x.e);
    const tid = tidOf.get(name)!;
    const process = sim.traceLockProcess?.(name) ?? processOf(events[0]!.actor);
    const p = process + 1;
    tracks.push({ name, process, tid });
    const push = (ev: TraceEvent, t: Ns, rank: number) => body.push({ ev, t, rank, key: tid, dur: 0 });
    let held: LockTraceEvent | undefined;
    const waiting = new Map<number, LockTraceEvent[]>();
    for (const e of events) {
      push({ name: `${name} waiters`, ph: "C", ts: nsToUs(e.at), pid: p, tid, args: { waiters: e.waiters } }, e.at, 1);
      if (e.what === "wait") {
        const q = waiting.get(e.core) ?? [];
        q.push(e);
        waiting.set(e.core, q);
      } else if (e.what === "grant") {
        held = e;
        const w = waiting.get(e.core)?.shift();
        if (w) {
          const id = ++asyncId;
          const args = { core: e.core, waitNs: e.at - w.at };
          push({ name: `core ${e.core} waits`, cat: "lock-wait", ph: "b", id, ts: nsToUs(w.at), pid: p, tid, args },
            w.at, 0);
          push({ name: `core ${e.core} waits`, cat: "lock-wait", ph: "e", id, ts: nsToUs(e.at), pid: p, tid }, e.at, 0);
        }
      } else if (held) {
        const args = { core: held.core, holdNs: e.at - held.at };
        push({ name: `held by core ${held.core}`, cat: "lock", ph: "X", ts: nsToUs(held.at),
          dur: nsToUs(e.at - held.at),
          pid: p, tid, args }, held.at, 0);
        held = undefined;
      }
    }
  }
  return tracks;
}

/** The run's trace from every partition's final statistics; a SimError names a partition that sent none. */
export function traceOfRun(sim: Simulation, window: TraceWindow, finals: readonly { partition: number; trace?: TraceParts }[]): ChromeTrace {
  const missing = finals.find((f) => f.trace === undefined);
  if (missing) throw new SimError(`partition ${missing.partition} sent no trace of the traced window [${window.fromNs}, ${window.toNs}) ns`);
  return chromeTrace(sim, window, finals.map((f) => f.trace!));
}

/** Writes a trace as JSON, one event per line, atomically (temporary file, then rename). */
export function writeTrace(path: string, trace: ChromeTrace): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, '{"traceEvents":[\n');
    const evs = trace.traceEvents;
    const CHUNK = 4096;
    for (let i = 0; i < evs.length; i += CHUNK) {
      const part = evs.slice(i, i + CHUNK).map((e) => JSON.stringify(e)).join(",\n");
      writeSync(fd, (i > 0 ? ",\n" : "") + part);
    }
    writeSync(fd, `\n],\n"otherData":${JSON.stringify(trace.otherData)}}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** The longest run (virtual time) that `--trace` without `--trace-window` traces whole. */
export const WHOLE_RUN_TRACE_MAX_NS = 50_000_000;

/**
 * The window of `--trace` given without `--trace-window`: the whole run when it ends by
 * WHOLE_RUN_TRACE_MAX_NS, else the error that asks for a window (naming the run's end).
 */
export function defaultTraceWindow(endNs: Ns): { window?: TraceWindow; error?: string } {
  if (Number.isSafeInteger(endNs) && endNs > 0 && endNs <= WHOLE_RUN_TRACE_MAX_NS)
    return { window: { fromNs: 0, toNs: endNs } };
  return {
    error: `--trace: this run ends at ${endNs / 1e6} ms of virtual time, past the ${WHOLE_RUN_TRACE_MAX_NS / 1e6} ms `
      + "traced whole by default; give --trace-window FROM..TO (ms of virtual time)",
  };
}

/** Parses a `--trace-window` value "FROM..TO" (ms of virtual time) against a run of `endNs`. */
export function parseTraceWindow(text: string, endNs: Ns): { window?: TraceWindow; error?: string } {
  const m = /^\s*(\d+(?:\.\d+)?)\s*\.\.\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return { error: `--trace-window: expected FROM..TO in ms of virtual time (e.g. 5..5.5), got '${text}'` };
  const fromNs = Math.round(Number(m[1]) * 1e6), toNs = Math.round(Number(m[2]) * 1e6);
  if (!(fromNs < toNs)) return { error: `--trace-window ${text}: FROM must be below TO` };
  if (toNs > endNs) return { error: `--trace-window ${text}: the run ends at ${endNs / 1e6} ms of virtual time; TO must be at most that` };
  return { window: { fromNs, toNs } };
}
