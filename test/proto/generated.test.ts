import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** `npm run proto:check`, i.e. node --import tsx proto/check-generated.ts, with extra arguments. */
function protoCheck(args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ["--import", "tsx", "proto/check-generated.ts", ...args], { timeout: 110_000 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

describe.concurrent("proto:check", () => {
  it("proto/gen is what `npm run proto:gen` generates from proto/irqscale.proto", async () => {
    const r = await protoCheck();
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("a stale generated file fails the check, naming the file and the fix", async () => {
    const stale = join(mkdtempSync(join(tmpdir(), "irqscale-gen-")), "gen");
    cpSync("proto/gen", stale, { recursive: true });
    appendFileSync(join(stale, "irqscale.js"), "// edited by hand\n");
    const r = await protoCheck(["--gen", stale]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("irqscale.js differs");
    expect(r.stderr).toContain("npm run proto:gen");
  });
});
