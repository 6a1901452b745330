// Bad configs: every error named by its config path, exit 2 at the CLI, nothing written; and a
// property test over random configs (random subsets of declared keys with random values of random
// types, unknown keys, nested junk): each validates or fails with a ConfigError, nothing else.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH, resolveConfig, type ConfigRequest } from "../../shared/config/load.js";
import { flattenParams, type ParamTree } from "../../shared/config/params.js";
import { ConfigError } from "../../shared/kernel/errors.js";
import { commonParams, models, presets } from "../../shared/model/registry.js";
import { irqscale, type CliResult } from "../cli/cli.js";

const dir = mkdtempSync(join(tmpdir(), "irq-config-faults-"));
let files = 0;
const file = (content: unknown, ext = "yaml"): string => {
  const f = join(dir, `c${files++}.${ext}`);
  writeFileSync(f, typeof content === "string" ? content : ext === "json" ? JSON.stringify(content) : stringify(content));
  return f;
};
/** A stack trace line of node (`    at fn (file:line)` or `    at file:line`). */
const STACK = /^\s+at .*(\(|file:|node:)/m;

/** `irqscale run` with a fresh --out directory that must not appear. */
async function run(args: string[]): Promise<CliResult & { out: string }> {
  const out = join(mkdtempSync(join(dir, "run-")), "out");
  return { ...(await irqscale(["run", ...args, "--out", out], 60_000)), out };
}

/** Resolves and builds like `irqscale validate` (building checks what only the whole model can). */
function check(req: ConfigRequest): void {
  const rc = resolveConfig(req);
  rc.model.build(rc.config);
}
function issuesOf(req: ConfigRequest): string[] {
  try {
    check(req);
  } catch (e) {
    if (e instanceof ConfigError) return e.issues;
    throw e;
  }
  return [];
}

function expectRejected(r: CliResult & { out: string }, paths: string[]): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(/^irqscale: invalid input\n/);
  for (const p of paths) expect(r.stderr).toContain(p);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stdout).toBe("");
  expect(existsSync(r.out)).toBe(false);
}

