import { resolveConfig } from "../../../shared/config/load.js";
import { runLocal } from "../../../shared/run/local.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Result = any;

export async function runPreset(preset: string, sets: string[], partitions = 1): Promise<Result> {
  return runLocal(resolveConfig({ preset, sets }), { partitions });
}

export const vcpu0 = (r: Result) => r.perCpu.find((c: Result) => c.kind === "vcpu" && c.id.endsWith(".vcpu0"));
export const sysShare = (c: Result): number => c.shares.softirq + c.shares.hardirq + c.shares.exit + c.shares.ksoftirqd;
