import { connectNats, natsConnectOptions } from "../../shared/transport/nats.js";
import { Worker } from "./worker.js";

export interface WorkerProcessOptions {
  nats?: string;
  name?: string;
  quiet?: boolean;
  /** Exit when stdin closes (a parent that spawned this worker has gone). */
  exitWithParent?: boolean;
  /** Exit after this many runs or sweep points (0 = never). */
  maxRuns?: number;
  /** A coordinator silent this long (ms) is lost: the worker drops its run (default 5000). */
  stallTimeoutMs?: number;
}

/**
 * `irqscale worker`: connects, joins the pool, serves runs and sweep points until SIGINT/SIGTERM,
 * the parent's stdin closing (with exitWithParent), or maxRuns. Resolves with the exit code.
 */
export async function runWorkerProcess(o: WorkerProcessOptions): Promise<number> {
  const log = o.quiet ? () => undefined : (line: string) => process.stderr.write(`${line}\n`);
  const { display } = natsConnectOptions({ url: o.nats });
  // A worker reconnects for as long as it runs: once its network heals it is back in the pool.
  const nc = await connectNats({
    url: o.nats, name: `irqscale-worker-${o.name ?? process.pid}`, reconnectForever: true,
  });
  // The parent that spawned this worker is gone when this process is re-parented.
  const parent = process.ppid;
  const interrupt = o.exitWithParent ? () => (process.ppid !== parent ? "the parent process that started this worker is gone" : undefined) : undefined;
  let worker: Worker;
  try {
    worker = new Worker(nc, { name: o.name, log, interrupt, stallTimeoutMs: o.stallTimeoutMs });
  } catch (e) {
    await nc.close().catch(() => undefined);
    throw e;
  }
  let stopping: Promise<void> | undefined;
  let done!: (code: number) => void;
  const finished = new Promise<number>((res) => { done = res; });
  const stop = (why: string, code = 0): void => {
    stopping ??= (async () => {
      await worker.stop(why).catch(() => undefined);
      // Drain what is queued, but do not wait on a server that is gone (it may have ended with the
      // parent that started both).
      const drained = nc.drain().then(() => true, () => false);
      const timeout = new Promise<boolean>((res) => setTimeout(() => res(false), 1000).unref());
      if (!(await Promise.race([drained, timeout]))) await nc.close().catch(() => undefined);
      done(code);
    })();
  };
  process.once("SIGINT", () => stop("stopped (SIGINT)"));
  process.once("SIGTERM", () => stop("stopped (SIGTERM)"));
  if (o.exitWithParent) {
    process.stdin.on("end", () => stop("stopped (parent gone)"));
    process.stdin.on("close", () => stop("stopped (parent gone)"));
    process.stdin.resume();
  }
  if (o.maxRuns && o.maxRuns > 0) {
    worker.onIdle = () => { if (worker.runsDone + worker.pointsDone >= o.maxRuns!) stop("finished its runs"); };
  }
  void nc.closed().then((err) => {
    if (stopping) return;
    process.stderr.write(`irqscale worker ${worker.name}: connection to NATS at ${display} closed${err ? `: ${err.message}` : ""}\n`);
    done(1);
  });
  await worker.start();
  return finished;
}
