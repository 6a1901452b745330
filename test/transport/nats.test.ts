import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nkeys, type NatsConnection } from "@nats-io/transport-node";
import { encodeAccount, encodeOperator, encodeUser, fmtCreds } from "@nats-io/jwt";
import { ConfigError } from "../../shared/kernel/errors.js";
import { startNatsServer, type PrivateNatsServer } from "../../shared/run/nats-server.js";
import { checkRunId, connectNats, NatsBus, natsConnectOptions, runSubject } from "../../shared/transport/nats.js";
import { startTestNats, type TestNats } from "../support/nats.js";

const tick = (ms = 20): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error("timed out");
    await tick(5);
  }
}

describe("NATS connection options", () => {
  it("takes user and password from the URL, without leaving them in the server list", () => {
    const { options, display } = natsConnectOptions({ url: "nats://alice:s%40cret@nats.example:4333", env: {} });
    expect(options.servers).toEqual(["nats://nats.example:4333"]);
    expect(options.user).toBe("alice");
    expect(options.pass).toBe("s@cret");
    expect(display).toBe("nats://nats.example:4333");
    expect(options.tls).toBeUndefined();
  });

  it("reads a token from the URL, a list of servers, and tls:// as TLS required", () => {
    const o = natsConnectOptions({ url: "tls://tok123@a:4222, tls://b", env: {} }).options;
    expect(o.token).toBe("tok123");
    expect(o.servers).toEqual(["tls://a:4222", "tls://b"]);
    expect(o.tls).toEqual({});
  });

  it("falls back to NATS_URL, NATS_USER/NATS_PASSWORD, NATS_TOKEN and the TLS files", () => {
    const env = { NATS_URL: "h:1234", NATS_USER: "u", NATS_PASSWORD: "p", NATS_CA: "/ca.pem", NATS_CERT: "/c.pem", NATS_KEY: "/k.pem" };
    const o = natsConnectOptions({ env }).options;
    expect(o.servers).toEqual(["nats://h:1234"]);
    expect([o.user, o.pass]).toEqual(["u", "p"]);
    expect(o.tls).toEqual({ caFile: "/ca.pem", certFile: "/c.pem", keyFile: "/k.pem" });
    expect(natsConnectOptions({ env: { NATS_TOKEN: "t" } }).options.token).toBe("t");
    expect(natsConnectOptions({ env: {} }).options.servers).toEqual(["nats://127.0.0.1:4222"]);
    // URL credentials win over the environment.
    expect(natsConnectOptions({ url: "nats://x:y@h", env: { NATS_USER: "u", NATS_PASSWORD: "p" } }).options.user).toBe("x");
  });

  it("builds authenticators from NATS_NKEY and NATS_CREDS, and rejects bad ones by name", () => {
    const seed = "SUAMK2FG4MI6UE3ACF3FK3OIQBCEIEZV7NSWFFEW63UXMRLFM2XLAXK4GY";
    expect(typeof natsConnectOptions({ env: { NATS_NKEY: seed } }).options.authenticator).toBe("function");
    expect(() => natsConnectOptions({ env: { NATS_NKEY: "UABC" } })).toThrow(/NATS_NKEY: expected an nkey seed/);
    expect(() => natsConnectOptions({ env: { NATS_CREDS: "/nonexistent/x.creds" } })).toThrow(/NATS_CREDS \/nonexistent\/x.creds: cannot read/);
    expect(() => natsConnectOptions({ env: { NATS_CERT: "/c.pem" } })).toThrow(/NATS_CERT and NATS_KEY/);
    expect(() => natsConnectOptions({ url: "http://h:80", env: {} })).toThrow(ConfigError);
  });

  it("accepts only one subject token as run id", () => {
    expect(checkRunId("phold-abc_1")).toBe("phold-abc_1");
    for (const bad of ["a.b", "a b", "*", ">", "", "registry"]) expect(() => checkRunId(bad)).toThrow(ConfigError);
    expect(runSubject("r1", "batch.3")).toBe("irqscale.r1.batch.3");
  });
});

