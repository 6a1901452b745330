import { mergeParamTrees, num, type ParamTree } from "../../config/params.js";
import { isMultiQueue } from "./config.js";
import type { NetInput } from "./common.js";
import { dimParams } from "./dim.js";
import type { Virtqueue } from "./vm-state.js";

/**
 * Guest busy polling (net.core.busy_poll / busy_read; net/core/dev.c napi_busy_loop, reached from
 * sk_busy_loop and, for epoll, ep_busy_loop): an application thread that would sleep for its socket spins
 * on its queue's NAPI instead. It owns the NAPI (NAPI_STATE_SCHED | NAPI_STATE_IN_BUSY_POLL), so the
 * queue's callbacks stay off and the device sends no interrupt; each napi->poll it calls takes what vhost
 * has used. When the timeout passes with nothing found, busy_poll_stop polls once more and napi_complete
 * re-enables the callbacks ("all we really want here is to re-enable device interrupts"), and the thread
 * sleeps. virtio_net supports it from commit 91815639d880.
 *
 * In the model the spin is the vCPU state `busypoll` (the thread's CPU time, at the application level);
 * the packets it finds are one NAPI poll of the queue, accounted as softirq like any other, on this vCPU, and
 * the requests in them are the poller's own (one worker per queue, as busy polling is deployed with
 * SO_INCOMING_NAPI_ID or per-queue reuseport groups), so they need no wake-up. A thread woken onto a polling
 * vCPU from elsewhere preempts the poller with a reschedule IPI (need_resched ends the spin).
 * The poller sees vhost's used-index write one cache-line transfer after it (vhost.ts sends the segDone that
 * ends the spin), so no interrupt, exit or wake-up IPI is involved.
 */

/** Parameters the guest reads for it, at their config paths (declared with the vcpu actor). */
export const busyPollParams = {
  guest: {
    busyPollUs: num(0, "us",
      "net.core.busy_poll / net.core.busy_read (Documentation/admin-guide/sysctl/net.rst): sk_busy_loop -> "
        + "napi_busy_loop (net/core/dev.c); 0 = off, the default",
      "how long an application thread with nothing to do spins on its queue's NAPI before it sleeps for an "
        + "interrupt (the virtio modes, not a flood, which has no application)", { min: 0 }),
  },
} satisfies ParamTree;

/** The guest's mitigations the vcpu actor reads: net_dim (dim.ts) and busy polling. */
export const guestMitigationParams = mergeParamTrees(dimParams, busyPollParams);

/**
 * A vCPU's application thread: it slept after its last poll found nothing; the queue whose packets its poll
 * found and the NAPI poll now runs for it (-1: none); measured polls begun and polls that found packets.
 */
export interface BusyPollCtx { slept: boolean; napi: number; polls: number; hits: number }
export const newBusyPoll = (): BusyPollCtx => ({ slept: false, napi: -1, polls: 0, hits: 0 });

const VIRTIO_MODES: readonly string[] = ["sq-spi", "mq-msi", "x86-ioapic", "x86-msi", "x86-msix-posted"];

/**
 * The queue vCPU `i`'s thread would busy-poll as it runs out of work, or -1: the queue its flows arrive on
 * (the one it transmits on: rx follows tx), if its NAPI is neither scheduled nor owned by another poller.
 * After a poll that found nothing the thread sleeps until it has served a request again.
 */
export function busyPollQueue(io: NetInput, bp: BusyPollCtx, i: number, softirq: readonly number[]): number {
  const { cfg } = io;
  if (cfg.guest.busyPollUs <= 0 || bp.slept || cfg.workload.kind === "flood") return -1;
  if (!VIRTIO_MODES.includes(cfg.vm.net.mode)) return -1;
  const vqs = io.vm!.vqs;
  const q = isMultiQueue(cfg.vm.net.mode) ? i % vqs.length : 0;
  const vq = vqs[q]!;
  return vq.rxCallbacks && vq.busyPoller < 0 && !softirq.includes(q) ? q : -1;
}

/**
 * The busy-poll segment (epoch `epoch`) starts or resumes on vCPU `i`: it owns the queue's NAPI, callbacks
 * off, and vhost will end it when it uses buffers. Returns true when buffers are there already.
 */
export function busyPollArm(vq: Virtqueue, i: number, epoch: number): boolean {
  vq.rxCallbacks = false;
  vq.busyPoller = i;
  vq.busyPollEpoch = epoch;
  return vq.used.length > 0;
}

/**
 * The busy-poll segment ended (vhost's segDone or the timeout). Returns true when it found used buffers,
 * which the caller polls as the queue's NAPI; otherwise busy_poll_stop re-enables the callbacks and the thread
 * sleeps.
 */
export function busyPollEnd(vq: Virtqueue, bp: BusyPollCtx, measuring: boolean): boolean {
  vq.busyPoller = -1;
  const found = vq.used.length > 0;
  if (measuring) bp.polls++;
  if (found) {
    if (measuring) bp.hits++;
    return true;
  }
  vq.rxCallbacks = true;
  bp.slept = true;
  return false;
}
