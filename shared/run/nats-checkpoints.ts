import type { NatsConnection } from "@nats-io/transport-node";
import { Objm, type ObjectStore } from "@nats-io/obj";
import { mergeCut, type RunCut } from "../kernel/cut.js";
import type { PartitionSnapshot } from "../kernel/engine.js";
import { ConfigError } from "../kernel/errors.js";
import { checkManifest, sha256, type CheckpointManifest } from "./checkpoint.js";

/**
 * Checkpoints of runs over NATS, in one JetStream object store: each partition puts its part of a cut
 * as `<run>/cut-<window>/p<partition>`; the coordinator, once every part is in and verified against
 * the SHA-256 its partition sent, puts `<run>/manifest` naming them, and only then deletes the parts
 * of the cut before. A run resumed (by the coordinator itself after a lost worker, or by `irqscale
 * resume --run-id`) goes on from the cut the manifest names.
 */
export const CHECKPOINT_BUCKET = "irqscale-checkpoints";

export class CheckpointStoreError extends Error {
  constructor(message: string) { super(message); this.name = "CheckpointStoreError"; }
}

/** The checkpoint store on the server `nc` is connected to, created on first use. */
export async function openCheckpointStore(nc: NatsConnection, bucket = CHECKPOINT_BUCKET): Promise<ObjectStore> {
  try {
    return await new Objm(nc).create(bucket, { description: "irqscale checkpoints: cuts of runs, by run id" });
  } catch (e) {
    const why = (e as Error)?.message ?? String(e);
    throw new CheckpointStoreError(`checkpoints over NATS need JetStream on ${nc.getServer()} (nats-server -js): `
      + `opening object store ${bucket} failed: ${why}`);
  }
}

export const partName = (runKey: string, window: number, partition: number): string =>
  `${runKey}/cut-${window}/p${partition}`;
export const manifestName = (runKey: string): string => `${runKey}/manifest`;

/** The hex SHA-256 in an object's info ("SHA-256=<base64url>"). */
function infoSha256(digest: string): string {
  const b64 = digest.replace(/^SHA-256=/i, "").replace(/-/g, "+").replace(/_/g, "/");
  return Buffer.from(b64, "base64").toString("hex");
}

/** Puts one partition's part of a cut; what CutTaken reports of it. */
export async function putPart(
  os: ObjectStore, runKey: string, window: number, snapshot: PartitionSnapshot,
): Promise<{ object: string; bytes: number; sha256: string }> {
  const bytes = Buffer.from(JSON.stringify(snapshot));
  const object = partName(runKey, window, snapshot.partition);
  await os.putBlob({ name: object }, bytes);
  return { object, bytes: bytes.length, sha256: sha256(bytes) };
}

/**
 * Commits a cut whose parts are all stored: checks each object's size and SHA-256 against what its
 * partition reported, puts the manifest, then deletes the parts of the previous cut.
 */
export async function commitCut(
  os: ObjectStore, manifest: CheckpointManifest, previous: readonly string[],
): Promise<void> {
  for (const part of manifest.parts) {
    const info = await os.info(part.name);
    if (info === null) throw new CheckpointStoreError(`checkpoint part ${part.name} is not in the store`);
    if (info.size !== part.bytes || infoSha256(info.digest) !== part.sha256) {
      throw new CheckpointStoreError(`checkpoint part ${part.name}: stored ${info.size} bytes with another SHA-256 `
        + `than the ${part.bytes} bytes its partition put`);
    }
  }
  await os.putBlob({ name: manifestName(manifest.run.runId) }, Buffer.from(JSON.stringify(manifest)));
  const keep = new Set(manifest.parts.map((p) => p.name));
  for (const name of previous) if (!keep.has(name)) await os.delete(name).catch(() => undefined);
}

/** The manifest of run `runKey`'s last cut, checked against this build; undefined when it has none. */
export async function readManifest(os: ObjectStore, runKey: string): Promise<CheckpointManifest | undefined> {
  const name = manifestName(runKey);
  const bytes = await os.getBlob(name);
  if (bytes === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (e) {
    throw new ConfigError([`checkpoint manifest ${name}: not JSON (${(e as Error).message})`]);
  }
  return checkManifest(parsed, `checkpoint manifest ${name}`);
}

/** The cut a manifest names, each part checked against its SHA-256, merged whatever partitioning took it. */
export async function loadCut(os: ObjectStore, manifest: CheckpointManifest): Promise<RunCut> {
  const parts: PartitionSnapshot[] = [];
  for (const part of manifest.parts) {
    const bytes = await os.getBlob(part.name);
    if (bytes === null) throw new CheckpointStoreError(`checkpoint part ${part.name} named by its manifest is gone`);
    if (sha256(bytes) !== part.sha256) throw new CheckpointStoreError(`checkpoint part ${part.name}: `
      + `another SHA-256 than recorded`);
    parts.push(JSON.parse(Buffer.from(bytes).toString("utf8")) as PartitionSnapshot);
  }
  return mergeCut(parts, manifest.window);
}

/**
 * Deletes run `runKey`'s checkpoint once its result is written: its manifest first, then every object
 * under the run's name (the parts it names, and those of a cut still being stored when the run ended).
 */
export async function dropCheckpoint(os: ObjectStore, runKey: string): Promise<void> {
  await os.delete(manifestName(runKey)).catch(() => undefined);
  const objects = await os.list().catch(() => []);
  for (const o of objects) if (o.name.startsWith(`${runKey}/`)) await os.delete(o.name).catch(() => undefined);
}
