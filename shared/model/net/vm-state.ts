import { SerialUnit } from "../../stats/time-in-state.js";

export const KIND_REQ = 0, KIND_RESP = 1, KIND_EW_REQ = 2, KIND_EW_RESP = 3;

/** The packets of one request or response (wire message `pkts`). */
export interface Burst {
  type: "pkts";
  conn: number; req: number; pkts: number; kind: number; sentAt: number; replyTo: number; vm: number; queue: number; dst: number;
  /** Where an east-west call's response goes back to: the calling VM and its virtqueue pair (0 otherwise). */
  replyVm: number; replyQueue: number;
}

/** Bursts that belong to a client request (the request itself or its response). */
export function countClient(bursts: readonly Burst[]): number {
  let n = 0;
  for (const b of bursts) if (b.kind === KIND_REQ || b.kind === KIND_RESP) n++;
  return n;
}

/** Application work for one request, waiting on or running on a vCPU. */
export interface AppItem { burst: Burst; remainingNs: number }

/**
 * One virtqueue pair: shared memory between the guest driver and its vhost worker, as in virtio.
 * Only actors of the same VM (one group, hence one partition) touch it, in kernel event order.
 */
export class Virtqueue {
  /** RX used ring: bursts vhost has filled and the guest has not yet polled. */
  readonly used: Burst[] = [];
  usedPkts = 0;
  /** Guest wants an interrupt for new used buffers (false while its NAPI context is scheduled). */
  rxCallbacks = true;
  /** vhost stopped for lack of RX buffers and waits for the guest to refill and kick. */
  rxNeedKick = false;
  /** TX avail ring: bursts the guest queued for vhost. */
  readonly txAvail: Burst[] = [];
  /** vhost wants a kick for new TX buffers (false while it is processing: EVENT_IDX suppression). */
  txNotify = true;
  constructor(readonly index: number, readonly txLock: SerialUnit) {}
}

/** vGIC state of one vCPU interface (the ap_list KVM keeps per vCPU). */
export class VgicCpu {
  readonly pending: number[] = [];
  kickPending = false;
}

/** Shared state of one VM: virtqueues, per-vCPU vGIC lists, and the guest scheduler's view. */
export class VmState {
  readonly vqs: Virtqueue[] = [];
  readonly vgic: VgicCpu[] = [];
  readonly idle: boolean[] = [];
  /** Sent a wake-up IPI and not yet running: its queued thread is about to run there. */
  readonly waking: boolean[] = [];
  readonly runq: AppItem[][] = [];
  queuedApp = 0;
  constructor(readonly vcpus: number, queues: number, warmupNs: number, singleTxLock: boolean, name: string) {
    const shared = new SerialUnit(`${name}.txq0.lock`, "lock", warmupNs);
    for (let q = 0; q < queues; q++) this.vqs.push(new Virtqueue(q, singleTxLock ? shared : new SerialUnit(`${name}.txq${q}.lock`, "lock", warmupNs)));
    for (let i = 0; i < vcpus; i++) { this.vgic.push(new VgicCpu()); this.idle.push(true); this.waking.push(false); this.runq.push([]); }
  }
}

export const INTID_SGI_RESCHED = 0;
export const INTID_SPI_VIRTIO = 48;       // first SPI (32) + 16: a virtio-mmio device's wired interrupt
export const INTID_LPI_BASE = 8192;        // LPIs start at 8192 (GICv3)
export const intidOfQueue = (q: number): number => INTID_LPI_BASE + q;