describe("NatsBus", () => {
  let nats: TestNats;
  let a: NatsConnection, b: NatsConnection;
  beforeAll(async () => {
    nats = await startTestNats();
    a = await connectNats({ url: nats.url });
    b = await connectNats({ url: nats.url });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await nats?.stop();
  });

  it("namespaces subjects per run, and runs sharing a server never mix", async () => {
    const seen: string[] = [];
    const raw = b.subscribe("irqscale.>", { callback: (_e, m) => { seen.push(m.subject); } });
    const r1 = new NatsBus(b, "run1"), r2 = new NatsBus(b, "run2");
    const got1: number[] = [], got2: number[] = [];
    r1.subscribe("ctl.done", (d) => got1.push(d[0]!));
    r2.subscribe("ctl.done", (d) => got2.push(d[0]!));
    await r1.flush();
    const p1 = new NatsBus(a, "run1"), p2 = new NatsBus(a, "run2");
    p1.publish("ctl.done", Uint8Array.of(1));
    p2.publish("ctl.done", Uint8Array.of(2));
    p1.publish("ctl.done", Uint8Array.of(3));
    await until(() => got1.length === 2 && got2.length === 1);
    expect(got1).toEqual([1, 3]);
    expect(got2).toEqual([2]);
    expect(seen).toEqual(["irqscale.run1.ctl.done", "irqscale.run2.ctl.done", "irqscale.run1.ctl.done"]);
    expect(p1.messages).toBe(2);
    expect(p1.bytes).toBe(2);
    raw.unsubscribe();
    await r1.close(); await r2.close();
  });

  it("never calls a handler inside publish, and a throwing handler does not stop delivery", async () => {
    const bus = new NatsBus(a, "loop");
    const errors: unknown[] = [];
    bus.onError = (e) => errors.push(e);
    const got: number[] = [];
    let inPublish = false;
    bus.subscribe("x", (d) => {
      expect(inPublish).toBe(false);
      if (d[0] === 1) throw new Error("boom");
      got.push(d[0]!);
    });
    await bus.flush();
    inPublish = true;
    bus.publish("x", Uint8Array.of(1));
    bus.publish("x", Uint8Array.of(2));
    inPublish = false;
    await until(() => got.length === 1);
    expect(errors.map((e) => (e as Error).message)).toEqual(["boom"]);
    expect(bus.handlerMs).toBeGreaterThanOrEqual(0);
    await bus.close();
  });

  it("splits a payload above max_payload into chunks and hands the handler the whole", async () => {
    const max = a.info!.max_payload;
    const big = new Uint8Array(max * 2 + 12345);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
    const rx = new NatsBus(b, "big");
    const got: Uint8Array[] = [];
    rx.subscribe("batch.0", (d) => { got.push(d); });
    await rx.flush();
    const tx = new NatsBus(a, "big");
    tx.publish("batch.0", big);
    tx.publish("batch.0", Uint8Array.of(9));
    await until(() => got.length === 2, 10_000);
    expect(tx.messages).toBe(4);
    expect(got[0]!.length).toBe(big.length);
    expect(Buffer.compare(Buffer.from(got[0]!), Buffer.from(big))).toBe(0);
    expect([...got[1]!]).toEqual([9]);
    await rx.close();
  });

  it("names the server when it cannot connect", async () => {
    await expect(connectNats({ url: "nats://127.0.0.1:1", timeoutMs: 2000 })).rejects.toThrow(/cannot connect to NATS at nats:\/\/127\.0\.0\.1:1/);
  });
});

describe("NATS authentication against a server that requires it", () => {
  let server: PrivateNatsServer;
  afterAll(async () => { await server?.stop(); });

  it("connects with user:pass in the URL and with NATS_USER/NATS_PASSWORD, and fails without", async () => {
    server = await startNatsServer({ extraArgs: ["--user", "sim", "--pass", "p4ss"] });
    const port = server.port;
    const viaUrl = await connectNats({ url: `nats://sim:p4ss@127.0.0.1:${port}` });
    await viaUrl.flush();
    await viaUrl.close();
    const viaEnv = await connectNats({ url: `nats://127.0.0.1:${port}`, env: { NATS_USER: "sim", NATS_PASSWORD: "p4ss" } });
    await viaEnv.close();
    await expect(connectNats({ url: `nats://127.0.0.1:${port}`, env: {} })).rejects.toThrow(/cannot connect to NATS.*(Authorization|authorization)/s);
  });

  it("connects with a token", async () => {
    const s = await startNatsServer({ extraArgs: ["--auth", "t0ken"] });
    try {
      const c = await connectNats({ url: `nats://t0ken@127.0.0.1:${s.port}` });
      await c.close();
      const d = await connectNats({ url: `nats://127.0.0.1:${s.port}`, env: { NATS_TOKEN: "t0ken" } });
      await d.close();
    } finally {
      await s.stop();
    }
  });
});

