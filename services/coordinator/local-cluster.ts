import { spawn, type ChildProcess } from "node:child_process";
import { childEntry } from "../../shared/run/entry.js";

/** services/worker/main.js when this process runs compiled, main.ts under tsx when it runs the sources. */
const WORKER_MAIN = childEntry(import.meta.url, "../worker/main.ts");

/** A local worker process could not start or ended during the run. */
export class LocalWorkerError extends Error {
  constructor(message: string) { super(message); this.name = "LocalWorkerError"; }
}

export interface SpawnedWorker { name: string; proc: ChildProcess; stderr: string }

/**
 * Worker processes this process started on this machine (`node dist/services/worker/main.js`, or
 * the sources under tsx when this process runs them; no npx). They exit when our stdin pipe to
 * them closes, so they never outlive us; `stop()` ends exactly these PIDs. `failed` rejects when
 * one exits before `stop()`, naming it and its last words.
 */
export class LocalWorkers {
  readonly workers: SpawnedWorker[] = [];
  readonly failed: Promise<never>;
  private fail!: (e: Error) => void;
  private stopping = false;

  constructor(private readonly url: string, private readonly prefix = "local", private readonly verbose = false) {
    this.failed = new Promise<never>((_res, rej) => { this.fail = rej; });
    this.failed.catch(() => undefined);
  }

  /** Starts `n` more workers connected to the server. */
  spawn(n: number): void {
    for (let i = 0; i < n; i++) {
      const name = `${this.prefix}-${this.workers.length}`;
      const args = [...WORKER_MAIN.execArgv, WORKER_MAIN.script, "--name", name, "--exit-with-parent"];
      if (!this.verbose) args.push("--quiet");
      // The URL goes through the environment: it may carry credentials, which `ps` would show.
      const proc = spawn(process.execPath, args, { stdio: ["pipe", "ignore", "pipe"], env: { ...process.env, NATS_URL: this.url } });
      const w: SpawnedWorker = { name, proc, stderr: "" };
      this.workers.push(w);
      if (this.verbose) process.stderr.write(`started worker ${name} pid ${proc.pid}\n`);
      proc.stderr!.setEncoding("utf8");
      proc.stderr!.on("data", (s: string) => {
        w.stderr = (w.stderr + s).slice(-4000);
        if (this.verbose) process.stderr.write(s.replace(/^(?=.)/gm, `[${name}] `));
      });
      proc.stdin!.on("error", () => undefined);
      proc.once("error", (e) => this.fail(new LocalWorkerError(`cannot start worker ${name}: ${e.message}`)));
      proc.once("exit", (code, sig) => {
        if (this.stopping) return;
        // Its stderr was already shown when verbose; otherwise its last lines say why it ended.
        const tail = this.verbose ? "" : w.stderr.trim().split("\n").slice(-5).join("\n");
        this.fail(new LocalWorkerError(`worker ${name} (pid ${proc.pid}) exited (${sig ?? `code ${code}`}) during the run${tail ? `:\n${tail}` : ""}`));
      });
    }
  }

  get pids(): number[] { return this.workers.map((w) => w.proc.pid!).filter((p) => p !== undefined); }

  /** Ends the workers: closes their stdin, then SIGTERM after 2 s, SIGKILL after 5 s. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers.map(({ proc }) => new Promise<void>((res) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return res();
      const t1 = setTimeout(() => proc.kill("SIGTERM"), 2000);
      const t2 = setTimeout(() => proc.kill("SIGKILL"), 5000);
      proc.once("exit", () => { clearTimeout(t1); clearTimeout(t2); res(); });
      proc.stdin!.end();
    })));
  }
}
