/**
 * Core layout of a host and what it costs to move one cache line between two of its cores.
 *
 * Each pair of cores falls into a distance class (same core, same cluster, same die, another die,
 * or on a mesh the number of hops between their cross-points). Moving a line from one core to the
 * other (a lock handoff, a doorbell, a shared counter) costs the latency of that class. The classes
 * are calibrated against core-to-core latencies measured by nviennot/core-to-core-latency: two
 * threads pinned to two cores take turns doing a compare-and-swap on one shared line, so half a
 * round trip is the cost of one transfer. Layouts without a published measurement say `assumed`.
 * The `flat` layout keeps one cost for every pair of distinct cores (the model's host.linkNs).
 */
import { ConfigError } from "../../kernel/errors.js";
import { choice, int, num, str, type ConfigOf, type ParamTree } from "../../config/params.js";

const SOURCE = "chosen: flat keeps the model's single cache-line cost (host.linkNs) for every core pair";
const USER = "user-given (custom layout)";
const dim = (unit: string, def: number, description: string) =>
  int(def, unit, USER, `custom layout: ${description}`, { min: 1, max: 1024 });
const lat = (def: number, description: string) =>
  num(def, "ns", USER, `custom layout: cache-line transfer ${description}`, { min: 1 });

export const hostLayoutParams = {
  host: {
    topology: choice("flat", ["flat", "ft2000-64", "kunpeng920", "n1-mesh", "custom"], SOURCE,
      "core layout of the host: flat (one cost for every core pair), a named many-core part, or custom"),
    sockets: dim("sockets", 1, "sockets per host"),
    diesPerSocket: dim("dies", 1, "dies per socket"),
    clustersPerDie: dim("clusters", 16, "clusters per die"),
    coresPerCluster: dim("cores", 4, "cores per cluster"),
    clusterNs: lat(30, "between two cores of one cluster"),
    dieNs: lat(40, "between clusters of one die"),
    socketNs: lat(80, "between dies of one socket"),
    remoteSocketNs: lat(150, "between sockets"),
  },
} satisfies ParamTree;

/** The resolved `host` subtree of hostLayoutParams. */
export type HostLayoutConfig = ConfigOf<typeof hostLayoutParams>["host"];
export type TopologyName = HostLayoutConfig["topology"];

export interface DistanceClass { readonly name: string; readonly ns: number; readonly source: string }

export interface HostLayout {
  /** The host.topology value. */
  readonly name: string;
  /** Cores the layout has (flat: the pcpus passed in; a named layout: the pcpus it is cut to). */
  readonly cores: number;
  /** Index 0 is "core" (0 ns). */
  readonly classes: readonly DistanceClass[];
  /** Top-level units (dies, panels, sockets, mesh rows), each its cores in order; `spread` deals over them. */
  readonly units: readonly (readonly number[])[];
  /** Index into classes; symmetric; a === b -> 0. */
  classOf(a: number, b: number): number;
  /** classes[classOf(a, b)].ns rounded to an integer ns. */
  transferNs(a: number, b: number): number;
}

/** Largest layout whose pair classes are precomputed (a 1 MiB table). */
export const MAX_LAYOUT_CORES = 1024;

const CORE: DistanceClass = { name: "core", ns: 0, source: "same core: the line stays in its own L1" };

const NVIENNOT = "nviennot/core-to-core-latency results/*.csv (CAS ping-pong between two pinned threads on one line)";
const KUNPENG = `${NVIENNOT}, HiSilicon Kunpeng 920-6426 2.6 GHz, 64 cores`;
const GRAVITON = `${NVIENNOT}, AWS Graviton2 (64 Neoverse-N1, CMN-600 mesh): min 30, median 47, max 58 ns`;
const PHYTIUM = "assumed: no published core-to-core measurement "
  + "(Phytium FT-2000/64: 8 panels x 2 clusters x 4 cores sharing an L2, recalled, not verified)";

/** A layout of nested groups: core -> cluster -> ... ; sizes[i] is the cores in one group of level i. */
interface Hierarchy { sizes: number[]; classes: DistanceClass[]; cores: number }

const KUNPENG920: Hierarchy = {
  sizes: [4, 32],
  cores: 64,
  classes: [
    { name: "cluster", ns: 31.5, source: `${KUNPENG}: 30-33 ns in a cluster of 4; midpoint of the measured range` },
    { name: "die", ns: 34, source: `${KUNPENG}: 30-38 ns inside a die of 32; midpoint of the measured range` },
    { name: "cross-die", ns: 80, source: `${KUNPENG}: 72-88 ns across the two dies; midpoint of the measured range` },
  ],
};

