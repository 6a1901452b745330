import type { Bus } from "./bus.js";

/**
 * In-process transport. Deliveries are queued and drained on a later macrotask turn in publish
 * order, so a handler never runs inside publish and deep call chains cannot build up.
 */
export class MemoryBus implements Bus {
  private readonly subs = new Map<string, Set<(data: Uint8Array) => void>>();
  private readonly queue: { subject: string; data: Uint8Array }[] = [];
  private head = 0;
  private scheduled = false;
  bytes = 0;
  messages = 0;

  publish(subject: string, data: Uint8Array): void {
    this.bytes += data.length;
    this.messages++;
    this.queue.push({ subject, data });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }

  subscribe(subject: string, handler: (data: Uint8Array) => void): () => void {
    let set = this.subs.get(subject);
    if (!set) this.subs.set(subject, (set = new Set()));
    set.add(handler);
    return () => { set.delete(handler); };
  }

  async close(): Promise<void> { this.subs.clear(); }

  private drain(): void {
    this.scheduled = false;
    while (this.head < this.queue.length) {
      const { subject, data } = this.queue[this.head++]!;
      const set = this.subs.get(subject);
      if (set) for (const h of [...set]) h(data);
    }
    this.queue.length = 0;
    this.head = 0;
  }
}
