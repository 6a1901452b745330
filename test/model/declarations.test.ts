import { describe, expect, expectTypeOf, it } from "vitest";
import { resolveConfig, type ResolvedConfig } from "../../shared/config/load.js";
import { PartitionEngine } from "../../shared/kernel/engine.js";
import { runLocal } from "../../shared/run/local.js";
import { presets } from "../../shared/model/registry.js";
import { netActorDeclarations } from "../../shared/model/net/index.js";
import { declarationMismatch } from "../../shared/model/net/declarations.js";
import { Topology } from "../../shared/model/net/topology.js";
import type { ActorDeclaration } from "../../shared/model/net/common.js";
import type { NetConfig, NetMode, PlatformCosts } from "../../shared/model/net/config.js";
import { pholdStats } from "../../shared/model/phold/phold-actor.js";

// Each actor kind declares the message types it accepts and sends, and the statistics it reports
// (SST-style). Under the wire check every send is checked against both ends' declarations.

const short = ["sim.warmupMs=0.2", "sim.durationMs=0.5"];
const shortened: Record<string, string[]> = {
  phold: ["phold.endNs=50000"],
  rack: ["sim.warmupMs=0.2", "sim.durationMs=0.3"],
};

/** Runs that reach send sites the presets' short runs may not: other modes, and every kind of drop. */
const variants: [string, string[]][] = [
  ["paper", ["vm.vcpus=2", "vm.net.mode=mq-msi", ...short]],
  ["paper", ["vm.vcpus=2", "vm.net.mode=mq-msi", "host.kernel=5.4", ...short]],
  // Every core pinned: injection paths run in the vCPUs' place, spins on lpi_list_lock end with stealEnd.
  ["paper", ["vm.vcpus=8", "host.pcpus=8", "vm.net.mode=mq-msi", "host.kernel=5.4", "host.spinlock=ticket", ...short]],
  ["paper", ["vm.vcpus=2", "vm.net.mode=x86-ioapic", ...short]],
  ["paper", ["vm.vcpus=2", "vm.net.mode=x86-msix-posted", "host.pcpus=2", ...short]],
  ["paper", ["host.nicRing=5", ...short]],
  // Mitigations: a busy poller's spin ends on vhost's segDone; vhost polls, coalesces and hears net_dim.
  ["paper", ["vm.vcpus=2", "vm.net.mode=mq-msi", "workload.connections=2", "guest.busyPollUs=50",
    "host.vhostPollUs=20", "guest.coalesce.rxUsecs=10", "guest.dim=true", ...short]],
  // No vhost: the NIC DMAs into the VM's rings, raises the vLPI at the redistributor, takes the vCPU's transmits.
  ["paper", ["vm.vcpus=2", "vm.net.mode=vf-passthrough", "kvm.wfiTrapPolicy=trap", ...short]],
  ["paper", ["vm.vcpus=2", "vm.net.mode=native", ...short]],
  ["livelock", ["guest.napi=false", "workload.ratePerSec=200000", "host.tapQueuePkts=20", ...short]],
  ["livelock", ["workload.ratePerSec=200000", "guest.socketBacklog=1", ...short]],
];

/** Reported keys that are bookkeeping for summarize, not statistics of the kind. */
const INTERNAL_STATS = ["kind", "heldClient"];

