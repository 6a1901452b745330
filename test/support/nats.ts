import { startNatsServer } from "../../shared/run/nats-server.js";

/** A NATS server for tests: `url` to connect to, `stop()` to end it. */
export interface TestNats { url: string; kind: "container" | "binary"; stop(): Promise<void> }

/**
 * NATS for tests: a @testcontainers/nats container where a Docker engine is reachable, else the
 * `nats-server` binary from PATH on a random loopback port, else a failure naming both (never a
 * silent skip). NATS_USE_CONTAINER=0 skips the container attempt (about 300 ms faster without
 * Docker). It logs which one it used.
 */
export async function startTestNats(opts: { jetstream?: boolean } = {}): Promise<TestNats> {
  let containerWhy = "skipped (NATS_USE_CONTAINER=0)";
  if (process.env.NATS_USE_CONTAINER !== "0") {
    try {
      const { getContainerRuntimeClient } = await import("testcontainers");
      await getContainerRuntimeClient();
      const { NatsContainer } = await import("@testcontainers/nats");
      const container = new NatsContainer("nats:2.10-alpine");
      const c = await (opts.jetstream ? container.withJetStream() : container).start();
      const url = `nats://${c.getHost()}:${c.getMappedPort(4222)}`;
      process.stderr.write(`test nats: container nats:2.10-alpine at ${url}\n`);
      return { url, kind: "container", stop: async () => { await c.stop(); } };
    } catch (e) {
      containerWhy = (e as Error).message.split("\n")[0] ?? String(e);
    }
  }
  try {
    const s = await startNatsServer({ jetstream: opts.jetstream });
    process.stderr.write(`test nats: nats-server binary pid ${s.pid} at ${s.url} (container: ${containerWhy})\n`);
    return { url: s.url, kind: "binary", stop: () => s.stop() };
  } catch (e) {
    throw new Error(
      `no NATS server for the tests: a container via testcontainers failed (${containerWhy}), and the nats-server binary failed (${(e as Error).message.split("\n")[0]}). ` +
      "Start a Docker engine, or install nats-server (apt-get install -y nats-server).",
    );
  }
}
