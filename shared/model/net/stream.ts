import type { ParamTree } from "../../config/params.js";
import { choice, int, num } from "../../config/params.js";
import type { NetConfig } from "./config.js";
import { isMultiQueue } from "./config.js";
import { hashFlow, serializationNs, type NetInput } from "./common.js";
import { KIND_ACK, KIND_SEG, type Burst } from "./vm-state.js";

/**
 * workload.kind stream: bulk TCP flows (iperf -P N) between a peer beyond the NIC (the host's `client` actor)
 * and the guest, in `workload.direction` rx (the peer sends, the guest's application reads) or tx (the guest's
 * application writes, the peer receives).
 *
 * The flow is receive-window limited: the receiver advertises a fixed window of `workload.windowSegs` segments
 * (less once its application lags by more than a window), the sender keeps at most that much unacknowledged, and
 * each ACK
 * releases what it opens (ACK clocking). No congestion control (slow start is taken as done before the measured
 * window) and no retransmission: a dropped segment is lost data (`drops` says where), and the receiver, which
 * counts the segments that arrived, opens the window past it.
 *
 * Units. A data burst is one TSO/GSO segment of `workload.segBytes` payload bytes: on the wire it is
 * ceil(segBytes / mssBytes) MTU frames (the NIC's TSO cuts it on transmit; the physical NIC receives frames,
 * its `pkts` then is the frame count), and the host's NAPI merges those frames back into one skb (GRO,
 * napi_gro_receive in the NIC driver; no LRO: a bridged port has it disabled by dev_disable_lro), so from the
 * tap on a segment is one packet: one skb on the tap, one used buffer chain in the virtqueue
 * (VIRTIO_NET_F_GUEST_TSO4), one packet of the guest's NAPI budget and per-packet stack cost. An ACK is one
 * frame. Where the kernel copies payload it pays per byte: vhost's copy into guest memory (handle_rx) and
 * out of it (handle_tx, zerocopy off), the guest's copy to or from user space (tcp_recvmsg, tcp_sendmsg).
 *
 * Message fields (the `pkts` burst message): a segment's `req` is its sequence number in segments; an ACK's
 * `req` is the cumulative ACK and `replyVm` the window's right edge, both in segments.
 */
export { KIND_ACK, KIND_SEG };
export const isStreamKind = (kind: number): boolean => kind === KIND_SEG || kind === KIND_ACK;

const TCP_SRC = "net/ipv4/tcp_input.c, tcp.c (Linux 4.x)";

/** Workload keys of a stream (read by the client, the peer, and by the guest's sockets in the vCPUs). */
export const streamWorkloadParams = {
  workload: {
    streams: int(2, "flows", "chosen per experiment: iperf -P 2", "bulk TCP flows per host (workload.kind stream)",
      { min: 1, max: 4096 }),
    direction: choice("rx", ["rx", "tx"], "chosen per experiment",
      "stream direction: rx (a peer beyond the NIC sends into the guest, whose application reads) or tx (the "
        + "guest's application sends out)"),
    windowSegs: int(16, "segments",
      "assumed: a receive window of 16 x 64 KiB = 1 MiB, above the bandwidth-delay product of a 10GbE LAN; "
        + "tcp_rmem[2] 6 MB allows up to 3 MB (tcp_adv_win_scale 1, Linux 4.x); the window is fixed, not autotuned",
      "receive window in segments (window_clamp; the flow is receive-window limited, no congestion window); the "
        + "receive buffer holds twice it (tcp_adv_win_scale 1), so the window shrinks only once the application "
        + "has more than that left unread", { min: 1, max: 100_000 }),
    segBytes: int(65536, "bytes",
      "tcp_tso_autosize (net/ipv4/tcp_output.c): pacing rate x 1 ms (sk_pacing_shift 10), capped at "
        + "GSO_MAX_SIZE 65536 (64 KiB), reached above about 0.5 Gbit/s; GRO merges up to 64 KiB (net/core/gro.c)",
      "payload bytes of one TSO/GSO segment (and of one GRO skb on receive)", { min: 64, max: 65536 }),
    mssBytes: int(1448, "bytes", "MTU 1500 - 20 (IPv4) - 20 (TCP) - 12 (timestamps option)",
      "TCP payload per wire frame", { min: 64, max: 9000 }),
    ackEverySegs: int(1, "segments",
      `${TCP_SRC}: __tcp_ack_snd_check ACKs at once once more than one rcv_mss is unacknowledged and the `
        + "window's right edge does not recede; rcv_mss is the MSS (tcp_measure_rcv_mss reads gso_size), so every "
        + "GRO segment of 64 KiB is ACKed; otherwise tcp_cleanup_rbuf ACKs after the application's read",
      "segments received per ACK (2: the per-two-full-frames rule without GRO; the delayed-ACK timer is not "
        + "modelled, a read ACKs what is left)", { min: 1, max: 64 }),
  },
} satisfies ParamTree;