describe("bad configs", () => {
  it("every declared latency, cost and size is bounded where it must be; the ideal preset (zero costs, 1 ns links) stays valid", () => {
    // Which parameters must be > 0 is decided per parameter: a latency of a link between actors
    // (a zero one would stall a conservative run), a clock, a rate, a timeout, the run length.
    const strictlyPositive = [
      "phold.minDelayNs", "phold.endNs", "sim.durationMs", "host.linkNs", "net.switchLatencyUs",
      "net.linkLatencyUs", "net.lineRateGbps", "workload.ratePerSec", "workload.rtoMs", "guest.softirqMaxUs",
    ];
    const all = new Map([...flattenParams(models.phold!.params), ...flattenParams(models.net!.params)]);
    for (const k of strictlyPositive) expect(all.get(k), k).toMatchObject({ min: 0, above: true });
    // A clock converts cycles to ns: bounded away from 0 so that no cost becomes unbounded.
    expect(all.get("host.ghz")).toMatchObject({ min: 0.01, max: 10 });
    // Costs may be 0 (the ideal preset sets them so), never negative.
    for (const [k, p] of all) if (p.unit === "ns" || p.unit === "us" || p.unit === "cycles" || p.unit === "ms") expect(p.min, k).toBeGreaterThanOrEqual(0);
    expect(issuesOf({ preset: "ideal" })).toEqual([]);
    expect(issuesOf({ preset: "ideal", sets: ["net.linkLatencyUs=0.001", "host.linkNs=1",
      "kvm.itsTranslateNs=0"] })).toEqual([]);
    for (const p of Object.keys(presets)) expect(issuesOf({ preset: p }), p).toEqual([]);
  });

  it("schema errors: unknown keys, wrong types, zero or negative latencies and costs: all "
    + "reported at once with their paths, exit 2, nothing written", async () => {
    const netBad = file({
      model: "net",
      bogus: 1,
      host: { nosuch: true, pcpus: "many", linkNs: 0, ghz: -2, hostRxPerPktNs: -700 },
      vm: { vcpus: 2.5, net: { mode: 3, extra: {} } },
      guest: { napi: "yes" },
      net: { switchLatencyUs: 0, linkLatencyUs: -1 },
      app: { service: { meanUs: -95 } },
      kvm: { arm: { exitCycles: -1 } },
      sim: [1, 2],
    });
    const pholdBad = file({ model: "phold", phold: { minDelayNs: 0, endNs: -1, actors: "x", remoteShare: 1.5, deep: { er: [1] } } }, "json");
    const [n, p, s] = await Promise.all([
      run(["--config", netBad]),
      run(["--config", pholdBad, "--partitions", "2"]),
      run(["--model", "net", "--set", "host.linkNs=0", "--set", "nosuch.key=1", "--set", "workload.kind=sideways", "--workers", "2"]),
    ]);
    expectRejected(n, [
      "config.bogus: unknown key", "config.host.nosuch: unknown key", "config.host.pcpus:", "config.host.linkNs:", "config.host.ghz:",
      "config.host.hostRxPerPktNs:", "config.vm.vcpus:", "config.vm.net.mode:", "config.vm.net.extra: unknown key", "config.guest.napi:",
      "config.net.switchLatencyUs:", "config.net.linkLatencyUs:", "config.app.service.meanUs:", "config.kvm.arm.exitCycles:", "config.sim:",
    ]);
    expect(n.stderr.trimEnd().split("\n").slice(1).every((l) => /^ {2}config\.[\w.]+: /.test(l)), n.stderr).toBe(true);
    expectRejected(p, [
      "config.phold.minDelayNs:", "config.phold.endNs:", "config.phold.actors:", "config.phold.remoteShare:",
      "config.phold.deep.er: unknown key",
    ]);
    // Over NATS the config is checked before any server or worker starts.
    expectRejected(s, ["config.host.linkNs:", "config.nosuch.key: unknown key", "config.workload.kind:"]);
  });

  it("errors across keys: pinned vCPUs beyond the pCPUs, more queues than the device allows, "
    + "links that round to 0 ns, a run that rounds to nothing", async () => {
    const cross = file({
      model: "net",
      host: { pcpus: 8 },
      vm: { vcpus: 12, net: { mode: "mq-msi", queues: 13 } },
      gic: { spiTarget: 12 },
      net: { linkLatencyUs: 0.0004, switchLatencyUs: 0.0001 },
      sim: { durationMs: 1e-7 },
    });
    expectRejected(await run(["--config", cross]), [
      "config.vm.vcpus: 1 VM(s) x 12 vCPUs = 12 pinned vCPUs, but config.host.pcpus is 8", "config.vm.net.queues: 13 queue pairs for 12 vCPUs",
      "config.gic.spiTarget: vCPU 12 does not exist", "config.net.linkLatencyUs: 0.0004 us rounds to 0 ns", "config.net.switchLatencyUs: 0.0001 us rounds to 0 ns",
      "config.sim.durationMs: 1e-7 ms rounds to 0 ns",
    ]);
    expect(issuesOf({ preset: "paper", sets: ["vm.net.mode=x86-ioapic", "vm.net.queues=2"] }))
      .toEqual(["config.vm.net.queues: mode x86-ioapic has one queue pair, got 2"]);
    // A rack too large to build fails at once, before any actor exists, naming the sizes.
    const t0 = performance.now();
    expect(issuesOf({ preset: "rack", sets: ["host.count=100000"] }).join("\n")).toMatch(/^config\.host\.count: 100000 host\(s\) x 289 actors .* = 28900000 actors; at most 1000000 per run$/);
    expect(issuesOf({ model: "phold", sets: ["phold.actors=2000000000"] }).join("\n")).toMatch(/^config\.phold\.actors: /);
    expect(issuesOf({ model: "net", sets: ["workload.connections=2000000000"] }).join("\n")).toMatch(/^config\.workload\.connections: /);
    expect(performance.now() - t0).toBeLessThan(2000);
    // The device limit of queue pairs is a declared bound too.
    expect(issuesOf({ model: "net", sets: ["vm.net.mode=mq-msi", "vm.net.queues=300"] }).join("\n")).toMatch(/config\.vm\.net\.queues: .*(<=|256)/);
    expect(issuesOf({ model: "net", sets: ["vm.net.mode=mq-msi", "vm.vcpus=4", "vm.net.queues=4"] })).toEqual([]);
  });

  it("keys that name Object.prototype members (__proto__, constructor) are unknown keys, not a way around the schema", () => {
    const f = file("model: phold\n__proto__:\n  seed: 5\nphold:\n  constructor: 1\n  __proto__:\n    actors: 0\n");
    const issues = issuesOf({ file: f });
    expect(issues.join("\n")).toMatch(/config\.__proto__\.seed: unknown key/);
    expect(issues.join("\n")).toMatch(/config\.phold\.constructor: unknown key/);
    expect(issues.join("\n")).toMatch(/config\.phold\.__proto__\.actors: unknown key/);
    expect(({} as Record<string, unknown>).seed).toBeUndefined();
  });
});

