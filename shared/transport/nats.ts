import { readFileSync } from "node:fs";
import {
  connect, credsAuthenticator, headers, nkeyAuthenticator, nuid,
  type Authenticator, type Msg, type NatsConnection, type NodeConnectionOptions, type Status, type Subscription,
} from "@nats-io/transport-node";
import { ConfigError, WireError } from "../kernel/errors.js";
import type { Bus } from "./bus.js";

/**
 * NATS transport. A run's subjects live under `irqscale.<runId>.`; the worker pool and sweep farm
 * use subjects outside any run (`irqscale.registry`, `irqscale.worker.<id>.*`, `irqscale.farm.*`).
 * Delivery uses subscription callbacks, never async iterators. Payloads larger than the server's
 * max_payload are split into chunks carried with headers and put back together before the handler
 * sees them, so the window protocol can keep sending exactly one batch per window and destination.
 */

export const SUBJECT_ROOT = "irqscale";
export const DEFAULT_NATS_URL = "nats://127.0.0.1:4222";

/** Subject of a run-relative subject of the window protocol. */
export const runSubject = (runId: string, subject: string): string => `${SUBJECT_ROOT}.${runId}.${subject}`;

const TOKEN = /^[A-Za-z0-9_-]+$/;
/** A run id is one NATS subject token: letters, digits, `_` and `-`. */
export function checkRunId(runId: string): string {
  if (!TOKEN.test(runId) || runId === "registry" || runId === "worker" || runId === "farm") {
    throw new ConfigError([`--run-id ${JSON.stringify(runId)}: a run id is one NATS subject token (letters, digits, '_', '-'), not registry/worker/farm`]);
  }
  return runId;
}

/** A run id that does not collide with runs started elsewhere on the same server. */
export const newRunId = (prefix = "run"): string => `${prefix}-${nuid.next().slice(-12).toLowerCase()}`;

export interface NatsConnectRequest {
  /** Server URL(s), comma-separated; default $NATS_URL, else nats://127.0.0.1:4222. */
  url?: string;
  /** Client name shown by the server (`nats server report connections`). */
  name?: string;
  /** Environment to read NATS_* variables from; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Connect timeout in ms (default 5000). */
  timeoutMs?: number;
  /**
   * Never give up reconnecting (a worker: after its network heals it comes back to the pool), try
   * again every second, and ping the server every 10 s so that a connection cut off while idle is
   * noticed and replaced. Default: the client's (10 attempts 2 s apart, pings every 2 minutes).
   */
  reconnectForever?: boolean;
}

export interface ResolvedNatsOptions {
  options: NodeConnectionOptions;
  /** The servers without credentials, for messages. */
  display: string;
}

/**
 * Connection options the way NATS users give them:
 * - URL `nats://host:port`, `nats://user:pass@host:port`, `nats://token@host:port`, `tls://host:port`
 *   (TLS required), several separated by commas; default $NATS_URL.
 * - NATS_USER / NATS_PASSWORD, NATS_TOKEN, NATS_NKEY (an nkey seed, `SU...`), NATS_CREDS (a .creds
 *   file with JWT and seed), NATS_CA / NATS_CERT / NATS_KEY (PEM files; CERT and KEY for mutual TLS).
 * Credentials in the URL take precedence over the environment.
 */
