/** An error about the simulated system, located by actor and virtual time. */
export class SimError extends Error {
  constructor(message: string, readonly actor = -1, readonly time = -1) {
    super(message);
    this.name = "SimError";
  }
}

/** A message scheduled sooner than its link allows, or into a window another partition has already run. */
export class LookaheadError extends SimError {
  constructor(message: string, actor: number, time: number) {
    super(message, actor, time);
    this.name = "LookaheadError";
  }
}

/** Bad configuration: names the config path and what is allowed. Exit code 2 at the CLI. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join("\n"));
    this.name = "ConfigError";
  }
}
