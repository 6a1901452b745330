// `run --trace`: Chrome trace-event JSON of a window of virtual time (core states as slices,
// interrupts, IPIs and kicks as flow arrows), checked against the run's own counters.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";
import {
  defaultTraceWindow, nsToUs, parseTraceWindow, WHOLE_RUN_TRACE_MAX_NS, type ChromeTrace, type TraceEvent,
} from "../../shared/stats/trace.js";
import { checkTraceFlags } from "../../services/cli/commands/run.js";
import { irqscale } from "../cli/cli.js";

interface Result {
  digest: string;
  perCpu: { id: string; kind: string; shares: Record<string, number> }[];
  interrupts: { perVcpu: Record<string, number>; perVcpuVector: Record<string, Record<string, number>> };
  contention: { name: string; acquisitions: number }[];
}

const WARMUP_MS = 2, DURATION_MS = 4;
const W = WARMUP_MS * 1e6, E = (WARMUP_MS + DURATION_MS) * 1e6;
const base = (mode: string, extra: string[] = []): string[] => ["vm.vcpus=4", `vm.net.mode=${mode}`, `sim.warmupMs=${WARMUP_MS}`, `sim.durationMs=${DURATION_MS}`, ...extra];

async function traced(sets: string[], window: [number, number] | undefined, partitions = 1): Promise<{ result: Result; trace: ChromeTrace | undefined }> {
  let trace: ChromeTrace | undefined;
  const rc = resolveConfig({ preset: "paper", sets });
  const result = (await runLocal(rc, {
    partitions,
    ...(window ? { trace: { window: { fromNs: window[0], toNs: window[1] }, done: (t: ChromeTrace) => { trace = t; } } } : {}),
  })) as unknown as Result;
  return { result, trace };
}

/** ns from a trace timestamp, asserting Perfetto's importer (trunc(us * 1000)) reads the same ns. */
function ns(us: number): number {
  const n = Math.round(us * 1000);
  expect(Math.trunc(us * 1000)).toBe(n);
  return n;
}

interface Track { name: string; slices: { state: string; start: number; end: number }[]; anchors: number }

function tracks(trace: ChromeTrace): Map<string, Track> {
  const byKey = new Map<string, Track>();
  for (const e of trace.traceEvents) if (e.ph === "M" && e.name === "thread_name") byKey.set(`${e.pid}:${e.tid}`, { name: String(e.args!.name), slices: [], anchors: 0 });
  for (const e of trace.traceEvents) {
    if (e.ph !== "X") continue;
    const t = byKey.get(`${e.pid}:${e.tid}`);
    expect(t, `slice on a track without thread_name: ${JSON.stringify(e)}`).toBeDefined();
    if (e.cat === "state") t!.slices.push({ state: e.name, start: ns(e.ts!), end: ns(e.ts!) + ns(e.dur!) });
    else t!.anchors++;
  }
  return new Map([...byKey.values()].map((t) => [t.name, t]));
}

/**
 * Checks every track's slices lie in the window and never overlap, that each flow id has one start
 * and one end (not before it), and that each flow event binds in Perfetto's way: at its position in
 * timestamp order (stable), the topmost slice on its track's stack must cover its time.
 */
