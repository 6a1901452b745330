// Every citation of a document points at a file of this repository and, where it names a section
// (`docs/calibration.md §3`), at a heading of that file numbered so. The parameter declarations'
// `source` strings (every model's, as `irqscale params` prints them) are the main citers; README.md
// and docs/ link to docs/ files too. A citation of the team's notes outside the repository
// (DESIGN.md, "reference §N") is stale.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { flattenParams } from "../../shared/config/params.js";
import { commonParams, models } from "../../shared/model/registry.js";
import { ROOT } from "../support/procs.js";

/** A document cited with an optional section: `docs/<name>.md` or `docs/<name>.md §2.4`. */
const CITE = /\b(docs\/[\w.-]+\.md)(?:\s*§\s*(\d+(?:\.\d+)*))?/g;
/** Citations of documents that are not in the repository. */
const STALE = /\bDESIGN(?:\.md)?\b|\breference\s*(?:§|:)|\breference\/|\bteam's reference\b/;

interface Cite { file: string; section: string | undefined; at: string }

function citesIn(text: string, at: string): Cite[] {
  return [...text.matchAll(CITE)].map((m) => ({ file: m[1]!, section: m[2], at }));
}

/** Section numbers of a markdown file's headings: `## 3. Title` -> 3, `### 2.4 Title` -> 2.4. */
function sectionsOf(file: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(join(ROOT, file), "utf8").split("\n")) {
    const m = /^#{1,6}\s+§?(\d+(?:\.\d+)*)\.?\s/.exec(line);
    if (m) out.add(m[1]!);
  }
  return out;
}

/** Why a citation does not resolve, or undefined. */
function broken(c: Cite): string | undefined {
  if (!existsSync(join(ROOT, c.file))) return `${c.at}: ${c.file} does not exist`;
  if (c.section !== undefined && !sectionsOf(c.file).has(c.section))
    return `${c.at}: ${c.file} has no heading numbered ${c.section}`;
  return undefined;
}

/** Every declared parameter of every model, with its source. */
const sources: [string, string][] = Object.entries(models).flatMap(([name, m]) =>
  flattenParams({ ...commonParams(name), ...m.params }).map(([path, p]): [string, string] =>
    [`${name}: ${path}`, p.source]));

const markdown = ["README.md",
  ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe("citations", () => {
  it("the declarations have sources to check", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.every(([, s]) => s.trim().length > 0)).toBe(true);
  });

  it("every parameter source that cites a document cites a file here, at a section it has", () => {
    const problems: string[] = [];
    for (const [at, source] of sources) {
      for (const c of citesIn(source, `${at} ("${source}")`)) {
        const why = broken(c);
        if (why) problems.push(why);
      }
      // A section sign outside a citation points at no file.
      if (source.replace(CITE, "").includes("§")) problems.push(`${at}: a § without a docs/ file ("${source}")`);
      if (STALE.test(source)) problems.push(`${at}: cites a document outside the repository ("${source}")`);
    }
    expect(problems).toEqual([]);
  });

  it("the marks [V], [r] and [A] that sources use are defined in docs/calibration.md", () => {
    const used = new Set(sources.flatMap(([, s]) => [...s.matchAll(/\[(V|r|A)\b/g)].map((m) => m[1]!)));
    const calibration = readFileSync(join(ROOT, "docs/calibration.md"), "utf8");
    for (const mark of used) expect(calibration, `[${mark}]`).toContain(`**[${mark}]**`);
  });

  it("README.md and docs/ link only to docs/ files that exist, at sections they have", () => {
    const problems = markdown.flatMap((f) => citesIn(readFileSync(join(ROOT, f), "utf8"), f))
      .map(broken).filter((x) => x !== undefined);
    expect(problems).toEqual([]);
  });

  it("no code, test or document cites the notes outside the repository", () => {
    const self = relative(ROOT, import.meta.filename);
    const files = [...filesUnder("shared", ".ts"), ...filesUnder("services", ".ts"), ...filesUnder("test", ".ts"),
      ...markdown].filter((f) => f !== self);
    const problems: string[] = [];
    for (const f of files) {
      readFileSync(join(ROOT, f), "utf8").split("\n").forEach((line, i) => {
        if (STALE.test(line)) problems.push(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("the checks catch what they are for", () => {
    expect(broken({ file: "docs/calibration.md", section: "3", at: "x" })).toBeUndefined();
    expect(broken({ file: "docs/calibration.md", section: "2.4", at: "x" })).toBeUndefined();
    expect(broken({ file: "docs/calibration.md", section: "9.9", at: "x" })).toMatch(/no heading numbered 9.9/);
    expect(broken({ file: "docs/nothing.md", section: undefined, at: "x" })).toMatch(/does not exist/);
    expect(citesIn("see docs/design.md §4 (closed loop)", "x"))
      .toEqual([{ file: "docs/design.md", section: "4", at: "x" }]);
    for (const stale of ["DESIGN.md §4", "reference §3: vhost", "reference: no cache", "reference/virtio-net.md"])
      expect(STALE.test(stale), stale).toBe(true);
    for (const fine of ["5.4: reference drop under lpi_list_lock", "reference counts", "docs/design.md §4"])
      expect(STALE.test(fine), fine).toBe(false);
  });
});
