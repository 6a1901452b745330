// The README's report screenshots, remade from scratch: runs the two sweeps through the CLI (the built dist/),
// opens each report.html in headless Chromium (1280 px wide) and writes the PNGs into docs/, reduced with
// pngquant when it is on PATH. Usage: npm run screenshots [-- --out DIR] [--docs-dir DIR]
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/stats/browser.js";

const USAGE = "usage: npm run screenshots -- [--out DIR (default results/screenshots)] [--docs-dir DIR (default docs)]";
const WIDTH = 1280;

/** A picture of a report: the section under the <h2> `section`, from the figure holding `from` onwards. */
interface Shot {
  png: string;
  section?: string;
  from?: string;
}

interface Sweep {
  name: string;
  args: string[];
  shots: Shot[];
}

// One VM of 1-128 vCPUs on 256 cores laid out as a four-socket Kunpeng 920-6426 (2 dies of 8 clusters of 4
// cores per socket, the measured in-cluster and in-die costs; host.topology=kunpeng920 itself has 64 cores),
// 8 connections per vCPU as the preset's 96 for 12, 3 replications for the error bars.
const VCPUS: Sweep = {
  name: "vcpus-1-128",
  args: [
    ...["--preset", "paper", "--set", "host.pcpus=256", "--set", "host.topology=custom"],
    ...["--set", "host.sockets=4", "--set", "host.diesPerSocket=2", "--set", "host.clustersPerDie=8"],
    ...["--set", "host.coresPerCluster=4", "--set", "host.clusterNs=31.5", "--set", "host.dieNs=34"],
    ...["--set", "sim.warmupMs=5", "--set", "sim.durationMs=20", "--reps", "3"],
    ...["--vary", "vm.vcpus=1,8,16,32,64,128", "--vary", "vm.net.mode=sq-spi,mq-msi"],
    ...["--set-expr", "workload.connections=8*vm.vcpus"],
  ],
  shots: [
    { png: "report-throughput.png", section: "Throughput and latency" },
    { png: "report-saturation.png", section: "What limits each point" },
    { png: "report-contention.png", section: "Contention" },
    { png: "report-locks.png", section: "At one point", from: 'canvas[data-plot="panel0-locks"]' },
  ],
};

// The 8 x 8 contention sweep exactly as the README gives it (its --out aside).
const CONTENTION: Sweep = {
  name: "contention-8x8",
  args: [
    ...["--preset", "paper", "--set", "vm.perHost=8", "--set", "vm.vcpus=8", "--set", "workload.connections=512"],
    ...["--vary", "vm.net.mode=sq-spi,mq-msi"],
  ],
  shots: [{ png: "contention-report.png" }],
};

const quote = (a: string): string => (/^[\w.,=/:+@-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
const commands: string[] = [];

/** Runs a command (output to ours) and records it as `shown`; returns its exit status. */
function run(cmd: string, args: string[], shown = [cmd, ...args]): number {
  commands.push(shown.map(quote).join(" "));
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

/** The page box of a shot (document coordinates), the union of what it shows plus an 8 px margin. */
async function clipOf(page: Page, shot: Shot) {
  return page.evaluate(({ section, from }) => {
    const h2 = Array.from(document.querySelectorAll("h2")).find((h) => h.textContent?.trim() === section);
    if (!h2) throw new Error(`no section "${section}" on the page`);
    const els: Element[] = [h2];
    for (let e = h2.nextElementSibling; e && e.tagName !== "H2"; e = e.nextElementSibling)
      els.push(...(e.classList.contains("grid") ? Array.from(e.children) : [e]));
    const start = from ? els.findIndex((e) => e.querySelector(from)) : 0;
    if (start < 0) throw new Error(`no ${from} in section "${section}"`);
    const rects = els
      .slice(start)
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const x = Math.max(0, Math.min(...rects.map((r) => r.left)) - 8),
      y = Math.max(0, Math.min(...rects.map((r) => r.top)) + scrollY - 8);
    const right = Math.max(...rects.map((r) => r.right)) + 8,
      bottom = Math.max(...rects.map((r) => r.bottom)) + scrollY + 8;
    return { x, y, width: right - x, height: bottom - y };
  }, shot);
}

async function shoot(html: string, shots: Shot[], docs: string): Promise<string[]> {
  const b = await launchBrowser();
  try {
    const pc = await b.open(html);
    await pc.page.setViewportSize({ width: WIDTH, height: 1000 });
    await pc.page.reload({ waitUntil: "load" });
    const state = await pc.page.evaluate(() => (window as { irqscaleReport?: { plots: string[]; rendered: string[] } })
      .irqscaleReport);
    if (!state || state.rendered.length !== state.plots.length || pc.consoleErrors.length)
      throw new Error(`${html}: not every plot rendered: ${pc.consoleErrors.join("; ")}`);
    const out: string[] = [];
    for (const shot of shots) {
      const path = join(docs, shot.png);
      if (shot.section) await pc.page.screenshot({ path, fullPage: true, clip: await clipOf(pc.page, shot) });
      else await pc.page.screenshot({ path, fullPage: true });
      out.push(path);
    }
    await pc.close();
    return out;
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  let values: { out?: string; "docs-dir"?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { out: { type: "string" }, "docs-dir": { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`screenshots: ${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  for (const k of ["out", "docs-dir"] as const)
    if (values[k] === "") {
      process.stderr.write(`screenshots: --${k} needs a directory\n${USAGE}\n`);
      process.exit(2);
    }
  const outDir = values.out ?? "results/screenshots";
  const docs = values["docs-dir"] ?? "docs";
  mkdirSync(docs, { recursive: true });
  const cli = resolve(import.meta.dirname, "../bin/irqscale.js");
  const t0 = Date.now();
  const pngs: string[] = [];
  for (const s of [VCPUS, CONTENTION]) {
    const dir = join(outDir, s.name);
    const args = ["sweep", ...s.args, "--out", dir];
    if (run(process.execPath, [cli, ...args], ["node", "bin/irqscale.js", ...args]) !== 0)
      throw new Error(`the sweep into ${dir} failed (see above)`);
    pngs.push(...(await shoot(join(dir, "report.html"), s.shots, docs)));
  }
  const pngquant = spawnSync("pngquant", ["--version"]).error === undefined;
  for (const png of pngquant ? pngs : []) {
    // Exit 98/99: the result would be larger or below quality 70; the PNG stays as it is.
    const rc = run("pngquant", ["--quality=70-90", "--force", "--ext", ".png", png]);
    if (rc !== 0 && rc !== 98 && rc !== 99) throw new Error(`pngquant failed on ${png} (exit ${rc})`);
  }
  const lines = ["", "commands:", ...commands.map((c) => `  ${c}`), "files:"];
  lines.push(...pngs.map((p) => `  ${p}  ${(statSync(p).size / 1024).toFixed(1)} KiB`));
  if (!pngquant) lines.push("note: pngquant is not on PATH (apt-get install -y pngquant): the PNGs are unquantised");
  lines.push(`wall time: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`screenshots: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
