/** CPU time of this process since `from` (user + system, all threads: V8's GC helpers count), in ms. */
export function cpuMsSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}
