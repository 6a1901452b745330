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
}

/**
 * `irqscale worker`: connects, joins the pool, serves runs and sweep points until SIGINT/SIGTERM,
 * the parent's stdin closing (with exitWithParent), or maxRuns. Resolves with the exit code.
 */
export async function runWorkerProcess(o: WorkerProcessOptions): Promise<number> {
  const log = o.quiet ? () => undefined : (line: string) => process.stderr.write(`${line}\n`);
  const { display } = natsConnectOptions({ url: o.nats });
  const nc = await connectNats({ url: o.nats, name: `irqscale-worker-${o.name ?? process.pid}` });
  const worker = new Worker(nc, { name: o.name, log });
  let stopping: Promise<void> | undefined;
  let done!: (code: number) => void;
  const finished = new Promise<number>((res) => { done = res; });
  const stop = (why: string, code = 0): void => {
    stopping ??= (async () => {
      await worker.stop(why).catch(() => undefined);
      await nc.drain().catch(() => nc.close());
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
