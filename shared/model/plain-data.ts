/**
 * Copies `source` (plain data, e.g. parsed JSON) into `target` in place: objects and arrays that
 * exist on both sides keep their identity, so whoever holds a reference into `target` sees the
 * restored values. Used to restore state shared by several actors (a VM's memory).
 */
export function assignInPlace(target: Record<string, unknown> | unknown[], source: unknown): void {
  if (Array.isArray(target)) {
    if (!Array.isArray(source)) throw new Error(`cannot restore ${JSON.stringify(source)} into an array`);
    for (let i = 0; i < source.length; i++) target[i] = merged(target[i], source[i]);
    target.length = source.length;
    return;
  }
  if (source === null || typeof source !== "object" || Array.isArray(source))
    throw new Error(`cannot restore ${JSON.stringify(source)} into an object`);
  for (const [k, v] of Object.entries(source)) target[k] = merged(target[k], v);
}

function merged(existing: unknown, value: unknown): unknown {
  const bothArrays = Array.isArray(existing) && Array.isArray(value);
  const bothObjects = isObject(existing) && isObject(value);
  if (!bothArrays && !bothObjects) return value;
  assignInPlace(existing as Record<string, unknown>, value);
  return existing;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
