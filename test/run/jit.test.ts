import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { childEntry } from "../../shared/run/entry.js";
import { JIT_FLAGS } from "../../shared/run/jit.js";

const BIN = fileURLToPath(new URL("../../bin/irqscale.js", import.meta.url));

describe("V8 flags of a simulation process", () => {
  it("the irqscale command's shebang passes exactly JIT_FLAGS to node", () => {
    const shebang = readFileSync(BIN, "utf8").split("\n")[0]!;
    expect(shebang).toBe(`#!/usr/bin/env -S node ${JIT_FLAGS.join(" ")}`);
  });

  it("the command runs by its shebang (env -S splits the flags; node accepts them)", () => {
    const out = execFileSync(BIN, ["--version"], { encoding: "utf8" });
    expect(out).toMatch(/^irqscale \d+\.\d+\.\d+/);
  });

  it("child processes (sweep points, local workers) start with JIT_FLAGS, in both layouts", () => {
    const ts = childEntry(import.meta.url, "../../shared/run/sweep-point.ts");
    expect(ts.execArgv.slice(0, JIT_FLAGS.length)).toEqual(JIT_FLAGS);
    expect(ts.execArgv).toContain("--import");
    const js = childEntry("file:///x/dist/shared/run/sweep.js", "./sweep-point.ts");
    expect(js.execArgv).toEqual(JIT_FLAGS);
  });
});