describe("NATS nkey and TLS against real servers", () => {
  const dir = mkdtempSync(join(tmpdir(), "irq-nats-auth-"));

  it("authenticates with an nkey seed from NATS_NKEY", async () => {
    const kp = nkeys.createUser();
    const conf = join(dir, "nkey.conf");
    writeFileSync(conf, `authorization { users = [ { nkey: "${kp.getPublicKey()}" } ] }\n`);
    const s = await startNatsServer({ extraArgs: ["-c", conf] });
    try {
      const c = await connectNats({ url: `nats://127.0.0.1:${s.port}`, env: { NATS_NKEY: new TextDecoder().decode(kp.getSeed()) } });
      await c.flush();
      await c.close();
      await expect(connectNats({ url: `nats://127.0.0.1:${s.port}`, env: {} })).rejects.toThrow(/cannot connect to NATS/);
    } finally {
      await s.stop();
    }
  });

  it("authenticates with a .creds file from NATS_CREDS against a server in operator mode, and refuses a user of another account", async () => {
    // Operator -> account -> user, each JWT signed by its issuer's nkey, as `nsc` makes them.
    const operator = nkeys.createOperator(), account = nkeys.createAccount(), user = nkeys.createUser();
    const operatorJwt = await encodeOperator("irq-op", operator);
    // No limits (-1), as `nsc add account` sets them; an account JWT without limits allows no connection.
    const limits = { conn: -1, leaf: -1, subs: -1, data: -1, payload: -1, imports: -1, exports: -1, wildcards: true, disallow_bearer: false };
    const accountJwt = await encodeAccount("irq-acct", account, { limits }, { signer: operator });
    const userJwt = await encodeUser("irq-user", user, account);
    const creds = join(dir, "user.creds");
    writeFileSync(creds, fmtCreds(userJwt, user));
    const conf = join(dir, "operator.conf");
    writeFileSync(conf, [
      `operator: "${operatorJwt}"`,
      "resolver: MEMORY",
      `resolver_preload: { ${account.getPublicKey()}: "${accountJwt}" }`,
    ].join("\n") + "\n");
    // A user signed by an account the server does not know.
    const stranger = nkeys.createUser(), strangerAccount = nkeys.createAccount();
    const strangerCreds = join(dir, "stranger.creds");
    writeFileSync(strangerCreds, fmtCreds(await encodeUser("stranger", stranger, strangerAccount), stranger));
    const s = await startNatsServer({ extraArgs: ["-c", conf] });
    try {
      const c = await connectNats({ url: `nats://127.0.0.1:${s.port}`, env: { NATS_CREDS: creds } });
      await c.flush();
      await c.close();
      await expect(connectNats({ url: `nats://127.0.0.1:${s.port}`, env: { NATS_CREDS: strangerCreds } })).rejects.toThrow(/cannot connect to NATS/);
      await expect(connectNats({ url: `nats://127.0.0.1:${s.port}`, env: {} })).rejects.toThrow(/cannot connect to NATS/);
    } finally {
      await s.stop();
    }
  });

  it("connects over TLS with tls:// and the CA from NATS_CA, and refuses a server it cannot verify", async () => {
    const key = join(dir, "key.pem"), cert = join(dir, "cert.pem");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
      "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], { stdio: "ignore" });
    const s = await startNatsServer({ extraArgs: ["--tls", "--tlscert", cert, "--tlskey", key] });
    try {
      const c = await connectNats({ url: `tls://127.0.0.1:${s.port}`, env: { NATS_CA: cert } });
      await c.flush();
      await c.close();
      await expect(connectNats({ url: `tls://127.0.0.1:${s.port}`, env: {} })).rejects.toThrow(/cannot connect to NATS at tls:\/\/127\.0\.0\.1/);
    } finally {
      await s.stop();
    }
  });
});
