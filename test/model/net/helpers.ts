import { resolveConfig } from "../../../shared/config/load.js";
import { runLocal } from "../../../shared/run/local.js";
import { PartitionEngine } from "../../../shared/kernel/engine.js";
import type { NetConfig } from "../../../shared/model/net/config.js";
import { Topology } from "../../../shared/model/net/topology.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Result = any;

export async function runPreset(preset: string, sets: string[], partitions = 1): Promise<Result> {
  return runLocal(resolveConfig({ preset, sets }), { partitions });
}

export const vcpu0 = (r: Result) => r.perCpu.find((c: Result) => c.kind === "vcpu" && c.id.endsWith(".vcpu0"));
export const sysShare = (c: Result): number => c.shares.softirq + c.shares.hardirq + c.shares.exit + c.shares.ksoftirqd;

/**
 * Runs the paper preset with `sets` in one partition, recording every kick's arrival at a vCPU and the
 * state the kick finds there (the last one entered before it: the kick changes the state itself in that
 * ns). The kicks that found a guest state (hardirq, softirq, ksoftirqd, app) are `toRunning`.
 */
export function kicksToRunningVcpus(sets: string[]): {
  toRunning: number; engine: PartitionEngine; vcpus: number[];
} {
  const rc = resolveConfig({ preset: "paper", sets });
  const sim = rc.model.build(rc.config);
  const topo = new Topology(rc.config as unknown as NetConfig);
  const engine = new PartitionEngine(sim.instance, 0, new Int32Array(topo.actorCount), 1, rc.config.seed as number);
  const vcpus = topo.slots.flatMap((s, id) => (s.kind === "vcpu" ? [id] : []));
  const timeline = new Map<number, { at: number; state: string }[]>(vcpus.map((id) => [id, []]));
  const kicks: { dst: number; at: number }[] = [];
  engine.tracer = {
    states: (id) => {
      const t = timeline.get(id);
      return t === undefined ? () => undefined : (state, now) => { t.push({ at: now, state }); };
    },
    message: (_src, dst, type, _sentAt, at) => { if (type === "vkick") kicks.push({ dst, at }); },
  };
  engine.start();
  engine.runUntil(sim.endNs);
  const running = new Set(["hardirq", "softirq", "ksoftirqd", "app"]);
  let toRunning = 0;
  for (const k of kicks) {
    if (k.at < topo.warmupNs || k.at > sim.endNs) continue;
    let before = "idle";
    for (const e of timeline.get(k.dst) ?? []) {
      if (e.at >= k.at) break;
      before = e.state;
    }
    if (running.has(before)) toRunning++;
  }
  return { toRunning, engine, vcpus };
}
