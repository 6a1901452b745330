import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { allowed, flattenParams } from "../../shared/config/params.js";
import { models, presets } from "../../shared/model/registry.js";
import { irqscale } from "./cli.js";

const dir = mkdtempSync(join(tmpdir(), "irqscale-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent("presets, params, validate", { timeout: 120_000 }, () => {
  it("presets: one line per preset of the registry", async () => {
    const r = await irqscale(["presets"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(Object.keys(presets));
    for (const [i, [name, p]] of Object.entries(presets).entries()) expect(lines[i]).toMatch(new RegExp(`^${name}\\s+${p.model}\\s+${p.description.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  });

  it("params [KEY]: every declared parameter of every model (unit, default, allowed, source); KEY "
    + "filters by prefix", async () => {
    const [json, text, none] = await Promise.all([irqscale(["params", "--json"]), irqscale(["params", "phold.remote"]), irqscale(["params", "nosuch.key"])]);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { model: string; path: string; unit: string; default: unknown; allowed: string; source: string }[];
    expect(rows.filter((r) => r.model === "*").map((r) => r.path)).toEqual(["model", "seed", "engine"]);
    for (const [name, m] of Object.entries(models)) {
      const decl = flattenParams(m.params);
      expect(decl.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.model === name).map((r) => [r.path, r.unit, r.default, r.allowed, r.source]))
        .toEqual(decl.map(([path, p]) => [path, p.unit, p.default, allowed(p), p.source]));
    }
    // Text form, KEY filters by path prefix: a header naming the model, then one aligned row per parameter.
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^# model phold: .*\nPATH\s+UNIT\s+DEFAULT\s+ALLOWED\s+DESCRIPTION {2}\[source\]\nphold\.remoteShare\s+fraction\s+0\.25\s+number >= 0, <= 1\s+share of sends .* {2}\[source: PHOLD benchmark convention\]\n$/);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no parameter path starts with 'nosuch.key'");
  });

  it("params --preset P: each parameter of P's model with the value P gives it ('=' where it is "
    + "the default)", async () => {
    const r = await irqscale(["params", "--preset", "rack", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { model: string; path: string; default: unknown; preset: unknown }[];
    expect(rows.every((x) => x.model === "*" || x.model === "net")).toBe(true);
    const at = (path: string) => rows.find((x) => x.path === path)!;
    expect(at("host.count").preset).toBe(16);
    expect(at("vm.net.mode").preset).toBe("mq-msi");
    expect(at("guest.napiWeight").preset).toBe(at("guest.napiWeight").default);
    const text = await irqscale(["params", "vm.perHost", "--preset", "rack"]);
    expect(text.stdout).toMatch(/^vm\.perHost\s+VMs\s+1\s+8\s/m);
    const bad = await irqscale(["params", "--preset", "nosuch"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--preset nosuch: unknown preset");
  });

  it("validate: a valid file prints 'valid'; every error is printed with its path, exit 2", async () => {
    writeFileSync(join(dir, "good.yaml"), "model: phold\nseed: 3\nphold:\n  endNs: 100000\n  remoteShare: 0.5\n");
    writeFileSync(join(dir, "bad.yaml"), "model: phold\nseed: x\nphold:\n  remoteShare: 2\n  actors: 0\n  bogus: 1\n");
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ model: "nosuch" }));
    writeFileSync(join(dir, "broken.yaml"), "phold: [\n");
    const [gy, by, bj, br] = await Promise.all(["good.yaml", "bad.yaml", "bad.json", "broken.yaml"]
      .map((f) => irqscale(["validate", "--config", join(dir, f)])));
    expect(gy!.code).toBe(0);
    expect(gy!.stdout).toBe("valid\n");
    expect(by!.code).toBe(2);
    expect(by!.stdout).toBe("");
    for (const path of ["config.seed:", "config.phold.remoteShare:", "config.phold.actors:", "config.phold.bogus: unknown key"]) expect(by!.stderr).toContain(path);
    expect(bj!.code).toBe(2);
    expect(bj!.stderr).toMatch(/config\.model: unknown model 'nosuch'; allowed: .*phold/);
    expect(br!.code).toBe(2);
    expect(br!.stderr).toContain("broken.yaml");
  });
});
