// Real processes for fault tests: `irqscale` commands this test starts (and only those are ever
// signalled), their output, and the worker pool as a coordinator sees it on the NATS server.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { NatsConnection } from "@nats-io/transport-node";
import { DISCOVER, REGISTRY } from "../../shared/run/nats-pool.js";
import { irqscale } from "../../shared/sync/codec.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The CLI from its sources, under tsx (bin/irqscale.js runs their build; test/cli/compiled.test.ts checks it). */
export const CLI = join(ROOT, "services/cli/main.ts");
export const CLI_FLAGS = ["--import", "tsx"];

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface Exit { code: number | null; signal: NodeJS.Signals | null; at: number }

/** One `node --import tsx services/cli/main.ts ...` process started by a test. */
export class Cli {
  readonly proc: ChildProcess;
  readonly pid: number;
  stdout = "";
  stderr = "";
  readonly exited: Promise<Exit>;
  exit: Exit | undefined;
  private waiters: { re: RegExp; res: (m: RegExpMatchArray) => void }[] = [];

  /**
   * `holdStdin`: keep a pipe to its stdin open (with `worker --exit-with-parent` it then ends with this process).
   * `root`: the checkout whose CLI runs (default this one).
   * `netns`: run it in that network namespace.
   */
  constructor(
    args: string[],
    opts: { env?: NodeJS.ProcessEnv; holdStdin?: boolean; root?: string; netns?: string } = {},
  ) {
    const root = opts.root ?? ROOT;
    const cli = opts.root === undefined ? CLI : join(root, "services/cli/main.ts");
    const stdio = [opts.holdStdin ? "pipe" : "ignore", "pipe", "pipe"] as const;
    const env = opts.env ?? process.env;
    const node = [...CLI_FLAGS, cli, ...args];
    // In a network namespace: `ip netns exec NS node ...` (ip execs node, so the pid stays the node's).
    const [cmd, argv] = opts.netns === undefined
      ? [process.execPath, node] : ["ip", ["netns", "exec", opts.netns, process.execPath, ...node]];
    this.proc = spawn(cmd, argv, { cwd: root, env, stdio: [...stdio] });
    this.proc.stdin?.on("error", () => undefined);
    this.pid = this.proc.pid!;
    this.proc.stdout!.setEncoding("utf8").on("data", (s: string) => { this.stdout += s; });
    this.proc.stderr!.setEncoding("utf8").on("data", (s: string) => {
      this.stderr += s;
      this.waiters = this.waiters.filter((w) => {
        const m = this.stderr.match(w.re);
        if (m) w.res(m);
        return !m;
      });
    });
    this.exited = new Promise<Exit>((res) => this.proc.once("exit", (code, signal) => {
      this.exit = { code, signal, at: performance.now() };
      res(this.exit);
    }));
  }

  get alive(): boolean { return this.exit === undefined; }

  /** Resolves with the first match of `re` in stderr (so far or later); rejects after `ms` or on exit. */
  waitFor(re: RegExp, ms = 20_000): Promise<RegExpMatchArray> {
    const m = this.stderr.match(re);
    if (m) return Promise.resolve(m);
    return new Promise((res, rej) => {
      const t = setTimeout(() => rej(new Error(`timed out after ${ms} ms waiting for ${re} in stderr of pid ${this.pid}:\n${this.stderr}`)), ms);
      void this.exited.then((e) => {
        setTimeout(() => rej(new Error(`pid ${this.pid} exited (${e.signal ?? e.code}) before ${re} appeared:\n${this.stderr}`)), 50);
      });
      this.waiters.push({ re, res: (x) => { clearTimeout(t); res(x); } });
    });
  }

  /** Sends a signal to this process (one the test started), if it still runs. */
  signal(sig: NodeJS.Signals): void { if (this.alive) process.kill(this.pid, sig); }

  /** SIGTERM, then SIGKILL after 3 s; resolves once it has exited. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.signal("SIGCONT");
    this.signal("SIGTERM");
    const t = setTimeout(() => this.signal("SIGKILL"), 3000);
    await this.exited;
    clearTimeout(t);
  }
}

/** `irqscale worker` processes on a server, with these names; resolves once they are registered. They never outlive this process. */
export async function startWorkerProcs(url: string, names: string[]): Promise<Cli[]> {
  const ws = names.map((name) => new Cli(["worker", "--nats", url, "--name", name, "--exit-with-parent"], { holdStdin: true }));
  await Promise.all(ws.map((w) => w.waitFor(/registered on/, 60_000)));
  return ws;
}

export interface Hello { id: string; worker: string; pid: number; busy: boolean }

/** What the registered workers say about themselves when asked (DISCOVER), within `ms`. */
export async function discover(nc: NatsConnection, ms = 300): Promise<Map<string, Hello>> {
  const out = new Map<string, Hello>();
  const sub = nc.subscribe(REGISTRY, {
    callback: (err, m) => {
      if (err) return;
      try {
        const h = irqscale.WorkerHello.decode(m.data);
        out.set(h.worker, { id: h.id, worker: h.worker, pid: h.pid, busy: h.busy });
      } catch { /* not a hello */ }
    },
  });
  // While the client reconnects (a restarted server), flush fails: that round just sees nobody.
  await nc.flush().catch(() => undefined);
  nc.publish(DISCOVER, new Uint8Array(0));
  await sleep(ms);
  sub.unsubscribe();
  return out;
}

/** Waits until every named worker says it is idle; returns how long that took (ms). */
export async function untilIdle(nc: NatsConnection, names: string[], ms = 10_000): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const seen = await discover(nc, 150);
    if (names.every((n) => seen.get(n)?.busy === false)) return performance.now() - t0;
    if (performance.now() - t0 > ms) {
      throw new Error(`workers not idle after ${ms} ms: ${names.map((n) => `${n}=${seen.has(n) ? (seen.get(n)!.busy ? "busy" : "idle") : "absent"}`).join(", ")}`);
    }
  }
}