export function natsConnectOptions(req: NatsConnectRequest = {}): ResolvedNatsOptions {
  const env = req.env ?? process.env;
  const raw = (req.url ?? env.NATS_URL ?? DEFAULT_NATS_URL).trim();
  const servers: string[] = [];
  const shown: string[] = [];
  let user: string | undefined, pass: string | undefined, token: string | undefined;
  let tlsScheme = false;
  for (const part of raw.split(",").map((s) => s.trim()).filter(Boolean)) {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(part) ? part : `nats://${part}`;
    let u: URL;
    try { u = new URL(withScheme); } catch { throw new ConfigError([`--nats ${part}: not a NATS URL (expected nats://[user:pass@]host:port or tls://host:port)`]); }
    const scheme = u.protocol.replace(/:$/, "").toLowerCase();
    if (scheme !== "nats" && scheme !== "tls") throw new ConfigError([`--nats ${part}: scheme ${scheme}:// is not supported; use nats:// or tls://`]);
    if (scheme === "tls") tlsScheme = true;
    if (u.username) {
      const name = decodeURIComponent(u.username);
      if (u.password) { user = name; pass = decodeURIComponent(u.password); } else token = name;
    }
    if (!u.hostname) throw new ConfigError([`--nats ${part}: no host`]);
    const hostPort = `${u.hostname}${u.port ? `:${u.port}` : ""}`;
    servers.push(`${scheme === "tls" ? "tls" : "nats"}://${hostPort}`);
    shown.push(`${scheme}://${hostPort}`);
  }
  if (servers.length === 0) throw new ConfigError([`--nats: no server in ${JSON.stringify(raw)}`]);

  const options: NodeConnectionOptions = { servers, timeout: req.timeoutMs ?? 5000, name: req.name ?? "irqscale" };
  if (req.reconnectForever) Object.assign(options, RECONNECT_FOREVER);
  if (user === undefined && token === undefined) {
    if (env.NATS_USER) { user = env.NATS_USER; pass = env.NATS_PASSWORD ?? ""; }
    else if (env.NATS_TOKEN) token = env.NATS_TOKEN;
  }
  if (user !== undefined) { options.user = user; options.pass = pass ?? ""; }
  if (token !== undefined) options.token = token;

  const auth: Authenticator[] = [];
  if (env.NATS_NKEY) {
    const seed = env.NATS_NKEY.trim();
    if (!seed.startsWith("S")) throw new ConfigError([`NATS_NKEY: expected an nkey seed (starts with 'S', e.g. SU...), got one starting with '${seed.slice(0, 2)}'`]);
    auth.push(nkeyAuthenticator(new TextEncoder().encode(seed)));
  }
  if (env.NATS_CREDS) {
    let creds: Uint8Array;
    try { creds = readFileSync(env.NATS_CREDS); } catch (e) { throw new ConfigError([`NATS_CREDS ${env.NATS_CREDS}: cannot read (${(e as Error).message})`]); }
    auth.push(credsAuthenticator(creds));
  }
  if (auth.length === 1) options.authenticator = auth[0]!;
  else if (auth.length > 1) options.authenticator = auth;

  if (tlsScheme || env.NATS_CA || env.NATS_CERT || env.NATS_KEY) {
    if (Boolean(env.NATS_CERT) !== Boolean(env.NATS_KEY)) throw new ConfigError([`NATS_CERT and NATS_KEY: give both (client certificate and its key) or neither`]);
    options.tls = {
      ...(env.NATS_CA ? { caFile: env.NATS_CA } : {}),
      ...(env.NATS_CERT ? { certFile: env.NATS_CERT } : {}),
      ...(env.NATS_KEY ? { keyFile: env.NATS_KEY } : {}),
    };
  }
  return { options, display: shown.join(",") };
}

/** Client options of a connection that comes back whenever its server is reachable again. */
export const RECONNECT_FOREVER = {
  maxReconnectAttempts: -1, reconnectTimeWait: 1000, pingInterval: 10_000, maxPingOut: 2,
};

/** Error connecting to NATS, naming the server and what to check. */
export class NatsConnectError extends Error {
  constructor(display: string, cause: unknown) {
    const why = (cause as Error)?.message ?? String(cause);
    super(`cannot connect to NATS at ${display}: ${why} (check --nats / NATS_URL, that nats-server runs there, and NATS_USER/NATS_TOKEN/NATS_CREDS/NATS_CA if it needs them)`);
    this.name = "NatsConnectError";
  }
}

/** Connects with {@link natsConnectOptions}; failure names the server. */
export async function connectNats(req: NatsConnectRequest = {}): Promise<NatsConnection> {
  const { options, display } = natsConnectOptions(req);
  try {
    return await connect(options);
  } catch (e) {
    throw new NatsConnectError(display, e);
  }
}

/**
 * Watches a connection's link to its server: `disconnect` when it is lost (server gone, restarted,
 * network), `reconnect` once the client is connected again (subscriptions restored; whatever was
 * published to it in between is lost). Returns a function that stops watching.
 */
export function watchConnection(nc: NatsConnection, on: { disconnect?: (server: string) => void; reconnect?: (server: string) => void }): () => void {
  const it = nc.status() as AsyncIterable<Status> & { stop?: () => void };
  void (async () => {
    try {
      for await (const s of it) {
        if (s.type === "disconnect") on.disconnect?.(s.server);
        else if (s.type === "reconnect") on.reconnect?.(s.server);
      }
    } catch { /* the connection closed */ }
  })();
  return () => it.stop?.();
}

/** Largest payload this connection may publish (the server's max_payload, default 1 MiB). */
export const maxPayload = (nc: NatsConnection): number => nc.info?.max_payload ?? 1024 * 1024;

const CHUNK_HEADER = "Irqscale-Chunk"; // "<id> <index> <count>"
/** Most chunks one payload may have (1 GiB at the default 1 MiB max_payload). */
const MAX_CHUNKS = 1024;
const HEADER_ROOM = 256;