function checkStructure(trace: ChromeTrace, from: number, to: number): Map<string, Track> {
  const all = tracks(trace);
  for (const t of all.values()) {
    let prev = from;
    for (const s of t.slices) {
      expect(s.start, `${t.name} slice ${s.state} before the window or overlapping the previous one`).toBeGreaterThanOrEqual(prev);
      expect(s.end).toBeGreaterThan(s.start);
      prev = s.end;
    }
    expect(prev, `${t.name} runs past the window`).toBeLessThanOrEqual(to);
  }
  const events = trace.traceEvents.filter((e) => e.ph !== "M");
  for (const e of events) {
    expect(ns(e.ts!)).toBeGreaterThanOrEqual(from);
    expect(ns(e.ts!) + (e.dur === undefined ? 0 : ns(e.dur))).toBeLessThanOrEqual(to);
  }
  const ends = new Map<number, { s?: TraceEvent; f?: TraceEvent }>();
  for (const e of events) {
    if (e.ph !== "s" && e.ph !== "f") continue;
    const p = ends.get(e.id!) ?? {};
    expect(p[e.ph], `flow ${e.id} has two '${e.ph}' events`).toBeUndefined();
    p[e.ph] = e;
    ends.set(e.id!, p);
  }
  for (const [id, { s, f }] of ends) {
    expect(s && f, `flow ${id} lacks a start or an end`).toBeTruthy();
    expect(f!.name).toBe(s!.name);
    expect(f!.bp).toBe("e");
    expect(ns(f!.ts!)).toBeGreaterThanOrEqual(ns(s!.ts!));
  }
  const sorted = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.ts! - b.e.ts! || a.i - b.i).map((x) => x.e);
  const stacks = new Map<string, { start: number; end: number }[]>();
  let unbound = 0;
  for (const e of sorted) {
    const key = `${e.pid}:${e.tid}`;
    const stack = stacks.get(key) ?? [];
    stacks.set(key, stack);
    const t = ns(e.ts!);
    if (e.ph === "X") {
      while (stack.length > 0 && stack[stack.length - 1]!.end <= t) stack.pop();
      stack.push({ start: t, end: t + ns(e.dur!) });
    } else if (e.ph === "s" || e.ph === "f") {
      const top = stack[stack.length - 1];
      if (!top || top.start > t || top.end < t) unbound++;
    }
  }
  expect(unbound, "flow events with no slice to bind to").toBe(0);
  return all;
}

function flowsTo(trace: ChromeTrace, name: string): Map<string, number> {
  const names = new Map<string, string>();
  for (const e of trace.traceEvents) if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, String(e.args!.name));
  const out = new Map<string, number>();
  for (const e of trace.traceEvents) if (e.ph === "f" && e.name === name) {
    const n = names.get(`${e.pid}:${e.tid}`)!;
    out.set(n, (out.get(n) ?? 0) + 1);
  }
  return out;
}

/** Flows (name, send and arrival ns) from matching "s" and "f" events. */
function flowList(trace: ChromeTrace): { name: string; sent: number; at: number }[] {
  const byId = new Map<number, { name: string; sent: number; at: number }>();
  for (const e of trace.traceEvents) {
    if (e.ph !== "s" && e.ph !== "f") continue;
    const f = byId.get(e.id!) ?? { name: e.name, sent: -1, at: -1 };
    if (e.ph === "s") f.sent = ns(e.ts!); else f.at = ns(e.ts!);
    byId.set(e.id!, f);
  }
  return [...byId.values()].sort((a, b) => a.sent - b.sent || a.at - b.at);
}

const count = (trace: ChromeTrace, name: string,
  ph: "s" | "f" = "s"): number => trace.traceEvents.filter((e) => e.ph === ph && e.name === name).length;
const acquisitions = (r: Result, name: string): number => r.contention.find((c) => c.name === name)!.acquisitions;
/** Flows of a name that reached their receiver in the window, drawn or not (sent before it). */
const arrived = (trace: ChromeTrace, name: string): number => count(trace, name,
  "f") + (trace.otherData.flowsSentBeforeWindow[name] ?? 0);
/** The virq flow names: the reschedule IPI (an SGI), the wired device interrupt (SPI), a queue's MSI (LPI). */
const VIRQ = ["ipi", "spi", "lpi"] as const;

