import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../../shared/config/load.js";
import { PartitionEngine } from "../../../shared/kernel/engine.js";
import type { Tracer } from "../../../shared/kernel/trace.js";
import { CPU_CLASSES } from "../../../shared/model/net/common.js";
import { Topology } from "../../../shared/model/net/topology.js";
import type { NetConfig } from "../../../shared/model/net/config.js";

// One host core, one timeline: where vCPUs are pinned to every core (the rack: 8 VMs x 8 vCPUs on
// 64 cores), host threads share those cores. The pCPU runs a job itself only while its vCPU is off
// the core (idle, or woken and waiting for the job); with the vCPU on the core, the job preempts it
// and runs in its place. Either way the core never runs guest code and a host job at once.

type Interval = { state: string; from: number; to: number };

function timelines(sets: string[]) {
  const rc = resolveConfig({
    preset: "rack",
    sets: ["host.count=2", "sim.warmupMs=0.1", "sim.durationMs=0.3", ...sets],
  });
  const sim = rc.model.build(rc.config);
  const cfg = rc.config as unknown as NetConfig;
  const topo = new Topology(cfg);
  const open = new Map<number, { state: string; since: number }>();
  const intervals = new Map<number, Interval[]>();
  const tracer: Tracer = {
    states: (actor) => (state, now) => {
      const cur = open.get(actor);
      if (cur && now > cur.since) intervals.get(actor)!.push({ state: cur.state, from: cur.since, to: now });
      if (!intervals.has(actor)) intervals.set(actor, []);
      open.set(actor, { state, since: now });
    },
    message: () => {},
  };
  const engine = new PartitionEngine(sim.instance, 0, new Int32Array(topo.actorCount), 1, rc.config.seed);
  engine.tracer = tracer;
  engine.start();
  engine.runUntil(sim.endNs);
  for (const [actor, cur] of open) intervals.get(actor)!.push({ state: cur.state, from: cur.since, to: sim.endNs });
  return { topo, cfg, intervals, engine, sim };
}

const hostJob = new Set<string>(CPU_CLASSES);
const guestOnCore = new Set(["exit", "hardirq", "softirq", "ksoftirqd", "app"]);

/** Total overlap between two sorted interval lists. */
function overlap(a: Interval[], b: Interval[]): number {
  let total = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    total += Math.max(0, Math.min(a[i]!.to, b[j]!.to) - Math.max(a[i]!.from, b[j]!.from));
    if (a[i]!.to < b[j]!.to) i++;
    else j++;
  }
  return total;
}

describe("one host core, one timeline (rack: every core has a pinned vCPU and host threads)", () => {
  const { topo, cfg, intervals, engine, sim } = timelines([]);
  const cores = Array.from({ length: cfg.host.pcpus }, (_, p) => {
    const pinned = topo.vcpuOnPcpu(p)!;
    return { pcpu: topo.pcpu(0, p), vcpu: topo.vcpu(0, pinned.vm, pinned.vcpu) };
  });

  it("a pCPU runs a job itself only while its vCPU runs no guest code and no exit", () => {
    let ownJobs = 0;
    for (const { pcpu, vcpu } of cores) {
      const jobs = intervals.get(pcpu)!.filter((x) => hostJob.has(x.state));
      const guest = intervals.get(vcpu)!.filter((x) => guestOnCore.has(x.state));
      ownJobs += jobs.length;
      expect(overlap(jobs, guest)).toBe(0);
    }
    expect(ownJobs).toBeGreaterThan(0);
  });

  it("the vCPU is stolen only while its pCPU is busy with host work (its own job, or one in the vCPU's place)", () => {
    let delegated = 0,
      stolenNs = 0;
    for (const { pcpu, vcpu } of cores) {
      const busy = intervals.get(pcpu)!.filter((x) => x.state !== "idle");
      const stolen = intervals.get(vcpu)!.filter((x) => x.state === "stolen");
      delegated += busy.filter((x) => x.state === "delegated").length;
      const total = stolen.reduce((t, x) => t + x.to - x.from, 0);
      stolenNs += total;
      expect(overlap(stolen, busy)).toBe(total);
    }
    expect(delegated).toBeGreaterThan(0);
    expect(stolenNs).toBeGreaterThan(0);
  });

  it("each core's time adds up: guest + host work by class + idle = 1", () => {
    for (const { pcpu, vcpu } of cores) {
      const v = sim.actorStats(
        vcpu,
        engine.actor(vcpu)!.getSnapshot().context,
        sim.endNs,
        engine.timeInState(vcpu, sim.endNs),
      );
      const p = sim.actorStats(
        pcpu,
        engine.actor(pcpu)!.getSnapshot().context,
        sim.endNs,
        engine.timeInState(pcpu, sim.endNs),
      );
      const vs = (v as { shares: Record<string, number> }).shares;
      const ps = (p as { shares: Record<string, number> }).shares;
      const guest = 1 - vs.idle! - vs.stolen!;
      const host = CPU_CLASSES.reduce((t, c) => t + ps[c]!, 0);
      // Host work is either the vCPU's stolen time (run in its place, or a woken vCPU waiting) or
      // falls in its idle time: the core is never booked twice.
      expect(guest + host).toBeLessThanOrEqual(1 + 1e-9);
    }
  });
});
