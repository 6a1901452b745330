import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNatsServer, type PrivateNatsServer } from "../../shared/run/nats-server.js";
import { buildIdentity } from "../../shared/run/build-id.js";
import { Cli, startWorkerProcs } from "../support/procs.js";

// A coordinator claims only workers of its own build (version and a hash of shared/ and the wire
// schema): a worker whose model code differs is refused at claim, named with both builds, and the
// result records the build of every worker it ran on.

const ROOT = join(import.meta.dirname, "../..");
let server: PrivateNatsServer;
let other: string;
const procs: Cli[] = [];

beforeAll(async () => {
  server = await startNatsServer();
  // The same checkout with one model file changed: another build.
  other = mkdtempSync(join(tmpdir(), "irqscale-other-build-"));
  for (const d of ["bin", "services", "shared", "proto", "package.json", "tsconfig.json"]) {
    cpSync(join(ROOT, d), join(other, d), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(other, "node_modules"));
  appendFileSync(join(other, "shared/model/phold/phold-actor.ts"), "\n// another build\n");
});
afterAll(async () => {
  for (const p of procs) p.signal("SIGTERM");
  await Promise.all(procs.map((p) => p.exited));
  await server.stop();
  rmSync(other, { recursive: true, force: true });
});

describe("checked peers", () => {
  it("a worker of another build is refused at claim, naming both builds; the result records each "
    + "worker's build", async () => {
    const [same] = await startWorkerProcs(server.url, ["same"]);
    procs.push(same!);
    const foreign = new Cli(["worker", "--nats", server.url, "--name", "foreign", "--exit-with-parent"], {
      holdStdin: true, root: other,
    });
    procs.push(foreign);
    await foreign.waitFor(/registered on/, 60_000);
    const phold = ["--model", "phold", "--set", "phold.minDelayNs=1000", "--set", "phold.endNs=100000"];
    const out = mkdtempSync(join(tmpdir(), "irqscale-peers-"));
    const two = new Cli([
      "coordinator", "--nats", server.url, "--workers", "2", "--wait-ms", "3000", "--verbose", ...phold,
      "--out", join(out, "two"),
    ]);
    const e = await two.exited;
    expect(e.code).toBe(1);
    const own = `${buildIdentity().version} (code ${buildIdentity().codeHash})`;
    const ownRe = own.replace(/[()]/g, "\\$&");
    expect(two.stderr).toMatch(new RegExp(
      "refused worker foreign \\(\\S+ pid \\d+\\): it runs irqscale \\S+ \\(code [0-9a-f]{16}\\), "
        + `this coordinator ${ownRe}`,
    ));
    expect(two.stderr).toContain(`refused as another build than this coordinator's ${own}: foreign`);
    // One worker of the right build is enough for a one-worker run, which records its build.
    const one = new Cli([
      "coordinator", "--nats", server.url, "--workers", "1", "--json", ...phold, "--out", join(out, "one"),
    ]);
    expect((await one.exited).code, one.stderr).toBe(0);
    const result = JSON.parse(one.stdout) as { sync: { builds: Record<string, string>; coordinatorBuild: string } };
    expect(result.sync.builds).toEqual({ same: own });
    expect(result.sync.coordinatorBuild).toBe(own);
  }, 90_000);
});
