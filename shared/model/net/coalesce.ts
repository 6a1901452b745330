import type { ActorEnv } from "../../kernel/engine.js";
import { int, num, type ParamTree } from "../../config/params.js";
import type { NetConfig } from "./config.js";
import type { Virtqueue } from "./vm-state.js";

/**
 * RX notification coalescing on the device side (VIRTIO_NET_F_NOTF_COAL, virtio 1.2): the device holds the
 * used-buffer notification of a receive queue until rx_max_packets buffers are used or rx_usecs have passed
 * since the first one not yet notified. The guest sets both with `ethtool -C rx-usecs N rx-frames M`
 * (virtnet_send_rx_notf_coal_cmds -> VIRTIO_NET_CTRL_NOTF_COAL_RX_SET), or net_dim does (dim.ts). Neither
 * vhost-net nor QEMU 2.x implements the feature; the model puts it where the notification is raised, in
 * vhost_signal. Plain data, in the vhost worker's context.
 */

/** Parameters the device reads, at their config paths (declared with the vhost actor). */
export const coalesceParams = {
  guest: {
    coalesce: {
      rxUsecs: num(0, "us",
        "rx_usecs of VIRTIO_NET_CTRL_NOTF_COAL_RX_SET (include/uapi/linux/virtio_net.h), set by ethtool -C rx-usecs "
          + "(virtnet_send_rx_notf_coal_cmds, Linux 6.2+); 0 = off, as 2018 virtio-net had no coalescing. [A] "
          + "vhost-net does not implement NOTF_COAL: the model holds the notification in vhost_signal",
        "longest the device holds an RX used-buffer notification after the first buffer it has not notified",
        { min: 0 }),
      rxFrames: int(0, "packets",
        "rx_max_packets of VIRTIO_NET_CTRL_NOTF_COAL_RX_SET (include/uapi/linux/virtio_net.h), set by ethtool -C "
          + "rx-frames; 0 = no frame limit (with rxUsecs 0: off)",
        "used RX buffers after which the device notifies at once: 1 = every vhost run notifies, 0 = only the timer "
          + "(rxUsecs) ends a hold; above 1 with rxUsecs 0 a partial batch waits for more buffers",
        { min: 0, max: 65535 }),
    },
  },
} satisfies ParamTree;

/** The device's coalescing of one receive queue: used buffers not yet notified, its timer, counts. */
export interface CoalesceState {
  pending: number;
  timer: number | null;
  /** Measured: notifications sent because rxFrames buffers were used, or because rxUsecs passed. */
  byFrames: number;
  byTimer: number;
  /** Measured: vhost runs whose notification was held back. */
  held: number;
}

export const newCoalesce = (): CoalesceState => ({ pending: 0, timer: null, byFrames: 0, byTimer: 0, held: 0 });

/** What the device holds now: the profile net_dim sent, else what ethtool set. */
export function coalesceParamsOf(cfg: NetConfig, vq: Virtqueue): { usecs: number; frames: number } {
  return vq.dim?.applied ?? { usecs: cfg.guest.coalesce.rxUsecs, frames: cfg.guest.coalesce.rxFrames };
}

/**
 * A vhost run ended with `pkts` new used buffers while the guest asked for notifications. Returns true when
 * the device notifies now; otherwise it holds the notification and (rxUsecs > 0) arms the timer `timer` sets,
 * which the worker hears back from when it fires.
 */
export function coalesceUsed(st: CoalesceState, env: ActorEnv, cfg: NetConfig, vq: Virtqueue, pkts: number,
  measuring: boolean, timer: (ns: number) => number): boolean {
  const { usecs, frames } = coalesceParamsOf(cfg, vq);
  if (usecs === 0 && frames <= 1) return true;
  st.pending += pkts;
  if (frames > 0 && st.pending >= frames) {
    if (measuring) st.byFrames++;
    reset(st, env);
    return true;
  }
  if (measuring) st.held++;
  if (usecs > 0 && st.timer === null) st.timer = timer(Math.round(usecs * 1000));
  return false;
}

/** The guest polls (its callbacks are off): what it has not been notified of, it will find by polling. */
export function coalesceGuestPolls(st: CoalesceState, env: ActorEnv): void {
  reset(st, env);
}

/** rxUsecs passed since the first buffer held: notify if the guest still wants it and something is held. */
export function coalesceTimerFired(st: CoalesceState, vq: Virtqueue, measuring: boolean): boolean {
  st.timer = null;
  const notify = st.pending > 0 && vq.rxCallbacks;
  if (notify && measuring) st.byTimer++;
  st.pending = 0;
  return notify;
}

function reset(st: CoalesceState, env: ActorEnv): void {
  st.pending = 0;
  if (st.timer !== null) env.cancel(st.timer);
  st.timer = null;
}
