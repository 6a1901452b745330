import { InvalidArgumentError, type Command } from "commander";
import { ConfigError } from "../../../shared/kernel/errors.js";
import { positiveInt } from "../options.js";

export interface CheckpointFlags { checkpointEvery?: number; checkpointEveryS?: number }

/** How often a run is cut, from its flags; undefined when it is not checkpointed. */
export interface CheckpointEvery { everyWindows?: number; everyMs?: number }

const positiveSeconds = (v: string): number => {
  const s = Number(v);
  if (!(s > 0) || !Number.isFinite(s) || s > 86_400) {
    throw new InvalidArgumentError(`--checkpoint-every-s must be a number of seconds in (0, 86400], got '${v}'`);
  }
  return s;
};

export function checkpointFlags(cmd: Command): Command {
  return cmd
    .option("--checkpoint-every <windows>", "cut the run at the end of every N-th window and keep the latest cut "
      + "(in --out/checkpoint in memory, in a JetStream object store over NATS); `irqscale resume` goes on from it",
    positiveInt("--checkpoint-every"))
    .option("--checkpoint-every-s <s>", "cut the run about this often in wall time instead", positiveSeconds);
}

/** The cadence the flags ask for; refused with what a checkpointed run cannot be combined with. */
export function checkpointEvery(
  o: CheckpointFlags & { reps?: number; trace?: string }, fallback?: CheckpointEvery,
): CheckpointEvery | undefined {
  const problems: string[] = [];
  if (o.checkpointEvery !== undefined && o.checkpointEveryS !== undefined)
    problems.push("--checkpoint-every-s: give either --checkpoint-every (windows) or --checkpoint-every-s, not both");
  const every = o.checkpointEvery !== undefined ? { everyWindows: o.checkpointEvery }
    : o.checkpointEveryS !== undefined ? { everyMs: o.checkpointEveryS * 1000 } : fallback;
  const flag = o.checkpointEvery !== undefined ? "--checkpoint-every" : "--checkpoint-every-s";
  if (every !== undefined && (o.reps ?? 1) > 1) problems.push(`${flag}: checkpoints one run; leave out --reps`);
  if (every !== undefined && o.trace !== undefined)
    problems.push(`${flag}: a trace is not kept in a checkpoint; leave out --trace`);
  if (problems.length > 0) throw new ConfigError(problems);
  return every;
}
