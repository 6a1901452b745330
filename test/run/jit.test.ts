import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JIT_FLAGS } from "../../shared/run/jit.js";

const BIN = fileURLToPath(new URL("../../bin/irqscale.js", import.meta.url));

describe("V8 flags of a simulation process", () => {
  // Child processes get them from childEntry (test/cli/compiled.test.ts).
  it("the irqscale command's shebang passes exactly JIT_FLAGS to node", () => {
    const shebang = readFileSync(BIN, "utf8").split("\n")[0]!;
    expect(shebang).toBe(`#!/usr/bin/env -S node ${JIT_FLAGS.join(" ")}`);
  });

  it("the command runs by its shebang (env -S splits the flags; node accepts them)", () => {
    const out = execFileSync(BIN, ["--version"], { encoding: "utf8" });
    expect(out).toMatch(/^irqscale \d+\.\d+\.\d+/);
  });
});
