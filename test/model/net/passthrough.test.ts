// An SR-IOV VF assigned to the guest (vf-passthrough: GICv4 direct vLPIs; x86-vf-posted: VT-d posted
// interrupts) and GICv4.1 direct vSGIs (gic.vsgi). The NIC DMAs into the guest's rings: no vhost, no host RX.
// A direct interrupt to a resident vCPU enters without an exit; one to a vCPU blocked in a trapped WFI (HLT)
// rings its vPE's doorbell on the host. With vSGIs a guest IPI reaches a resident receiver without an exit;
// the sender's ICC_SGI1R_EL1 write still traps (vgic_v3_dispatch_sgi -> GITS_SGIR).
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../../shared/config/load.js";
import { PartitionEngine } from "../../../shared/kernel/engine.js";
import { cyclesNs } from "../../../shared/model/net/common.js";
import type { NetConfig } from "../../../shared/model/net/config.js";
import { Topology } from "../../../shared/model/net/topology.js";
import type { VcpuContext } from "../../../shared/model/net/vcpu-core.js";
import { INTID_LPI_BASE, INTID_SGI_RESCHED, KIND_REQ, type Burst } from "../../../shared/model/net/vm-state.js";
import { loneActor } from "../../support/lone-actor.js";
import { kicksToRunningVcpus, runPreset, type Result } from "./helpers.js";

const vcpus = (r: Result): Result[] => r.perCpu.filter((c: Result) => c.kind === "vcpu");
const exits = (r: Result): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const c of vcpus(r)) {
    for (const [k, n] of Object.entries(c.exits as Record<string, number>)) out[k] = (out[k] ?? 0) + n;
  }
  return out;
};
const vector = (r: Result, prefix: string): number => Object.entries(r.interrupts.perVector as Record<string, number>)
  .filter(([k]) => k.startsWith(prefix)).reduce((a, [, n]) => a + n, 0);

/** The lone vCPU of a 1-vCPU VM in WFI, with a request in its ring and interrupt `intid` pending. */
function idleVcpu(sets: string[], intid: number) {
  const lone = loneActor("compiled", "paper", ["vm.vcpus=1", "app.service.dist=fixed", ...sets],
    (t) => t.vcpu(0, 0, 0));
  const { topo } = lone;
  const vm = () => lone.io().vm!;
  const b: Burst = {
    type: "pkts", conn: 0, req: 1, pkts: 1, kind: KIND_REQ, sentAt: 0, replyTo: topo.client(0), vm: 0, queue: 0,
    dst: topo.nic(0, 0), replyVm: 0, replyQueue: 0,
  };
  vm().vqs[0]!.used.push(b);
  vm().vqs[0]!.usedPkts += 1;
  const kick = (at: number, id: number) => {
    vm().vgic[0]!.pending.push(id);
    vm().vgic[0]!.kickPending = true;
    lone.send(at, topo.redist(0, 0, 0), { type: "vkick", reason: 0 });
  };
  const t0 = topo.warmupNs + 10_000;
  kick(t0, intid);
  return { ...lone, t0, kick, ctx: () => lone.context() as VcpuContext };
}

