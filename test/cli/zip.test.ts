// Linked sweep axes: --zip (the --vary lists advance together) and --set-expr (a key computed per
// point from others), their errors, and what sweep.json, sweep.csv and each point's result record.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { valueAt } from "../../shared/config/resolve.js";
import { ConfigError } from "../../shared/kernel/errors.js";
import { evalExpr, parseSetExpr, planSweep } from "../../shared/run/sweep.js";
import { irqscale } from "./cli.js";

const dir = mkdtempSync(join(tmpdir(), "irqscale-zip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const issues = (f: () => unknown): string[] => {
  try { f(); } catch (e) { if (e instanceof ConfigError) return e.issues; throw e; }
  throw new Error("no ConfigError");
};
const base = { preset: "paper", out: join(dir, "unused") };

describe("--set-expr expressions", () => {
  it("numbers, keys, + - * /, unary minus and parentheses, with the usual precedence", () => {
    const v: Record<string, number> = { "vm.vcpus": 4, "sim.durationMs": 20 };
    const at = (text: string): number => evalExpr(parseSetExpr(`k=${text}`).expr, (key) => v[key]!);
    expect(at("8*vm.vcpus")).toBe(32);
    expect(at("2 + 3 * 4")).toBe(14);
    expect(at("(2 + 3) * 4")).toBe(20);
    expect(at("10 - 4 - 3")).toBe(3);
    expect(at("48 / 4 / 2")).toBe(6);
    expect(at("-vm.vcpus + 1.5e1")).toBe(11);
    expect(at("sim.durationMs / (vm.vcpus - 2)")).toBe(10);
    expect(parseSetExpr("a.b=vm.vcpus*vm.vcpus+sim.durationMs").refs).toEqual(["vm.vcpus", "sim.durationMs"]);
    expect(() => at("1 / (vm.vcpus - 4)")).toThrow("division by zero");
  });

  it("anything else is refused with the flag named, before any evaluation (no eval)", () => {
    for (const [spec, why] of [
      ["k=process.exit(1)", /unexpected '\(' after a complete expression|'\)' where/],
      ["k=2**3", /'\*' where a number, a key or '\(' was expected/],
      ["k=(1+2", /a '\(' is not closed/],
      ["k=1+", /ends where a number, a key or '\(' was expected/],
      ["k=1; 2", /unexpected ';' at column 2/],
      ["k=`x`", /unexpected '`' at column 1/],
      ["=3", /expected key=expression/],
      ["k=", /expected key=expression/],
    ] as const) {
      const got = issues(() => parseSetExpr(spec));
      expect(got).toHaveLength(1);
      expect(got[0]).toMatch(new RegExp(`^--set-expr ${spec.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
      expect(got[0]).toMatch(why);
    }
  });
});

describe("planSweep with --zip and --set-expr", () => {
  it("--zip: point i takes value i of each list (3 points, not the product's 9)", () => {
    const plan = planSweep({ ...base, vary: ["vm.vcpus=4,8,16", "workload.connections=32,64,128"], zip: true });
    expect(plan.points.map((p) => [valueAt(p.resolved.config, "vm.vcpus"),
      valueAt(p.resolved.config, "workload.connections")])).toEqual([[4, 32], [8, 64], [16, 128]]);
    expect(plan.points.map((p) => p.sets)).toEqual([
      ["vm.vcpus=4", "workload.connections=32"], ["vm.vcpus=8", "workload.connections=64"],
      ["vm.vcpus=16", "workload.connections=128"],
    ]);
    // The same lists without --zip: their product.
    expect(planSweep({ ...base, vary: ["vm.vcpus=4,8,16", "workload.connections=32,64,128"] }).points).toHaveLength(9);
    // Zipped, a value may repeat on one axis when the points still differ.
    expect(planSweep({ ...base, vary: ["vm.vcpus=4,4", "workload.connections=32,64"], zip: true }).points)
      .toHaveLength(2);
  });

  it("--set-expr: each point's resolved config holds the computed value; later expressions read earlier ones",
    () => {
      const plan = planSweep({
        ...base, vary: ["vm.net.mode=sq-spi,mq-msi", "vm.vcpus=2,6"],
        exprs: ["workload.connections=8*vm.vcpus", "sim.warmupMs=workload.connections/8 + 1"],
      });
      expect(plan.points).toHaveLength(4);
      for (const p of plan.points) {
        const n = valueAt(p.resolved.config, "vm.vcpus") as number;
        expect(valueAt(p.resolved.config, "workload.connections")).toBe(8 * n);
        expect(valueAt(p.resolved.config, "sim.warmupMs")).toBe(n + 1);
        expect(p.computed).toEqual({ "workload.connections": 8 * n, "sim.warmupMs": n + 1 });
        expect(p.sets.slice(-2)).toEqual([`workload.connections=${8 * n}`, `sim.warmupMs=${n + 1}`]);
      }
    });

  it("errors name the flag: unequal lengths, one list, a repeated point, an unknown key, a non-number, "
    + "division by zero, a value the key does not allow, a key also varied or set", () => {
    expect(issues(() => planSweep({ ...base, vary: ["vm.vcpus=4,8,16", "workload.connections=32,64"], zip: true })))
      .toEqual(["--zip: the --vary lists must have equal lengths (vm.vcpus has 3, workload.connections has 2); "
        + "point i takes value i of each"]);
    expect(issues(() => planSweep({ ...base, vary: ["vm.vcpus=4,8"], zip: true }))[0]).toMatch(/^--zip: .*two --vary/);
    expect(issues(() => planSweep({ ...base, vary: ["vm.vcpus=4,4", "workload.connections=8,8"], zip: true })))
      .toEqual(["--zip: point 1 (vm.vcpus=4,workload.connections=8) repeats point 0; give each point once"]);
    expect(issues(() => planSweep({ ...base, vary: ["vm.vcpus=4,8"], exprs: ["workload.connections=8*vm.vcpu"] })))
      .toEqual(["--set-expr workload.connections=8*vm.vcpu: unknown key vm.vcpu in the expression (not a parameter "
        + "of model net; did you mean vm.vcpus?)"]);
    expect(issues(() => planSweep({ ...base, vary: ["vm.vcpus=4"], exprs: ["workload.conections=vm.vcpus"] }))[0])
      .toMatch(new RegExp("^--set-expr workload\\.conections=vm\\.vcpus: workload\\.conections is not a parameter "
        + ".*did you mean workload\\.connections"));
    expect(issues(() => planSweep({ ...base, vary: ["vm.vcpus=4"], exprs: ["workload.connections=vm.net.mode"] })))
      .toEqual(["--set-expr workload.connections=vm.net.mode: point 0 (vm.vcpus=4): "
        + 'vm.net.mode is "sq-spi", not a number']);
    expect(issues(() => planSweep({ ...base, vary: ["vm.vcpus=1,2"], exprs: ["workload.connections=8/(vm.vcpus-1)"] })))
      .toEqual(["--set-expr workload.connections=8/(vm.vcpus-1): point 0 (vm.vcpus=1): division by zero"]);
    expect(issues(() => planSweep({ ...base, vary: ["vm.vcpus=4"], exprs: ["workload.connections=vm.vcpus/3"] }))[0])
      .toMatch(/^--set-expr workload\.connections=vm\.vcpus\/3: point 0 \(vm\.vcpus=4\): config\.workload/);
    expect(issues(() => planSweep({ ...base, vary: ["vm.vcpus=4"], exprs: ["vm.vcpus=2"] })))
      .toEqual(["--set-expr vm.vcpus=2: vm.vcpus is also a --vary key; drop one"]);
    expect(issues(() => planSweep({ ...base, sets: ["workload.connections=3"], vary: ["vm.vcpus=4"],
      exprs: ["workload.connections=2"] }))).toEqual(["--set-expr workload.connections=2: workload.connections is "
      + "also given to --set; drop one"]);
  });
});

describe("irqscale sweep --zip --set-expr", { timeout: 180_000 }, () => {
  it("runs exactly the paired points; sweep.json records the zip and the expressions, sweep.csv and each "
    + "point's result the computed values", async () => {
    const out = join(dir, "zipped");
    const r = await irqscale(["sweep", "--preset", "paper", "--set", "sim.durationMs=5", "--set", "sim.warmupMs=2",
      "--vary", "vm.vcpus=2,4,6", "--vary", "vm.net.mode=sq-spi,mq-msi,sq-spi", "--zip",
      "--set-expr", "workload.connections=4*vm.vcpus", "--no-report", "--quiet", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const sweep = JSON.parse(readFileSync(join(out, "sweep.json"), "utf8")) as {
      combine: string; setExpr: unknown[];
      points: { values: Record<string, unknown>; computed: Record<string, number>; result: string; status: string }[];
    };
    expect(sweep.combine).toBe("zip");
    expect(sweep.setExpr).toEqual([{ key: "workload.connections", expr: "4*vm.vcpus", refs: ["vm.vcpus"] }]);
    expect(sweep.points.map((p) => [p.values["vm.vcpus"], p.values["vm.net.mode"], p.computed]))
      .toEqual([[2, "sq-spi", { "workload.connections": 8 }], [4, "mq-msi", { "workload.connections": 16 }],
        [6, "sq-spi", { "workload.connections": 24 }]]);
    for (const p of sweep.points) {
      expect(p.status).toBe("ok");
      const res = JSON.parse(readFileSync(join(out, p.result), "utf8")) as { config: Record<string, unknown> };
      expect(valueAt(res.config, "vm.vcpus")).toBe(p.values["vm.vcpus"]);
      expect(valueAt(res.config, "vm.net.mode")).toBe(p.values["vm.net.mode"]);
      expect(valueAt(res.config, "workload.connections")).toBe(4 * (p.values["vm.vcpus"] as number));
    }
    const csv = readFileSync(join(out, "sweep.csv"), "utf8").trimEnd().split("\n");
    expect(csv[0]).toMatch(/^point,vm\.vcpus,vm\.net\.mode,workload\.connections,/);
    expect(csv.slice(1).map((l) => l.split(",").slice(0, 4).join(","))).toEqual([
      "0,2,sq-spi,8", "1,4,mq-msi,16", "2,6,sq-spi,24",
    ]);
  });

  it("a bad --zip or --set-expr exits 2 naming the flag, before writing anything", async () => {
    const out = join(dir, "bad");
    const [zip, expr] = await Promise.all([
      irqscale(["sweep", "--preset", "paper", "--vary", "vm.vcpus=2,4", "--vary", "workload.connections=1", "--zip",
        "--out", out]),
      irqscale(["sweep", "--preset", "paper", "--vary", "vm.vcpus=1,2", "--set-expr",
        "workload.connections=8/(vm.vcpus-1)", "--out", out]),
    ]);
    expect(zip.code).toBe(2);
    expect(zip.stderr).toContain("--zip: the --vary lists must have equal lengths");
    expect(expr.code).toBe(2);
    expect(expr.stderr)
      .toContain("--set-expr workload.connections=8/(vm.vcpus-1): point 0 (vm.vcpus=1): division by zero");
    expect(zip.stderr + expr.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
