import type { ActorLogicOf, ModelInstance } from "../../kernel/engine.js";
import type { Simulation } from "../../kernel/simulation.js";
import { ConfigError } from "../../kernel/errors.js";
import { NS_PER_MS } from "../../kernel/time.js";
import { choice, int, mergeParamTrees, num, type ConfigOf, type ParamTree } from "../../config/params.js";
import { hostLayout, hostLayoutParams, pinCores, pinningParam } from "../host/layout.js";
import { lockParams, lockReport, type LockReport } from "../host/lock.js";
import { portsMismatch, type Ports } from "../declarations.js";
import { assignInPlace } from "../plain-data.js";
import type { LpiIo } from "./common.js";
import { injectorDeclaration, injectorLogic, injectorParams, injectorStats, type InjectorContext } from "./injector.js";
import {
  stressVcpuDeclaration, stressVcpuLogic, stressVcpuParams, stressVcpuStats, type StressVcpuContext,
} from "./stress-vcpu.js";
import { newLpiVm, type LpiVm } from "./vm.js";

/** Flow names in a trace, as the network model names the same messages (shared/model/net/trace-args.ts). */
const LPI_FLOW_NAMES: Readonly<Record<string, string>> = { vkick: "vcpu-kick", lockGrant: "lock-grant" };

const SELFTEST = "tools/testing/selftests/kvm/arm64/vgic_lpi_stress.c";

/** Keys of the lpi-stress model besides the actors' own: run length, host, VM, the stress's shape. */
const stressParams = {
  sim: {
    warmupMs: num(0.2, "ms", "chosen: longer than the first round of kicks and exits at these rates",
      "virtual time excluded from statistics"),
    durationMs: num(1, "ms", "chosen: about a million signals at 1 vCPU; rates stable to < 1% run to run",
      "measured virtual time after warm-up", { min: 0, above: true }),
  },
  host: {
    pcpus: int(0, "cores", "the selftest warns when its threads outnumber the CPUs; here each thread has its own core",
      "host cores; 0 = one per vCPU and one per injector thread", { max: 1024 }),
    kernel: choice("6.10", ["4.x", "5.4", "6.10"],
      "docs/calibration.md §5.2: no translation cache (4.x), Zyngier's cache under lpi_list_lock (5.4-6.9), Upton's "
        + "RCU lookup (6.10)",
      "host kernel generation: its LPI injection path"),
    linkNs: num(50, "ns", "assumed: one cache-line transfer between two cores of a flat host",
      "cache-line transfer between any two cores when host.topology is flat", { min: 0, above: true }),
  },
  vm: {
    vcpus: int(1, "vCPUs", `${SELFTEST} -v`, "vCPUs, each on its own host core", { min: 1, max: 256 }),
    pinning: pinningParam,
  },
  stress: {
    devices: int(1, "devices", `${SELFTEST} -d: one injector thread per device`,
      "devices, each with an injector thread on its own host core; 0 = one per vCPU", { max: 256 }),
    eventsPerDevice: int(1, "events", `${SELFTEST} -e (the cover letter's single-vCPU rates use -e1)`,
      "event ids (LPIs) per device, signalled in turn", { min: 1, max: 4096 }),
  },
} satisfies ParamTree;

export const lpiConfigTree =
  mergeParamTrees(stressParams, hostLayoutParams, lockParams, injectorParams, stressVcpuParams);
export type LpiConfig = ConfigOf<typeof lpiConfigTree> & { model: "lpi"; seed: number };

export const lpiActorDeclarations = [injectorDeclaration, stressVcpuDeclaration];
const portsOf: Record<string, Ports> = { injector: injectorDeclaration, "stress-vcpu": stressVcpuDeclaration };

