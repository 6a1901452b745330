// Process faults of a distributed run, with real processes: a nats-server, `irqscale worker`,
// `irqscale coordinator` and `irqscale run` processes, all started here; only those PIDs are ever
// signalled (a worker that `irqscale run` starts itself is only checked for being gone).
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { startNatsServer, type PrivateNatsServer } from "../../shared/run/nats-server.js";
import { irqscale } from "../../shared/sync/codec.js";
import { connectNats, runSubject } from "../../shared/transport/nats.js";
import { runDistributed } from "../../services/coordinator/coordinator.js";
import { Cli, sleep, startWorkerProcs, untilIdle } from "../support/procs.js";

// PHOLD over a 1 us link: one window per microsecond of virtual time, a few hundred to a few
// thousand windows per second over NATS. LONG runs for minutes if nothing stops it; SHORT ends in
// about 600 windows.
const LONG = 20_000_000;
const SHORT = 600_000;
const pholdSets = (endNs: number): string[] => ["--set", "phold.minDelayNs=1000", "--set", `phold.endNs=${endNs}`];
const pholdRc = (endNs: number) => resolveConfig({ model: "phold", seed: 7, sets: ["phold.minDelayNs=1000", `phold.endNs=${endNs}`] });

/** Follows the window reports and the abort of one run, as any client of the server can. */
class Watch {
  last = -1;
  abortAt: number | undefined;
  abortCause = "";
  private subs: Subscription[];
  private waits: { n: number; res: () => void }[] = [];
  constructor(nc: NatsConnection, runId: string) {
    this.subs = [
      nc.subscribe(runSubject(runId, "ctl.done"), {
        callback: (err, m) => {
          if (err) return;
          this.last = Math.max(this.last, irqscale.WindowDone.decode(m.data).window);
          this.waits = this.waits.filter((w) => (this.last >= w.n ? (w.res(), false) : true));
        },
      }),
      nc.subscribe(runSubject(runId, "ctl.abort"), {
        callback: (err, m) => {
          if (err || this.abortAt !== undefined) return;
          this.abortAt = performance.now();
          this.abortCause = irqscale.Abort.decode(m.data).cause;
        },
      }),
    ];
  }
  reach(n: number, ms = 30_000): Promise<void> {
    if (this.last >= n) return Promise.resolve();
    return new Promise((res, rej) => {
      const t = setTimeout(() => rej(new Error(`window ${n} not reached within ${ms} ms (last ${this.last})`)), ms);
      this.waits.push({ n, res: () => { clearTimeout(t); res(); } });
    });
  }
  stop(): void { for (const s of this.subs) s.unsubscribe(); }
}

