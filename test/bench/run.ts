/**
 * `npm run bench`: kernel cost against xstate cost, in one process on one machine.
 *
 *   (a) kernel alone: EventHeap + digest + a plain handler loop (what PartitionEngine.runUntil does,
 *       without xstate), and PartitionEngine itself driving trivial non-xstate actor logic;
 *   (b) bare xstate: `actor.send` of the PHOLD machine, actors created with a stub env whose send
 *       pushes to a plain FIFO queue: no heap, no digest, no windows;
 *   (c) PHOLD through the kernel: runLocal with 1 and 2 in-memory partitions (events / wallMs);
 *   and c / b, the share of xstate speed the kernel keeps (issue target >= 0.8).
 *
 * The measures run interleaved, round after round, so that a machine shared with other work slows
 * them alike; each is reported as its best and median round, and c / b as the median over rounds of
 * the ratio within a round.
 *
 * Usage: npm run bench [-- --quick]    (--quick: fewer events and one round, for a smoke test)
 */
import os from "node:os";
import { createActor, fromTransition, type AnyActorRef } from "xstate";
import { EventHeap } from "../../shared/kernel/heap.js";
import { DigestTable, typeId } from "../../shared/kernel/digest.js";
import { Rng } from "../../shared/kernel/rng.js";
import { PartitionEngine, type ActorEnv, type ModelInstance, type SimEvent } from "../../shared/kernel/engine.js";
import { pholdMachine, type PholdLayout } from "../../shared/model/phold/phold-actor.js";
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";

const quick = process.argv.includes("--quick");
const ACTORS = 64, INITIAL = 4, MIN_DELAY = 500, MEAN_DELAY = 1000;
const KERNEL_EVENTS = quick ? 500_000 : 4_000_000;
const ENGINE_EVENTS = quick ? 500_000 : 2_000_000;
const XSTATE_EVENTS = quick ? 50_000 : 400_000;
const PHOLD_END_NS = quick ? 400_000 : 2_000_000;
const ROUNDS = quick ? 1 : 7;

/** (a1) The kernel's loop with a trivial handler: pop, fold the digest, handle = draw and push one event. */
function kernelLoop(): [number, number] {
  const heap = new EventHeap<SimEvent>(4096);
  const digests = new DigestTable(ACTORS);
  const rngs = Array.from({ length: ACTORS }, (_, id) => new Rng(1, id));
  const seq = new Uint32Array(ACTORS);
  const ev: SimEvent = { type: "phold" };
  const type = typeId("phold");
  for (let a = 0; a < ACTORS; a++) for (let i = 0; i < INITIAL; i++) {
    heap.push(MIN_DELAY + Math.round(rngs[a]!.exp(MEAN_DELAY)), a, seq[a]!++, rngs[a]!.int(ACTORS), ev);
  }
  let handled = 0;
  const t0 = performance.now();
  while (handled < KERNEL_EVENTS && heap.size > 0) {
    heap.pop();
    const now = heap.topTime, dst = heap.topDst;
    digests.fold(dst, now, heap.topSrc, heap.topSeq, type);
    handled++;
    const rng = rngs[dst]!;
    heap.push(now + MIN_DELAY + Math.round(rng.exp(MEAN_DELAY)), dst, seq[dst]!++, rng.int(ACTORS), heap.topPayload!);
  }
  return [handled, performance.now() - t0];
}

/** (a2) PartitionEngine.runUntil with actors whose logic is a plain reducer (fromTransition), not a machine. */
function kernelEngine(): [number, number] {
  const model: ModelInstance = {
    actorCount: ACTORS,
    actorName: (id) => `a${id}`,
    latency: (s, d) => (s === d ? 0 : MIN_DELAY),
    logic: (_id, env: ActorEnv) => ({
      // The initial state is computed when the actor is created: that is where the first sends go.
      logic: fromTransition((n: number, _e: SimEvent) => {
        env.send(env.rng.int(ACTORS), ev, MIN_DELAY + Math.round(env.rng.exp(MEAN_DELAY)));
        return n + 1;
      }, () => {
        for (let i = 0; i < INITIAL; i++) env.send(env.rng.int(ACTORS), ev, MIN_DELAY + Math.round(env.rng.exp(MEAN_DELAY)));
        return 0;
      }),
      input: undefined,
    }),
  };
  const ev: SimEvent = { type: "phold" };
  const engine = new PartitionEngine(model, 0, new Int32Array(ACTORS), 1, 1);
  engine.start();
  // Each event is ~1500 ns of virtual time apart per actor; run in windows until enough events.
  const t0 = performance.now();
  let end = 0;
  while (engine.events < ENGINE_EVENTS && engine.nextTime() < Infinity) engine.runUntil((end += 1_000_000));
  return [engine.events, performance.now() - t0];
}