export function buildLpi(given: LpiConfig): Simulation {
  const vcpus = given.vm.vcpus;
  const devices = given.stress.devices === 0 ? vcpus : given.stress.devices;
  const cfg: LpiConfig = { ...given, stress: { ...given.stress, devices } };
  const threads = devices + vcpus;
  const pcpus = cfg.host.pcpus === 0 ? threads : cfg.host.pcpus;
  if (pcpus < threads) {
    throw new ConfigError([`config.host.pcpus: ${pcpus} cores for ${vcpus} vCPUs and ${devices} injector threads; `
      + `each needs a core of its own (give at least ${threads}, or 0 for exactly that)`]);
  }
  const layout = hostLayout(cfg.host, pcpus, cfg.host.linkNs);
  const vcpuCore = pinCores(layout, vcpus, cfg.vm.pinning, "config.vm.pinning");
  const taken = new Set(vcpuCore);
  const injectorCore: number[] = [];
  for (let c = 0; c < layout.cores && injectorCore.length < devices; c++) if (!taken.has(c)) injectorCore.push(c);
  const warmupNs = Math.round(cfg.sim.warmupMs * NS_PER_MS);
  const endNs = warmupNs + Math.round(cfg.sim.durationMs * NS_PER_MS);
  if (endNs <= warmupNs) throw new ConfigError([`config.sim.durationMs: ${cfg.sim.durationMs} ms rounds to 0 ns`]);

  const vm: LpiVm = newLpiVm(vcpus, devices * cfg.stress.eventsPerDevice, cfg.host.spinlock, warmupNs, endNs);
  const kindOf = (id: number) => (id < devices ? "injector" : "stress-vcpu");
  const nameOf = (id: number) => (id < devices ? `injector${id}` : `vcpu${id - devices}`);
  const ios: LpiIo[] = [];
  const instance: ModelInstance = {
    actorCount: threads,
    actorName: nameOf,
    // Every actor is on one host and shares its memory: a message between two of them takes at least 1 ns.
    latency: (a, b) => (a === b ? 0 : 1),
    logic: (id, env) => {
      const io: LpiIo = {
        env, cfg, vm, layout, injectorCore, vcpuCore, vcpuActor: (j) => devices + j,
        index: id < devices ? id : id - devices, warmupNs,
      };
      ios[id] = io;
      const logic: ActorLogicOf = id < devices ? injectorLogic(io) : stressVcpuLogic(io);
      return { ...logic, input: io };
    },
    accountFromNs: warmupNs,
    traceFlowName: (e) => LPI_FLOW_NAMES[e.type] ?? e.type,
    sharedState: () => structuredClone(vm),
    restoreSharedState: (state) => assignInPlace(vm as unknown as Record<string, unknown>, state),
  };
  return {
    instance,
    groups: 1,
    groupOf: () => 0,
    lookahead: () => ({ ns: Infinity, link: "none cut" }),
    endNs,
    actorStats: (id, context, end, shares) => {
      if (id < devices) return { ...injectorStats(context as InjectorContext, shares), core: injectorCore[id] };
      const j = id - devices;
      const s = stressVcpuStats(context as StressVcpuContext, ios[id]!, shares);
      // Each vCPU reports its own ap_list_lock; vCPU 0 also the VM's locks.
      const vmLocks = j === 0 ? [lockReport(vm.lpiList, end), lockReport(vm.its, end)] : [];
      const locks = [lockReport(vm.apListLock[j]!, end), ...vmLocks];
      return { ...s, core: vcpuCore[j], locks };
    },
    summarize: (stats, end) => summarizeLpi(cfg, stats, end - warmupNs, layout.name),
    checkDeclared: (src, dst, type) =>
      portsMismatch({ name: nameOf(src), kind: kindOf(src) }, { name: nameOf(dst), kind: kindOf(dst) }, type,
        portsOf[kindOf(src)], portsOf[kindOf(dst)]),
    traceFlows: ["vkick", "lockGrant"],
    traceGroupName: () => "host 0",
    // The VM (its vCPUs) first, then the host's injector threads; every lock is the VM's.
    traceTrack: (a) => (a < devices ? { process: 1, sort: a } : { process: 0, sort: a - devices }),
    traceProcessName: (p) => (p === 0 ? "vm" : "host 0"),
    traceLockProcess: () => 0,
  };
}

interface InjectorStats { kind: "injector"; signals: number; queued: number; merged: number; kicks: number;
  slowPath: number; shares: Record<string, number>; core: number }
interface VcpuStats { kind: "stress-vcpu"; exits: number; maintenance: number; reflushes: number; handled: number;
  shares: Record<string, number>; core: number; locks: LockReport[] }

function summarizeLpi(cfg: LpiConfig, stats: ReadonlyMap<number, unknown>, spanNs: number, topology: string) {
  const seconds = spanNs / 1e9;
  let signals = 0, queued = 0, merged = 0, kicks = 0, slowPath = 0, handled = 0, exits = 0, maintenance = 0;
  const perCpu: { id: string; core: number; role: string; shares: Record<string, number> }[] = [];
  const locks: LockReport[] = [];
  for (const [id, raw] of [...stats].sort((a, b) => a[0] - b[0])) {
    const s = raw as InjectorStats | VcpuStats;
    if (s.kind === "injector") {
      signals += s.signals; queued += s.queued; merged += s.merged; kicks += s.kicks; slowPath += s.slowPath;
      perCpu.push({ id: `injector${id}`, core: s.core, role: "injector", shares: s.shares });
    } else {
      handled += s.handled; exits += s.exits; maintenance += s.maintenance;
      perCpu.push({ id: `vcpu${id - cfg.stress.devices}`, core: s.core, role: "vcpu", shares: s.shares });
      locks.push(...s.locks);
    }
  }
  // Costliest first: the time contenders spent waiting for each lock.
  const contention = locks
    .filter((l) => l.acquisitions > 0)
    .sort((a, b) => b.meanWaitNs * b.acquisitions - a.meanWaitNs * a.acquisitions || a.name.localeCompare(b.name));
  const warnings = contention.flatMap((l) => (l.warning ? [l.warning] : []));
  return {
    lpi: {
      injectedPerSec: signals / seconds,
      signals,
      perDevicePerSec: signals / seconds / cfg.stress.devices,
      queuedPerSec: queued / seconds,
      mergedPerSec: merged / seconds,
      kicksPerSec: kicks / seconds,
      slowPathPerSec: slowPath / seconds,
      handledPerSec: handled / seconds,
      exitsPerSec: exits / seconds,
      maintenancePerSec: maintenance / seconds,
      kernel: cfg.host.kernel,
      spinlock: cfg.host.spinlock,
      topology,
    },
    perCpu: perCpu.sort((a, b) => a.core - b.core),
    contention,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