/** The guest's copies of payload to and from user space (vcpu). */
export const streamGuestParams = {
  guest: {
    copyNsPerByte: num(0.25, "ns/byte",
      "assumed: 4 GB/s for copy_to_user / copy_from_user of cache-cold payload on a 2 GHz ARMv8 core; no "
        + "published memcpy bandwidth of the paper's core (FTC662) was found",
      "guest copy of stream payload to user space (tcp_recvmsg, rx) or from it (tcp_sendmsg, tx)", { min: 0 }),
  },
} satisfies ParamTree;

/** vhost's copies of payload to and from guest memory (vhost). */
export const streamVhostParams = {
  host: {
    vhostCopyNsPerByte: num(0.25, "ns/byte",
      "assumed: as guest.copyNsPerByte (4 GB/s, host core); drivers/vhost/net.c handle_rx copies each skb to the "
        + "guest's buffers (tun_recvmsg -> skb_copy_datagram_iter), handle_tx from them (tun_get_user -> "
        + "copy_from_iter); zerocopy TX is off by default since Linux 5.3 (vhost_net: disable zerocopy by "
        + "default, J. Wang 2019) and 4.x's experimental_zcopytx is not modelled",
      "vhost copy of stream payload into guest memory (handle_rx) or out of it (handle_tx)", { min: 0 }),
  },
} satisfies ParamTree;

/** The host's per-frame receive work before GRO has merged a segment (nic-queue). */
export const streamNicParams = {
  host: {
    groPerFrameNs: num(200, "ns",
      "assumed: the NIC driver's per-descriptor RX work plus dev_gro_receive merging the frame "
        + "(net/core/gro.c); host.hostRxPerPktNs is then paid once per merged skb (bridge, tun_net_xmit)",
      "host RX per MTU frame of a stream segment (host GRO)", { min: 0 }),
  },
} satisfies ParamTree;

/** Ethernet framing per frame: 14 header + 4 FCS + 8 preamble + 12 inter-frame gap, plus IPv4 and TCP headers. */
const FRAME_OVERHEAD = 14 + 4 + 8 + 12;
const hdrBytes = (cfg: NetConfig): number => 1500 - cfg.workload.mssBytes;

export const segFrames = (cfg: NetConfig): number => Math.ceil(cfg.workload.segBytes / cfg.workload.mssBytes);
/** Bytes a segment takes on the wire: its payload and, per frame, the IP/TCP headers and Ethernet framing. */
export const segWireBytes = (cfg: NetConfig): number =>
  cfg.workload.segBytes + segFrames(cfg) * (hdrBytes(cfg) + FRAME_OVERHEAD);
/** A pure ACK: headers only (at least Ethernet's minimum frame). */
export const ackWireBytes = (cfg: NetConfig): number => Math.max(64, hdrBytes(cfg) + 18) + 8 + 12;

