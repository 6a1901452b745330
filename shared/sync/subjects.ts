/** Run-relative subjects of the window protocol (a transport prefixes them with the run). */
export const subjects = {
  window: "ctl.window",
  done: "ctl.done",
  final: "ctl.final",
  abort: "ctl.abort",
  /** The coordinator's heartbeats (LivenessBeat) and the workers' answers (LivenessAck). */
  live: "ctl.live",
  liveAck: "ctl.live.ack",
  /** A partition's part of a cut is stored (CutTaken). */
  cut: "ctl.cut",
  batch: (partition: number) => `batch.${partition}`,
};
