import type { Lock } from "../host/lock.js";
import type { DimState } from "./dim.js";
import type { GuestStream } from "./stream.js";

export const KIND_REQ = 0, KIND_RESP = 1, KIND_EW_REQ = 2, KIND_EW_RESP = 3;
/** A packet of a flood (workload.kind flood): no request, no response, freed after the guest's RX stack. */
export const KIND_FLOOD = 4;
/** A stream's TSO/GSO data segment and its ACK (workload.kind stream, stream.ts). */
export const KIND_SEG = 5, KIND_ACK = 6;

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

/** Packets of flood bursts (conservation of a flood counts packets). */
export function countFlood(bursts: readonly Burst[]): number {
  let n = 0;
  for (const b of bursts) if (b.kind === KIND_FLOOD) n += b.pkts;
  return n;
}

/** Application work for one request, waiting on or running on a vCPU. */
export interface AppItem { burst: Burst; remainingNs: number }

/**
 * One virtqueue pair: shared memory between the guest driver and its vhost worker, as in virtio.
 * Only actors of the VM's host (one group, hence one partition) touch it, in kernel event order.
 */
export interface Virtqueue {
  readonly index: number;
  /** RX used ring: bursts vhost has filled and the guest has not yet polled. */
  used: Burst[];
  usedPkts: number;
  /** Guest wants an interrupt for new used buffers (false while its NAPI context is scheduled). */
  rxCallbacks: boolean;
  /** vhost stopped for lack of RX buffers and waits for the guest to refill and kick. */
  rxNeedKick: boolean;
  /** TX avail ring: bursts the guest queued for vhost. */
  txAvail: Burst[];
  /** vhost wants a kick for new TX buffers (false while it is processing: EVENT_IDX suppression). */
  txNotify: boolean;
  /** Index of its TX queue lock in VmState.locks (one lock for all queues of a single-queue device). */
  readonly txLock: number;
  /** vCPU whose thread busy-polls this queue's NAPI (napi_busy_loop owns it), -1 if none (busy-poll.ts). */
  busyPoller: number;
  /** Epoch of the poller's busy-poll segment: the segDone its loop ends with when it sees new used buffers. */
  busyPollEpoch: number;
  /** The guest's net_dim state of this receive queue (dim.ts), when guest.dim is on. */
  dim: DimState | null;
}

/** vGIC state of one vCPU interface (the ap_list KVM keeps per vCPU). */
export interface VgicCpu { pending: number[]; kickPending: boolean }

/** Shared state of one VM, plain data: virtqueues, per-vCPU vGIC lists, and the guest scheduler's view. */
export interface VmState {
  readonly vqs: Virtqueue[];
  /**
   * The VM's locks (inject-path.ts vmLocks): the host kernel's on its interrupt paths (its_lock, lpi_list_lock,
   * the line's, each vCPU's ap_list_lock), then the guest's TX queue locks.
   */
  readonly locks: Lock[];
  readonly vgic: VgicCpu[];
  readonly idle: boolean[];
  /** Sent a wake-up IPI and not yet running: its queued thread is about to run there. */
  readonly waking: boolean[];
  readonly runq: AppItem[][];
  queuedApp: number;
  /**
   * Per vCPU, until when its pCPU runs host work while the vCPU is idle (written by that pCPU): a vCPU
   * woken before then waits for its core.
   */
  readonly coreBusyUntil: number[];
  /** The guest's stream sockets (workload.kind stream, stream.ts), null otherwise; set by the model's build. */
  stream: GuestStream | null;
}

/** A VM of `vcpus` vCPUs and `queues` queue pairs, whose `txLocks` TX queue locks are the last of `locks`. */
export function vmState(vcpus: number, queues: number, txLocks: number, locks: Lock[]): VmState {
  const vm: VmState = {
    vqs: [], vgic: [], idle: [], waking: [], runq: [], queuedApp: 0, coreBusyUntil: [], locks, stream: null,
  };
  const firstTx = locks.length - txLocks;
  for (let q = 0; q < queues; q++) {
    vm.vqs.push({
      index: q, used: [], usedPkts: 0, rxCallbacks: true, rxNeedKick: false, txAvail: [], txNotify: true,
      txLock: firstTx + (q % txLocks), busyPoller: -1, busyPollEpoch: 0, dim: null,
    });
  }
  for (let i = 0; i < vcpus; i++) {
    vm.vgic.push({ pending: [], kickPending: false });
    vm.idle.push(true);
    vm.waking.push(false);
    vm.runq.push([]);
    vm.coreBusyUntil.push(0);
  }
  return vm;
}

export const INTID_SGI_RESCHED = 0;
export const INTID_SPI_VIRTIO = 48;       // first SPI (32) + 16: a virtio-mmio device's wired interrupt
export const INTID_LPI_BASE = 8192;        // LPIs start at 8192 (GICv3)
export const intidOfQueue = (q: number): number => INTID_LPI_BASE + q;
