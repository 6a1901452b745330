// Control messages of a run are accepted only with its token, and a worker that claims and then does
// nothing is caught by the liveness bound. Over a real nats-server: two workers in this process (each
// with a connection of its own), a forger that knows the workers' ids and the run id (both are on the
// wire for anyone to see) but not the token, and a fake worker that answers claims and run specs and
// never runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Msg, NatsConnection } from "@nats-io/transport-node";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { buildIdentity } from "../../shared/run/build-id.js";
import { REGISTRY, DISCOVER, workerControlWildcard, workerSubject } from "../../shared/run/nats-pool.js";
import { startNatsServer, type PrivateNatsServer } from "../../shared/run/nats-server.js";
import { irqscale } from "../../shared/sync/codec.js";
import { subjects } from "../../shared/sync/subjects.js";
import { connectNats, runSubject } from "../../shared/transport/nats.js";
import { runDistributed } from "../../services/coordinator/coordinator.js";
import { Worker } from "../../services/worker/worker.js";
import { Cli, startWorkerProcs, untilIdle } from "../support/procs.js";

const pholdRc = (endNs: number) =>
  resolveConfig({ model: "phold", seed: 7, sets: ["phold.minDelayNs=1000", `phold.endNs=${endNs}`] });

describe("run control over NATS: tokens and workers that claim and do nothing", () => {
  let server: PrivateNatsServer;
  let nc: NatsConnection;
  const conns: NatsConnection[] = [];
  const workers: Worker[] = [];
  const logs: string[] = [];

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ url: server.url, name: "control-test" });
    for (const name of ["ta", "tb"]) {
      const c = await connectNats({ url: server.url, name });
      conns.push(c);
      const w = new Worker(c, { name, log: (l) => logs.push(l), farm: false });
      await w.start();
      workers.push(w);
    }
  }, 30_000);

  afterAll(async () => {
    for (const w of workers) await w.stop();
    for (const c of [...conns, nc]) await c?.close();
    await server?.stop();
  });

  it("a forged Release on each worker's subject and a forged Abort on the run's are ignored, logged, and the run "
    + "ends with the digest of an undisturbed run", async () => {
    logs.length = 0;
    const rc = pholdRc(600_000);
    let forged = false;
    const r = await runDistributed(rc, {
      nc, workers: 2, runId: "forged", waitMs: 10_000,
      onWindow: (win) => {
        if (win < 50 || forged) return;
        forged = true;
        const release = irqscale.Release.encode({ runId: "forged", token: "" }).finish();
        for (const w of workers) nc.publish(workerSubject(w.id, "release"), release);
        const abort = irqscale.Abort.encode({
          runId: "forged", cause: "forged abort", worker: "ta", actor: -1, time: -1, token: "0".repeat(32),
        });
        nc.publish(runSubject("forged", subjects.abort), abort.finish());
      },
    });
    expect(forged).toBe(true);
    expect(r.digest).toBe((await runLocal(rc)).digest);
    const text = logs.join("\n");
    for (const name of ["ta", "tb"]) {
      expect(text).toContain(`worker ${name}: ignored a release of run forged without the run's token; `
        + "the run goes on");
      expect(text).toContain(`worker ${name}: ignored an abort of run forged without the run's token `
        + '(cause given: "forged abort")');
    }
    await untilIdle(nc, ["ta", "tb"], 5000);
  });

  it("a fake worker that accepts the claim and the run spec and never runs: the run aborts within the bound, "
    + "naming it", async () => {
    const fake = await connectNats({ url: server.url, name: "fake" });
    const id = "FAKEWORKER0001";
    const { version, codeHash } = buildIdentity();
    const hello = irqscale.WorkerHello.encode({
      id, worker: "fake", host: "nowhere", pid: 4242, busy: false, version, codeHash,
    }).finish();
    let specs = 0;
    fake.subscribe(workerControlWildcard(id), {
      callback: (err, m: Msg) => {
        if (err) return;
        if (m.subject.endsWith(".claim")) m.respond(irqscale.ClaimReply.encode({ ok: true, worker: "fake" }).finish());
        if (m.subject.endsWith(".spec")) {
          specs++;
          const s = irqscale.RunSpec.decode(m.data);
          m.respond(irqscale.RunReady.encode({ runId: s.runId, worker: "fake", ok: true }).finish());
        }
      },
    });
    fake.subscribe(DISCOVER, { callback: () => fake.publish(REGISTRY, hello) });
    await fake.flush();
    try {
      // One real worker leaves the pool, so the coordinator has to take the fake.
      await workers[1]!.stop();
      const t0 = performance.now();
      const err = await runDistributed(pholdRc(20_000_000), {
        nc, workers: 2, runId: "fake", waitMs: 10_000, stallMs: 1500,
      }).catch((e: unknown) => e as Error);
      const took = performance.now() - t0;
      expect(specs).toBe(1);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(new RegExp("^run aborted \\(worker fake\\) in window \\d+: worker fake "
        + "\\(nowhere pid 4242\\) lost: no answer to heartbeats for 1\\.\\d s \\(bound 1500 ms; .*\\); "
        + "before its first window$"));
      // Lost 1.35 s after its claim (the bound less one 150 ms beat), plus claiming and start-up.
      expect(took).toBeGreaterThan(1350);
      expect(took).toBeLessThan(4000);
      await untilIdle(nc, ["ta"], 5000);
    } finally {
      await fake.close();
    }
  });
});

describe("--stall-timeout-ms on run, coordinator and worker", () => {
  it("below 100 ms or not a number: exit 2 naming the flag, before anything starts", async () => {
    const cases = [
      ["worker", "--stall-timeout-ms", "50"],
      ["run", "--workers", "1", "--model", "phold", "--stall-timeout-ms", "99"],
      ["coordinator", "--workers", "1", "--model", "phold", "--stall-timeout-ms", "0"],
      ["worker", "--stall-timeout-ms", "5s"],
    ];
    const runs = cases.map((args) => new Cli(args));
    for (const [i, c] of runs.entries()) {
      const e = await c.exited;
      expect(e.code, `${cases[i]!.join(" ")}: ${c.stderr}`).toBe(2);
      expect(c.stderr).toMatch(/--stall-timeout-ms must be (at least 100 \(ms\)|a positive integer), got '/);
      // Refused at parsing: no server, worker or run was started (they would say so with --verbose, or connect).
      expect(c.stderr).not.toMatch(/registered on|waiting for workers|started nats-server|cannot connect/);
    }
  });
});

describe("liveness independent of window length", () => {
  let server: PrivateNatsServer;
  let nc: NatsConnection;
  let worker: Cli;

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ url: server.url, name: "long-window-test" });
    worker = (await startWorkerProcs(server.url, ["tl"]))[0]!;
  }, 60_000);

  afterAll(async () => {
    await worker?.stop();
    await nc?.close();
    await server?.stop();
  });

  it("one worker process running the whole run as one window, far longer than a 1 s bound: it answers every beat "
    + "and the run ends with the in-process digest", async () => {
    // One partition: nothing is cut, so the run is a single window of about 6.8 M events (seconds of wall time;
    // 3.5 s in one process on the 2-core VM with the command's V8 flags, 2026-12-03).
    const rc = resolveConfig({ model: "phold", seed: 7, sets: ["phold.endNs=40000000"] });
    const r = await runDistributed(rc, { nc, workers: 1, runId: "long-window", waitMs: 10_000, stallMs: 1000 });
    expect(r.windows).toBe(1);
    expect((r.sync as { runMs: number }).runMs).toBeGreaterThan(2000);
    expect(r.digest).toBe((await runLocal(rc)).digest);
  });
});
