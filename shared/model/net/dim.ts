import { bool, type ParamTree } from "../../config/params.js";

/**
 * Adaptive RX interrupt moderation: the kernel's net_dim (lib/dim/net_dim.c, lib/dim/dim.c,
 * include/linux/dim.h) as virtio_net drives it (drivers/net/virtio_net.c, "virtio-net: support rx netdim",
 * Heng Qi 2023): skb_recv_done counts the queue's interrupts (rq->calls), virtnet_poll its packets and
 * bytes; when a poll completes NAPI (virtqueue_napi_complete), virtnet_rx_dim_update hands the sample to
 * net_dim, which decides every DIM_NEVENTS interrupts and steps through the RX EQE profile table;
 * virtnet_rx_dim_work then sends the profile to the device (VIRTIO_NET_CTRL_NOTF_COAL_VQ_SET). Plain data,
 * in the VM's shared memory (the guest's receive_queue).
 */

/** Parameters the guest reads for it, at their config paths (declared with the vcpu actor). */
export const dimParams = {
  guest: {
    dim: bool(false,
      "ethtool -C adaptive-rx on: virtnet_send_rx_notf_coal_cmds sets rq->dim_enabled; net_dim (lib/dim/net_dim.c) "
        + "picks the device's rx usecs/frames from NET_DIM_RX_EQE_PROFILES (virtnet_rx_dim_work)",
      "adaptive RX moderation: net_dim on each queue's measured interrupt, packet and byte rates sets the "
        + "device's coalescing (overrides guest.coalesce once it has decided)"),
  },
} satisfies ParamTree;

/** NET_DIM_RX_EQE_PROFILES (DIM_CQ_PERIOD_MODE_START_FROM_EQE, virtio_net's mode): usec, then pkts. */
export const RX_PROFILES: readonly { usecs: number; frames: number }[] = [
  { usecs: 1, frames: 256 }, { usecs: 8, frames: 256 }, { usecs: 64, frames: 256 }, { usecs: 128, frames: 256 },
  { usecs: 256, frames: 256 },
];
const NUM_PROFILES = RX_PROFILES.length; // NET_DIM_PARAMS_NUM_PROFILES
const NEVENTS = 64; // DIM_NEVENTS

// enum dim_state, enum dim_tune_state, the stats comparison and the step results (include/linux/dim.h).
const START_MEASURE = 0, MEASURE_IN_PROGRESS = 1;
const PARKING_ON_TOP = 0, PARKING_TIRED = 1, GOING_RIGHT = 2, GOING_LEFT = 3;
const WORSE = 0, SAME = 1, BETTER = 2;
const STEPPED = 0, TOO_TIRED = 1, ON_EDGE = 2;

interface DimStats { ppms: number; bpms: number; epms: number }
interface DimSample { timeNs: number; pkts: number; bytes: number; events: number }

/** struct dim with the receive queue's counters, and what the model reports of it. */
export interface DimState {
  state: number; tune: number; ix: number; stepsRight: number; stepsLeft: number; tired: number;
  prev: DimStats; start: DimSample;
  /** rq->calls, rq->stats.packets / bytes, rq->packets_in_napi. */
  calls: number; pkts: number; bytes: number; pktsInNapi: number;
  /** The profile the device holds (virtnet_rx_dim_work sent it), null before net_dim first moved. */
  applied: { usecs: number; frames: number } | null;
  decisions: number; changes: number;
  /** Measured time at each profile index once one was applied (ns), and when that index began. */
  profileNs: number[]; since: number;
}

export const newDim = (): DimState => ({
  state: START_MEASURE, tune: PARKING_ON_TOP, ix: 0, stepsRight: 0, stepsLeft: 0, tired: 0,
  prev: { ppms: 0, bpms: 0, epms: 0 }, start: { timeNs: 0, pkts: 0, bytes: 0, events: 0 },
  calls: 0, pkts: 0, bytes: 0, pktsInNapi: 0, applied: null, decisions: 0, changes: 0,
  profileNs: RX_PROFILES.map(() => 0), since: 0,
});

/** IS_SIGNIFICANT_DIFF: more than 10% apart (integer arithmetic, as the macro). */
const significant = (val: number, ref: number): boolean => Math.floor((100 * Math.abs(val - ref)) / ref) > 10;

/** net_dim_stats_compare: more bytes, then more packets, then fewer interrupts per ms is better. */
function compare(curr: DimStats, prev: DimStats): number {
  if (!prev.bpms) return curr.bpms ? BETTER : SAME;
  if (significant(curr.bpms, prev.bpms)) return curr.bpms > prev.bpms ? BETTER : WORSE;
  if (!prev.ppms) return curr.ppms ? BETTER : SAME;
  if (significant(curr.ppms, prev.ppms)) return curr.ppms > prev.ppms ? BETTER : WORSE;
  if (!prev.epms) return SAME;
  if (significant(curr.epms, prev.epms)) return curr.epms < prev.epms ? BETTER : WORSE;
  return SAME;
}

/** net_dim_step: one profile left or right, unless tired or on the table's edge. */
function step(d: DimState): number {
  if (d.tired === NUM_PROFILES * 2) return TOO_TIRED;
  if (d.tune === GOING_RIGHT) {
    if (d.ix === NUM_PROFILES - 1) return ON_EDGE;
    d.ix++;
    d.stepsRight++;
  } else if (d.tune === GOING_LEFT) {
    if (d.ix === 0) return ON_EDGE;
    d.ix--;
    d.stepsLeft++;
  }
  d.tired++;
  return STEPPED;
}