const wireNs = (cfg: NetConfig, bytes: number): number => Math.round((bytes * 8) / cfg.net.lineRateGbps);

/** Wire time of a burst: a stream segment's or ACK's bytes; any other burst by packets (serializationNs). */
export function burstWireNs(cfg: NetConfig, b: { kind: number; pkts: number }): number {
  if (b.kind === KIND_SEG) return wireNs(cfg, segWireBytes(cfg));
  if (b.kind === KIND_ACK) return wireNs(cfg, ackWireBytes(cfg));
  return serializationNs(cfg, b.pkts);
}

/** The shortest burst a stream puts on the wire between hosts (the lookahead's serialization): an ACK. */
export const streamMinWireNs = (cfg: NetConfig): number => wireNs(cfg, ackWireBytes(cfg));

/** Why a stream config cannot run (the topology's errors). */
export function streamErrors(cfg: NetConfig): string[] {
  if (cfg.workload.kind !== "stream") return [];
  const m = cfg.vm.net.mode;
  const out: string[] = [];
  if (m === "vf-passthrough" || m === "x86-vf-posted" || m === "native") {
    out.push(`config.workload.kind: stream is modelled on the vhost path (host GRO, vhost copies); mode ${m} `
      + "has no vhost");
  }
  if (cfg.workload.eastWestShare > 0) out.push("config.workload.eastWestShare: east-west calls need request traffic");
  if (cfg.workload.mssBytes > cfg.workload.segBytes) {
    out.push(`config.workload.mssBytes: ${cfg.workload.mssBytes} exceeds workload.segBytes ${cfg.workload.segBytes}`);
  }
  return out;
}

/** Host RX work of a stream segment beyond `pkts * host.hostRxPerPktNs`: GRO per frame, the rest once. */
export function streamHostRxExtraNs(cfg: NetConfig, bursts: readonly Burst[]): number {
  let extra = 0;
  for (const b of bursts) {
    if (b.kind !== KIND_SEG) continue;
    extra += b.pkts * (cfg.host.groPerFrameNs - cfg.host.hostRxPerPktNs) + cfg.host.hostRxPerPktNs;
  }
  return extra;
}

/** After the host's GRO a segment is one skb: one packet on the tap, in the virtqueue and in the guest. */
export const afterGro = (b: Burst): Burst => (b.kind === KIND_SEG ? { ...b, pkts: 1 } : b);

/** vhost's copies of the segments a run moves (0 without any). */
export function vhostCopyNs(cfg: NetConfig, rx: readonly Burst[], tx: readonly Burst[]): number {
  let segs = 0;
  for (const b of rx) if (b.kind === KIND_SEG) segs++;
  for (const b of tx) if (b.kind === KIND_SEG) segs++;
  return segs === 0 ? 0 : segs * cfg.workload.segBytes * cfg.host.vhostCopyNsPerByte;
}

export function countSegs(...lists: readonly (readonly Burst[])[]): number {
  let n = 0;
  for (const l of lists) for (const b of l) if (b.kind === KIND_SEG) n++;
  return n;
}

// ---- the peer beyond the NIC (client actor) ----

/** Per flow: the peer's sender (rx direction) or receiver (tx direction); plain data. */
export interface PeerFlow { sndNxt: number; sndEdge: number; rcvNxt: number; ackedTo: number }
export interface PeerStream {
  flows: PeerFlow[];
  stats: {
    segsSent: number; segsDelivered: number; segsMeasured: number; acksSent: number; acksReceived: number;
    acksMeasured: number;
  };
}

export function newPeerStream(cfg: NetConfig): PeerStream {
  const w = cfg.workload.windowSegs;
  return {
    flows: Array.from({ length: cfg.workload.streams }, () => ({ sndNxt: 0, sndEdge: w, rcvNxt: 0, ackedTo: 0 })),
    stats: { segsSent: 0, segsDelivered: 0, segsMeasured: 0, acksSent: 0, acksReceived: 0, acksMeasured: 0 },
  };
}