const FT2000_64: Hierarchy = {
  sizes: [4, 8],
  cores: 64,
  classes: [
    { name: "cluster", ns: 30, source: PHYTIUM },
    { name: "panel", ns: 45, source: PHYTIUM },
    { name: "cross-panel", ns: 80, source: PHYTIUM },
  ],
};

/** CMN-600 mesh as Ampere Altra and Graviton2 have it: cross-points on a grid, cores per cross-point. */
export const N1_MESH = { columns: 8, rows: 4, coresPerXp: 2, minNs: 30, maxNs: 58 } as const;

function meshClasses(): DistanceClass[] {
  const { columns, rows, minNs, maxNs } = N1_MESH;
  const maxHops = columns - 1 + rows - 1;
  const out: DistanceClass[] = [];
  for (let h = 0; h <= maxHops; h++) {
    out.push({
      name: `mesh-${h}hop`,
      ns: minNs + ((maxNs - minNs) * h) / maxHops,
      source: `${GRAVITON}; taken as the calibration of the Ampere Altra mesh (assumed); `
        + `${minNs} ns at 0 hops rising linearly to ${maxNs} ns at ${maxHops} hops (assumed); `
        + `${columns} x ${rows} grid of cross-points, ${N1_MESH.coresPerXp} cores each (assumed)`,
    });
  }
  return out;
}

function customHierarchy(host: HostLayoutConfig): Hierarchy {
  const cluster = host.coresPerCluster;
  const die = cluster * host.clustersPerDie;
  const socket = die * host.diesPerSocket;
  return {
    sizes: [cluster, die, socket],
    cores: socket * host.sockets,
    classes: [
      { name: "cluster", ns: host.clusterNs, source: USER },
      { name: "die", ns: host.dieNs, source: USER },
      { name: "socket", ns: host.socketNs, source: USER },
      { name: "remote-socket", ns: host.remoteSocketNs, source: USER },
    ],
  };
}

/** Cores 0..n-1 cut into consecutive groups of `size`. */
function groups(n: number, size: number): number[][] {
  const out: number[][] = [];
  for (let c = 0; c < n; c += size) out.push(Array.from({ length: Math.min(size, n - c) }, (_, i) => c + i));
  return out;
}

function build(name: string, n: number, classes: readonly DistanceClass[], units: number[][],
  cls: (a: number, b: number) => number): HostLayout {
  const table = new Uint8Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const c = cls(a, b);
      table[a * n + b] = c;
      table[b * n + a] = c;
    }
  }
  const rounded = Int32Array.from(classes, (k) => Math.round(k.ns));
  const check = (a: number, b: number): void => {
    if (!(a >>> 0 < n && b >>> 0 < n && Number.isInteger(a) && Number.isInteger(b))) {
      throw new RangeError(`host layout ${name}: no core pair (${a}, ${b}); cores are 0-${n - 1}`);
    }
  };
  return {
    name, cores: n, classes, units,
    classOf: (a, b) => { check(a, b); return table[a * n + b]!; },
    transferNs: (a, b) => { check(a, b); return rounded[table[a * n + b]!]!; },
  };
}

function hierarchical(name: string, h: Hierarchy, n: number): HostLayout {
  const classes = [CORE, ...h.classes];
  const outer = classes.length - 1;
  const cls = (a: number, b: number): number => {
    for (let i = 0; i < h.sizes.length; i++) {
      const s = h.sizes[i]!;
      if (Math.floor(a / s) === Math.floor(b / s)) return i + 1;
    }
    return outer;
  };
  // Top level: the outermost level that has more than one group in the full layout.
  let unit = h.cores;
  for (let i = h.sizes.length - 1; i >= 0; i--) {
    if (h.sizes[i]! < h.cores) { unit = h.sizes[i]!; break; }
  }
  return build(name, n, classes, groups(n, unit), cls);
}

function mesh(n: number): HostLayout {
  const { columns, coresPerXp } = N1_MESH;
  const classes = [CORE, ...meshClasses()];
  const cls = (a: number, b: number): number => {
    const pa = Math.floor(a / coresPerXp);
    const pb = Math.floor(b / coresPerXp);
    const dx = Math.abs((pa % columns) - (pb % columns));
    const dy = Math.abs(Math.floor(pa / columns) - Math.floor(pb / columns));
    return 1 + dx + dy;
  };
  return build("n1-mesh", n, classes, groups(n, columns * coresPerXp), cls);
}