describe("trace of the measurement window [warm-up, end): paper preset, 4 vCPUs", () => {
  let spi: { result: Result; trace: ChromeTrace };
  let msi: { result: Result; trace: ChromeTrace };
  beforeAll(async () => {
    const [a, b] = await Promise.all([traced(base("sq-spi"), [W, E]), traced(base("mq-msi"), [W, E])]);
    spi = { result: a.result, trace: a.trace! };
    msi = { result: b.result, trace: b.trace! };
  });

  it("slices stay in the window, never overlap on a track, and every flow binds to a slice", () => {
    for (const { trace } of [spi, msi]) checkStructure(trace, W, E);
  });

  it("has a track for every vCPU and for every pCPU that ran host work", () => {
    for (const { result, trace } of [spi, msi]) {
      const names = new Set(tracks(trace).keys());
      const vcpus = result.perCpu.filter((c) => c.kind === "vcpu");
      expect(vcpus).toHaveLength(4);
      for (const c of vcpus) expect(names, c.id).toContain(c.id);
      const hostWork = result.perCpu.filter((c) => c.kind === "pcpu" && ["hostRx", "vhost", "qemu", "kworker"].some((s) => (c.shares[s] ?? 0) > 0));
      expect(hostWork.length).toBeGreaterThan(0);
      for (const c of hostWork) expect(names, c.id).toContain(c.id);
    }
  });

  it("per vCPU and per pCPU, slice time per state over the window equals the result's share", () => {
    for (const { result, trace } of [spi, msi]) {
      const all = tracks(trace);
      let checked = 0;
      for (const c of result.perCpu) {
        const t = all.get(c.id);
        if (!t) continue;
        const total: Record<string, number> = {};
        for (const s of t.slices) total[s.state] = (total[s.state] ?? 0) + (s.end - s.start);
        // A core's track covers the whole window: it is always in some state.
        expect(Object.values(total).reduce((x, y) => x + y, 0), c.id).toBe(E - W);
        const states = c.kind === "vcpu" ? Object.keys(c.shares) : ["hostRx", "vhost", "qemu", "kworker"];
        for (const s of states) expect((total[s] ?? 0) / (E - W), `${c.id} ${s}`).toBeCloseTo(c.shares[s]!, 9);
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(5);
    }
  });

  it("irq-line and msi flows match the acquisitions of the line's irq_lock and of its_lock", () => {
    // Each interrupt takes its lock once on the injecting core, then reaches the distributor or the ITS
    // after the rest of its path: only the few in flight at the window's edges may differ.
    expect(count(spi.trace, "irq-line")).toBeGreaterThan(50);
    expect(Math.abs(arrived(spi.trace, "irq-line") - acquisitions(spi.result,
      "h0.vm0.spi.irq_lock"))).toBeLessThanOrEqual(2);
    expect(count(spi.trace, "msi")).toBe(0);
    expect(count(msi.trace, "msi")).toBeGreaterThan(50);
    expect(Math.abs(arrived(msi.trace, "msi") - acquisitions(msi.result, "h0.vm0.its_lock"))).toBeLessThanOrEqual(2);
    expect(count(msi.trace, "irq-line")).toBe(0);
  });

  it("ipi, spi and lpi flows into each vCPU's redistributor match the interrupts of each kind that vCPU took", () => {
    for (const { result, trace } of [spi, msi]) {
      for (const [vcpu, vectors] of Object.entries(result.interrupts.perVcpuVector)) {
        const gicr = vcpu.replace(/vcpu(\d+)$/, "gicr$1");
        const taken = { ipi: 0, spi: 0, lpi: 0 };
        for (const [v, n] of Object.entries(vectors)) {
          taken[v.startsWith("sgi") ? "ipi" : v.startsWith("spi") ? "spi" : "lpi"] += n;
        }
        for (const name of VIRQ) {
          const lpis = Object.keys(vectors).filter((v) => v.startsWith("lpi")).length;
          const got = flowsTo(trace, name).get(gicr) ?? 0;
          // A vIRQ that arrived just before the window can be taken in it, and one arriving near its
          // end may still be pending: at most one per INTID.
          expect(Math.abs(got - taken[name]), `${vcpu}: ${got} ${name} flows in, ${taken[name]} taken`)
            .toBeLessThanOrEqual(name === "lpi" ? Math.max(1, lpis) : 1);
        }
      }
      // Every vIRQ that reached a redistributor in the window kicked its vCPU then (none was already
      // pending in this load), including one sent just before the window.
      expect(count(trace, "vcpu-kick")).toBe(VIRQ.reduce((a, n) => a + arrived(trace, n), 0));
      for (const name of VIRQ) expect(trace.otherData.flowNames[name] ?? "virq", name).toBe("virq");
    }
    // sq-spi: the device's wired line and reschedule IPIs, no LPI; mq-msi: LPIs and IPIs, no SPI.
    expect(count(spi.trace, "spi")).toBeGreaterThan(50);
    // (This load wakes no idle vCPU: no IPI; test/stats/trace-args.test.ts traces one that does.)
    expect(count(spi.trace, "lpi")).toBe(0);
    expect(count(msi.trace, "lpi")).toBeGreaterThan(50);
    expect(count(msi.trace, "spi")).toBe(0);
    expect(result0(spi)).toBeGreaterThan(50);
    for (const v of Object.values(msi.result.interrupts.perVcpu)) expect(v).toBeGreaterThan(20);
  });

  it("a sub-window's trace is the full trace clipped to it, flows cut at either edge counted apart", async () => {
    const full = spi.trace;
    const flows = flowList(full);
    const irq = flows.filter((f) => f.name === "irq-line");
    expect(irq.length).toBeGreaterThan(30);
    // Cut through one interrupt in flight at each edge: the 10th is sent before FROM and arrives
    // after it, the 30th arrives exactly at TO (outside [FROM, TO)).
    const from = irq[9]!.sent + 1, to = irq[29]!.at;
    expect(irq[9]!.at).toBeGreaterThanOrEqual(from);
    const sub = (await traced(base("sq-spi"), [from, to])).trace!;
    checkStructure(sub, from, to);
    const names = Object.keys(full.otherData.flowNames);
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const of = flows.filter((f) => f.name === name);
      const drawn = of.filter((f) => f.sent >= from && f.at < to).length;
      const before = of.filter((f) => f.sent < from && f.at >= from && f.at < to).length;
      const after = of.filter((f) => f.sent >= from && f.sent < to && f.at >= to).length;
      expect([count(sub, name), sub.otherData.flowsSentBeforeWindow[name] ?? 0,
        sub.otherData.flowsArrivingAfterWindow[name] ?? 0], name).toEqual([drawn, before, after]);
    }
    expect(sub.otherData.flowsSentBeforeWindow["irq-line"]).toBeGreaterThanOrEqual(1);
    expect(sub.otherData.flowsArrivingAfterWindow["irq-line"]).toBeGreaterThanOrEqual(1);
    const clipped = (t: Track): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const s of t.slices) {
        const d = Math.min(s.end, to) - Math.max(s.start, from);
        if (d > 0) out[s.state] = (out[s.state] ?? 0) + d;
      }
      return out;
    };
    const subTracks = tracks(sub);
    for (const [name, t] of tracks(full)) {
      if (t.slices.length === 0 || !subTracks.has(name)) continue;
      expect(clipped(subTracks.get(name)!), name).toEqual(clipped(t));
    }
    for (const vcpu of ["h0.vm0.vcpu0", "h0.vm0.vcpu1", "h0.vm0.vcpu2", "h0.vm0.vcpu3"]) expect(subTracks.has(vcpu), vcpu).toBe(true);
  });

  it("otherData counts the flows drawn per name, and names the message type of each", () => {
    for (const { trace } of [spi, msi]) {
      const drawn = new Set(trace.traceEvents.filter((e) => e.ph === "s").map((e) => e.name));
      for (const name of drawn) expect(trace.otherData.flows[name], name).toBe(count(trace, name));
      expect(Object.keys(trace.otherData.flows).sort()).toEqual([...drawn].sort());
      for (const [name, type] of Object.entries(trace.otherData.flowNames)) {
        expect(trace.otherData.flowTypes, name).toContain(type);
      }
      expect(trace.otherData.windowNs).toEqual([W, E]);
    }
  });
});

