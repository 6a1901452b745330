import { createHash } from "node:crypto";
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync }
  from "node:fs";
import { join } from "node:path";
import type { RunCut } from "../kernel/cut.js";
import { ConfigError } from "../kernel/errors.js";
import { buildIdentity, describeBuild, type BuildIdentity } from "./build-id.js";

/**
 * What a run is, as far as resuming it needs: the resolved config (seed and engine included), where
 * it came from, how it was partitioned, and the build that ran it (another build may compute
 * another digest from the same cut, so it is refused).
 */
export interface CheckpointRun {
  runId: string;
  config: Record<string, unknown>;
  preset?: string;
  partitions: number;
  pipelineDepth: number;
  /** How often the run is cut: every N windows, or every so many wall ms. */
  every: { everyWindows?: number; everyMs?: number };
  build: BuildIdentity;
}

/** The commit record of the latest cut: written last, atomically, once the cut it names is verified. */
export interface CheckpointManifest {
  format: "irqscale.checkpoint/v1";
  run: CheckpointRun;
  /** The cut's last window and virtual time. */
  window: number;
  now: number;
  /** The cut's parts: one file in a directory, one object per partition in a JetStream store. */
  parts: { name: string; bytes: number; sha256: string }[];
}

export const CHECKPOINT_DIR = "checkpoint";
export const MANIFEST = "manifest.json";
/** A cut is bounded only by the model; a manifest is small. */
const MAX_MANIFEST_BYTES = 1 << 20;

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Writes `bytes` to `path` through a temporary file that is flushed to disk before it is renamed. */
function writeDurable(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** What writing one checkpoint cost. */
export interface CheckpointCost { window: number; bytes: number; ms: number }

/**
 * Checkpoints of a run in one process, in `<out>/checkpoint/`: each cut in a file of its own,
 * read back and checked against its SHA-256 before the manifest names it; only then is the previous
 * cut's file removed, so a crash at any moment leaves a manifest naming a whole, verified cut.
 */
export class CheckpointDir {
  readonly dir: string;
  private previous: string | undefined;
  readonly costs: CheckpointCost[] = [];

  constructor(out: string, private readonly run: CheckpointRun) {
    this.dir = join(out, CHECKPOINT_DIR);
  }

  write(cut: RunCut): CheckpointCost {
    const t0 = performance.now();
    mkdirSync(this.dir, { recursive: true });
    const bytes = Buffer.from(JSON.stringify(cut));
    const hash = sha256(bytes);
    const name = `cut-${cut.window}.json`;
    const path = join(this.dir, name);
    writeDurable(path, bytes);
    const back = readFileSync(path);
    if (sha256(back) !== hash) throw new Error(`checkpoint ${path}: read back with another SHA-256 than written`);
    const manifest: CheckpointManifest = {
      format: "irqscale.checkpoint/v1", run: this.run, window: cut.window, now: cut.now,
      parts: [{ name, bytes: bytes.length, sha256: hash }],
    };
    writeDurable(join(this.dir, MANIFEST), Buffer.from(JSON.stringify(manifest, null, 2) + "\n"));
    if (this.previous !== undefined && this.previous !== name) rmSync(join(this.dir, this.previous), { force: true });
    this.previous = name;
    const cost = { window: cut.window, bytes: bytes.length, ms: performance.now() - t0 };
    this.costs.push(cost);
    return cost;
  }

  /** Goes on from the checkpoint a resumed run started from: its cut is dropped once a newer one is in. */
  adopt(manifest: CheckpointManifest): void { this.previous = manifest.parts[0]?.name; }

  /** Once the run's result is written its checkpoints are of no further use. */
  remove(): void { rmSync(this.dir, { recursive: true, force: true }); }
}

/** Reads a JSON document of at most `limit` bytes from a regular file, naming `what` in errors. */
function readJsonFile(path: string, what: string, limit = Infinity): unknown {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    throw new ConfigError([`${what} ${path}: not found`]);
  }
  if (!st.isFile()) throw new ConfigError([`${what} ${path}: not a regular file`]);
  if (st.size > limit) throw new ConfigError([`${what} ${path}: ${st.size} bytes, more than a manifest's ${limit}`]);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ConfigError([`${what} ${path}: not JSON (${(e as Error).message})`]);
  }
}

/** Checks a manifest's shape and that this build may continue its run; returns it typed. */
export function checkManifest(m: unknown, where: string): CheckpointManifest {
  const bad = (why: string) => new ConfigError([`${where}: ${why}`]);
  if (typeof m !== "object" || m === null || (m as { format?: unknown }).format !== "irqscale.checkpoint/v1")
    throw bad("not an irqscale checkpoint manifest (format irqscale.checkpoint/v1)");
  const man = m as CheckpointManifest;
  if (!Array.isArray(man.parts) || man.parts.length === 0 || typeof man.run?.config !== "object")
    throw bad("a manifest without its run or its parts");
  const here = buildIdentity();
  if (man.run.build?.codeHash !== here.codeHash || man.run.build?.version !== here.version) {
    throw bad(`the checkpoint was taken by build ${describeBuild(man.run.build ?? { version: "?", codeHash: "?" })}; `
      + `this is build ${describeBuild(here)}, which may not continue it to the same digest`);
  }
  return man;
}

/** The manifest and verified cut of the checkpoint in `<out>/checkpoint/` (a ConfigError naming the path). */
export function readCheckpointDir(out: string): { manifest: CheckpointManifest; cut: RunCut } {
  const dir = join(out, CHECKPOINT_DIR);
  const mpath = join(dir, MANIFEST);
  if (!existsSync(mpath)) throw new ConfigError([`resume ${out}: no checkpoint (${mpath} not found)`]);
  const manifest = checkManifest(readJsonFile(mpath, "checkpoint manifest", MAX_MANIFEST_BYTES), mpath);
  const part = manifest.parts[0]!;
  const path = join(dir, part.name);
  if (!existsSync(path)) throw new ConfigError([`checkpoint ${path}: named by ${mpath} but not found`]);
  const bytes = readFileSync(path);
  if (sha256(bytes) !== part.sha256)
    throw new ConfigError([`checkpoint ${path}: its SHA-256 is not the ${part.sha256} its manifest recorded`]);
  const cut = JSON.parse(bytes.toString("utf8")) as RunCut;
  if (cut.format !== "irqscale.cut/v1" || cut.window !== manifest.window)
    throw new ConfigError([`checkpoint ${path}: not the cut of window ${manifest.window} its manifest names`]);
  return { manifest, cut };
}