/** Where flow f lands in the host: its VM, its virtqueue pair (as a client connection's) and its NIC queue (RSS). */
export function flowPlace(io: NetInput, f: number): { vm: number; queue: number; nic: number } {
  const { cfg, topo, slot } = io;
  const perHost = cfg.vm.perHost;
  return {
    vm: f % perHost,
    queue: isMultiQueue(cfg.vm.net.mode) ? Math.floor(f / perHost) % topo.queues : 0,
    nic: topo.nic(slot.host, hashFlow(f) % cfg.host.nicQueues),
  };
}

/** A stream burst of flow f (a segment, or an ACK with its right edge in replyVm). */
export function streamBurst(io: NetInput, f: number, kind: number, seq: number, pkts: number, edge = 0): Burst {
  const p = flowPlace(io, f);
  return {
    type: "pkts", conn: f, req: seq, pkts, kind, sentAt: io.env.now(), replyTo: io.topo.client(io.slot.host),
    vm: p.vm, queue: p.queue, dst: io.topo.client(io.slot.host), replyVm: edge, replyQueue: 0,
  };
}

/** The peer's sender: segments while the receiver's window allows (rx direction). */
export function peerSend(io: NetInput, ps: PeerStream, f: number, send: (b: Burst) => void): void {
  const fl = ps.flows[f]!;
  while (fl.sndNxt < fl.sndEdge) {
    const b = streamBurst(io, f, KIND_SEG, fl.sndNxt++, segFrames(io.cfg));
    b.dst = flowPlace(io, f).nic;
    ps.stats.segsSent++;
    send(b);
  }
}

/** An ACK reaches the peer's sender: the window's new right edge releases segments (ACK clocking). */
export function peerAck(io: NetInput, ps: PeerStream, ack: Burst, send: (b: Burst) => void): void {
  const fl = ps.flows[ack.conn]!;
  ps.stats.acksReceived++;
  fl.sndEdge = Math.max(fl.sndEdge, ack.replyVm);
  peerSend(io, ps, ack.conn, send);
}

/**
 * A segment reaches the peer's receiver (tx direction) at `done`, its last bit in: its application reads it at
 * once, so each ACK (every workload.ackEverySegs segments) advertises the full window beyond it.
 */
export function peerReceive(io: NetInput, ps: PeerStream, seg: Burst, done: number): Burst | null {
  const fl = ps.flows[seg.conn]!;
  const { topo, cfg } = io;
  fl.rcvNxt++;
  ps.stats.segsDelivered++;
  const measured = done >= topo.warmupNs && done < topo.endNs;
  if (measured) ps.stats.segsMeasured++;
  if (fl.rcvNxt - fl.ackedTo < cfg.workload.ackEverySegs) return null;
  fl.ackedTo = fl.rcvNxt;
  ps.stats.acksSent++;
  if (measured) ps.stats.acksMeasured++;
  const ack = streamBurst(io, seg.conn, KIND_ACK, fl.rcvNxt, 1, fl.rcvNxt + cfg.workload.windowSegs);
  ack.dst = flowPlace(io, seg.conn).nic;
  return ack;
}

/** tx direction: the receiver's first window (the handshake's), one ACK per flow at time 0. */
export function peerOpen(io: NetInput, ps: PeerStream, send: (b: Burst) => void): void {
  for (let f = 0; f < ps.flows.length; f++) {
    const ack = streamBurst(io, f, KIND_ACK, 0, 1, io.cfg.workload.windowSegs);
    ack.dst = flowPlace(io, f).nic;
    ps.stats.acksSent++;
    send(ack);
  }
}

// ---- the guest's sockets (VmState.stream, shared by the VM's vCPUs) ----

