import { describe, expect, it } from "vitest";
import { schemaOf } from "../../../shared/config/params.js";
import { ConfigError } from "../../../shared/kernel/errors.js";
import {
  hostLayout, hostLayoutParams, pinCores, pinningParam, type HostLayout, type HostLayoutConfig,
} from "../../../shared/model/host/layout.js";

const config = (host: Record<string, unknown>): HostLayoutConfig => schemaOf(hostLayoutParams).parse({ host }).host;
const layout = (topology: string, pcpus = 64, flatNs = 50, extra: Record<string, unknown> = {}): HostLayout =>
  hostLayout(config({ topology, ...extra }), pcpus, flatNs);

/** Latency (class ns, unrounded) of every ordered pair of distinct cores. */
function pairNs(l: HostLayout): number[] {
  const out: number[] = [];
  for (let a = 0; a < l.cores; a++) {
    for (let b = 0; b < l.cores; b++) if (a !== b) out.push(l.classes[l.classOf(a, b)]!.ns);
  }
  return out;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function configError(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).issues;
  }
  throw new Error("expected a ConfigError");
}

function expectWellFormed(l: HostLayout): void {
  expect(l.classes[0]).toMatchObject({ name: "core", ns: 0 });
  for (let a = 0; a < l.cores; a++) {
    expect(l.classOf(a, a)).toBe(0);
    expect(l.transferNs(a, a)).toBe(0);
    for (let b = a + 1; b < l.cores; b++) {
      const c = l.classOf(a, b);
      if (c === 0 || c !== l.classOf(b, a) || l.transferNs(a, b) !== Math.round(l.classes[c]!.ns)) {
        throw new Error(`${l.name}: pair (${a}, ${b}) class ${c}, reverse ${l.classOf(b, a)}`);
      }
    }
  }
  for (const k of l.classes) expect(k.source.length).toBeGreaterThan(0);
}

describe("kunpeng920 (nviennot/core-to-core-latency: 30-38 ns in a die, 72-88 ns across)", () => {
  const l = layout("kunpeng920");

  it("has 64 cores, symmetric classes and 0 ns on one core", () => {
    expect(l.cores).toBe(64);
    expectWellFormed(l);
  });

  it("ranges from the in-cluster midpoint (31.5 ns) to the cross-die midpoint (80 ns)", () => {
    const ns = pairNs(l);
    expect(Math.min(...ns)).toBe(31.5);
    expect(Math.max(...ns)).toBe(80);
    expect(l.transferNs(0, 1)).toBe(32);
    expect(l.transferNs(0, 4)).toBe(34);
    expect(l.transferNs(0, 63)).toBe(80);
    // Every latency lies in the measured overall range 30..88 ns.
    expect(ns.every((x) => x >= 30 && x <= 88)).toBe(true);
  });

  it("puts 2 x 32 x 32 ordered pairs across the two dies and 64 x 3 inside clusters", () => {
    const ns = pairNs(l);
    expect(ns.filter((x) => x === 80)).toHaveLength(2 * 32 * 32);
    expect(ns.filter((x) => x === 31.5)).toHaveLength(64 * 3);
    expect(l.classes.slice(1).every((k) => k.source.includes("midpoint of the measured range"))).toBe(true);
  });

  it("uses cores 0..pcpus-1 when the host has fewer, and refuses more", () => {
    const small = layout("kunpeng920", 40);
    expect(small.cores).toBe(40);
    expect(small.transferNs(0, 39)).toBe(80);
    expect(small.transferNs(0, 31)).toBe(34);
    expect(configError(() => layout("kunpeng920", 96)))
      .toEqual(["config.host.pcpus: 96 cores, but host.topology kunpeng920 has 64"]);
  });
});

describe("n1-mesh (Graviton2 calibration: min 30, median 47, max 58 ns)", () => {
  const l = layout("n1-mesh");

  it("has 64 cores, 30 ns on one cross-point and 58 ns at the far corner", () => {
    expect(l.cores).toBe(64);
    expectWellFormed(l);
    const ns = pairNs(l);
    expect(Math.min(...ns)).toBe(30);
    expect(Math.max(...ns)).toBe(58);
    expect(l.classes[l.classOf(0, 1)]!.name).toBe("mesh-0hop");
    expect(l.classes[l.classOf(0, 63)]!.name).toBe("mesh-10hop");
    expect(l.classes.map((k) => k.name)).toEqual(["core", ...Array.from({ length: 11 }, (_, h) => `mesh-${h}hop`)]);
  });

  it("linear-hop assumption: median over all pairs within 15% of the measured 47 ns", () => {
    // The 8 x 4 grid gives a median of 4 hops, 41.2 ns: about 12% below the measurement.
    const m = median(pairNs(l));
    expect(Math.abs(m - 47) / 47).toBeLessThan(0.15);
  });
});