describe("vf-passthrough: a vLPI to an idle vCPU", () => {
  it("wakes a resident vCPU (WFI not trapped: alone on its core, with vLPIs) in the guest, with no exit", () => {
    const h = idleVcpu(["vm.net.mode=vf-passthrough"], INTID_LPI_BASE);
    h.runUntil(h.t0 + 1);
    expect(h.state()).toBe("hardirq");
    h.runUntil(h.t0 + 100_000);
    expect(h.ctx().exitCounts).toEqual({});
    expect(h.ctx().irqCounts).toEqual({ lpi8192: 1 });
  });

  it("rings the doorbell of a vCPU blocked in a trapped WFI: host handler, vPE made resident, entry", () => {
    const h = idleVcpu(["vm.net.mode=vf-passthrough", "kvm.wfiTrapPolicy=trap"], INTID_LPI_BASE);
    const { cfg } = h;
    const path = cyclesNs(cfg, cfg.kvm.arm.wakeCycles) + cfg.kvm.doorbellNs + cfg.kvm.vpeLoadNs;
    h.runUntil(h.t0 + path - 1);
    expect(h.state()).toBe("exit");
    h.runUntil(h.t0 + path + 1);
    expect(h.state()).toBe("hardirq");
    expect(h.ctx().exitCounts).toEqual({ doorbell: 1 });
  });

  it("x86-vf-posted: a halted vCPU is woken through the posted-interrupt wake-up vector", () => {
    const h = idleVcpu(["vm.net.mode=x86-vf-posted"], INTID_LPI_BASE);
    const { cfg } = h;
    const path = cyclesNs(cfg, cfg.kvm.x86.wakeCycles) + cfg.kvm.doorbellNs + cfg.kvm.vpeLoadNs;
    h.runUntil(h.t0 + path + 1);
    expect(h.state()).toBe("hardirq");
    expect(h.ctx().exitCounts).toEqual({ doorbell: 1 });
  });
});

describe("gic.vsgi: a guest IPI", () => {
  const kernel = "host.kernel=6.10";
  it("to an idle vCPU: a wake-up exit with software SGIs, none with vSGIs (WFI then not trapped)", () => {
    const sw = idleVcpu(["vm.net.mode=mq-msi", kernel], INTID_SGI_RESCHED);
    const hw = idleVcpu(["vm.net.mode=mq-msi", kernel, "gic.vsgi=true"], INTID_SGI_RESCHED);
    for (const h of [sw, hw]) h.runUntil(h.t0 + 100_000);
    expect(sw.ctx().exitCounts).toEqual({ "wfi-wake": 1 });
    expect(hw.ctx().exitCounts).toEqual({});
    for (const h of [sw, hw]) expect(h.ctx().irqCounts).toEqual({ sgi0: 1 });
  });

  it("to a running vCPU: an exit to inject with software SGIs, none with vSGIs", () => {
    const run = (sets: string[]) => {
      const h = idleVcpu(["vm.net.mode=vf-passthrough", kernel, ...sets], INTID_LPI_BASE);
      // The vLPI woke it with no exit; its poll delivers the request and the application runs.
      h.runUntil(h.t0 + 20_000);
      expect(h.state()).toBe("app");
      h.kick(h.t0 + 20_000, INTID_SGI_RESCHED);
      h.runUntil(h.t0 + 20_001);
      return h;
    };
    const sw = run([]), hw = run(["gic.vsgi=true"]);
    expect(sw.state()).toBe("exit");
    expect(sw.ctx().exitCounts).toEqual({ "irq-inject": 1 });
    expect(hw.state()).toBe("hardirq");
    expect(hw.ctx().exitCounts).toEqual({});
  });

  it("is refused where there is no GICv4.1 path, naming the key", () => {
    const topo = (sets: string[]) => () =>
      new Topology(resolveConfig({ preset: "paper", sets }).config as unknown as NetConfig);
    expect(topo(["gic.vsgi=true"])).toThrow(/config\.gic\.vsgi: .*host\.kernel=6\.10/);
    expect(topo(["gic.vsgi=true", "vm.net.mode=x86-vf-posted"]))
      .toThrow(/config\.gic\.vsgi: GICv4\.1 vSGIs are a KVM\/arm64/);
    expect(topo(["vm.net.mode=vf-passthrough", "guest.napi=false"])).toThrow(/config\.guest\.napi: .*always uses NAPI/);
  });
});

/** Kicks that found a vCPU in a guest state (running: its vPE resident), over a run of one partition. */
function kicksToRunning(sets: string[]): number {
  return kicksToRunningVcpus(sets).toRunning;
}