function parkOnTop(d: DimState): void {
  d.stepsRight = d.stepsLeft = d.tired = 0;
  d.tune = PARKING_ON_TOP;
}

function parkTired(d: DimState): void {
  d.stepsRight = d.stepsLeft = 0;
  d.tune = PARKING_TIRED;
}

function exitParking(d: DimState): void {
  d.tune = d.ix ? GOING_LEFT : GOING_RIGHT;
  step(d);
}

/** dim_on_top: a turn right after more than one step left (or the reverse) means the best is passed. */
const onTop = (d: DimState): boolean =>
  d.tune === PARKING_ON_TOP || d.tune === PARKING_TIRED
  || (d.tune === GOING_RIGHT ? d.stepsLeft > 1 && d.stepsRight === 1 : d.stepsRight > 1 && d.stepsLeft === 1);

/** dim_turn. */
function turn(d: DimState): void {
  if (d.tune === GOING_RIGHT) {
    d.tune = GOING_LEFT;
    d.stepsLeft = 0;
  } else if (d.tune === GOING_LEFT) {
    d.tune = GOING_RIGHT;
    d.stepsRight = 0;
  }
}

/** net_dim_decision: whether the profile index moved. */
function decide(curr: DimStats, d: DimState): boolean {
  const prevTune = d.tune, prevIx = d.ix;
  switch (d.tune) {
    case PARKING_ON_TOP:
      if (compare(curr, d.prev) !== SAME) exitParking(d);
      break;
    case PARKING_TIRED:
      d.tired--;
      if (!d.tired) exitParking(d);
      break;
    default: {
      if (compare(curr, d.prev) !== BETTER) turn(d);
      if (onTop(d)) {
        parkOnTop(d);
        break;
      }
      const r = step(d);
      if (r === ON_EDGE) parkOnTop(d);
      else if (r === TOO_TIRED) parkTired(d);
    }
  }
  if (prevTune !== PARKING_ON_TOP || d.tune !== PARKING_ON_TOP) d.prev = { ...curr };
  return d.ix !== prevIx;
}

/** dim_calc_stats over whole microseconds (ktime_us_delta); null when no microsecond has passed. */
function calcStats(start: DimSample, end: DimSample): DimStats | null {
  const us = Math.floor((end.timeNs - start.timeNs) / 1000);
  if (us <= 0) return null;
  const perMs = (n: number) => Math.ceil((n * 1000) / us); // DIV_ROUND_UP(n * USEC_PER_MSEC, delta_us)
  return { ppms: perMs(end.pkts - start.pkts), bpms: perMs(end.bytes - start.bytes), epms: perMs(NEVENTS) };
}

/** skb_recv_done: the queue's interrupt scheduled its NAPI (rq->calls++). */
export function dimInterrupt(d: DimState): void {
  d.calls++;
}

/**
 * virtnet_poll took `pkts` packets of `pktBytes`; when it completed NAPI, virtnet_rx_dim_update runs net_dim.
 * Returns true when net_dim moved the profile: virtnet_rx_dim_work sends it to the device (the caller charges
 * the control command), which holds it from now on.
 */
export function dimPolled(d: DimState, nowNs: number, warmupNs: number, pkts: number, pktBytes: number,
  completed: boolean): boolean {
  d.pkts += pkts;
  d.bytes += pkts * pktBytes;
  d.pktsInNapi += pkts;
  if (!completed || d.pktsInNapi === 0) return false;
  d.pktsInNapi = 0;
  const sample: DimSample = { timeNs: nowNs, pkts: d.pkts, bytes: d.bytes, events: d.calls };
  if (d.state === MEASURE_IN_PROGRESS) {
    if (sample.events - d.start.events < NEVENTS) return false;
    const curr = calcStats(d.start, sample);
    if (curr === null) return false;
    d.decisions++;
    if (decide(curr, d)) {
      // DIM_APPLY_NEW_PROFILE; the work sends the profile and restarts measuring (DIM_START_MEASURE).
      apply(d, nowNs, warmupNs);
      d.state = START_MEASURE;
      return true;
    }
  }
  d.start = sample;
  d.state = MEASURE_IN_PROGRESS;
  return false;
}

/** The device now holds profile d.ix; the time at the previous one is counted. */
function apply(d: DimState, nowNs: number, warmupNs: number): void {
  if (d.applied !== null) addTime(d, nowNs, warmupNs);
  d.applied = { ...RX_PROFILES[d.ix]! };
  d.since = nowNs;
  d.changes++;
}

function addTime(d: DimState, untilNs: number, warmupNs: number): void {
  const from = Math.max(d.since, warmupNs);
  if (untilNs > from) d.profileNs[RX_PROFILES.findIndex((p) => p.usecs === d.applied!.usecs)]! += untilNs - from;
}

/** Measured time at each profile index up to `endNs` (ns), without changing the state. */
export function dimProfileNs(d: DimState, endNs: number, warmupNs: number): number[] {
  const copy: DimState = { ...d, profileNs: [...d.profileNs] };
  if (copy.applied !== null) addTime(copy, endNs, warmupNs);
  return copy.profileNs;
}