describe("declared accepts and sends", () => {
  for (const preset of Object.keys(presets)) {
    it(`every send of preset ${preset} (shortened) is declared by both kinds`, async () => {
      const r = await runLocal(resolveConfig({ preset, sets: shortened[preset] ?? short }), { wireCheck: true });
      expect(r.events as number).toBeGreaterThan(100);
    });
  }

  for (const [preset, sets] of variants) {
    it(`every send of ${preset} ${sets.join(" ")} is declared by both kinds`, async () => {
      const r = await runLocal(resolveConfig({ preset, sets }), { wireCheck: true });
      expect(r.events as number).toBeGreaterThan(100);
    });
  }

  it("the runs above send every declared type of every kind, and deliver every declared accept", () => {
    const sent = new Set<string>(),
      received = new Set<string>();
    for (const [preset, sets] of [
      ["paper", short],
      ["livelock", short],
      ["rack", ["host.count=2", "vm.perHost=2", "vm.vcpus=2", "host.pcpus=8", "workload.connections=16", ...short]],
      ...variants,
    ] as [string, string[]][]) {
      const rc = resolveConfig({ preset, sets });
      const sim = rc.model.build(rc.config);
      const topo = new Topology(rc.config as unknown as NetConfig);
      const engine = new PartitionEngine(sim.instance, 0, new Int32Array(topo.actorCount), 1, rc.config.seed);
      engine.checkSend = (src, dst, event) => {
        sent.add(`${topo.slots[src]!.kind} ${event.type}`);
        received.add(`${topo.slots[dst]!.kind} ${event.type}`);
        return undefined;
      };
      engine.start();
      engine.runUntil(sim.endNs);
    }
    // The vCPU's segment ends are timers (env.after), not sends: they arrive without a send.
    const byTimer = ["vcpu segDone"];
    const unsent = netActorDeclarations
      .flatMap((d) => d.sends.map((t) => `${d.kind} ${t}`))
      .filter((k) => !sent.has(k));
    const unreceived = netActorDeclarations
      .flatMap((d) => d.accepts.map((t) => `${d.kind} ${t}`))
      .filter((k) => !received.has(k) && !byTimer.includes(k));
    expect({ unsent, unreceived }).toEqual({ unsent: [], unreceived: [] });
  });

  /** The paper preset, shortened, whose Simulation checks sends against `declarations` instead. */
  const withDeclarations = (declarations: readonly ActorDeclaration[]): ResolvedConfig => {
    const rc = resolveConfig({ preset: "paper", sets: short });
    const topo = new Topology(rc.config as unknown as NetConfig);
    return {
      ...rc,
      model: {
        ...rc.model,
        build: (c) => ({
          ...rc.model.build(c),
          checkDeclared: (src, dst, type) => declarationMismatch(topo, src, dst, type, declarations),
        }),
      },
    };
  };
  const without = (kind: string, port: "accepts" | "sends", type: string): ActorDeclaration[] =>
    netActorDeclarations.map((d) => (d.kind === kind ? { ...d, [port]: d[port].filter((t) => t !== type) } : d));

  it("a send its sender's kind does not declare fails the run, naming both actors, both kinds, the type", async () => {
    const run = runLocal(withDeclarations(without("vhost", "sends", "xmit")), { wireCheck: true });
    await expect(run).rejects.toThrow(new RegExp(
      String.raw`h0\.vm0\.vhost0 sent 'xmit' to h0\.nic\d+ .*` +
      String.raw`undeclared message 'xmit' from h0\.vm0\.vhost0 \(vhost\) ` +
      String.raw`to h0\.nic\d+ \(nic-queue\): kind vhost \(h0\.vm0\.vhost0\) does not declare 'xmit' in sends$`,
    ));
  });

  it("a send its receiver's kind does not accept fails the run, naming both actors, both kinds, the type", async () => {
    const run = runLocal(withDeclarations(without("gic-redist", "accepts", "virq")), { wireCheck: true });
    await expect(run).rejects.toThrow(new RegExp(
      String.raw`undeclared message 'virq' from h0\.vm0\.gicd \(gic-dist\) to h0\.vm0\.gicr0 \(gic-redist\): ` +
      String.raw`kind gic-redist \(h0\.vm0\.gicr0\) does not declare 'virq' in accepts$`,
    ));
  });

  it("a self-send through env.send is checked like any other", async () => {
    const run = runLocal(withDeclarations(without("pcpu", "accepts", "segDone")), { wireCheck: true });
    await expect(run).rejects.toThrow(/undeclared message 'segDone' from (h0\.pcpu\d+) \(pcpu\) to \1 \(pcpu\)/);
  });

  it("the declarations themselves pass a declared message and name the kinds of an undeclared one", () => {
    const rc = resolveConfig({ preset: "paper", sets: short });
    const topo = new Topology(rc.config as unknown as NetConfig);
    expect(declarationMismatch(topo, topo.client(0), topo.nic(0, 0), "pkts", netActorDeclarations)).toBeUndefined();
    expect(declarationMismatch(topo, topo.vcpu(0, 0, 1), topo.client(0), "kick", netActorDeclarations)).toBe(
      "undeclared message 'kick' from h0.vm0.vcpu1 (vcpu) to h0.client (client): " +
        "kind client (h0.client) does not declare 'kick' in accepts",
    );
  });
});

