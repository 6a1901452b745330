import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A nats-server this process started; `stop()` ends exactly that process. */
export interface PrivateNatsServer {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export class NatsServerError extends Error {
  constructor(message: string) { super(message); this.name = "NatsServerError"; }
}

/**
 * Starts `nats-server -a 127.0.0.1 -p -1` from PATH (or `bin`) on a random loopback port (or on
 * `port`): the port comes from its stderr ("Listening for client connections on 127.0.0.1:<port>"),
 * and the server is ready at "Server is ready" (about 6 ms here).
 */
export function startNatsServer(
  opts: { bin?: string; timeoutMs?: number; extraArgs?: string[]; port?: number; jetstream?: boolean } = {},
): Promise<PrivateNatsServer> {
  const bin = opts.bin ?? process.env.NATS_SERVER_BIN ?? "nats-server";
  const timeoutMs = opts.timeoutMs ?? 10_000;
  // JetStream (checkpoints' object store) keeps its files in a directory of this server's own.
  const storeDir = opts.jetstream ? mkdtempSync(join(tmpdir(), "irqscale-js-")) : undefined;
  const dropStore = (): void => { if (storeDir) rmSync(storeDir, { recursive: true, force: true }); };
  const jsArgs = storeDir ? ["-js", "-sd", storeDir] : [];
  return new Promise((resolve, reject) => {
    let proc: ChildProcess;
    try {
      proc = spawn(bin, ["-a", "127.0.0.1", "-p", String(opts.port ?? -1), ...jsArgs, ...(opts.extraArgs ?? [])],
        { stdio: ["ignore", "ignore", "pipe"] });
    } catch (e) {
      dropStore();
      reject(new NatsServerError(`cannot start ${bin}: ${(e as Error).message}`));
      return;
    }
    let log = "";
    let port = 0;
    let settled = false;
    const exited = new Promise<void>((res) => proc.once("exit", () => { dropStore(); res(); }));
    const timer = setTimeout(() => fail(`${bin} did not report ready within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
      reject(new NatsServerError(`${why}${log ? `\n${log.trim().split("\n").slice(-5).join("\n")}` : ""}`));
    };
    proc.once("error", (e: NodeJS.ErrnoException) => {
      fail(e.code === "ENOENT" ? `${bin} not found on PATH: install nats-server (Debian/Ubuntu: apt-get install -y nats-server; or https://github.com/nats-io/nats-server/releases), or give --nats URL of a running server` : `cannot start ${bin}: ${e.message}`);
    });
    proc.once("exit", (code, sig) => fail(`${bin} exited (${sig ?? `code ${code}`}) before it was ready`));
    proc.stderr!.setEncoding("utf8");
    proc.stderr!.on("data", (chunk: string) => {
      if (settled) return;
      log += chunk;
      const m = /Listening for client connections on [^\s]*:(\d+)/.exec(log);
      if (m) port = Number(m[1]);
      if (port > 0 && log.includes("Server is ready")) {
        settled = true;
        clearTimeout(timer);
        proc.stderr!.removeAllListeners("data");
        proc.stderr!.resume();
        // If this process ends without stop(), do not leave the server behind: on a normal exit the
        // handler below stops it; if this process is killed outright, a watchdog shell sees its
        // stdin pipe close and stops the server.
        const watchdog = startWatchdog(proc.pid!);
        const killOnExit = (): void => { if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM"); };
        process.once("exit", killOnExit);
        proc.once("exit", () => process.off("exit", killOnExit));
        resolve({
          url: `nats://127.0.0.1:${port}`,
          port,
          pid: proc.pid!,
          stop: async () => {
            watchdog?.kill("SIGKILL");
            if (proc.exitCode === null && proc.signalCode === null) {
              proc.kill("SIGTERM");
              const t = setTimeout(() => { if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL"); }, 3000);
              await exited;
              clearTimeout(t);
            }
          },
        });
      }
    });
  });
}

/** A shell that sends SIGTERM to `pid` when this process's end of its stdin pipe closes. */
function startWatchdog(pid: number): ChildProcess | undefined {
  try {
    const dog = spawn("sh", ["-c", `read _ignored; kill -TERM ${pid} 2>/dev/null`], { stdio: ["pipe", "ignore", "ignore"] });
    dog.on("error", () => undefined);
    dog.unref();
    (dog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return dog;
  } catch {
    return undefined;
  }
}
