// `--set key=value`: a value parses as JSON (numbers, booleans) unless its key is declared as a name or
// a string, where it stays as written: a kernel generation such as 6.10 is not the number 6.1.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../shared/config/load.js";
import { applySets } from "../../shared/config/resolve.js";

describe("--set values", () => {
  it("keeps an enum's value as written and still parses numbers and booleans", () => {
    const c = resolveConfig({ preset: "lpi-stress", sets: ["host.kernel=6.10", "vm.vcpus=4", "host.linkNs=40.5"] })
      .config as unknown as { host: { kernel: string; linkNs: number }; vm: { vcpus: number } };
    expect(c.host.kernel).toBe("6.10");
    expect(c.vm.vcpus).toBe(4);
    expect(c.host.linkNs).toBe(40.5);
    const net = resolveConfig({ preset: "paper", sets: ["guest.napi=false"] })
      .config as unknown as { guest: { napi: boolean } };
    expect(net.guest.napi).toBe(false);
  });

  it("without declared text keys, a dotted number is a number (and the schema then names it)", () => {
    expect(applySets({}, ["host.kernel=6.10"])).toEqual({ host: { kernel: 6.1 } });
    expect(applySets({}, ["host.kernel=6.10"], new Set(["host.kernel"]))).toEqual({ host: { kernel: "6.10" } });
  });
});
