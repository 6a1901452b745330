import type { Msg, NatsConnection, Subscription } from "@nats-io/transport-node";
import { irqscale } from "../sync/codec.js";
import { buildIdentity, describeBuild, type BuildIdentity } from "./build-id.js";
import { SUBJECT_ROOT } from "../transport/nats.js";

/**
 * The worker pool over NATS, seen from a coordinator. Workers announce themselves (WorkerHello) on
 * `irqscale.registry` when they start, when they become idle and when a coordinator publishes on
 * `irqscale.registry.discover`. A coordinator reserves idle workers one by one with a Claim request
 * on `irqscale.worker.<id>.claim`: the worker, being single-threaded, accepts exactly one claimant.
 */
export const REGISTRY = `${SUBJECT_ROOT}.registry`;
export const DISCOVER = `${SUBJECT_ROOT}.registry.discover`;
export const workerSubject = (id: string, op: "claim" | "spec" | "release" | "ping"): string => `${SUBJECT_ROOT}.worker.${id}.${op}`;
export const workerControlWildcard = (id: string): string => `${SUBJECT_ROOT}.worker.${id}.*`;
/** Sweep points are requests on this subject, served by the queue group FARM_QUEUE. */
export const FARM_POINTS = `${SUBJECT_ROOT}.farm.points`;
export const FARM_QUEUE = "irqscale-workers";
export const farmResults = (farmId: string): string => `${SUBJECT_ROOT}.farm.${farmId}.results`;

/** The pool could not provide what a run needs (not enough workers in time). */
export class WorkerPoolError extends Error {
  constructor(message: string) { super(message); this.name = "WorkerPoolError"; }
}

export interface WorkerInfo { id: string; worker: string; host: string; pid: number; build: BuildIdentity }

export const describeWorker = (w: WorkerInfo): string => `${w.worker} (${w.host} pid ${w.pid})`;

/** True when a request failed because nobody subscribes to the subject any more. */
export function isNoResponders(e: unknown): boolean {
  const err = e as { isNoResponders?: () => boolean; name?: string; cause?: unknown };
  if (typeof err?.isNoResponders === "function" && err.isNoResponders()) return true;
  if (err?.name === "NoRespondersError") return true;
  return err?.cause !== undefined && err.cause !== e && isNoResponders(err.cause);
}

/**
 * Pings a worker: "alive" when it answered, "busy" when it did not answer in time (its event loop
 * is running a window), "gone" when its subscription no longer exists (its connection closed).
 */
export async function pingWorker(nc: NatsConnection, id: string, timeoutMs = 1500): Promise<"alive" | "busy" | "gone"> {
  try {
    await nc.request(workerSubject(id, "ping"), new Uint8Array(0), { timeout: timeoutMs });
    return "alive";
  } catch (e) {
    if (isNoResponders(e)) return "gone";
    return "busy";
  }
}

export interface ClaimOptions {
  runId: string;
  /** The run's token: a claimed worker then takes the run spec, a release or a re-claim only with it. */
  token?: string;
  /** Subject the coordinator answers pings on (workers watch it to notice a lost coordinator). */
  coordinator: string;
  /** Give up after this long (ms). */
  waitMs: number;
  /** Once, this long after discovery, called with how many workers are still missing (e.g. to spawn them). */
  shortfallAfterMs?: number;
  onShortfall?: (missing: number) => void | Promise<void>;
  signal?: AbortSignal;
  /** Progress lines (stderr of the CLI). */
  log?: (line: string) => void;
  /** Server shown in messages. */
  server?: string;
  /** The build a worker must run to be claimed (default: this process's). */
  build?: BuildIdentity;
  /** After `waitMs`, go on with this many workers or more rather than fail (default: all `n`). */
  atLeast?: number;
}

