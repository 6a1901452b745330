// What a trace's slices and arrows say beyond states and message types, held against the run's own
// counters: a vCPU's exit slices carry the reasons its result counts, its hardirq slices the vectors
// of the interrupts it took, its NAPI polls their queue; a pCPU's job slices their class and the actor
// each runs for; IPIs, device interrupts and kicks are flows of their own names; each VM is a process
// with its vCPUs first, and its locks' tracks in it.
import { beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import type { ChromeTrace, TraceEvent } from "../../shared/stats/trace.js";

interface Cpu { id: string; kind: string; shares: Record<string, number>; exits: Record<string, number> }
interface Result {
  digest: string;
  perCpu: Cpu[];
  interrupts: { perVcpuVector: Record<string, Record<string, number>> };
  contention: { name: string; acquisitions: number }[];
}

const WARMUP_MS = 1, DURATION_MS = 2;
const W = WARMUP_MS * 1e6, E = (WARMUP_MS + DURATION_MS) * 1e6;
const CLASSES = ["hostRx", "vhost", "qemu", "kworker"];
const NAPI_WEIGHT = 64;

/** A run of the paper preset at 4 vCPUs, traced whole: [0, end), so no slice after warm-up is clipped. */
type Traced = { result: Result; plain: Result; trace: ChromeTrace };
async function traced(mode: string, extra: string[] = []): Promise<Traced> {
  const rc = resolveConfig({ preset: "paper", sets: [
    "vm.vcpus=4", `vm.net.mode=${mode}`, `sim.warmupMs=${WARMUP_MS}`, `sim.durationMs=${DURATION_MS}`, ...extra,
  ] });
  let trace: ChromeTrace | undefined;
  const [result, plain] = await Promise.all([
    runLocal(rc, { trace: { window: { fromNs: 0, toNs: E }, done: (t) => { trace = t; } } }),
    runLocal(rc),
  ]);
  return { result: result as unknown as Result, plain: plain as unknown as Result, trace: trace! };
}

interface Slice { state: string; start: number; end: number; args: Record<string, unknown> | undefined }
interface Track { name: string; pid: number; tid: number; sort: number; slices: Slice[] }

const ns = (us: number): number => Math.round(us * 1000);

function tracks(trace: ChromeTrace): Map<string, Track> {
  const byKey = new Map<string, Track>();
  for (const e of trace.traceEvents) {
    if (e.ph === "M" && e.name === "thread_name") {
      byKey.set(`${e.pid}:${e.tid}`, { name: String(e.args!.name), pid: e.pid, tid: e.tid!, sort: NaN, slices: [] });
    }
  }
  for (const e of trace.traceEvents) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === "M" && e.name === "thread_sort_index") byKey.get(key)!.sort = e.args!.sort_index as number;
    if (e.ph !== "X" || e.cat !== "state") continue;
    const start = ns(e.ts!);
    byKey.get(key)!.slices.push({ state: e.name, start, end: start + ns(e.dur!), args: e.args });
  }
  return new Map([...byKey.values()].map((t) => [t.name, t]));
}

/** Counts of `key` of the slices `keep` selects. */
function tally(slices: readonly Slice[], keep: (s: Slice) => boolean, key: (s: Slice) => string) {
  const out: Record<string, number> = {};
  for (const s of slices) if (keep(s)) out[key(s)] = (out[key(s)] ?? 0) + 1;
  return out;
}

/** Flow arrows by name: sender and receiver tracks, send and arrival ns. */
interface Flow { name: string; from: string; to: string; sent: number; at: number }
function flows(trace: ChromeTrace, all: Map<string, Track>): Flow[] {
  const names = new Map([...all.values()].map((t) => [`${t.pid}:${t.tid}`, t.name]));
  const byId = new Map<number, { s?: TraceEvent; f?: TraceEvent }>();
  for (const e of trace.traceEvents) {
    if (e.ph !== "s" && e.ph !== "f") continue;
    const p = byId.get(e.id!) ?? {};
    p[e.ph] = e;
    byId.set(e.id!, p);
  }
  return [...byId.values()].map(({ s, f }) => ({
    name: s!.name, from: names.get(`${s!.pid}:${s!.tid}`)!, to: names.get(`${f!.pid}:${f!.tid}`)!,
    sent: ns(s!.ts!), at: ns(f!.ts!),
  }));
}

