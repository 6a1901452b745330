import { nuid, type NatsConnection } from "@nats-io/transport-node";
import { irqscale } from "../sync/codec.js";
import { connectNats, natsConnectOptions } from "../transport/nats.js";
import { FARM_POINTS, REGISTRY, WorkerPoolError, farmResults, isNoResponders, pingWorker } from "./nats-pool.js";

/**
 * Sweep points farmed to the worker pool through a NATS queue group. Every idle worker holds one
 * queue subscription on `irqscale.farm.points` limited to one message (SUB + UNSUB 1), so the server
 * hands a point only to a worker that is free, and each worker runs one point at a time (in memory,
 * as `irqscale run` would). A point is a request: the worker acknowledges at once and later publishes
 * the result on the farm's own subject. With no idle worker the request fails fast ("no responders")
 * and is retried when a worker announces it is idle again. A point whose worker disappears is
 * handed out again.
 */

export interface FarmPoint {
  /** Fully resolved config (what `resolveConfig` returns as `config`). */
  config: Record<string, unknown> & { model: string; seed: number };
  preset?: string;
  /** In-memory partitions inside the worker (default 1). */
  partitions?: number;
}

export type FarmOutcome =
  | { ok: true; result: Record<string, unknown>; worker: string }
  | { ok: false; error: string; kind: "ConfigError" | "Error"; worker: string };

export interface FarmOptions {
  /** An open connection to use (not closed at the end). */
  nc?: NatsConnection;
  /** Called as each point finishes (in completion order). */
  onPoint?: (index: number, outcome: FarmOutcome) => void;
  /** Fail when no worker takes a point and none is running one for this long (ms, default 60000). */
  waitMs?: number;
  /** Liveness ping of the workers running points (ms, default 2000). */
  pingMs?: number;
  log?: (line: string) => void;
}

/**
 * Runs every point on the workers registered on `natsUrl` (default $NATS_URL) and returns one outcome
 * per point, in point order. A point that fails is an outcome with ok false; the promise rejects only
 * when NATS is unreachable or no worker serves points for `waitMs`.
 */
export async function runPointsOverNats(points: readonly FarmPoint[], natsUrl?: string, opts: FarmOptions = {}): Promise<FarmOutcome[]> {
  const server = opts.nc ? opts.nc.getServer() : natsConnectOptions({ url: natsUrl }).display;
  const nc = opts.nc ?? await connectNats({ url: natsUrl, name: "irqscale-sweep" });
  const farmId = nuid.next();
  const outcomes: (FarmOutcome | undefined)[] = new Array(points.length);
  const encoded = points.map((p, index) => irqscale.SweepPoint.encode({
    farmId, index, configJson: JSON.stringify(p.config), preset: p.preset ?? "", partitions: p.partitions ?? 1,
  }).finish());
  const queue: number[] = points.map((_p, i) => i);
  const inflight = new Map<number, { workerId: string; worker: string }>();
  let done = 0;
  let lastActivity = Date.now();
  let wake: (() => void) | undefined;
  const kick = (): void => { const w = wake; wake = undefined; w?.(); };
  let finish!: () => void;
  let fail!: (e: Error) => void;
  const finished = new Promise<void>((res, rej) => { finish = res; fail = rej; });
  let closed = false;

  const resultSub = nc.subscribe(farmResults(farmId), {
    callback: (err, m) => {
      if (err) return;
      const r = irqscale.SweepResult.decode(m.data);
      if (r.farmId !== farmId || r.index >= points.length || outcomes[r.index]) return;
      let outcome: FarmOutcome;
      if (r.error) outcome = { ok: false, error: r.error, kind: r.configError ? "ConfigError" : "Error", worker: r.worker };
      else {
        try { outcome = { ok: true, result: JSON.parse(r.resultJson) as Record<string, unknown>, worker: r.worker }; } catch (e) { outcome = { ok: false, error: `unreadable result from worker ${r.worker}: ${(e as Error).message}`, kind: "Error", worker: r.worker }; }
      }
      outcomes[r.index] = outcome;
      inflight.delete(r.index);
      done++;
      lastActivity = Date.now();
      opts.onPoint?.(r.index, outcome);
      if (done === points.length) finish();
      kick();
    },
  });
  // A worker announcing it is idle means a point may be taken now.
  const helloSub = nc.subscribe(REGISTRY, {
    callback: (err, m) => {
      if (err) return;
      try { if (!irqscale.WorkerHello.decode(m.data).busy) kick(); } catch { /* not ours */ }
    },
  });
  const watch = setInterval(() => {
    for (const [index, w] of inflight) {
      void pingWorker(nc, w.workerId, 1500).then((s) => {
        if (s !== "gone" || outcomes[index] || inflight.get(index) !== w) return;
        opts.log?.(`sweep point ${index}: worker ${w.worker} is gone; handing the point out again`);
        inflight.delete(index);
        queue.unshift(index);
        kick();
      });
    }
  }, opts.pingMs ?? 2000);

  const dispatch = async (): Promise<void> => {
    let pause = 20;
    while (!closed && done < points.length) {
      const index = queue.shift();
      if (index === undefined) { await new Promise<void>((res) => { wake = res; setTimeout(res, 500); }); continue; }
      try {
        const m = await nc.request(FARM_POINTS, encoded[index]!, { timeout: 5000 });
        const ack = irqscale.SweepAck.decode(m.data);
        if (ack.refused) throw new Error("refused");
        inflight.set(index, { workerId: ack.workerId, worker: ack.worker });
        lastActivity = Date.now();
        opts.log?.(`sweep point ${index} -> worker ${ack.worker}`);
        pause = 20;
      } catch (e) {
        queue.unshift(index);
        if (!isNoResponders(e) && (e as Error).message !== "refused") opts.log?.(`sweep point ${index}: ${(e as Error).message}; retrying`);
        const idleFor = Date.now() - lastActivity;
        if (inflight.size === 0 && idleFor > (opts.waitMs ?? 60_000)) {
          fail(new WorkerPoolError(`no worker on ${server} took a sweep point for ${Math.round(idleFor / 1000)} s (${done}/${points.length} done); start workers with \`irqscale worker --nats URL\``));
          return;
        }
        await new Promise<void>((res) => { wake = res; setTimeout(res, pause); });
        pause = Math.min(500, pause * 2);
      }
    }
  };

  try {
    await nc.flush();
    if (points.length === 0) return [];
    void dispatch().catch((e) => fail(e as Error));
    await finished;
    return outcomes as FarmOutcome[];
  } finally {
    closed = true;
    kick();
    clearInterval(watch);
    resultSub.unsubscribe();
    helloSub.unsubscribe();
    if (!opts.nc) await nc.drain().catch(() => nc.close());
  }
}