/** Reserves `n` idle workers for one run; rejects after `waitMs` (releasing what it holds). */
export function claimWorkers(nc: NatsConnection, n: number, o: ClaimOptions): Promise<WorkerInfo[]> {
  return new Promise<WorkerInfo[]>((resolve, reject) => {
    const claimed = new Map<string, WorkerInfo>();
    const trying = new Set<string>();
    const seen = new Map<string, WorkerInfo>();
    const refused = new Map<string, WorkerInfo>();
    const own = o.build ?? buildIdentity();
    let finished = false;
    let lastGain = Date.now();
    const timers: NodeJS.Timeout[] = [];
    let sub: Subscription | undefined;

    const finish = (err?: Error): void => {
      if (finished) return;
      finished = true;
      for (const t of timers) clearTimeout(t);
      sub?.unsubscribe();
      o.signal?.removeEventListener("abort", onAbort);
      if (err) {
        releaseWorkers(nc, [...claimed.values()], o.runId, o.token);
        reject(err);
      } else resolve([...claimed.values()].slice(0, n));
    };
    const onAbort = (): void => finish(o.signal!.reason instanceof Error ? o.signal!.reason : new Error(String(o.signal!.reason)));
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener("abort", onAbort);

    const tryClaim = (w: WorkerInfo): void => {
      if (finished || claimed.has(w.id) || trying.has(w.id) || claimed.size >= n) return;
      trying.add(w.id);
      const req = irqscale.Claim.encode({
        runId: o.runId, coordinator: o.coordinator, ttlMs: 60_000, token: o.token ?? "",
      }).finish();
      nc.request(workerSubject(w.id, "claim"), req, { timeout: 3000 }).then((m: Msg) => {
        trying.delete(w.id);
        const r = irqscale.ClaimReply.decode(m.data);
        if (!r.ok) return;
        if (finished || claimed.size >= n) { releaseWorkers(nc, [w], o.runId, o.token); return; }
        claimed.set(w.id, w);
        lastGain = Date.now();
        o.log?.(`claimed worker ${describeWorker(w)} (${claimed.size}/${n})`);
        if (claimed.size >= n) finish();
      }, () => { trying.delete(w.id); });
    };

    sub = nc.subscribe(REGISTRY, {
      callback: (err, m) => {
        if (err || finished) return;
        let h: irqscale.WorkerHello;
        try { h = irqscale.WorkerHello.decode(m.data); } catch { return; }
        const w: WorkerInfo = {
          id: h.id, worker: h.worker, host: h.host, pid: h.pid, build: { version: h.version, codeHash: h.codeHash },
        };
        if (w.build.version !== own.version || w.build.codeHash !== own.codeHash) {
          // Another build may compute another digest: never mix it into this run.
          if (!refused.has(w.id)) {
            refused.set(w.id, w);
            o.log?.(`refused worker ${describeWorker(w)}: it runs irqscale ${describeBuild(w.build)}, `
              + `this coordinator ${describeBuild(own)}`);
          }
          return;
        }
        seen.set(w.id, w);
        if (!h.busy) tryClaim(w);
      },
    });
    nc.flush().then(() => { if (!finished) nc.publish(DISCOVER, new Uint8Array(0)); }, (e) => finish(e as Error));

    // Two coordinators each holding part of what they need would wait for each other: one that
    // made no progress for a while gives its workers back and tries again after a random pause.
    timers.push(setInterval(() => {
      if (finished || claimed.size === 0 || claimed.size >= n || Date.now() - lastGain < 3000) return;
      o.log?.(`holding ${claimed.size}/${n} workers without progress: releasing them and retrying`);
      releaseWorkers(nc, [...claimed.values()], o.runId, o.token);
      claimed.clear();
      const pause = 200 + Math.floor(Math.random() * 1000);
      lastGain = Date.now() + pause;
      timers.push(setTimeout(() => { if (!finished) nc.publish(DISCOVER, new Uint8Array(0)); }, pause));
    }, 1000));
    if (o.onShortfall) {
      timers.push(setTimeout(() => {
        if (finished || claimed.size >= n) return;
        Promise.resolve(o.onShortfall!(n - claimed.size)).catch((e) => finish(e as Error));
      }, o.shortfallAfterMs ?? 1000));
    }
    timers.push(setTimeout(() => {
      if (o.atLeast !== undefined && claimed.size >= o.atLeast) return finish();
      const idle = [...seen.values()].filter((w) => !claimed.has(w.id)).length;
      const other = [...refused.values()].map((w) => `${describeWorker(w)} runs ${describeBuild(w.build)}`);
      const refusals = other.length === 0 ? "" : `; refused as another build than this coordinator's `
        + `${describeBuild(own)}: ${other.join(", ")}`;
      const server = o.server ?? "the NATS server";
      finish(new WorkerPoolError(
        `only ${claimed.size} of ${o.atLeast ?? n} workers could be claimed on ${server} within ${o.waitMs} ms `
          + `(${seen.size} seen, ${idle} of them busy or unanswering)${refusals}; `
          + "start more with `irqscale worker --nats URL`, or lower --workers",
      ));
    }, o.waitMs));
  });
}

/** Gives claimed workers back to the pool (fire and forget); `token` is the one of the claim. */
export function releaseWorkers(nc: NatsConnection, workers: readonly WorkerInfo[], runId: string, token = ""): void {
  if (nc.isClosed()) return;
  const data = irqscale.Release.encode({ runId, token }).finish();
  for (const w of workers) nc.publish(workerSubject(w.id, "release"), data);
}
