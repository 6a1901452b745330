import type { AnyActorLogic } from "xstate";
import type { ActorLogicOf } from "../kernel/engine.js";

/**
 * How a kind's machine reaches its actor's kernel handle and configuration while its context stays
 * plain data: the kind's actions and guards are made for one actor's `io` and given to it with
 * xstate's `machine.provide()` (the kernel does that for xstate's interpreter; its compiled engine
 * binds them to the machine's compiled tables by slot, which builds no machine per actor). The
 * machine a kind exports is built with implementations bound to `unbound(kind)`, which only serve
 * to type it and fail with a named error if run.
 */
export function unbound<T extends object>(kind: string): T {
  return new Proxy({} as T, {
    get(_t, key) {
      throw new Error(
        `the ${kind} machine ran without an actor's io (read '${String(key)}'): create it with its logic(io)`,
      );
    },
  });
}

/** One actor's machine: its kind's machine and the implementations made for the actor's io. */
export function bind(machine: AnyActorLogic, implementations: ActorLogicOf["implementations"]): ActorLogicOf {
  return { logic: machine, implementations };
}
