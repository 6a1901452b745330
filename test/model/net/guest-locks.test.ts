// Model validation of the locks a vCPU takes itself, against the kernel's code paths: every transmit takes
// its TX queue's lock once (HARD_TX_LOCK in dev_hard_start_xmit), one lock for every vCPU of a single-queue
// device and one per queue pair of a multi-queue one (XPS: only its own vCPU uses it); every vIRQ goes onto
// its target's ap_list under that vCPU's ap_list_lock, which the vCPU takes again at entry. A spinning
// vCPU's time is its state `spin`, and the locks' spin time is the cores' (vCPUs' and pCPUs').
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../../shared/config/load.js";
import { runLocal } from "../../../shared/run/local.js";

interface Lock {
  name: string; kind: string; algorithm: string; acquisitions: number; contended: number; spinNs: number;
  transfers: Record<string, number>; stationary: boolean; waitersAtEnd: number;
}
interface Result {
  throughput: { requestsPerSec: number };
  perCpu: { id: string; kind: string; shares: Record<string, number> }[];
  interrupts: { perVcpu: Record<string, number> };
  contention: (Lock | { name: string; kind: "serial" })[];
}
const WINDOW_MS = 2;
const run = async (sets: string[]) =>
  (await runLocal(resolveConfig({ preset: "paper", sets: ["sim.warmupMs=1", `sim.durationMs=${WINDOW_MS}`, ...sets] })))
    .valueOf() as unknown as Result;
const locks = (r: Result, part: string) =>
  r.contention.filter((c): c is Lock => c.kind === "lock" && c.name.includes(part));
/** No lock is left with a growing queue: a vCPU that never got its grant would leave one (a deadlock). */
const noneStuck = (r: Result) => {
  for (const l of locks(r, ".")) {
    expect(l.stationary, l.name).toBe(true);
    expect(l.waitersAtEnd, l.name).toBeLessThanOrEqual(2);
  }
};
const spinNsOf = (r: Result, kind: string) =>
  r.perCpu.filter((c) => c.kind === kind).reduce((a, c) => a + (c.shares.spin ?? 0), 0) * WINDOW_MS * 1e6;

describe("network model: the locks the vCPUs take", () => {
  it("a transmit takes its TX queue's lock once: shared by all vCPUs in sq-spi, one per vCPU's queue in mq-msi",
    async () => {
      const sq = await run(["vm.vcpus=12", "vm.net.mode=sq-spi", "guest.spinlock=ticket"]);
      const [txq, ...others] = locks(sq, ".txq");
      expect(others).toEqual([]);
      expect(txq!.algorithm).toBe("ticket");
      // One transmit per request served (the window's edges aside).
      const served = sq.throughput.requestsPerSec * WINDOW_MS / 1e3;
      expect(txq!.acquisitions / served).toBeGreaterThan(0.9);
      expect(txq!.acquisitions / served).toBeLessThan(1.1);
      // Twelve vCPUs on one lock: some transmits find it held, and the lock word moves between their cores.
      expect(txq!.contended).toBeGreaterThan(0);
      expect(Object.values(txq!.transfers).reduce((a, b) => a + b, 0)).toBe(txq!.acquisitions);
      expect(spinNsOf(sq, "vcpu")).toBeGreaterThan(0);
      // A spin preempted by a kick is still waiting for the lock, but its core runs other work meanwhile.
      expect(spinNsOf(sq, "vcpu")).toBeLessThanOrEqual(txq!.spinNs + 1);

      noneStuck(sq);

      const mq = await run(["vm.vcpus=12", "vm.net.mode=mq-msi"]);
      const perQueue = locks(mq, ".txq");
      expect(perQueue).toHaveLength(12);
      for (const l of perQueue) {
        // Only its own vCPU transmits there: never contended, the line never leaves its core.
        expect(l.contended, l.name).toBe(0);
        expect(Object.keys(l.transfers), l.name).toEqual(["core"]);
      }
    });

  it("every vIRQ is queued under its target's ap_list_lock; the locks' spin time is the cores' spin state",
    async () => {
      // 6.10 has no per-VM lock on the path: the vCPUs' ap_list_locks are what injectors contend on.
      const r = await run(["vm.vcpus=64", "host.pcpus=128", "vm.net.mode=mq-msi", "host.kernel=6.10",
        "workload.connections=768"]);
      const apList = locks(r, ".ap_list_lock");
      expect(apList.map((l) => l.algorithm).every((a) => a === "qspinlock")).toBe(true);
      for (const l of apList) {
        const vcpu = l.name.replace(".ap_list_lock", "");
        // Each of its vIRQs once by the injecting core, and the vCPU's entries with vIRQs on the list.
        expect(l.acquisitions, l.name).toBeGreaterThanOrEqual(r.interrupts.perVcpu[vcpu] ?? 0);
      }
      const spun = apList.reduce((a, l) => a + l.spinNs, 0);
      expect(spun).toBeGreaterThan(0);
      // No host thread shares a vCPU's core here, so no spin is preempted: the two counts are equal.
      expect(spinNsOf(r, "vcpu") + spinNsOf(r, "pcpu")).toBeCloseTo(spun, 0);
      for (const c of r.perCpu) {
        expect(Object.values(c.shares).reduce((a, b) => a + b, 0), c.id).toBeCloseTo(1, 6);
      }
      noneStuck(r);
    });

  it("with host threads on the vCPUs' cores (every core pinned), host work preempts the spins and none is stuck",
    async () => {
      for (const mode of ["sq-spi", "mq-msi"]) {
        const r = await run(["vm.vcpus=16", "host.pcpus=16", `vm.net.mode=${mode}`, "host.kernel=5.4",
          "host.spinlock=ticket", "workload.connections=256"]);
        expect(r.throughput.requestsPerSec, mode).toBeGreaterThan(10_000);
        expect(r.perCpu.some((c) => c.kind === "vcpu" && (c.shares.stolen ?? 0) > 0), mode).toBe(true);
        noneStuck(r);
        for (const c of r.perCpu) {
          expect(Object.values(c.shares).reduce((a, b) => a + b, 0), c.id).toBeCloseTo(1, 6);
        }
      }
    });
});