// ---- property: random configs ----

const paths = {
  phold: flattenParams(models.phold!.params).map(([k]) => k),
  net: flattenParams(models.net!.params).map(([k]) => k),
};
const sections = [...new Set([...paths.phold, ...paths.net].flatMap((k) => k.split(".").slice(0, -1).map((_s, i, a) => a.slice(0, i + 1).join("."))))];
const junkKey = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "", " ", "a.b", "model", "seed"));
const scalar = fc.oneof(
  fc.integer(), fc.double(), fc.constantFrom(0, -0, -1, 1, 1e-9, 0.0004, 2 ** 31, 2 ** 53, 1e300, NaN, Infinity, -Infinity),
  fc.boolean(), fc.constant(null), fc.string({ maxLength: 12 }), fc.constantFrom("sq-spi", "mq-msi", "fixed", "4.x", "phold", "net", "1e3", "true"),
);
const junk = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 3 }),
  object: fc.dictionary(junkKey, tie("value"), { maxKeys: 3 }),
})).value;
/** A plausible value for a declared key: mostly small numbers, sometimes anything. */
const valueFor = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -2, max: 70 }) }, { weight: 1, arbitrary: fc.double({ min: -1, max: 100, noNaN: true }) }, { weight: 2, arbitrary: scalar }, { weight: 1, arbitrary: junk });

function setPath(obj: Record<string, unknown>, path: string, v: unknown): void {
  const keys = path.split(".");
  let node: Record<string, unknown> = obj;
  for (const k of keys.slice(0, -1)) {
    const next = Object.hasOwn(node, k) ? node[k] : undefined;
    if (next === null || typeof next !== "object" || Array.isArray(next)) Object.defineProperty(node, k, { value: {}, enumerable: true, writable: true, configurable: true });
    node = node[k] as Record<string, unknown>;
  }
  Object.defineProperty(node, keys[keys.length - 1]!, { value: v, enumerable: true, writable: true, configurable: true });
}

interface RandomConfig { preset?: string; config: Record<string, unknown> }
const randomConfig: fc.Arbitrary<RandomConfig> = fc.record({
  start: fc.constantFrom<string | undefined>(undefined, ...Object.keys(presets)),
  model: fc.oneof(fc.constantFrom<unknown>("phold", "net", undefined), scalar),
  keys: fc.array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...paths.net, ...paths.phold) }, { weight: 1, arbitrary: fc.constantFrom(...sections) }, { weight: 1, arbitrary: fc.array(junkKey, { minLength: 1, maxLength: 3 }).map((a) => a.join(".")) }), valueFor), { maxLength: 8 }),
}).map(({ start, model, keys }) => {
  const config: Record<string, unknown> = {};
  if (model !== undefined && start === undefined) config.model = model;
  for (const [k, v] of keys) if (k !== "") setPath(config, k, v);
  return { preset: start, config };
});

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
/** Key paths of `config` that the model does not declare (where every enclosing section is a mapping). */
function unknownPaths(config: Record<string, unknown>, tree: ParamTree, prefix = ""): string[] {
  const out: string[] = [];
  for (const k of Object.keys(config)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (!Object.hasOwn(tree, k)) { out.push(path); continue; }
    const t = tree[k]!, v = config[k];
    if (!("kind" in t && "default" in t) && isObj(v)) out.push(...unknownPaths(v, t as ParamTree, path));
  }
  return out;
}
const modelTree = (m: string): ParamTree => ({ ...commonParams(m), ...models[m]!.params });