const result0 = (r: { result: Result }): number => r.result.interrupts.perVcpu["h0.vm0.vcpu0"]!;

describe("trace of a short window", () => {
  it("holds only [FROM, TO), is the same for 1 and 2 partitions, and leaves the run's digest unchanged", async () => {
    const sets = base("mq-msi", ["host.count=2", "sim.durationMs=1"]);
    const from = 2_500_000, to = 3_000_000;
    const [one, two, plain] = await Promise.all([traced(sets, [from, to], 1), traced(sets, [from, to], 2), traced(sets, undefined, 1)]);
    checkStructure(one.trace!, from, to);
    expect(JSON.stringify(two.trace)).toBe(JSON.stringify(one.trace));
    expect(one.result.digest).toBe(plain.result.digest);
    expect(two.result.digest).toBe(plain.result.digest);
    const procs = one.trace!.traceEvents.filter((e) => e.ph === "M" && e.name === "process_name").map((e) => e.args!.name);
    expect(procs).toEqual(["h0.vm0", "host 0", "h1.vm0", "host 1"]);
    for (const name of ["lpi", "vcpu-kick", "msi", "vq-kick", "cpu-req"]) {
      expect(count(one.trace!, name), name).toBeGreaterThan(0);
    }
  });

  it("timestamps convert to µs that Perfetto reads back to the same ns", () => {
    for (const n of [0, 1, 1001, 1003, 265_879_333, 8_484_564_235, 2 ** 40 + 7]) {
      const us = nsToUs(n);
      expect(Math.trunc(us * 1000)).toBe(n);
      expect(Math.abs(us - n / 1000)).toBeLessThan(1e-6);
    }
  });
});

