// The trace's lock tracks against the lock's own statistics: traced over exactly the measured window,
// each lock's holds, waits and waiter counts are the ones its report counts (a grant is counted in the
// window where it happens; a wait that began before the window is not drawn).
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import type { ChromeTrace, TraceEvent } from "../../shared/stats/trace.js";

interface Lock { name: string; acquisitions: number; contended: number; meanWaitNs: number; maxWaiters: number }

async function traced(preset: string, sets: string[], partitions = 1) {
  const rc = resolveConfig({ preset, sets });
  const plain = (await runLocal(rc, { partitions })) as unknown as { digest: string };
  const probe = (await runLocal(rc)) as unknown as { simulatedNs: number };
  const warmup = Math.round((rc.config as unknown as { sim: { warmupMs: number } }).sim.warmupMs * 1e6);
  let trace: ChromeTrace | undefined;
  const result = (await runLocal(rc, {
    partitions,
    trace: { window: { fromNs: warmup, toNs: probe.simulatedNs }, done: (t) => { trace = t; } },
  })) as unknown as { digest: string; contention: Lock[] };
  return { result, trace: trace!, plainDigest: plain.digest };
}

/** The name of the process that holds the track named `name`. */
function processOf(trace: ChromeTrace, name: string): string {
  const meta = trace.traceEvents.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === name)!;
  const proc = trace.traceEvents.find((e) => e.ph === "M" && e.name === "process_name" && e.pid === meta.pid);
  return String(proc?.args?.name);
}

/** The events of the track named `name`. */
function track(trace: ChromeTrace, name: string): TraceEvent[] {
  const meta = trace.traceEvents.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === name);
  expect(meta, name).toBeDefined();
  return trace.traceEvents.filter((e) => e.ph !== "M" && e.pid === meta!.pid && e.tid === meta!.tid);
}

describe("trace: one track per lock with its holds, waits and waiter count", () => {
  it("lpi-stress 4 vCPUs, 5.4, ticket: the lock's track holds what its report counts", async () => {
    const { result, trace, plainDigest } = await traced("lpi-stress", [
      "vm.vcpus=4", "stress.devices=0", "host.kernel=5.4", "host.spinlock=ticket", "sim.warmupMs=0.1",
        "sim.durationMs=0.1",
    ]);
    expect(result.digest).toBe(plainDigest); // tracing changes nothing
    const lock = result.contention.find((l) => l.name === "vm.lpi_list_lock")!;
    const events = track(trace, "vm.lpi_list_lock");
    const holds = events.filter((e) => e.ph === "X" && e.cat === "lock");
    // Every grant in the window but the last, still held at its end, is a hold slice.
    expect(holds.length).toBeGreaterThanOrEqual(lock.acquisitions - 1);
    expect(holds.length).toBeLessThanOrEqual(lock.acquisitions);
    const begins = events.filter((e) => e.ph === "b");
    const ends = events.filter((e) => e.ph === "e");
    expect(begins.length).toBe(ends.length);
    const waitNs = begins.reduce((a, e) => a + (e.args!.waitNs as number), 0);
    const counted = lock.meanWaitNs * lock.acquisitions;
    expect(begins.length).toBeGreaterThan(20);
    // Only waits that began before the window are missing from the trace.
    expect(waitNs).toBeLessThanOrEqual(counted + 1e-6);
    expect(waitNs).toBeGreaterThan(0.95 * counted);
    const counter = events.filter((e) => e.ph === "C").map((e) => e.args!.waiters as number);
    expect(Math.max(...counter)).toBeLessThanOrEqual(lock.maxWaiters);
    expect(Math.max(...counter)).toBeGreaterThan(0);
    // The VM's locks and vCPUs are in the VM's process; the injector threads in the host's.
    expect(processOf(trace, "vm.lpi_list_lock")).toBe("vm");
    expect(processOf(trace, "vcpu0")).toBe("vm");
    expect(processOf(trace, "injector0")).toBe("host 0");
  });

  it("the network model's its_lock (4.x, 64 vCPUs) gets a track of its holds and sleepers", async () => {
    const { trace } = await traced("paper", ["vm.vcpus=64", "host.pcpus=128", "vm.net.mode=mq-msi",
      "workload.connections=768", "sim.warmupMs=1", "sim.durationMs=0.5"]);
    const its = track(trace, "h0.vm0.its_lock");
    // Taken by host threads on the host's pCPUs, but the VM's lock: its track is in the VM's process.
    expect(processOf(trace, "h0.vm0.its_lock")).toBe("h0.vm0");
    expect(its.filter((e) => e.ph === "X").length).toBeGreaterThan(10);
    expect(its.filter((e) => e.ph === "b").length).toBeGreaterThan(10);
  });

  it("lock tracks are the same whether the rack runs in 1 or 2 partitions", async () => {
    const sets = ["host.count=2", "sim.warmupMs=0.1", "sim.durationMs=0.2"];
    const one = await traced("rack", sets);
    const two = await traced("rack", sets, 2);
    expect(one.trace.traceEvents.some((e) => e.cat === "lock")).toBe(true);
    const lockTracks = one.trace.traceEvents
      .filter((e) => e.ph === "M" && e.name === "thread_name" && /_lock$/.test(String(e.args!.name)))
      .map((e) => String(e.args!.name));
    expect(lockTracks.length).toBeGreaterThan(0);
    for (const l of lockTracks) expect(processOf(one.trace, l), l).toBe(/^(h\d+\.vm\d+)\./.exec(l)![1]);
    expect(JSON.stringify(two.trace)).toBe(JSON.stringify(one.trace));
  });
});