/** Validates (like `irqscale validate`) a random config written as a YAML file; the issues, [] if valid. */
function validateRandom(c: RandomConfig): string[] {
  return issuesOf({ preset: c.preset, file: file(stringify(c.config)) });
}

describe("inputs refused before any work", () => {
  it("time and cycle values are bounded so virtual time stays an integer far below 2^53 ns; a "
    + "clock is above 10 MHz", async () => {
    const rs = await Promise.all([
      run(["--preset", "paper", "--set", "sim.durationMs=1e12"]),
      run(["--preset", "paper", "--set", "host.ghz=1e-300"]),
      run(["--model", "phold", "--set", "phold.meanDelayNs=1e308"]),
    ]);
    expectRejected(rs[0]!, ["config.sim.durationMs: Too big"]);
    expectRejected(rs[1]!, ["config.host.ghz: Too small"]);
    expectRejected(rs[2]!, ["config.phold.meanDelayNs: Too big"]);
    // Every declared time and cycle parameter has a bound, and its default is within it.
    for (const [m, tree] of [["net", modelTree("net")], ["phold", modelTree("phold")]] as const) {
      for (const [path, p] of flattenParams(tree)) {
        if (!["ns", "us", "ms", "s", "cycles"].includes(p.unit)) continue;
        expect(p.max, `${m} ${path}`).toBeDefined();
        expect(p.default as number, `${m} ${path}`).toBeLessThanOrEqual(p.max!);
      }
    }
  });

  it("a config is read only from a regular file of at most 1 MiB, nested at most 32 levels, its "
    + "model agreeing", async () => {
    const big = file(`model: phold\n# ${"x".repeat(MAX_CONFIG_BYTES)}\n`);
    const deep = file(`${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`, "json");
    const deepYaml = file(`${"a: {".repeat(40)}b: 1${"}".repeat(40)}\n`);
    const phold = file("model: phold\n");
    const rs = await Promise.all([
      run(["--config", "/dev/zero"]),
      run(["--config", dir]),
      run(["--config", big]),
      run(["--config", deep]),
      run(["--config", deepYaml]),
      run(["--preset", "paper", "--config", phold]),
      run(["--model", "net", "--config", phold]),
    ]);
    expectRejected(rs[0]!, ["/dev/zero: cannot read (not a regular file)"]);
    expectRejected(rs[1]!, [`${dir}: cannot read (not a regular file)`]);
    expectRejected(rs[2]!, [`${big}: cannot read (`, `more than the ${MAX_CONFIG_BYTES}`]);
    expectRejected(rs[3]!, [`${deep}: `, `nested deeper than ${MAX_CONFIG_DEPTH} levels`]);
    expectRejected(rs[4]!, [`${deepYaml}: `, `nested deeper than ${MAX_CONFIG_DEPTH} levels`]);
    expectRejected(rs[5]!, [`config.model: phold in ${phold} conflicts with --preset paper (model net)`]);
    expectRejected(rs[6]!, [`config.model: phold in ${phold} conflicts with --model net`]);
  });
});

describe("errors name the flags the user gave", () => {
  it("too many partitions from --workers names --workers, from --partitions names --partitions", async () => {
    const phold = ["--model", "phold", "--set", "phold.minDelayNs=1000"];
    const [w, p] = await Promise.all([run([...phold, "--workers", "9"]), run([...phold, "--partitions", "9"])]);
    expectRejected(w, ["--workers 9 (one partition per worker): this config has only 8 groups"]);
    expect(w.stderr).not.toContain("--partitions");
    expectRejected(p, ["--partitions 9: this config has only 8 groups"]);
  });
});

