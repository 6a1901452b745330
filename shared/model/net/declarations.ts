import { portsMismatch, type Ports } from "../declarations.js";
import type { ActorDeclaration } from "./common.js";
import type { Topology } from "./topology.js";

const byKindCache = new WeakMap<readonly ActorDeclaration[], Map<string, Ports>>();
function byKind(declarations: readonly ActorDeclaration[]): Map<string, Ports> {
  let m = byKindCache.get(declarations);
  if (!m) byKindCache.set(declarations, (m = new Map(declarations.map((d) => [d.kind, d]))));
  return m;
}

/**
 * Why a message of `type` from actor `src` to actor `dst` breaks the actor-kind declarations
 * (`declarations`, normally index.ts netActorDeclarations), or undefined when the sender's kind
 * declares it in `sends` and the receiver's kind in `accepts`.
 */
export function declarationMismatch(
  topo: Topology,
  src: number,
  dst: number,
  type: string,
  declarations: readonly ActorDeclaration[],
): string | undefined {
  const a = topo.slots[src]!,
    b = topo.slots[dst]!;
  const kinds = byKind(declarations);
  return portsMismatch(a, b, type, kinds.get(a.kind), kinds.get(b.kind));
}