interface Chunks { parts: (Uint8Array | undefined)[]; got: number }

/**
 * A `Bus` for one run over a NATS connection. Several buses (runs) may share a connection; each
 * only sees its own run's subjects. Handlers run from the client's socket reader, never inside
 * `publish`; an exception in a handler goes to `onError` (it must not reach the NATS reader).
 */
export class NatsBus implements Bus {
  /** Bytes and NATS messages this bus published. */
  bytes = 0;
  messages = 0;
  /** Wall time spent inside handlers (ms): the work of the windows this process ran. */
  handlerMs = 0;
  onError: (err: unknown, subject: string) => void = (err, subject) => {
    process.stderr.write(`irqscale: handler for ${subject} failed: ${(err as Error)?.stack ?? String(err)}\n`);
  };
  private readonly subs = new Set<Subscription>();
  private readonly limit: number;

  constructor(
    readonly nc: NatsConnection,
    readonly runId: string,
    private readonly opts: { closeConnection?: boolean } = {},
  ) {
    checkRunId(runId);
    this.limit = Math.max(1024, maxPayload(nc) - HEADER_ROOM);
  }

  subject(subject: string): string { return runSubject(this.runId, subject); }

  publish(subject: string, data: Uint8Array): void {
    const full = this.subject(subject);
    if (data.length <= this.limit) {
      this.nc.publish(full, data);
      this.bytes += data.length;
      this.messages++;
      return;
    }
    const id = nuid.next();
    const count = Math.ceil(data.length / this.limit);
    for (let i = 0; i < count; i++) {
      const h = headers();
      h.set(CHUNK_HEADER, `${id} ${i} ${count}`);
      const part = data.subarray(i * this.limit, Math.min(data.length, (i + 1) * this.limit));
      this.nc.publish(full, part, { headers: h });
      this.bytes += part.length;
      this.messages++;
    }
  }

  subscribe(subject: string, handler: (data: Uint8Array) => void): () => void {
    const full = this.subject(subject);
    const partials = new Map<string, Chunks>();
    const deliver = (data: Uint8Array): void => {
      const t0 = performance.now();
      try { handler(data); } catch (e) { this.onError(e, full); } finally { this.handlerMs += performance.now() - t0; }
    };
    const onMsg = (msg: Msg): void => {
      const chunk = msg.headers?.get(CHUNK_HEADER);
      if (!chunk) { deliver(msg.data); return; }
      const [id, idx, cnt, extra] = chunk.split(" ");
      const index = Number(idx), count = Number(cnt);
      const p0 = id ? partials.get(id) : undefined;
      if (!id || extra !== undefined || !Number.isInteger(index) || !Number.isInteger(count) || count < 1 || count > MAX_CHUNKS || index < 0 || index >= count || (p0 && p0.parts.length !== count)) {
        throw new WireError(`malformed chunk header ${JSON.stringify(chunk.slice(0, 80))} (expected "<id> <index> <count>", count <= ${MAX_CHUNKS})`);
      }
      let p = p0;
      if (!p) partials.set(id, (p = { parts: new Array(count), got: 0 }));
      if (p.parts[index] === undefined) { p.parts[index] = msg.data; p.got++; }
      if (p.got < count) return;
      partials.delete(id);
      const total = p.parts.reduce((n, b) => n + b!.length, 0);
      const whole = new Uint8Array(total);
      let off = 0;
      for (const b of p.parts) { whole.set(b!, off); off += b!.length; }
      deliver(whole);
    };
    const sub = this.nc.subscribe(full, {
      // Nothing may escape into the client's socket reader: it would stop reading for good.
      callback: (err: Error | null, msg: Msg) => {
        if (err) { this.onError(err, full); return; }
        try { onMsg(msg); } catch (e) { this.onError(e, full); }
      },
    });
    this.subs.add(sub);
    return () => { this.subs.delete(sub); sub.unsubscribe(); };
  }

  /** Resolves once the server has processed everything this connection sent (subscriptions included). */
  flush(): Promise<void> { return this.nc.flush(); }

  /**
   * Unsubscribes and waits until the server has what this bus published. With `flush: false` (a
   * connection that is cut off and may stay so) it does not wait, and a connection it owns is closed.
   */
  async close(o: { flush?: boolean } = {}): Promise<void> {
    for (const s of this.subs) s.unsubscribe();
    this.subs.clear();
    if (this.nc.isClosed()) return;
    if (o.flush === false) { if (this.opts.closeConnection) await this.nc.close().catch(() => undefined); return; }
    if (this.opts.closeConnection) await this.nc.drain().catch(() => this.nc.close());
    else await this.nc.flush().catch(() => undefined);
  }
}
