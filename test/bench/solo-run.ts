// One run in this process, for bench:dist's contention probe: argv[2] is the resolveConfig request
// (JSON). Prints {"wallMs", "cpuMs", "digest"} on stdout.
import { resolveConfig } from "../../shared/config/load.js";
import { runLocal } from "../../shared/run/local.js";

const result = await runLocal(resolveConfig(JSON.parse(process.argv[2]!) as Parameters<typeof resolveConfig>[0]), { partitions: 1 });
process.stdout.write(JSON.stringify({ wallMs: result.wallMs, cpuMs: result.cpuMs, digest: result.digest }) + "\n");
