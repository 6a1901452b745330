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

/**
 * A message on the wire this build cannot use: bytes that are not the protobuf they should be, a
 * payload type it does not know, or content that contradicts the protocol. Always names the message.
 */
export class WireError extends SimError {
  constructor(message: string, actor = -1, time = -1) {
    super(message, actor, time);
    this.name = "WireError";
  }
}

/** Bad configuration: names the config path and what is allowed. Exit code 2 at the CLI. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join("\n"));
    this.name = "ConfigError";
  }
}
