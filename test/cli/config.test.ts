import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { irqscale } from "./cli.js";

// `irqscale config` prints the resolved config (preset, file, --set and every default) without running.

describe("irqscale config", () => {
  const sets = ["--preset", "paper", "--set", "vm.vcpus=4", "--set", "sim.durationMs=1"];

  it("prints what a run with the same flags resolves: the printed file runs to the same digest "
    + "and config", async () => {
    const dir = mkdtempSync(join(tmpdir(), "irqscale-config-"));
    const printed = await irqscale(["config", ...sets]);
    expect(printed.code, printed.stderr).toBe(0);
    const file = join(dir, "resolved.yaml");
    writeFileSync(file, printed.stdout);
    const [fromFile, fromFlags] = await Promise.all([
      irqscale(["run", "--config", file, "--json", "--out", join(dir, "a")]),
      irqscale(["run", ...sets, "--json", "--out", join(dir, "b")]),
    ]);
    const a = JSON.parse(fromFile.stdout) as { digest: string; config: unknown };
    const b = JSON.parse(fromFlags.stdout) as { digest: string; config: unknown };
    expect(a.digest).toBe(b.digest);
    expect(a.config).toEqual(b.config);
    expect(parse(printed.stdout)).toEqual(b.config);
    const json = await irqscale(["config", ...sets, "--json"]);
    expect(JSON.parse(json.stdout)).toEqual(b.config);
    expect(readFileSync(file, "utf8")).toContain("vcpus: 4");
  });

  it("a bad key exits 2 naming it, and prints no config", async () => {
    const r = await irqscale(["config", "--preset", "paper", "--set", "vm.vcpu=4"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("config.vm.vcpu: unknown key (did you mean vm.vcpus?)");
  });
});
