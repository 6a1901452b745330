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