/** Every actor's final statistics after a run of one partition, as the partition runner reports them. */
function actorStats(preset: string, sets: string[]): { id: number; name: string; stats: Record<string, unknown> }[] {
  const rc = resolveConfig({ preset, sets });
  const sim = rc.model.build(rc.config);
  const n = sim.instance.actorCount;
  const engine = new PartitionEngine(sim.instance, 0, new Int32Array(n), 1, rc.config.seed);
  engine.start();
  engine.runUntil(sim.endNs);
  const out = [];
  for (let id = 0; id < n; id++) {
    const context = engine.actor(id)!.getSnapshot().context;
    const stats = sim.actorStats(id, context, sim.endNs, engine.timeInState(id, sim.endNs)) as Record<string, unknown>;
    out.push({ id, name: sim.instance.actorName(id), stats });
  }
  return out;
}

describe("declared statistics", () => {
  it("every actor of the paper preset reports exactly its kind's declared statistics (besides bookkeeping)", () => {
    const byKind = new Map(netActorDeclarations.map((d) => [d.kind, d]));
    const kinds = new Set<string>();
    const problems: string[] = [];
    for (const { name, stats } of actorStats("paper", short)) {
      const kind = stats.kind as string;
      kinds.add(kind);
      const declared = Object.keys(byKind.get(kind)?.stats ?? {});
      const reported = Object.keys(stats);
      for (const k of declared)
        if (!reported.includes(k)) problems.push(`${name} (${kind}) does not report declared ${k}`);
      for (const k of reported)
        if (!declared.includes(k) && !INTERNAL_STATS.includes(k))
          problems.push(`${name} (${kind}) reports undeclared ${k}`);
    }
    expect(problems).toEqual([]);
    expect([...kinds].sort()).toEqual(netActorDeclarations.map((d) => d.kind).sort());
  });

  it("every PHOLD actor reports exactly the declared PHOLD statistics", () => {
    for (const { stats } of actorStats("phold", ["phold.endNs=20000"]))
      expect(Object.keys(stats).sort()).toEqual(Object.keys(pholdStats).sort());
  });
});

describe("declared parameters", () => {
  it("the network model's config type is inferred from its parameter declarations", () => {
    // Checked by `npm run typecheck`: a declaration's type reaches NetConfig through the zod schema.
    expectTypeOf<NetMode>().toEqualTypeOf<
      "sq-spi" | "mq-msi" | "x86-ioapic" | "x86-msi" | "x86-msix-posted" | "vf-passthrough" | "x86-vf-posted" | "native"
    >();
    expectTypeOf<NetConfig["host"]["kernel"]>().toEqualTypeOf<"4.x" | "5.4" | "6.10">();
    expectTypeOf<NetConfig["app"]["service"]["dist"]>().toEqualTypeOf<"fixed" | "exponential" | "lognormal">();
    expectTypeOf<NetConfig["model"]>().toEqualTypeOf<"net">();
    expectTypeOf<NetConfig["guest"]["napi"]>().toEqualTypeOf<boolean>();
    expectTypeOf<NetConfig["workload"]["connections"]>().toEqualTypeOf<number>();
    expectTypeOf<PlatformCosts>().toEqualTypeOf<NetConfig["kvm"]["x86"]>();
    expectTypeOf<keyof PlatformCosts>().toEqualTypeOf<
      "exitCycles" | "mmioKernelCycles" | "mmioUserCycles" | "ipiSendCycles" | "wakeCycles" | "eoiCycles"
    >();
    expectTypeOf<keyof NetConfig>().toEqualTypeOf<
      "model" | "seed" | "engine" | "sim" | "host" | "vm" | "workload" | "app" | "net" | "kvm" | "guest" | "gic"
        | "locks"
    >();
    // The resolved config of the paper preset is what buildNet is given.
    const cfg = resolveConfig({ preset: "paper" }).config as unknown as NetConfig;
    expect(cfg.vm.net.mode).toBe("sq-spi");
  });
});
