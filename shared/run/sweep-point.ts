// Child process of a sweep: runs the points it is sent, one at a time, until the parent disconnects.
// The parent (shared/run/sweep.ts) forks this file under the tsx loader and sends PointJobs over
// IPC; the child runs the already-validated config in memory, writes <dir>/result.json atomically
// and answers with a PointReply. The parent reads the result back from disk.
import { models } from "../model/registry.js";
import { runLocal } from "./local.js";
import { writeJsonAtomic } from "./write.js";

export interface PointJob { config: Record<string, unknown> & { model: string; seed: number }; preset: string | undefined; dir: string }
export type PointReply = { ok: true } | { ok: false; error: string; kind: string };

function reply(r: PointReply): void {
  process.send!(r);
}

async function runJob(job: PointJob): Promise<void> {
  try {
    const model = models[job.config.model];
    if (!model) throw new Error(`unknown model '${job.config.model}'`);
    const result = await runLocal({ model, preset: job.preset, config: job.config });
    writeJsonAtomic(job.dir, "result.json", result);
    reply({ ok: true });
  } catch (e) {
    const err = e as Error;
    reply({ ok: false, error: err?.message ?? String(e), kind: err?.name ?? "Error" });
  }
}

if (!process.send) {
  process.stderr.write("sweep-point: this file is started by `irqscale sweep`, not by hand\n");
  process.exit(2);
}
// The parent went away (killed, interrupted): stop rather than finish a point nobody will read.
process.on("disconnect", () => process.exit(130));
process.on("message", (m) => { void runJob(m as PointJob); });