const alive = (pid: number): boolean => { try { process.kill(pid, 0); return true; } catch { return false; } };
const noStack = /\n\s+at \S+ \(|\n\s+at (file|node):/;

describe("process faults over NATS", () => {
  let server: PrivateNatsServer;
  let nc: NatsConnection;
  let pool: Cli[] = [];
  const started: Cli[] = [];
  const timings: Record<string, number> = {};
  let tmp: string;

  const url = (): string => server.url;
  const coordinator = (runId: string, endNs: number, out: string): Cli => {
    const c = new Cli(["coordinator", "--nats", url(), "--workers", "2", "--run-id", runId, "--model", "phold", "--seed", "7", ...pholdSets(endNs), "--json", "--out", out]);
    started.push(c);
    return c;
  };
  const workers = async (names: string[]): Promise<Cli[]> => {
    const ws = await startWorkerProcs(url(), names);
    started.push(...ws);
    return ws;
  };
  const names = (): string[] => pool.map((w) => /--name (\S+)/.exec(w.proc.spawnargs.join(" "))![1]!);

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "irq-faults-"));
    server = await startNatsServer();
    nc = await connectNats({ url: server.url, name: "fault-test" });
    pool = await workers(["pa", "pb"]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(started.map((c) => c.stop()));
    await nc?.close();
    await server?.stop();
    process.stderr.write(`process faults, measured (ms): ${JSON.stringify(timings)}\n`);
  });

  it("a worker killed with SIGKILL mid-run: the run aborts within 5 s naming it and the window, writes nothing; the run's own worker exits, the pool's is idle again", async () => {
    // `irqscale run --workers 3 --nats URL`: the two registered workers plus one it starts itself.
    const out = join(tmp, "kill-worker");
    const w = new Watch(nc, "kill-worker");
    const c = new Cli(["run", "--nats", url(), "--workers", "3", "--run-id", "kill-worker", "--verbose", "--model", "phold", "--seed", "7", ...pholdSets(LONG), "--out", out]);
    started.push(c);
    const own = Number((await c.waitFor(/started worker \S+ pid (\d+)/))[1]);
    await w.reach(100);
    const [keep, victim] = pool as [Cli, Cli];
    const t0 = performance.now();
    victim.signal("SIGKILL");
    const e = await c.exited;
    w.stop();
    timings.killedWorkerAbortMs = Math.round(w.abortAt! - t0);
    timings.killedWorkerRunExitMs = Math.round(e.at - t0);
    expect(e.code, c.stderr).toBe(1);
    expect(w.abortCause).toMatch(/^worker pb \(\S+ pid \d+\) stopped answering: its NATS connection is gone/);
    expect(c.stderr).toMatch(/irqscale: run failed: run aborted \(worker pb\) in window \d+: worker pb \(\S+ pid \d+\) stopped answering: its NATS connection is gone/);
    expect(c.stderr).not.toMatch(noStack);
    expect(w.abortAt! - t0).toBeLessThan(5000);
    expect(e.at - t0).toBeLessThan(10_000);
    expect(existsSync(out)).toBe(false);
    // The worker the run started ends with it; the pool's surviving worker drops the run and is idle for the next.
    expect(alive(own)).toBe(false);
    await keep.waitFor(/run kill-worker aborted/, 5000);
    await untilIdle(nc, ["pa"], 5000);
    timings.survivorIdleMs = Math.round(performance.now() - t0);
    pool = [keep, ...(await workers(["pc"]))];
  });

  it("a coordinator killed with SIGKILL mid-run: its workers notice within 5 s, drop the run and are idle again", async () => {
    const out = join(tmp, "kill-coord");
    const w = new Watch(nc, "kill-coord");
    const c = coordinator("kill-coord", LONG, out);
    await w.reach(100);
    const t0 = performance.now();
    c.signal("SIGKILL");
    await Promise.all(pool.map((p) => p.waitFor(/coordinator of run kill-coord is gone; dropping the run/, 10_000)));
    timings.killedCoordinatorDetectMs = Math.round(performance.now() - t0);
    expect(performance.now() - t0).toBeLessThan(5000);
    w.stop();
    await untilIdle(nc, names(), 5000);
    expect(existsSync(out)).toBe(false);
  });

  it("a worker stopped (SIGSTOP) for 2 s mid-run and continued: the run completes with the digest of an uninterrupted run", async () => {
    const victim = pool[1]!;
    let stoppedAt = -1, t0 = 0, lastMoveAt = 0, lastMoveAtContinue = 0;
    let resumed: Promise<void> = Promise.resolve();
    const r = await runDistributed(pholdRc(SHORT), {
      natsUrl: url(), workers: 2, runId: "slow", waitMs: 20_000,
      onWindow: (win) => {
        lastMoveAt = performance.now();
        if (win < 100 || stoppedAt >= 0) return;
        stoppedAt = win;
        t0 = performance.now();
        victim.signal("SIGSTOP");
        resumed = sleep(2000).then(() => { lastMoveAtContinue = lastMoveAt; victim.signal("SIGCONT"); });
      },
    });
    await resumed;
    timings.slowWorkerRunAfterStopMs = Math.round(performance.now() - t0);
    const solo = await runLocal(pholdRc(SHORT));
    expect(r.digest).toBe(solo.digest);
    expect(r.events).toBe(solo.events);
    expect(r.windows as number).toBeGreaterThan(stoppedAt + 1);
    // Nothing moved in the last second of the stop (every window needs every partition; a report
    // already in flight may land in the first moments), and then the run went on.
    expect(lastMoveAtContinue - t0).toBeLessThan(1000);
    expect((r.sync as { runMs: number }).runMs).toBeGreaterThan(2000);
    await untilIdle(nc, names(), 5000);
  });

  it("a worker stopped (SIGSTOP) longer than --stall-timeout-ms: the run aborts within the bound naming it and its "
    + "last window; both workers are idle again once it continues", async () => {
    const victim = pool[1]!;
    let stopped = false, t0 = 0;
    const err = await runDistributed(pholdRc(LONG), {
      natsUrl: url(), workers: 2, runId: "stall", waitMs: 20_000, stallMs: 1500, pingMs: 250,
      onWindow: (win) => {
        if (win < 100 || stopped) return;
        stopped = true;
        t0 = performance.now();
        victim.signal("SIGSTOP");
      },
    }).catch((e: unknown) => e);
    timings.stallAbortMs = Math.round(performance.now() - t0);
    victim.signal("SIGCONT");
    expect(stopped).toBe(true);
    expect(err).toBeInstanceOf(Error);
    const name = /--name (\S+)/.exec(victim.proc.spawnargs.join(" "))![1]!;
    expect((err as Error).message).toMatch(new RegExp(`run aborted \\(worker ${name}\\) in window \\d+: worker ${name} `
      + `\\(\\S+ pid ${victim.pid}\\) lost: no answer to heartbeats for 1\\.\\d s \\(bound 1500 ms; .*\\); `
      + "its partitions last reported window \\d+$"));
    // Declared lost once silent for the bound less one beat (150 ms): after 1.35 s less the beat it
    // last answered, at most 1.5 s after it stopped, and far before the run's own end.
    expect(performance.now() - t0).toBeGreaterThan(1000);
    expect(performance.now() - t0).toBeLessThan(3000);
    await untilIdle(nc, names(), 10_000);
  });

  it("nats-server killed and restarted on the same port mid-run: the run aborts with that cause and writes nothing; the workers come back and the next run is right", async () => {
    const out = join(tmp, "restart");
    const w = new Watch(nc, "restart");
    const c = coordinator("restart", LONG, out);
    await w.reach(100);
    const port = server.port;
    const t0 = performance.now();
    process.kill(server.pid, "SIGKILL");
    await server.stop();
    server = await startNatsServer({ port });
    timings.natsRestartMs = Math.round(performance.now() - t0);
    const e = await c.exited;
    timings.restartCoordinatorExitMs = Math.round(e.at - t0);
    w.stop();
    expect(e.code, c.stderr).toBe(1);
    expect(c.stderr).toMatch(/run aborted in window \d+: coordinator lost its connection to NATS at \S+ in window \d+ \(server stopped or restarted, or network lost\): messages in flight may be lost/);
    expect(c.stderr).not.toMatch(noStack);
    expect(c.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    await Promise.all(pool.map((p) => p.waitFor(/aborting run restart: worker \S+ lost its connection to NATS/, 5000)));
    await untilIdle(nc, names(), 15_000);
    timings.restartWorkersIdleMs = Math.round(performance.now() - t0);
    // The same worker processes serve the next run on the new server, with the right digest.
    const next = await runDistributed(pholdRc(300_000), { natsUrl: url(), workers: 2, waitMs: 20_000 });
    expect(next.digest).toBe((await runLocal(pholdRc(300_000))).digest);
  });
});