describe("outputs refused before any work", () => {
  it("an --out under a file or that is a file, a --trace on the result file or on a directory: "
    + "exit 2, nothing written", async () => {
    const base = mkdtempSync(join(dir, "outs-"));
    const aFile = join(base, "a-file");
    writeFileSync(aFile, "x");
    const out = join(base, "out");
    const phold = ["run", "--model", "phold", "--set", "phold.endNs=20000"];
    const rs = await Promise.all([
      irqscale([...phold, "--out", join(aFile, "sub")]),
      irqscale([...phold, "--out", aFile]),
      irqscale([...phold, "--out", out, "--trace", join(out, "result.json"), "--trace-window", "0..0.01"]),
      irqscale([...phold, "--out", out, "--trace", base, "--trace-window", "0..0.01"]),
    ]);
    const says = [
      `--out ${join(aFile, "sub")}: ${aFile} is a file, not a directory`,
      `--out ${aFile}: exists and is not a directory`,
      `--trace ${join(out, "result.json")}: is the result file of --out ${out}`,
      `--trace ${base}: is a directory`,
    ];
    rs.forEach((r, i) => {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(says[i]!);
      expect(r.stderr).not.toMatch(STACK);
    });
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(aFile, "utf8")).toBe("x");
  });
});

describe("random configs (fast-check)", () => {
  it("each validates or fails with a ConfigError whose every message has its config. path, never another exception", () => {
    let valid = 0, invalid = 0, slowest = 0;
    fc.assert(
      fc.property(randomConfig, (c) => {
        const t0 = performance.now();
        const issues = validateRandom(c); // any other exception fails the property
        slowest = Math.max(slowest, performance.now() - t0);
        // A key the model does not declare is always an error naming it, wherever it sits.
        // A file without `model:` is the network model.
        const given = c.config.model;
        const declared = typeof given === "string" && models[given] ? given : undefined;
        const model = c.preset ? presets[c.preset]!.model : given === undefined ? "net" : declared;
        const unknown = model ? unknownPaths(c.config, modelTree(model)).filter((k) => k !== "model") : [];
        const lines = issues.flatMap((i) => i.split("\n"));
        // Named by each whole path given under it: `config.<key>[.<under>...]: unknown key`.
        const named = (k: string) => lines.some((l) => l.startsWith(`config.${k}`) && l.includes(": unknown key"));
        for (const k of unknown) expect(named(k), `unknown key ${k} in ${JSON.stringify(lines)}`).toBe(true);
        if (issues.length === 0) { valid++; return; }
        invalid++;
        for (const l of lines) expect(l).toMatch(/^config\./);
      }),
      {
        numRuns: 300,
        // Regressions found by this property: a __proto__ key swallowed by the merge (config valid,
        // key silently gone), a rack too large to build (validation hung allocating actor slots).
        examples: [
          [{ config: (() => { const c: Record<string, unknown> = { model: "phold" }; Object.defineProperty(c, "__proto__", { value: { seed: 5 }, enumerable: true }); return c; })() }],
          [{ preset: "rack", config: { host: { count: 2 ** 31 - 1 } } }],
          // A file model conflicting with the preset hid the file's unknown keys.
          [{ preset: "livelock", config: { model: "sq-spi", phold: { remoteShare: 0 } } }],
        ],
      },
    );
    expect(valid).toBeGreaterThan(10);
    expect(invalid).toBeGreaterThan(100);
    // Validation never builds something huge first: sizes are checked before anything is allocated.
    expect(slowest).toBeLessThan(2000);
  });

  it("through the CLI: random invalid configs exit 2 with one `config.` line per problem, no "
    + "stack trace, no result.json", async () => {
    const bad = fc.sample(randomConfig, { numRuns: 300, seed: 6 }).filter((c) => validateRandom(c).length > 0).slice(0, 3);
    expect(bad.length).toBe(3);
    const results = await Promise.all(bad.map((c) => run([...(c.preset ? ["--preset", c.preset] : []), "--config", file(stringify(c.config))])));
    results.forEach((r, i) => {
      const expected = validateRandom(bad[i]!);
      expectRejected(r, expected.flatMap((e) => e.split("\n")).map((l) => l.split(":")[0]!));
    });
  });
});
