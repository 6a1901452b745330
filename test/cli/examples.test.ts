// Every config in examples/: `irqscale validate` accepts it, it runs (shortened) to a result that
// validates against schemas/irqscale.result.v1.json, the resolved config holds every value the file
// sets, and its comments say what it shows and how to run it (naming this very file).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { ROOT } from "../support/procs.js";
import { resultSchemaErrors } from "../support/result-schema.js";
import { irqscale } from "./cli.js";

const DIR = join(ROOT, "examples");
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

/** Keys that shorten a run of each model to a few hundred microseconds of virtual time. */
const SHORT: Record<string, string[]> = {
  net: ["sim.warmupMs=0.2", "sim.durationMs=0.3"],
  lpi: ["sim.warmupMs=0.05", "sim.durationMs=0.1"],
  phold: ["phold.endNs=100000"],
};

/** Every leaf of a parsed YAML mapping with its dotted path. */
function leaves(v: unknown, prefix = ""): [string, unknown][] {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return [[prefix, v]];
  return Object.entries(v).flatMap(([k, x]) => leaves(x, prefix ? `${prefix}.${k}` : k));
}
const at = (o: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o);

const example = (f: string) => {
  const text = readFileSync(join(DIR, f), "utf8");
  return { text, doc: parse(text) as Record<string, unknown> };
};

describe("examples/", () => {
  it("holds the configs the README lists: the paper's two modes at 12 vCPUs, a 64-vCPU mq-msi VM on "
    + "kunpeng920, lpi-stress at 16 vCPUs on 5.4 with ticket locks, a small rack and PHOLD", () => {
    const docs = files.map((f) => example(f).doc);
    const has = (want: Record<string, unknown>) =>
      docs.some((d) => Object.entries(want).every(([k, v]) => at(d, k) === v));
    expect(has({ model: "net", "vm.vcpus": 12, "vm.net.mode": "sq-spi" })).toBe(true);
    expect(has({ model: "net", "vm.vcpus": 12, "vm.net.mode": "mq-msi" })).toBe(true);
    expect(has({ model: "net", "vm.vcpus": 64, "vm.net.mode": "mq-msi", "host.topology": "kunpeng920" })).toBe(true);
    expect(docs.some((d) => typeof at(d, "vm.pinning") === "string" && at(d, "host.topology") === "kunpeng920"))
      .toBe(true);
    expect(has({ model: "lpi", "vm.vcpus": 16, "host.kernel": "5.4", "host.spinlock": "ticket" })).toBe(true);
    expect(docs.some((d) => d.model === "net" && (at(d, "host.count") as number) > 1)).toBe(true);
    expect(has({ model: "phold" })).toBe(true);
  });

  it.each(files)("%s: comments say what it shows and run it by its own name", (f) => {
    const { text } = example(f);
    const lines = text.split("\n");
    const head = lines.slice(0, lines.findIndex((l) => !l.startsWith("#")));
    expect(head.length, "a comment block opens the file").toBeGreaterThanOrEqual(4);
    const commands = text.match(/irqscale (?:run|sweep|validate)[^\n]*/g) ?? [];
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(c).toContain(`--config examples/${f}`);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(120);
  });

  it.concurrent.each(files)("%s: irqscale validate accepts it", async (f) => {
    const r = await irqscale(["validate", "--config", join("examples", f)]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("valid\n");
  });

  it.each(files)("%s: runs, shortened, to a schema-valid result of the config it sets", async (f) => {
    const { doc } = example(f);
    const model = typeof doc.model === "string" ? doc.model : "net";
    const short = SHORT[model]!;
    const rc = resolveConfig({ file: join(DIR, f), sets: short });
    const result = await runLocal(rc);
    expect(resultSchemaErrors(result)).toEqual([]);
    expect(result.model).toBe(model);
    expect(result.events as number).toBeGreaterThan(0);
    const config = result.config as Record<string, unknown>;
    const overridden = new Set(short.map((s) => s.split("=")[0]));
    for (const [path, value] of leaves(doc)) {
      if (!overridden.has(path)) expect(at(config, path), path).toEqual(value);
    }
    for (const s of short) expect(String(at(config, s.split("=")[0]!))).toBe(s.split("=")[1]);
  });
});