describe("--trace-window", () => {
  it.each([
    { text: "5..5.5", window: { fromNs: 5_000_000, toNs: 5_500_000 } },
    { text: " 0 .. 25 ", window: { fromNs: 0, toNs: 25_000_000 } },
    { text: "1.0000005..1.000002", window: { fromNs: 1_000_001, toNs: 1_000_002 } },
  ])("accepts $text", ({ text, window }) => expect(parseTraceWindow(text, 25e6)).toEqual({ window }));
  it.each([
    { text: "5-6", says: "expected FROM..TO in ms of virtual time (e.g. 5..5.5), got '5-6'" },
    { text: "a..b", says: "expected FROM..TO" },
    { text: "-1..2", says: "expected FROM..TO" },
    { text: "..2", says: "expected FROM..TO" },
    { text: "6..5", says: "FROM must be below TO" },
    { text: "5..5", says: "FROM must be below TO" },
    { text: "5..25.5", says: "the run ends at 25 ms of virtual time" },
  ])("rejects $text", ({ text, says }) => expect(parseTraceWindow(text, 25e6).error).toContain(says));
  it.each([
    { flags: { traceWindow: "1..2" }, says: "--trace-window: give --trace FILE as well" },
    { flags: { trace: "t.json" }, says: "this run ends at 60 ms of virtual time, past the 50 ms traced whole" },
  ])("run flags $flags are rejected", ({ flags, says }) => expect(checkTraceFlags(flags, 60e6).error).toContain(says));
  it("run --trace without --trace-window traces a short run whole", () => {
    expect(checkTraceFlags({ trace: "t.json" }, 25e6)).toEqual({ window: { fromNs: 0, toNs: 25e6 } });
  });
  it("without a window, a short run is traced whole and a long one asks for a window", () => {
    expect(defaultTraceWindow(25e6)).toEqual({ window: { fromNs: 0, toNs: 25e6 } });
    expect(defaultTraceWindow(WHOLE_RUN_TRACE_MAX_NS)).toEqual({ window: { fromNs: 0, toNs: WHOLE_RUN_TRACE_MAX_NS } });
    expect(defaultTraceWindow(WHOLE_RUN_TRACE_MAX_NS + 1).error)
      .toContain("this run ends at 50.000001 ms of virtual time, past the 50 ms traced whole by default; give "
        + "--trace-window");
  });
});

