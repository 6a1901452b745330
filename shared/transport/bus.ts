/**
 * What the sync protocol needs from a transport: publish bytes on a subject, subscribe to a subject.
 * Subjects are relative to a run; a transport namespaces them (NATS: `irqscale.<runId>.<subject>`).
 * Handlers may be called at any later time, never inside `publish`.
 */
export interface Bus {
  publish(subject: string, data: Uint8Array): void;
  subscribe(subject: string, handler: (data: Uint8Array) => void): () => void;
  close(): Promise<void>;
}
