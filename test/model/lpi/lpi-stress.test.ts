// Model validation of the lpi-stress model against independent truth: the single-vCPU rates of the
// 6.10 series' cover letter (the only calibration point, one per generation), the structure of each
// generation's injection path (a per-VM lock or none), time conservation on every core, and the
// lock statistics' own bookkeeping.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../../shared/config/load.js";
import { ConfigError } from "../../../shared/kernel/errors.js";
import { runLocal } from "../../../shared/run/local.js";

interface Lock {
  name: string; acquisitions: number; acquisitionsPerSec: number; spinNs: number; contextSwitches: number;
  meanWaitNs: number;
}
interface Result {
  lpi: { injectedPerSec: number; signals: number; perDevicePerSec: number; slowPathPerSec: number };
  perCpu: { id: string; core: number; role: string; shares: Record<string, number> }[];
  contention: Lock[];
}
const run = async (sets: string[]) =>
  (await runLocal(resolveConfig({ preset: "lpi-stress", sets }))) as unknown as Result;
/** N vCPUs and one device (injector) per vCPU. */
const scaled = (n: number, ...sets: string[]) =>
  run([`vm.vcpus=${n}`, "stress.devices=0", "sim.warmupMs=0.2", "sim.durationMs=0.4", ...sets]);

describe("lpi-stress: calibration at 1 vCPU, 1 device, 1 event (vgic_lpi_stress -v1 -d1 -e1)", () => {
  it("5.4 (v6.8-rc1): 780,151 LPIs/s within 5%; 6.10 (the series): 1,255,291 within 5%", async () => {
    const old = await run(["host.kernel=5.4"]);
    const rcu = await run(["host.kernel=6.10"]);
    expect(old.lpi.injectedPerSec / 780_151).toBeGreaterThan(0.95);
    expect(old.lpi.injectedPerSec / 780_151).toBeLessThan(1.05);
    expect(rcu.lpi.injectedPerSec / 1_255_291).toBeGreaterThan(0.95);
    expect(rcu.lpi.injectedPerSec / 1_255_291).toBeLessThan(1.05);
  });
});

describe("lpi-stress: the injection path by kernel generation", () => {
  it("6.10 takes no per-VM lock: injectors on their own vCPUs scale linearly", async () => {
    const one = await scaled(1);
    const many = await scaled(16);
    expect(many.lpi.injectedPerSec / one.lpi.injectedPerSec).toBeGreaterThan(15.2);
    expect(many.contention.map((l) => l.name)).not.toContain("vm.lpi_list_lock");
  });

  it("5.4 serialises on lpi_list_lock, twice per signal: "
    + "a ticket lock collapses where the queued lock holds on", async () => {
    const ticket: number[] = [], queued: number[] = [];
    for (const n of [1, 4, 16, 48]) {
      ticket.push((await scaled(n, "host.kernel=5.4", "host.spinlock=ticket")).lpi.injectedPerSec);
      const q = await scaled(n, "host.kernel=5.4", "host.spinlock=qspinlock");
      queued.push(q.lpi.injectedPerSec);
      const lpiList = q.contention.find((l) => l.name === "vm.lpi_list_lock")!;
      // vgic_its_check_cache and vgic_put_irq: two acquisitions per signal (window edges aside).
      expect(lpiList.acquisitionsPerSec / q.lpi.injectedPerSec).toBeCloseTo(2, 1);
    }
    expect(ticket[1]!).toBeGreaterThan(ticket[0]!);
    expect(ticket[3]!).toBeLessThan(0.5 * Math.max(...ticket));
    expect(ticket[3]!).toBeLessThan(0.6 * queued[3]!);
    // Total throughput is bounded by the lock: far below 48 x the single-injector rate.
    expect(queued[3]!).toBeLessThan(4 * queued[0]!);
  });

  it("4.x translates every MSI under its_lock, a mutex: waiters sleep and pay context switches", async () => {
    const r = await scaled(4, "host.kernel=4.x");
    expect(r.lpi.slowPathPerSec).toBeCloseTo(r.lpi.injectedPerSec, -4);
    const its = r.contention.find((l) => l.name === "vm.its_lock")!;
    expect(its.contextSwitches).toBeGreaterThan(0);
    expect(its.spinNs).toBe(0);
    const injectors = r.perCpu.filter((c) => c.role === "injector");
    for (const c of injectors) expect(c.shares.sleep ?? 0).toBeGreaterThan(0.1);
  });

  it("5.4 with more LPIs than the translation cache holds misses on every signal "
    + "(cyclic access to an LRU)", async () => {
    const r = await run(["host.kernel=5.4", "stress.eventsPerDevice=17", "sim.durationMs=0.3"]);
    expect(r.lpi.slowPathPerSec).toBeCloseTo(r.lpi.injectedPerSec, -4);
    const hit = await run(["host.kernel=5.4", "stress.eventsPerDevice=16", "sim.durationMs=0.3"]);
    expect(hit.lpi.slowPathPerSec).toBe(0);
  });
});

describe("lpi-stress: time on every core", () => {
  it("each core's shares sum to 1; spinners' time appears as spin and equals the locks' spin time", async () => {
    const spanNs = 0.4e6;
    const r = await scaled(16, "host.kernel=5.4", "host.topology=kunpeng920", "host.pcpus=64", "vm.pinning=spread");
    expect(r.perCpu).toHaveLength(32);
    expect(new Set(r.perCpu.map((c) => c.core)).size).toBe(32);
    for (const c of r.perCpu) {
      const sum = Object.values(c.shares).reduce((a, b) => a + b, 0);
      expect(sum, c.id).toBeCloseTo(1, 9);
    }
    const spinShares = r.perCpu.reduce((a, c) => a + (c.shares.spin ?? 0), 0);
    expect(spinShares / r.perCpu.length).toBeGreaterThan(0.1);
    const lockSpin = r.contention.reduce((a, l) => a + l.spinNs, 0);
    // Waiters still spinning at the window's end are in the states but not yet in a lock's count.
    expect(lockSpin / (spinShares * spanNs)).toBeGreaterThan(0.9);
    expect(lockSpin / (spinShares * spanNs)).toBeLessThanOrEqual(1 + 1e-9);
  });
});

describe("lpi-stress: bad input", () => {
  it("names the key when the cores cannot give every thread its own", () => {
    const build = (sets: string[]) => {
      const rc = resolveConfig({ preset: "lpi-stress", sets });
      return () => rc.model.build(rc.config);
    };
    expect(build(["vm.vcpus=4", "stress.devices=4", "host.pcpus=6"])).toThrow(ConfigError);
    expect(build(["vm.vcpus=4", "stress.devices=4", "host.pcpus=6"])).toThrow(/config.host.pcpus: 6 cores for 4 vCPUs/);
    expect(build(["vm.vcpus=40", "stress.devices=40", "host.topology=kunpeng920"])).toThrow(/kunpeng920 has 64/);
    expect(build(["vm.vcpus=2", "vm.pinning=0,99", "host.pcpus=4"])).toThrow(/config.vm.pinning/);
  });
});
