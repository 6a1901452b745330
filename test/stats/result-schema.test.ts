import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { RESULT_SCHEMA_FILE, schemaText } from "../../schemas/generate.js";
import { resultSchemaErrors } from "../support/result-schema.js";

// result.json follows the JSON Schema in schemas/, checked with a standard validator (ajv).

const errorsOf = resultSchemaErrors;

const runs: [string, string[], number?][] = [
  ["paper", ["sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["paper", ["vm.net.mode=mq-msi", "sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["livelock", ["sim.warmupMs=0.5", "sim.durationMs=2"]],
  ["ideal", ["sim.warmupMs=1", "sim.durationMs=4"]],
  ["rack", ["host.count=2", "sim.warmupMs=0.1", "sim.durationMs=0.2"], 2],
  ["phold", ["phold.endNs=100000"], 3],
  ["lpi-stress", []],
];

describe("result.json against schemas/irqscale.result.v1.json", () => {
  it("the committed schema is what `npm run schema:gen` makes of the declarations", () => {
    expect(readFileSync(RESULT_SCHEMA_FILE, "utf8")).toBe(schemaText());
  });

  it.each(runs)("%s %j validates (partitions: %s)", async (preset, sets, partitions = 1) => {
    const result = await runLocal(resolveConfig({ preset, sets }), { partitions });
    expect(errorsOf(result)).toEqual([]);
  });

  it("a result with a field missing, mistyped or unknown does not", async () => {
    const good = await runLocal(resolveConfig({ preset: "phold", sets: ["phold.endNs=20000"] }), { partitions: 1 });
    const broken = (f: (r: Record<string, unknown>) => void) => {
      const r = structuredClone(good);
      f(r);
      return errorsOf(r);
    };
    expect(broken((r) => delete r.digest)).toEqual([" must have required property 'digest'"]);
    expect(broken((r) => (r.events = -1)).join()).toContain("/events must be >= 0");
    expect(broken((r) => ((r.config as Record<string, unknown>).nosuch = 1)).join()).toContain(
      "/config must NOT have additional properties",
    );
    expect(broken((r) => ((r.phold as Record<string, unknown>).handled = "many")).join()).toContain(
      "/phold/handled must be integer",
    );
  });
});

describe("throughput counts the measured window exactly", () => {
  const run = (warmupMs: number, durationMs: number) => runLocal(resolveConfig({
    preset: "paper", sets: ["vm.vcpus=2", `sim.warmupMs=${warmupMs}`, `sim.durationMs=${durationMs}`],
  }));
  type Net = { throughput: { requestsPerSec: number; packetsPerSec: number; completed: number };
    latencyUs: { samples: number }; requests: { completed: number } };

  it("throughput.completed is the responses done in [warm-up, end): whole run minus the warm-up's", async () => {
    // The same run (seed, config) measured over [0, 3 ms), [0, 1 ms) and [1 ms, 3 ms): the window only
    // selects what is counted, so the windows' counts add up.
    const [whole, warm, window] = (await Promise.all([run(0, 3), run(0, 1), run(1, 2)])) as unknown as Net[];
    expect(window!.throughput.completed).toBe(whole!.throughput.completed - warm!.throughput.completed);
    expect(window!.throughput.completed).toBeGreaterThan(0);
    // The rate is that count over the window (2 ms), the packets 5 + 4 per request of the paper's workload,
    // and every percentile is taken over the same responses.
    expect(window!.throughput.requestsPerSec * 0.002).toBeCloseTo(window!.throughput.completed, 9);
    expect(window!.throughput.packetsPerSec * 0.002).toBeCloseTo(9 * window!.throughput.completed, 9);
    expect(window!.latencyUs.samples).toBe(window!.throughput.completed);
    // requests.completed counts the whole run, warm-up included (and responses still being received at the end).
    expect(window!.requests.completed).toBeGreaterThanOrEqual(whole!.throughput.completed);
  });

  it("the schema tells the two counts apart", () => {
    const net = (JSON.parse(schemaText()) as { allOf: { then: { properties: Record<string, {
      properties: Record<string, { description?: string }> }> } }[] }).allOf[0]!.then.properties;
    expect(net.throughput!.properties.completed!.description).toMatch(/inside the measured window/);
    expect(net.requests!.properties.completed!.description).toMatch(/whole run, warm-up included/);
  });

  it("a replicated result validates, and one whose stats lack a field does not", async () => {
    const { replicatedResult, repSeeds, repDir } = await import("../../shared/stats/replicate.js");
    const seeds = repSeeds(3, 2);
    const results = await Promise.all(seeds.map((seed) =>
      runLocal(resolveConfig({ preset: "phold", sets: ["phold.endNs=20000"], seed }))));
    const r = replicatedResult(results, seeds.map((sd, i) => `${repDir(i, sd)}/result.json`));
    expect(errorsOf(r)).toEqual([]);
    const broken = structuredClone(r) as { stats: { metrics: Record<string, { n?: number }> } };
    delete broken.stats.metrics["phold.handled"]!.n;
    expect(errorsOf(broken).join()).toContain("/stats/metrics/phold.handled must have required property 'n'");
  });
});