describe("irqscale run --trace", () => {
  const dir = mkdtempSync(join(tmpdir(), "irqscale-trace-"));
  const sets = ["--preset", "paper", "--set", "vm.vcpus=2", "--set", "sim.warmupMs=1", "--set", "sim.durationMs=2"];

  it("writes a trace file that parses and holds the window", async () => {
    const file = join(dir, "sub", "t.json");
    const r = await irqscale(["run", ...sets, "--trace", file, "--trace-window", "1.5..2", "--out", join(dir, "out")]);
    expect(r.stderr).toMatch(/^[\d,]+ req\/s  p99 [\d.]+ us  digest /);
    expect(r.code).toBe(0);
    const trace = JSON.parse(readFileSync(file, "utf8")) as ChromeTrace;
    expect(trace.otherData.windowNs).toEqual([1_500_000, 2_000_000]);
    const names = [...tracks(trace).keys()];
    expect(names).toEqual(expect.arrayContaining(["h0.vm0.vcpu0", "h0.vm0.vcpu1"]));
    checkStructure(trace, 1_500_000, 2_000_000);
  });

  it("over NATS (2 worker processes, a private nats-server) writes the trace the run writes in one process", async () => {
    const rack = ["--preset", "rack", "--set", "host.count=2", "--set", "sim.warmupMs=0.05", "--set", "sim.durationMs=0.05", "--trace-window", "0.06..0.08"];
    const local = join(dir, "rack-local.json"), over = join(dir, "rack-nats.json");
    const one = await irqscale(["run", ...rack, "--trace", local, "--out", join(dir, "rack-local")]);
    expect(one.code, one.stderr).toBe(0);
    const two = await irqscale(["run", ...rack, "--workers", "2", "--trace", over, "--out", join(dir, "rack-nats")]);
    expect(two.code, two.stderr).toBe(0);
    const trace = JSON.parse(readFileSync(over, "utf8")) as ChromeTrace;
    const procs = trace.traceEvents.filter((e) => e.ph === "M" && e.name === "process_name");
    // Per host: its 8 VMs (pids 9h+1..9h+8), then the host itself (pid 9h+9).
    const named = new Map(procs.map((e) => [e.pid, e.args!.name]));
    for (const [pid, n] of named) {
      const h = Math.floor((pid - 1) / 9), v = (pid - 1) % 9;
      expect(n).toBe(v === 8 ? `host ${h}` : `h${h}.vm${v}`);
    }
    expect([...named.values()]).toEqual(expect.arrayContaining(["host 0", "host 1", "h0.vm0", "h1.vm0"]));
    expect(new Set(trace.traceEvents.map((e) => e.pid))).toEqual(new Set(named.keys()));
    checkStructure(trace, 60_000, 80_000);
    expect(readFileSync(over, "utf8")).toBe(readFileSync(local, "utf8"));
  });

  it.each([
    { args: ["--trace", "T", "--trace-window", "1-2"], says: "expected FROM..TO in ms of virtual time" },
    { args: ["--trace", "T", "--trace-window", "1..3.5", "--workers", "1"], says: "the run ends at 3 ms" },
  ])("bad input exits 2 with a message and writes nothing: $args", async ({ args, says }) => {
    const out = join(dir, `bad-${args.length}`);
    const r = await irqscale(["run", ...sets, ...args.map((a) => (a === "T" ? join(out, "t.json") : a)), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

});