describe("ft2000-64 (no published measurement)", () => {
  it("has 8 panels of 2 clusters of 4 cores, every source assumed", () => {
    const l = layout("ft2000-64");
    expectWellFormed(l);
    expect(l.classes.map((k) => [k.name, k.ns])).toEqual([["core", 0], ["cluster", 30], ["panel", 45],
      ["cross-panel", 80]]);
    expect(l.classes.slice(1).every((k) => k.source.startsWith("assumed: no published core-to-core measurement")))
      .toBe(true);
    expect([l.transferNs(0, 3), l.transferNs(3, 4), l.transferNs(7, 8)]).toEqual([30, 45, 80]);
  });
});

describe("flat", () => {
  it("charges the flat cost passed in for any pair, for any pcpus", () => {
    const l = layout("flat", 6, 50);
    expect(l.cores).toBe(6);
    expectWellFormed(l);
    expect(l.classes.map((k) => k.name)).toEqual(["core", "host"]);
    expect(l.transferNs(0, 5)).toBe(50);
    expect(layout("flat", 5000, 7).transferNs(0, 4999)).toBe(7);
  });
});

describe("custom", () => {
  const dims = { sockets: 2, diesPerSocket: 2, clustersPerDie: 2, coresPerCluster: 2,
    clusterNs: 10, dieNs: 20, socketNs: 40, remoteSocketNs: 100 };

  it("builds sockets x dies x clusters x cores with the four latencies", () => {
    const l = layout("custom", 16, 50, dims);
    expectWellFormed(l);
    expect([l.transferNs(0, 1), l.transferNs(0, 2), l.transferNs(0, 4), l.transferNs(0, 8)])
      .toEqual([10, 20, 40, 100]);
    expect(pairNs(l).filter((x) => x === 100)).toHaveLength(2 * 8 * 8);
    expect(l.classes.slice(1).every((k) => k.source === "user-given (custom layout)")).toBe(true);
  });

  it("names the dimensions when pcpus exceeds them", () => {
    expect(configError(() => layout("custom", 17, 50, dims))).toEqual(["config.host.pcpus: 17 cores, but host.topology "
      + "custom has 16 (host.sockets 2 x host.diesPerSocket 2 x host.clustersPerDie 2 x host.coresPerCluster 2)"]);
  });
});

describe("pinCores", () => {
  const k = layout("kunpeng920");
  const where = "config.vm.pinning";

  it("packed fills cores in order", () => {
    expect(pinningParam.default).toBe("packed");
    expect(pinCores(k, 5, "packed", where)).toEqual([0, 1, 2, 3, 4]);
  });

  it("spread deals over the top-level units", () => {
    expect(pinCores(k, 5, "spread", where)).toEqual([0, 32, 1, 33, 2]);
    expect(pinCores(layout("ft2000-64"), 9, "spread", where)).toEqual([0, 8, 16, 24, 32, 40, 48, 56, 1]);
    expect(pinCores(layout("n1-mesh"), 5, "spread", where)).toEqual([0, 16, 32, 48, 1]);
    expect(pinCores(layout("flat", 4), 3, "spread", where)).toEqual([0, 1, 2]);
    const s = pinCores(k, 64, "spread", where);
    expect(new Set(s).size).toBe(64);
  });

  it("takes an explicit list of cores and ranges", () => {
    expect(pinCores(k, 7, "0-3,8,10-11", where)).toEqual([0, 1, 2, 3, 8, 10, 11]);
    expect(pinCores(k, 2, " 63 , 0 ", where)).toEqual([63, 0]);
  });

  it("names the key in every error", () => {
    expect(configError(() => pinCores(k, 1, "70", where)))
      .toEqual(["config.vm.pinning: core 70 is outside host.topology kunpeng920 (cores 0-63)"]);
    expect(configError(() => pinCores(k, 4, "0-2", where))).toEqual(["config.vm.pinning: 3 cores for 4 vCPUs"]);
    expect(configError(() => pinCores(k, 4, "4-6,5", where))).toEqual(["config.vm.pinning: core 5 twice"]);
    expect(configError(() => pinCores(k, 2, "3-1", where))).toEqual(["config.vm.pinning: range 3-1 runs backwards"]);
    expect(configError(() => pinCores(k, 2, "0,x", where))).toEqual(["config.vm.pinning: \"x\" is not a core number "
      + "or range; give packed, spread or a list such as 0-3,8,10-11"]);
    expect(configError(() => pinCores(k, 65, "packed", where)))
      .toEqual(["config.vm.pinning: packed pinning of 65 vCPUs, but host.topology kunpeng920 has 64 cores"]);
    expect(configError(() => pinCores(k, 65, "spread", where)))
      .toEqual(["config.vm.pinning: spread pinning of 65 vCPUs, but host.topology kunpeng920 has 64 cores"]);
  });
});