/** One flow's socket in the guest: receive side (rx) or send side (tx), and whether its thread has work queued. */
export interface GuestSock {
  rcvNxt: number; read: number; ackedTo: number; edge: number;
  sndNxt: number; sndEdge: number;
  /** The flow's application thread has an item queued or running (one thread per flow). */
  busy: boolean;
}
export interface GuestStream {
  socks: GuestSock[];
  /** ACKs the stack produced on each vCPU, sent by its next segment. */
  out: Burst[][];
  stats: {
    segsSent: number; segsDelivered: number; segsMeasured: number; acksSent: number; acksMeasured: number;
    acksReceived: number;
  };
}

export function newGuestStream(cfg: NetConfig): GuestStream {
  return {
    socks: Array.from({ length: cfg.workload.streams }, () => ({
      rcvNxt: 0, read: 0, ackedTo: 0, edge: cfg.workload.windowSegs, sndNxt: 0, sndEdge: 0, busy: false,
    })),
    out: Array.from({ length: cfg.vm.vcpus }, () => []),
    stats: { segsSent: 0, segsDelivered: 0, segsMeasured: 0, acksSent: 0, acksMeasured: 0, acksReceived: 0 },
  };
}

/** The vCPU a flow's application thread runs on: threads spread over the vCPUs in flow order (iperf -P). */
export const flowVcpu = (cfg: NetConfig, f: number): number => Math.floor(f / cfg.vm.perHost) % cfg.vm.vcpus;

/** The marker the flow's thread carries in the run queue (an AppItem's burst). */
export const threadMarker = (f: number): Burst => ({
  type: "pkts", conn: f, req: 0, pkts: 0, kind: KIND_SEG, sentAt: 0, replyTo: 0, vm: 0, queue: 0, dst: 0,
  replyVm: 0, replyQueue: 0,
});

/** CPU time of one step of a flow's thread: a read (copy to user) or a write (copy from user, GSO skb out). */
export function threadStepNs(cfg: NetConfig): number {
  const copy = cfg.workload.segBytes * cfg.guest.copyNsPerByte;
  return cfg.workload.direction === "rx" ? copy : copy + cfg.guest.txPerPktNs;
}

/**
 * The right edge the socket would advertise now: the window, or the buffer's free space (twice the window, as
 * tcp_adv_win_scale 1 leaves half of it to the window) once the application lags by more than a window.
 */
function freshEdge(io: NetInput, s: GuestSock): number {
  const w = io.cfg.workload.windowSegs;
  return s.rcvNxt + Math.max(0, Math.min(w, 2 * w - (s.rcvNxt - s.read)));
}

function guestAck(io: NetInput, gs: GuestStream, f: number, vcpu: number, s: GuestSock): void {
  s.ackedTo = s.rcvNxt;
  s.edge = Math.max(s.edge, freshEdge(io, s));
  gs.stats.acksSent++;
  if (io.env.now() >= io.topo.warmupNs && io.env.now() < io.topo.endNs) gs.stats.acksMeasured++;
  const ack = streamBurst(io, f, KIND_ACK, s.rcvNxt, 1, s.edge);
  gs.out[vcpu]!.push(ack);
}

/**
 * The stack (softirq on `vcpu`) receives a stream burst: a segment is queued on its socket and ACKed at once
 * when __tcp_ack_snd_check would (enough unacknowledged, right edge not receding); an ACK opens the sender's
 * window. Returns the flow whose thread is to be woken, or -1.
 */
export function guestReceive(io: NetInput, gs: GuestStream, b: Burst, vcpu: number): number {
  const s = gs.socks[b.conn]!;
  const w = io.cfg.workload;
  if (b.kind === KIND_ACK) {
    gs.stats.acksReceived++;
    s.sndEdge = Math.max(s.sndEdge, b.replyVm);
    if (s.busy || s.sndNxt >= s.sndEdge) return -1;
    s.busy = true;
    return b.conn;
  }
  s.rcvNxt++;
  if (s.rcvNxt - s.ackedTo >= w.ackEverySegs && freshEdge(io, s) >= s.edge) guestAck(io, gs, b.conn, vcpu, s);
  if (s.busy) return -1;
  s.busy = true;
  return b.conn;
}

