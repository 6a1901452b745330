/** Adds counts of `b` into `a` (per key). */
export function addCounts(a: Record<string, number>, b: Record<string, number> | undefined): Record<string, number> {
  if (b) for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
  return a;
}