/** (b) Bare xstate: PHOLD machine actors, sends pushed to a FIFO queue and delivered by `actor.send`. */
function bareXstate(): [number, number] {
  const layout: PholdLayout = { actors: ACTORS, groups: 8, initial: INITIAL, remoteShare: 0.25, meanDelayNs: MEAN_DELAY, minDelayNs: MIN_DELAY };
  const qDst: number[] = [], qEv: SimEvent[] = [];
  let head = 0;
  const actors: AnyActorRef[] = [];
  for (let id = 0; id < ACTORS; id++) {
    const env: ActorEnv = {
      id, rng: new Rng(1, id), now: () => 0,
      send: (dst, event) => { qDst.push(dst); qEv.push(event); },
      after: () => { throw new Error("PHOLD sets no timers"); },
      name: (a) => `phold[${a}]`,
    };
    actors.push(createActor(pholdMachine, { input: { env, layout } }).start());
  }
  let handled = 0;
  const t0 = performance.now();
  while (handled < XSTATE_EVENTS) {
    const dst = qDst[head]!, event = qEv[head]!;
    head++;
    if (head === 65536) { qDst.splice(0, head); qEv.splice(0, head); head = 0; }
    actors[dst]!.send(event);
    handled++;
  }
  return [handled, performance.now() - t0];
}

async function phold(partitions: number): Promise<[number, number]> {
  const rc = resolveConfig({ model: "phold", seed: 7, sets: [`phold.endNs=${PHOLD_END_NS}`] });
  const r = await runLocal(rc, { partitions });
  return [r.events as number, r.wallMs as number];
}

const measures: { key: string; name: string; run: () => [number, number] | Promise<[number, number]>; note?: string }[] = [
  { key: "a1", name: "(a) kernel alone: heap + digest + plain handler", run: kernelLoop, note: "target >= 3 M/s" },
  { key: "a2", name: "(a) PartitionEngine + trivial fromTransition logic", run: kernelEngine },
  { key: "b", name: "(b) bare xstate actor.send, PHOLD machine", run: bareXstate },
  { key: "c1", name: "(c) PHOLD via runLocal, 1 partition", run: () => phold(1) },
  { key: "c2", name: "(c) PHOLD via runLocal, 2 in-memory partitions", run: () => phold(2) },
];

const loadBefore = os.loadavg()[0]!;
if (!quick) for (const m of measures) await m.run(); // warm-up: let the JIT see every path first
const rates = new Map<string, number[]>(measures.map((m) => [m.key, []]));
const events = new Map<string, number>();
for (let r = 0; r < ROUNDS; r++) {
  for (const m of measures) {
    const [n, ms] = await m.run();
    rates.get(m.key)!.push((n * 1000) / ms);
    events.set(m.key, n);
  }
}
const median = (xs: number[]): number => { const s = [...xs].sort((x, y) => x - y); return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const ratio = (c: string): number => median(rates.get(c)!.map((x, i) => x / rates.get("b")![i]!));
const fmt = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(0)} k`);

const cpu = os.cpus();
console.log(`irqscale bench: node ${process.version}, ${cpu.length} x ${cpu[0]?.model.trim() ?? "cpu"}, load average ${loadBefore.toFixed(1)} -> ${os.loadavg()[0]!.toFixed(1)}`);
console.log(`PHOLD: ${ACTORS} actors x ${INITIAL} messages, delay ${MIN_DELAY} + Exp(${MEAN_DELAY}) ns; runLocal seed 7, endNs ${PHOLD_END_NS}; ${ROUNDS} interleaved round(s)`);
console.log("");
console.log(`${"measure".padEnd(52)} ${"events".padStart(9)} ${"best ev/s".padStart(10)} ${"median".padStart(8)}`);
for (const m of measures) {
  const xs = rates.get(m.key)!;
  const note = m.key.startsWith("c") ? `c/b = ${ratio(m.key).toFixed(2)}` : (m.note ?? "");
  console.log(`${m.name.padEnd(52)} ${String(events.get(m.key)).padStart(9)} ${fmt(Math.max(...xs)).padStart(10)} ${fmt(median(xs)).padStart(8)}  ${note}`);
}
console.log("");
console.log(`kernel alone ${fmt(Math.max(...rates.get("a1")!))} events/s (target >= 3 M); c/b = ${ratio("c1").toFixed(2)} with 1 partition, ${ratio("c2").toFixed(2)} with 2 (target >= 0.8; median over rounds of c/b within a round)`);
