import { num, type ParamTree } from "../../config/params.js";
import type { NetInput } from "./common.js";

/**
 * vhost-net busy polling (drivers/vhost/net.c, vhost_net_busy_poll): when handle_rx finds the tap socket
 * empty (vhost_net_rx_peek_head_len) or handle_tx the TX ring empty (vhost_net_tx_get_vq_desc), and the
 * ring's busyloop_timeout (VHOST_SET_VRING_BUSYLOOP_TIMEOUT, QEMU's poll-us) is set, the worker keeps the
 * guest's TX notifications off and spins with preemption off until the socket has data for free RX buffers,
 * the TX ring has buffers, other work is queued, need_resched() is set or the timeout passes; only then does
 * it enable notifications and sleep. The spin is CPU time of the worker on its core.
 */

/** Parameters the worker reads, at their config paths (declared with the vhost actor). */
export const vhostPollParams = {
  host: {
    vhostPollUs: num(0, "us",
      "busyloop_timeout of vhost_net_busy_poll (drivers/vhost/net.c; VHOST_SET_VRING_BUSYLOOP_TIMEOUT, QEMU "
        + "-netdev tap,poll-us=N); 0 = off, the default",
      "how long a vhost worker that ran out of work spins on the tap and the TX ring before it enables the "
        + "guest's notifications and sleeps", { min: 0 }),
    vhostPollSliceNs: num(1000, "ns",
      "assumed: a granularity of the model, not a cost; vhost_can_busy_poll is checked every loop iteration "
        + "(tens of ns), the model checks between slices of this length",
      "a busy-polling worker's CPU time is requested in slices of this length, and what it finds during one is "
        + "seen at the slice's end (and other host threads of its core run between slices)",
      { min: 1 }),
  },
} satisfies ParamTree;

/** One worker's polling: until when the current poll may spin, and counts. */
export interface VhostPollState {
  until: number;
  /** Measured: polls begun, polls that found work before the timeout, spin time (ns). */
  polls: number;
  hits: number;
  ns: number;
}

export const newVhostPoll = (): VhostPollState => ({ until: 0, polls: 0, hits: 0, ns: 0 });

/**
 * need_resched() would stop the spin at once: the worker's core carries a vCPU that is not idle in WFI (its
 * thread is runnable). A core without a vCPU, or whose vCPU waits for an interrupt, lets the worker spin.
 */
export function vhostCoreFree(io: NetInput): boolean {
  const { topo, slot } = io;
  const pinned = topo.vcpuOnPcpu(topo.hostThreadPcpu(topo.vhostThread(slot.vm, slot.index)));
  return pinned === undefined || io.vmOf(pinned.vm).idle[pinned.vcpu] === true;
}

/** The next slice of the spin (ns), 0 when the poll's time is up. */
export function nextSlice(st: VhostPollState, io: NetInput): number {
  return Math.max(0, Math.round(Math.min(io.cfg.host.vhostPollSliceNs, st.until - io.env.now())));
}
