/**
 * Sensitivity of the paper's result: mq-msi / sq-spi throughput at 12 vCPUs when each fitted
 * workload parameter and each of the largest per-request platform costs moves by -50% and +50%.
 * Prints a markdown table (README "Sensitivity"). Usage: npm run sensitivity
 */
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";

const FACTORS = [0.5, 1.5];
const PARAMS: { key: string; kind: "fitted" | "platform"; base: number; int?: boolean }[] = [
  { key: "app.service.meanUs", kind: "fitted", base: 95 },
  { key: "workload.reqPkts", kind: "fitted", base: 5, int: true },
  { key: "workload.respPkts", kind: "fitted", base: 4, int: true },
  { key: "workload.connections", kind: "fitted", base: 96, int: true },
  { key: "guest.rxPerPktNs", kind: "platform", base: 2500 },
  { key: "kvm.arm.mmioUserCycles", kind: "platform", base: 10012 },
  { key: "kvm.arm.mmioKernelCycles", kind: "platform", base: 8034 },
  { key: "kvm.arm.ipiSendCycles", kind: "platform", base: 7370 },
  { key: "kvm.arm.exitCycles", kind: "platform", base: 6500 },
];

async function ratio(sets: string[]): Promise<{ ratio: number; sq: number; mq: number }> {
  const tput = async (mode: string) => {
    const r = await runLocal(resolveConfig({ preset: "paper", sets: [...sets, `vm.net.mode=${mode}`, "vm.vcpus=12"] }));
    return (r.throughput as { requestsPerSec: number }).requestsPerSec;
  };
  const sq = await tput("sq-spi"), mq = await tput("mq-msi");
  return { ratio: mq / sq, sq, mq };
}

const t0 = performance.now();
const base = await ratio([]);
const rows = [`| parameter | kind | -50% | base | +50% |`, `|---|---|---:|---:|---:|`];
for (const p of PARAMS) {
  const cells: string[] = [];
  for (const f of FACTORS) {
    const v = p.int ? Math.max(1, Math.round(p.base * f)) : p.base * f;
    const r = await ratio([`${p.key}=${v}`]);
    cells.push(`${r.ratio.toFixed(2)} (${v})`);
  }
  rows.push(`| \`${p.key}\` | ${p.kind} | ${cells[0]} | ${base.ratio.toFixed(2)} (${p.base}) | ${cells[1]} |`);
  process.stderr.write(`${p.key} done\n`);
}
console.log(`mq-msi / sq-spi throughput at 12 vCPUs (paper preset; base sq ${Math.round(base.sq)}, mq ${Math.round(base.mq)} req/s)\n`);
console.log(rows.join("\n"));
console.log(`\n${(PARAMS.length * 4 + 2)} runs in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
