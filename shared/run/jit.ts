// V8 flags of a simulation process: on the command line of every process that runs one.

/**
 * Functions of at most 120 bytecodes are inlined by TurboFan (V8's default is 460). A run of a few
 * hundred thousand events is short for the JIT: in the paper preset (mq-msi, 12 vCPUs) a cold run
 * spends more CPU in TurboFan compiling (~0.8 s over its background threads, `--trace-opt`) than in
 * the model, and the big inlined bodies of the actors' dispatchers cost most of it. With 120 that
 * run takes ~20% less CPU and the shortened rack ~5% less (docs/engine.md, "Speed"). It changes
 * machine code only: digests are the same.
 *
 * `--v8-pool-size=1` gives V8 one helper thread instead of four, for its background work (TurboFan
 * compiles, concurrent marking, parallel scavenges). A run is one JavaScript thread; on a 2-core machine
 * four helpers beside it oversubscribe the cores. With one, a cold paper run took ~15% less CPU
 * (median 260 against 314 ms, 8 runs interleaved) and ~25% less wall time, the shortened rack ~5% less
 * CPU (docs/engine.md, "Speed"). It changes no result either.
 *
 * They go on the command line, never through v8.setFlagsFromString: V8 reads the inlining limits
 * while it compiles on background threads, and a limit changed under a compile in flight aborted
 * the process (`Check failed: inlineability == kHasOptimizationDisabled`). The `irqscale` command
 * gets them from its shebang (bin/irqscale.js, held to this list by test/run/jit.test.ts); the
 * processes it starts (local workers, sweep points) from childEntry's execArgv.
 */
export const JIT_FLAGS: readonly string[] = ["--max-inlined-bytecode-size=120", "--v8-pool-size=1"];