function flat(n: number, flatNs: number): HostLayout {
  const classes: DistanceClass[] = [
    CORE,
    { name: "host", ns: flatNs, source: "flat layout: one cache-line transfer cost for any two cores "
      + "(host.linkNs, assumed)" },
  ];
  const ns = Math.round(flatNs);
  const check = (a: number, b: number): void => {
    if (!(a >>> 0 < n && b >>> 0 < n && Number.isInteger(a) && Number.isInteger(b))) {
      throw new RangeError(`host layout flat: no core pair (${a}, ${b}); cores are 0-${n - 1}`);
    }
  };
  // No table: a flat host may have any number of cores, and the class is one comparison.
  return {
    name: "flat", cores: n, classes, units: groups(n, Math.max(n, 1)),
    classOf: (a, b) => { check(a, b); return a === b ? 0 : 1; },
    transferNs: (a, b) => { check(a, b); return a === b ? 0 : ns; },
  };
}

/**
 * The layout `host.topology` names, cut to the `pcpus` cores the host has (cores 0..pcpus-1).
 * `flatNs` is the transfer cost of the flat layout (the model passes host.linkNs).
 */
export function hostLayout(host: HostLayoutConfig, pcpus: number, flatNs: number): HostLayout {
  const topo = host.topology;
  if (!Number.isInteger(pcpus) || pcpus < 1) {
    throw new ConfigError([`config.host.pcpus: ${pcpus} cores; a host needs a whole number of at least 1`]);
  }
  if (topo === "flat") return flat(pcpus, flatNs);
  const full = topo === "kunpeng920" ? KUNPENG920.cores
    : topo === "ft2000-64" ? FT2000_64.cores
      : topo === "n1-mesh" ? N1_MESH.columns * N1_MESH.rows * N1_MESH.coresPerXp
        : customHierarchy(host).cores;
  if (pcpus > full) {
    const dims = topo === "custom" ? ` (host.sockets ${host.sockets} x host.diesPerSocket ${host.diesPerSocket}`
      + ` x host.clustersPerDie ${host.clustersPerDie} x host.coresPerCluster ${host.coresPerCluster})` : "";
    throw new ConfigError([`config.host.pcpus: ${pcpus} cores, but host.topology ${topo} has ${full}${dims}`]);
  }
  if (pcpus > MAX_LAYOUT_CORES) {
    throw new ConfigError([`config.host.pcpus: ${pcpus} cores, but host.topology ${topo} supports at most `
      + `${MAX_LAYOUT_CORES} (only flat has no limit)`]);
  }
  switch (topo) {
    case "kunpeng920": return hierarchical(topo, KUNPENG920, pcpus);
    case "ft2000-64": return hierarchical(topo, FT2000_64, pcpus);
    case "n1-mesh": return mesh(pcpus);
    case "custom": return hierarchical(topo, customHierarchy(host), pcpus);
  }
}

export const pinningParam = str("packed", "chosen: packed pins vCPU i to core i, as the model did before layouts",
  "cores the vCPUs are pinned to: packed (0, 1, 2, ...: fills a cluster before the next), spread (round-robin "
  + "over dies / panels / sockets / mesh rows) or an explicit list such as 0-3,8,10-11");

/**
 * Cores for `count` threads, in thread order, by the `pinning` rule (see pinningParam). Errors are
 * ConfigErrors naming `where` (the config key the pinning came from).
 */
export function pinCores(layout: HostLayout, count: number, pinning: string, where: string): number[] {
  const n = layout.cores;
  const rule = pinning.trim();
  if (rule === "packed" || rule === "spread") {
    if (count > n) {
      throw new ConfigError([`${where}: ${rule} pinning of ${count} vCPUs, but host.topology ${layout.name} `
        + `has ${n} cores`]);
    }
    if (rule === "packed") return Array.from({ length: count }, (_, i) => i);
    const out: number[] = [];
    for (let round = 0; out.length < count; round++) {
      for (const unit of layout.units) {
        if (round < unit.length && out.length < count) out.push(unit[round]!);
      }
    }
    return out;
  }
  const fail = (why: string): never => { throw new ConfigError([`${where}: ${why}`]); };
  const outside = (c: number) =>
    fail(`core ${c} is outside host.topology ${layout.name} (cores 0-${n - 1})`);
  const out: number[] = [];
  const seen = new Set<number>();
  for (const raw of rule.split(",")) {
    const token = raw.trim();
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(token);
    if (!m) return fail(`"${token}" is not a core number or range; give packed, spread or a list such as 0-3,8,10-11`);
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (hi < lo) fail(`range ${lo}-${hi} runs backwards`);
    for (let c = lo; c <= hi; c++) {
      if (c >= n) outside(c);
      if (seen.has(c)) fail(`core ${c} twice`);
      seen.add(c);
      out.push(c);
    }
  }
  if (out.length !== count) fail(`${out.length} cores for ${count} vCPUs`);
  return out;
}
