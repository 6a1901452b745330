// The compiled engine runs the same machines as xstate's interpreter: same digest, same result, on
// every preset, on PHOLD and on random configs, in one partition or several.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import { presets } from "../../shared/model/registry.js";
import type { EngineKind } from "../../shared/kernel/engine.js";

/** What the model computed: the result without wall/CPU time, rates of wall time, and the config's engine. */
function modelPart(r: Record<string, unknown>): Record<string, unknown> {
  const {
    runId: _id,
    wallMs: _w,
    cpuMs: _c,
    sync,
    config,
    ...rest
  } = r as Record<string, unknown> & { sync: Record<string, unknown>; config: Record<string, unknown> };
  const {
    windowsPerSec: _r,
    waitMsPerPartition: _wait,
    syncShare: _s,
    barrierMsPerWindow: _b,
    perWorker: _p,
    coordinatorCpuMs: _cc,
    ...syncRest
  } = sync;
  const { engine, ...configRest } = config;
  expect(engine).toBeDefined();
  return { ...rest, sync: syncRest, config: configRest };
}

async function both(sets: string[], preset: string | undefined, partitions = 1, model?: string) {
  const out: Record<EngineKind, Record<string, unknown>> = {} as never;
  for (const engine of ["compiled", "xstate"] as const) {
    const rc = resolveConfig({ preset, model, sets: [...sets, `engine=${engine}`] });
    out[engine] = (await runLocal(rc, { partitions })) as unknown as Record<string, unknown>;
  }
  return out;
}

const SHORT: Record<string, string[]> = {
  paper: ["sim.warmupMs=1", "sim.durationMs=2"],
  livelock: ["sim.warmupMs=1", "sim.durationMs=2"],
  ideal: ["sim.warmupMs=1", "sim.durationMs=2"],
  flood: ["workload.ratePerSec=800000", "sim.warmupMs=1", "sim.durationMs=2"],
  rack: ["sim.warmupMs=0.1", "sim.durationMs=0.2"],
  stream: ["sim.warmupMs=1", "sim.durationMs=2"],
  phold: ["phold.endNs=200000"],
  "lpi-stress": ["stress.devices=4", "vm.vcpus=4", "host.kernel=5.4", "host.spinlock=ticket", "sim.durationMs=0.2"],
};

describe("engines: compiled transition tables and xstate's interpreter agree", () => {
  it("has a shortened run for every preset", () => {
    expect(Object.keys(SHORT).sort()).toEqual(Object.keys(presets).sort());
  });

  for (const name of Object.keys(SHORT)) {
    it(`preset ${name}: same digest and result`, async () => {
      const r = await both(SHORT[name]!, name);
      expect(r.compiled.digest).toBe(r.xstate.digest);
      expect(modelPart(r.compiled)).toEqual(modelPart(r.xstate));
      expect(r.compiled.events as number).toBeGreaterThan(1000);
    }, 60_000);
  }

  it("rack in 2 and 4 partitions: the digest of one partition, for both engines", async () => {
    const one = await both(SHORT.rack!, "rack", 1);
    for (const p of [2, 4]) {
      const r = await both(SHORT.rack!, "rack", p);
      expect([r.compiled.digest, r.xstate.digest]).toEqual([one.compiled.digest, one.compiled.digest]);
    }
  }, 120_000);

  it("random network configs: same digest and result", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          mode: fc.constantFrom("sq-spi", "mq-msi", "x86-ioapic", "x86-msix-posted", "vf-passthrough", "x86-vf-posted",
            "native"),
          vcpus: fc.integer({ min: 1, max: 6 }),
          napi: fc.boolean(),
          kind: fc.constantFrom("closed", "open"),
          connections: fc.integer({ min: 1, max: 64 }),
          seed: fc.integer({ min: 1, max: 1000 }),
          kernel: fc.constantFrom("4.x", "5.4", "6.10"),
        }),
        async (c) => {
          const sets = [
            `vm.net.mode=${c.mode}`,
            `vm.vcpus=${c.vcpus}`,
            `vm.net.queues=${c.mode === "sq-spi" || c.mode === "x86-ioapic" ? 1 : c.vcpus}`,
            // A hardware NIC's driver (vf-passthrough, x86-vf-posted, native) always uses NAPI.
            `guest.napi=${c.napi || c.mode === "vf-passthrough" || c.mode === "x86-vf-posted" || c.mode === "native"}`,
            `workload.kind=${c.kind}`,
            `workload.connections=${c.connections}`,
            `seed=${c.seed}`,
            `host.kernel=${c.kernel}`,
            "sim.warmupMs=0.5",
            "sim.durationMs=1",
          ];
          const r = await both(sets, "paper");
          expect(r.compiled.digest).toBe(r.xstate.digest);
          expect(modelPart(r.compiled)).toEqual(modelPart(r.xstate));
        },
      ),
      { numRuns: 8, seed: 12 },
    );
  }, 120_000);

  it("random PHOLD layouts: same digest, in 1 and 3 partitions", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          actors: fc.integer({ min: 3, max: 200 }),
          initial: fc.integer({ min: 1, max: 6 }),
          remote: fc.double({ min: 0, max: 1, noNaN: true }),
          seed: fc.integer({ min: 1, max: 10_000 }),
        }),
        async (c) => {
          const sets = [
            `phold.actors=${c.actors}`,
            "phold.groups=3",
            `phold.initial=${c.initial}`,
            `phold.remoteShare=${c.remote}`,
            `seed=${c.seed}`,
            "phold.endNs=100000",
          ];
          const one = await both(sets, undefined, 1, "phold");
          const three = await both(sets, undefined, 3, "phold");
          expect(
            new Set([one.compiled.digest, one.xstate.digest, three.compiled.digest, three.xstate.digest]).size,
          ).toBe(1);
          expect(one.compiled.events).toBe(one.xstate.events);
        },
      ),
      { numRuns: 10, seed: 7 },
    );
  }, 120_000);

  it("an engine that does not exist is a config error naming the key and the choices", () => {
    expect(() => resolveConfig({ preset: "paper", sets: ["engine=fast"] })).toThrow(
      /config\.engine.*compiled.*xstate|config\.engine/,
    );
  });
});
