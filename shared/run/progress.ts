// Progress of one run on a terminal: the virtual time every partition has reached, events per
// second of wall time and an ETA, drawn with cli-progress on stderr. Observational only: it reads
// counters the run keeps anyway (engine clocks, event counts, completed windows) and never feeds
// anything back, so results and digests are the same with or without it. Shown only on a TTY and
// never with --quiet or --json (tests and CI see none).
import cliProgress from "cli-progress";

/** How far a run got: the virtual time reached (ns) and, when known, the events handled so far. */
export interface RunProgressSample { virtualNs: number; events?: number }

/** What progress is drawn on: stderr, or a stream a test injects. */
export interface ProgressStream extends NodeJS.WritableStream { isTTY?: boolean; columns?: number }

export interface RunProgress {
  /** A new sample; virtual time is clamped to [the last sample's, the run's end]. */
  update(s: RunProgressSample): void;
  /** A diagnostic line printed above the bar (the bar is redrawn under it). */
  log(line: string): void;
  /** The run is over: the bar shows the last sample (the run's end) and stays on its line. */
  stop(last?: RunProgressSample): void;
}

/** True when a command should draw progress: stderr (or `stream`) is a TTY and neither --quiet nor --json. */
export function progressWanted(o: { quiet?: boolean; json?: boolean }, stream: { isTTY?: boolean } = process.stderr):
  boolean {
  return stream.isTTY === true && o.quiet !== true && o.json !== true;
}

/** `1 min 5 s`, `12 s`, `0.4 s`. */
export function formatSeconds(s: number): string {
  if (s >= 60) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return s >= 10 ? `${Math.round(s)} s` : `${s.toFixed(1)} s`;
}

/**
 * Wall time left, assuming virtual time keeps advancing at its mean rate so far: `unknown` until
 * some virtual time has passed (never a made-up 0 s before the first sample).
 */
export function runEta(elapsedMs: number, virtualNs: number, endNs: number): string {
  if (!(virtualNs > 0) || !(elapsedMs > 0)) return "unknown";
  return formatSeconds(((endNs - virtualNs) * (elapsedMs / virtualNs)) / 1000);
}

/** `12.3 ms` of virtual time (`1.234 s` from a second on). */
export function formatVirtual(ns: number): string {
  return ns >= 1e9 ? `${(ns / 1e9).toFixed(3)} s` : `${(ns / 1e6).toFixed(1)} ms`;
}

/** `1.23 M events/s`, `456 k events/s`, `789 events/s`. */
export function formatRate(perSec: number): string {
  if (perSec >= 1e6) return `${(perSec / 1e6).toFixed(2)} M events/s`;
  if (perSec >= 1e3) return `${Math.round(perSec / 1e3)} k events/s`;
  return `${Math.round(perSec)} events/s`;
}

/**
 * A progress bar of a run ending at `endNs`, on `stream`; `label` starts its line (`run`, `rep 2/5`).
 * Without events in the samples (a run over NATS), the rate column is virtual time per wall second.
 */
export function runProgressBar(endNs: number, label: string, stream: ProgressStream = process.stderr): RunProgress {
  const bar = new cliProgress.SingleBar({
    stream,
    format: `${label} [{bar}] {percentage}% | {virtual} of ${formatVirtual(endNs)} virtual | {rate} | eta {left}`,
    hideCursor: false, clearOnComplete: false, barsize: 24, fps: 5,
  }, cliProgress.Presets.shades_classic);
  const t0 = performance.now();
  let reached = 0;
  const payload = (s: RunProgressSample) => {
    const elapsedMs = performance.now() - t0;
    reached = Math.min(endNs, Math.max(reached, s.virtualNs));
    const rate = s.events !== undefined
      ? formatRate(elapsedMs > 0 ? (s.events * 1000) / elapsedMs : 0)
      : `${formatVirtual(elapsedMs > 0 ? (reached * 1000) / elapsedMs : 0)} virtual/s`;
    const left = reached >= endNs ? "0 s" : runEta(elapsedMs, reached, endNs);
    return { virtual: formatVirtual(reached), rate, left };
  };
  bar.start(endNs, 0, { virtual: formatVirtual(0), rate: "-", left: "unknown" });
  let stopped = false;
  return {
    update(s) {
      if (stopped) return;
      const p = payload(s);
      bar.update(reached, p);
    },
    log(line) {
      if (stopped) { stream.write(`${line}\n`); return; }
      // Clear the bar's line, print the line, and draw the bar again below it.
      stream.write(`\r\x1b[2K${line}\n`);
      bar.render();
    },
    stop(last) {
      if (stopped) return;
      if (last) bar.update(Math.min(endNs, Math.max(reached, last.virtualNs)), payload(last));
      stopped = true;
      bar.stop();
    },
  };
}