const vcpusOf = (r: Result): Cpu[] => r.perCpu.filter((c) => c.kind === "vcpu");

describe("trace args and flow names: paper preset, 4 vCPUs, traced from 0 to the end", () => {
  // sq-spi at 4 connections leaves vCPUs idle, so woken threads send reschedule IPIs.
  let spi: Traced;
  let msi: Traced;
  beforeAll(async () => {
    [spi, msi] = await Promise.all([traced("sq-spi", ["workload.connections=4"]), traced("mq-msi")]);
  });

  it("tracing leaves the digests unchanged", () => {
    for (const r of [spi, msi]) expect(r.result.digest).toBe(r.plain.digest);
  });

  it("every exit slice after warm-up is one exit, with the reason its vCPU's result counts", () => {
    for (const { result, trace } of [spi, msi]) {
      const all = tracks(trace);
      let exits = 0;
      for (const c of vcpusOf(result)) {
        const slices = all.get(c.id)!.slices;
        // An exit's ap_list_lock section (its SGI's, its entry's) is a slice of its own, naming the lock.
        const sections = slices.filter((s) => s.state === "exit" && typeof s.args?.lock === "string");
        for (const s of sections) expect(s.args!.lock, `${c.id} at ${s.start} ns`).toMatch(/\.ap_list_lock$/);
        const inHost = slices.filter((s) => (s.state === "exit" || s.state === "stolen") && !sections.includes(s));
        for (const s of inHost) expect(typeof s.args?.reason, `${c.id} ${s.state} at ${s.start} ns`).toBe("string");
        // A woken vCPU's wait for its core's host work (host-busy) is not an exit the result counts.
        const counted = (s: Slice) => s.start >= W && s.args!.reason !== "host-busy";
        const traced = tally(inHost, counted, (s) => String(s.args!.reason));
        expect(traced, c.id).toEqual(c.exits);
        exits += Object.values(traced).reduce((a, b) => a + b, 0);
      }
      expect(exits).toBeGreaterThan(100);
    }
  });

  it("hardirq slices after warm-up carry the vectors each vCPU took, as many as it counts", () => {
    for (const { result, trace } of [spi, msi]) {
      const all = tracks(trace);
      for (const c of vcpusOf(result)) {
        // No host work runs on a vCPU's core here (64 cores), so no hardirq is preempted and resumed.
        expect(c.shares.stolen ?? 0, c.id).toBe(0);
        const slices = all.get(c.id)!.slices;
        const got = tally(slices, (s) => s.state === "hardirq" && s.start >= W, (s) => String(s.args!.vector));
        expect(got, c.id).toEqual(result.interrupts.perVcpuVector[c.id]);
      }
    }
    const vectors = (r: Result) => new Set(Object.values(r.interrupts.perVcpuVector).flatMap((v) => Object.keys(v)));
    expect([...vectors(spi.result)].sort()).toEqual(["sgi0", "spi48"]);
    expect([...vectors(msi.result)].sort()).toEqual(["lpi8192", "lpi8193", "lpi8194", "lpi8195"]);
  });

  it("NAPI polls name their queue and take at most a NAPI weight; with spread MSIs vCPU i polls queue i", () => {
    for (const [{ result, trace }, queueOf] of [[spi, () => 0], [msi, (i: number) => i]] as const) {
      const all = tracks(trace);
      let polls = 0;
      for (const c of vcpusOf(result)) {
        const i = Number(/vcpu(\d+)$/.exec(c.id)![1]);
        for (const s of all.get(c.id)!.slices.filter((x) => x.state === "softirq" || x.state === "ksoftirqd")) {
          expect(s.args?.queue, `${c.id} ${s.state} at ${s.start} ns`).toBe(queueOf(i));
          expect(s.args!.pkts as number).toBeLessThanOrEqual(NAPI_WEIGHT);
          polls++;
        }
      }
      expect(polls).toBeGreaterThan(20);
    }
  });

  it("a pCPU's job slice names its class (its state's, on the core) and an actor that asked that pCPU", () => {
    for (const { trace } of [spi, msi]) {
      const all = tracks(trace);
      const asked = new Map<string, Set<string>>();
      for (const f of flows(trace, all)) if (f.name === "cpu-req") {
        if (!asked.has(f.to)) asked.set(f.to, new Set());
        asked.get(f.to)!.add(f.from);
      }
      let jobs = 0;
      for (const t of all.values()) {
        if (!/\.pcpu\d+$/.test(t.name)) continue;
        for (const s of t.slices) {
          if (s.state === "idle") { expect(s.args, t.name).toBeUndefined(); continue; }
          expect(CLASSES, `${t.name} ${s.state}`).toContain(s.args!.class);
          if (CLASSES.includes(s.state)) expect(s.args!.class).toBe(s.state);
          expect([...(asked.get(t.name) ?? [])], `${t.name} runs for ${String(s.args!.for)}`).toContain(s.args!.for);
          jobs++;
        }
      }
      expect(jobs).toBeGreaterThan(50);
    }
  });

  it("IPIs and kicks are flows of their own names, one for each exit that sends them", () => {
    for (const { trace } of [spi, msi]) {
      const all = tracks(trace);
      const list = flows(trace, all);
      for (const [reason, name] of [["ipi-send", "ipi"], ["mmio-kick", "vq-kick"]] as const) {
        // The exit sends its message when it ends; one ending at the window's end sends none in it.
        let exits = 0;
        for (const t of all.values()) {
          if (!/\.vcpu\d+$/.test(t.name)) continue;
          exits += t.slices.filter((s) => s.args?.reason === reason && s.end < E).length;
          const sent = list.filter((f) => f.name === name && f.from === t.name);
          for (const f of sent) {
            const target = name === "ipi" ? /\.gicr\d+$/ : /\.vhost\d+$/;
            expect(f.to, `${name} from ${t.name}`).toMatch(target);
            // An SGI leaves when vgic_v3_dispatch_sgi has queued it under the target's ap_list_lock.
            const sentBy = (s: Slice) => s.args?.reason === reason || (name === "ipi" && s.args?.of === "sgi");
            const from = t.slices.some((s) => sentBy(s) && s.end === f.sent);
            expect(from, `${name} at ${f.sent}`).toBe(true);
          }
        }
        const out = list.filter((f) => f.name === name).length + (trace.otherData.flowsArrivingAfterWindow[name] ?? 0);
        expect(out, reason).toBe(exits);
      }
    }
    expect(spi.trace.otherData.flows.ipi).toBeGreaterThan(5);
    expect(spi.trace.otherData.flowNames)
      .toMatchObject({ ipi: "virq", spi: "virq", "vcpu-kick": "vkick", "vq-kick": "kick" });
    expect(msi.trace.otherData.flowNames).toMatchObject({ lpi: "virq", msi: "msi", "cpu-req": "cpuReq" });
  });

  it("each VM is a process named after it with its vCPUs first; the host's cores are in the host's process", () => {
    for (const { trace } of [spi, msi]) {
      const procs = new Map(trace.traceEvents.filter((e) => e.ph === "M" && e.name === "process_name")
        .map((e) => [e.pid, String(e.args!.name)]));
      expect([...procs.values()]).toEqual(["h0.vm0", "host 0"]);
      const all = [...tracks(trace).values()];
      const vm = all.filter((t) => procs.get(t.pid) === "h0.vm0");
      const host = all.filter((t) => procs.get(t.pid) === "host 0");
      for (const t of vm) expect(t.name).toMatch(/^h0\.vm0\./);
      for (const t of host) expect(t.name).toMatch(/^h0\.(pcpu|nic|client)/);
      expect(vm.length + host.length).toBe(all.length);
      const ordered = [...vm].sort((a, b) => a.sort - b.sort).map((t) => t.name);
      expect(ordered.slice(0, 4)).toEqual(["h0.vm0.vcpu0", "h0.vm0.vcpu1", "h0.vm0.vcpu2", "h0.vm0.vcpu3"]);
      expect(ordered.slice(4, 8)).toEqual(["h0.vm0.gicr0", "h0.vm0.gicr1", "h0.vm0.gicr2", "h0.vm0.gicr3"]);
      // Lock tracks sit in the process of the VM whose lock it is.
      const locks = trace.traceEvents
        .filter((e) => e.ph === "M" && e.name === "thread_name" && /_lock$/.test(String(e.args!.name)));
      expect(locks.length).toBeGreaterThan(0);
      for (const l of locks) expect(procs.get(l.pid), String(l.args!.name)).toBe("h0.vm0");
    }
  });
});
