// V8 tuning for a simulation process, applied by every entry that runs one (the CLI, a worker, a sweep point).
import v8 from "node:v8";

/**
 * Functions of at most this many bytecodes are inlined by TurboFan (V8's default is 460). A run of
 * a few hundred thousand events is short for the JIT: in the paper preset (mq-msi, 12 vCPUs) a cold
 * run spends more CPU in TurboFan compiling (~0.8 s over its background threads, `--trace-opt`) than
 * in the model, and the big inlined bodies of the actors' dispatchers cost most of it. With 120
 * that run takes ~20% less CPU and the shortened rack ~5% less (docs/engine.md, "Speed"); smaller limits
 * start to slow the rack's steady state. The digest does not change: this changes only machine code.
 */
export const MAX_INLINED_BYTECODE_SIZE = 120;

/** Sets the process's V8 flags of a simulation run; call it once, first thing in an entry module. */
export function tuneJit(): void {
  v8.setFlagsFromString(`--max-inlined-bytecode-size=${MAX_INLINED_BYTECODE_SIZE}`);
}