describe("vf-passthrough and x86-vf-posted in whole runs", () => {
  const closed = ["vm.vcpus=4", "sim.warmupMs=2", "sim.durationMs=3"];
  const open = ["vm.vcpus=4", "workload.kind=open", "workload.ratePerSec=20000", "sim.warmupMs=2", "sim.durationMs=5"];

  it("vLPIs to resident vCPUs take no exits; the NIC, not the host, receives", async () => {
    // Saturated: every vCPU is busy, so each vLPI finds its vCPU resident (and no wake-up IPI is sent).
    const r = await runPreset("paper", [...closed, "vm.net.mode=vf-passthrough"]);
    expect(vector(r, "lpi")).toBeGreaterThan(50);
    expect(exits(r)).toEqual({});
    for (const c of vcpus(r)) expect(c.shares.exit + c.shares.stolen).toBe(0);
    for (const c of r.perCpu.filter((p: Result) => p.kind === "pcpu")) {
      expect(c.shares.hostRx + c.shares.vhost + c.shares.kworker + c.shares.qemu).toBe(0);
    }
    expect(r.contention.filter((c: Result) => c.name.includes("vhost"))).toEqual([]);
    // The kicks were seen by the guest while it ran: in the engine's own trace, with the exits above at zero.
    expect(kicksToRunning([...closed, "vm.net.mode=vf-passthrough"])).toBeGreaterThan(50);
  });

  it("vLPIs to blocked vCPUs ring doorbells (WFI trapped), at most one per vLPI taken", async () => {
    const [trap, x86] = await Promise.all([
      runPreset("paper", [...open, "vm.net.mode=vf-passthrough", "kvm.wfiTrapPolicy=trap"]),
      runPreset("paper", [...open, "vm.net.mode=x86-vf-posted"]),
    ]);
    for (const r of [trap, x86]) {
      const e = exits(r);
      expect(e.doorbell).toBeGreaterThan(30);
      expect(e.doorbell).toBeLessThanOrEqual(vector(r, "lpi") + 4);
      expect(e["irq-inject"] ?? 0).toBe(0);
      expect(e["mmio-kick"] ?? 0).toBe(0);
    }
  });

  it("vSGIs remove the receivers' exits; the senders' traps remain (counted)", async () => {
    const sets = [...open, "vm.net.mode=vf-passthrough", "host.kernel=6.10"];
    const [sw, hw] = await Promise.all([runPreset("paper", sets), runPreset("paper", [...sets, "gic.vsgi=true"])]);
    // Software SGIs to resident vCPUs (WFI untrapped, vLPIs in use) exit to be injected: one per IPI.
    const s = exits(sw), h = exits(hw);
    expect(vector(sw, "sgi")).toBeGreaterThan(40);
    expect(Math.abs(s["irq-inject"]! - s["ipi-send"]!)).toBeLessThanOrEqual(4);
    expect(h["irq-inject"] ?? 0).toBe(0);
    expect(h["ipi-send"]).toBeGreaterThan(40);
    expect(Object.keys(h)).toEqual(["ipi-send"]);
  });

  for (const mode of ["vf-passthrough", "x86-vf-posted"]) {
    it(`${mode}: requests sent = completed + dropped + in flight, with drops at the VF's ring`, async () => {
      const r = await runPreset("paper", [...closed, `vm.net.mode=${mode}`, "host.nicRing=8"]);
      const q = r.requests;
      expect(q.dropped).toBeGreaterThan(0);
      expect(Object.keys(r.drops).every((k) => k.endsWith(".ring"))).toBe(true);
      expect(q.sent).toBe(q.completed + q.dropped + q.inFlight);
      expect(q.unaccounted).toBe(0);
    });
  }

  it("two hosts with east-west calls give the same digest in 1 and 2 partitions", async () => {
    const sets = ["host.count=2", "vm.perHost=2", "vm.vcpus=2", "host.pcpus=8", "workload.connections=16",
      "vm.net.mode=vf-passthrough", "sim.warmupMs=0.3", "sim.durationMs=0.6"];
    const [a, b] = await Promise.all([runPreset("rack", sets, 1), runPreset("rack", sets, 2)]);
    expect(b.digest).toBe(a.digest);
    expect(b.windows).toBeGreaterThan(1);
    expect(a.throughput.eastWestCompleted).toBeGreaterThan(0);
  });
});
