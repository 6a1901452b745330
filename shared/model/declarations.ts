/** Message types an actor kind declares it accepts and sends (its ports, as SST components declare them). */
export interface Ports {
  readonly accepts: readonly string[];
  readonly sends: readonly string[];
}

/** One end of a message: the actor's name and its kind. */
export interface PortEnd {
  readonly name: string;
  readonly kind: string;
}

/**
 * Why a message of `type` from `src` to `dst` breaks the declarations, or undefined when the
 * sender's kind declares it in `sends` and the receiver's kind declares it in `accepts`.
 * A kind without declared ports accepts and sends nothing.
 */
export function portsMismatch(
  src: PortEnd,
  dst: PortEnd,
  type: string,
  srcPorts: Ports | undefined,
  dstPorts: Ports | undefined,
): string | undefined {
  const why: string[] = [];
  if (!srcPorts?.sends.includes(type)) why.push(`kind ${src.kind} (${src.name}) does not declare '${type}' in sends`);
  if (!dstPorts?.accepts.includes(type))
    why.push(`kind ${dst.kind} (${dst.name}) does not declare '${type}' in accepts`);
  if (why.length === 0) return undefined;
  return `undeclared message '${type}' from ${src.name} (${src.kind}) to ${dst.name} (${dst.kind}): ${why.join("; ")}`;
}