/**
 * A step of flow f's thread ended on `vcpu`. rx: it read one segment (tcp_recvmsg), then tcp_cleanup_rbuf ACKs
 * what tcp_input.c left unacknowledged, or a window that has at least doubled from at most half. tx: it wrote
 * one segment (returned, for the TX ring). Returns whether the thread goes on (more to read, window to send).
 */
export function threadStepDone(
  io: NetInput, gs: GuestStream, f: number, vcpu: number,
): { seg: Burst | null; more: boolean } {
  const s = gs.socks[f]!;
  const w = io.cfg.workload;
  const { topo } = io;
  const now = io.env.now();
  if (w.direction === "tx") {
    const seg = streamBurst(io, f, KIND_SEG, s.sndNxt++, 1);
    seg.dst = topo.client(io.slot.host);
    gs.stats.segsSent++;
    s.busy = s.sndNxt < s.sndEdge;
    return { seg, more: s.busy };
  }
  s.read++;
  gs.stats.segsDelivered++;
  if (now >= topo.warmupNs && now < topo.endNs) gs.stats.segsMeasured++;
  const advertised = s.edge - s.rcvNxt;
  const fresh = freshEdge(io, s) - s.rcvNxt;
  const unacked = s.rcvNxt - s.ackedTo;
  const grown = 2 * advertised <= w.windowSegs && fresh > 0 && fresh >= 2 * advertised;
  if ((unacked > 0 && unacked >= w.ackEverySegs) || grown) {
    guestAck(io, gs, f, vcpu, s);
  }
  s.busy = s.read < s.rcvNxt;
  return { seg: null, more: s.busy };
}

/** Segments the guest has received and its application not yet read (in flight, in the socket). */
export const unreadSegs = (gs: GuestStream): number => gs.socks.reduce((a, s) => a + s.rcvNxt - s.read, 0);

/**
 * The result's `throughput.gbps` and `stream` section: goodput in the measured window (payload the receiving
 * application got), segments, ACKs and device interrupts per segment and per GB, and byte conservation over
 * the run (sent = delivered + dropped + in flight).
 */
export function streamSection(cfg: NetConfig, seconds: number, t: StreamTotals) {
  const seg = cfg.workload.segBytes;
  const rx = cfg.workload.direction === "rx";
  const deliveredMeasured = rx ? t.guest.segsMeasured : t.peer.segsMeasured;
  const acksMeasured = rx ? t.guest.acksMeasured : t.peer.acksMeasured;
  const gb = (deliveredMeasured * seg) / 1e9;
  const per = (n: number, d: number) => (d > 0 ? n / d : null);
  const sent = rx ? t.peer.segsSent : t.guest.segsSent;
  const delivered = rx ? t.guest.segsDelivered : t.peer.segsDelivered;
  return {
    gbps: (deliveredMeasured * seg * 8) / seconds / 1e9,
    stream: {
      direction: cfg.workload.direction, flows: cfg.workload.streams, windowSegs: cfg.workload.windowSegs,
      segBytes: seg,
      segments: deliveredMeasured, acks: acksMeasured, interrupts: t.interrupts,
      perSegment: { acks: per(acksMeasured, deliveredMeasured), interrupts: per(t.interrupts, deliveredMeasured) },
      perGB: { segments: per(deliveredMeasured, gb), acks: per(acksMeasured, gb), interrupts: per(t.interrupts, gb) },
      bytes: {
        sent: sent * seg, delivered: delivered * seg, dropped: t.dropped * seg, inFlight: t.inFlight * seg,
        unaccounted: (sent - delivered - t.dropped - t.inFlight) * seg,
      },
    },
  };
}
export interface StreamTotals {
  peer: PeerStream["stats"]; guest: GuestStream["stats"]; interrupts: number; dropped: number; inFlight: number;
}
