import { bool, choice, num, type ParamTree } from "../../config/params.js";
import type { NetConfig, NetMode } from "./config.js";
import { isX86 } from "./config.js";
import { drop, type DropStats, type NetInput } from "./common.js";
import type { Topology } from "./topology.js";
import { INTID_LPI_BASE, intidOfQueue, type Burst } from "./vm-state.js";

/**
 * Delivery without vhost (vm.net.mode vf-passthrough, x86-vf-posted, native) and GICv4.1 vSGIs (gic.vsgi).
 * A hardware NIC queue DMAs into the ring of a queue pair in the guest's (or the host OS's) memory and raises
 * that queue's MSI: a GICv4 vLPI (ARM, arch/arm64/kvm/vgic/vgic-v4.c), a VT-d posted interrupt (x86,
 * drivers/iommu/intel/irq_remapping.c), or a plain MSI to the core (native). An interrupt to a vCPU resident
 * on its core enters without an exit; one to a vCPU blocked in a trapped WFI (HLT) raises the vPE's doorbell on
 * the host (vgic_v4_doorbell_handler; x86: the posted-interrupt wake-up vector, pi_wakeup_handler), whose
 * kvm_vcpu_kick schedules the vCPU again.
 */
export const passthroughParams = {
  kvm: {
    doorbellNs: num(1000, "ns",
      "assumed: host interrupt entry + vgic_v4_doorbell_handler (vpe_lock, kvm_make_request, kvm_vcpu_kick; x86: "
        + "pi_wakeup_handler walking the CPU's blocked list), taken at host.hostIrqNs; no measurement found [A]",
      "host handler of a vPE doorbell: a direct interrupt made pending for a vCPU blocked in a trapped WFI (HLT)"),
    vpeLoadNs: num(300, "ns",
      "assumed: vgic_v4_load -> its_make_vpe_resident (GICR_VPENDBASER write and poll; VMOVP if the vCPU moved); "
        + "x86 vmx_vcpu_pi_load updates the PI descriptor; no measurement found [A]",
      "making a vCPU with direct vLPIs or vSGIs resident again when it is entered after a trapped WFI"),
    wfiTrapPolicy: choice("default", ["default", "trap", "notrap"],
      "kvm-arm.wfi_trap_policy (arch/arm64/kvm/arm.c); default: kvm_arch_vcpu_load clears HCR_EL2.TWI when the "
        + "vCPU thread is its core's only task and the vCPU has vLPIs or the VM uses vSGIs (vcpu_clear_wfx_traps, "
        + "arch/arm64/include/asm/kvm_emulate.h)",
      "ARM: whether a guest WFI traps. default: not for a vCPU alone on its core (no host thread placed there) that "
        + "has direct vLPIs (vf-passthrough) or vSGIs (gic.vsgi); trap; notrap. An untrapped WFI keeps the vCPU "
        + "resident: a direct interrupt wakes it without an exit, a software one (vgic) by an IPI exit"),
  },
  gic: {
    vsgi: bool(false,
      "GICv4.1 direct vSGIs (Zyngier, KVM: arm64: GICv4.1 support, Linux 5.10): vgic_v4_enable_vsgis makes every SGI "
        + "a hardware interrupt; the guest's ICC_SGI1R_EL1 write still traps (access_gic_sgi -> "
        + "vgic_v3_dispatch_sgi -> irq_set_irqchip_state, the GITS_SGIR write), arch/arm64/kvm/vgic/vgic-mmio-v3.c",
      "GICv4.1 vSGIs (ARM, host.kernel 6.10: Linux 5.10+): a guest IPI is delivered by the GIC, with no exit on a "
        + "resident receiver and no list register; the sender's trap remains (its cost kvm.arm.ipiSendCycles)"),
  },
  guest: {
    hwNic: {
      rxDriverPerPktNs: num(500, "ns",
        "assumed: ixgbevf_clean_rx_irq (descriptor read, build_skb or page reuse, ixgbevf_alloc_rx_buffers with its "
          + "tail write every 16 buffers), taken equal to virtio's guest.rxDriverPerPktNs; no measurement found [A]",
        "driver part of a received packet on a hardware NIC queue (the VF's ixgbevf in vf-passthrough, the PF's ixgbe "
          + "in native); replaces guest.rxDriverPerPktNs within guest.rxPerPktNs", { min: 0 }),
      tailWriteNs: num(100, "ns",
        "assumed: ixgbevf_tx_queue's writel of the TX tail register into the device's BAR, mapped into the guest "
          + "(no trap); an uncached posted write; no measurement found [A]",
        "doorbell write per transmit on a hardware NIC queue (in place of virtio's kick, which exits)", { min: 0 }),
    },
  },
} satisfies ParamTree;

/** Modes whose queues are a hardware NIC's, DMAed into by the NIC itself: no vhost, no host RX, no tap. */
export const isHwNic = (m: NetMode): boolean => m === "vf-passthrough" || m === "x86-vf-posted" || m === "native";
/** An assigned VF with direct injection (GICv4 vLPIs, VT-d posted interrupts). */
export const isAssigned = (m: NetMode): boolean => m === "vf-passthrough" || m === "x86-vf-posted";

/** GICv4.1 vSGIs are in use (the VM set GICD_CTLR.nASSGIreq). */
export const vsgiOn = (cfg: NetConfig): boolean => cfg.gic.vsgi && !isX86(cfg.vm.net.mode);

/** The vCPU has a vPE whose residency follows it (direct vLPIs or vSGIs; x86: a posted-interrupt descriptor). */
export const hasVpe = (cfg: NetConfig): boolean => isAssigned(cfg.vm.net.mode) || vsgiOn(cfg);

/** Interrupt `intid` is delivered by the interrupt controller itself, not queued by KVM's software vgic. */
export function isDirect(cfg: NetConfig, intid: number): boolean {
  const m = cfg.vm.net.mode;
  if (m === "native") return true;
  if (intid >= INTID_LPI_BASE) return isAssigned(m);
  return intid < 16 && vsgiOn(cfg);
}

/** Config errors of these modes and of gic.vsgi, each naming its path. */
export function passthroughErrors(cfg: NetConfig): string[] {
  const m = cfg.vm.net.mode;
  const errors: string[] = [];
  if (isHwNic(m) && !cfg.guest.napi) {
    errors.push(`config.guest.napi: mode ${m} runs a hardware NIC's driver (ixgbe, ixgbevf), which always uses NAPI`);
  }
  if (m === "native" && cfg.vm.perHost !== 1) {
    errors.push(`config.vm.perHost: mode native runs one operating system per host (got ${cfg.vm.perHost} VMs)`);
  }
  if (cfg.gic.vsgi) {
    if (isX86(m) || m === "native") {
      errors.push(`config.gic.vsgi: GICv4.1 vSGIs are a KVM/arm64 feature; mode ${m} has none`);
    } else if (cfg.host.kernel !== "6.10") {
      errors.push("config.gic.vsgi: GICv4.1 vSGIs need Linux 5.10 or later; set host.kernel=6.10 "
        + `(got ${cfg.host.kernel})`);
    }
  }
  return errors;
}

/**
 * A guest WFI leaves the vCPU resident (HCR_EL2.TWI clear): ARM only, by kvm.wfiTrapPolicy; under the default,
 * a vCPU with a vPE whose core runs no host thread (single_task_running at vcpu_load).
 */
export function wfiResident(cfg: NetConfig, topo: Topology): boolean {
  const m = cfg.vm.net.mode;
  if (isX86(m) || m === "native") return false;
  switch (cfg.kvm.wfiTrapPolicy) {
    case "trap": return false;
    case "notrap": return true;
    case "default": return hasVpe(cfg) && !topo.hostThreadsOnVcpuCores;
  }
}

/** How a kick wakes a vCPU in WFI (HLT), given its pending interrupts: an exit reason, or none. */
export type WakePath = "wfi-wake" | "doorbell" | "irq-inject" | "none";
export function wakePath(cfg: NetConfig, topo: Topology, pending: readonly number[]): WakePath {
  if (cfg.vm.net.mode === "native") return "none";
  const allDirect = !runningNeedsExit(cfg, pending);
  // A resident vCPU's core is in a physical WFI: a direct interrupt wakes it in the guest, a software one needs
  // kvm_vcpu_kick's IPI, which exits to inject it.
  if (wfiResident(cfg, topo)) return allDirect ? "none" : "irq-inject";
  // Blocked in kvm_vcpu_block with its doorbell enabled: a direct interrupt rings it; kvm_vcpu_kick wakes it otherwise.
  return pending.some((i) => isDirect(cfg, i)) ? "doorbell" : "wfi-wake";
}

/**
 * A kick to a running (or WFI-resident) vCPU exits to inject: always where every interrupt is the software
 * vgic's; with direct delivery only for a pending interrupt the software vgic queued.
 */
export const runningNeedsExit = (cfg: NetConfig, pending: readonly number[]): boolean =>
  !(hasVpe(cfg) || cfg.vm.net.mode === "native") || pending.some((i) => !isDirect(cfg, i));

/** Moves the direct interrupts of `pending` to `into` (they take no list register), keeping the others' order. */
export function takeDirect(cfg: NetConfig, pending: number[], into: number[]): void {
  if (!hasVpe(cfg) && cfg.vm.net.mode !== "native") return;
  let k = 0;
  for (const intid of pending) {
    if (isDirect(cfg, intid)) into.push(intid);
    else pending[k++] = intid;
  }
  pending.length = k;
}

/** Receive work per packet of a NAPI poll: the stack's, and the driver's of the queue's device. */
export function rxPerPktNs(cfg: NetConfig): number {
  const g = cfg.guest;
  return isHwNic(cfg.vm.net.mode) ? g.rxPerPktNs - g.rxDriverPerPktNs + g.hwNic.rxDriverPerPktNs : g.rxPerPktNs;
}

/** Guest time of a transmit beyond the stack's per-packet work: the hardware queue's tail write. */
export const txDoorbellNs = (cfg: NetConfig): number => (isHwNic(cfg.vm.net.mode) ? cfg.guest.hwNic.tailWriteNs : 0);

/**
 * The NIC writes a burst into the RX ring of the queue pair it belongs to (host.nicRing descriptors, ixgbe's and
 * ixgbevf's default 512; a full ring drops in hardware) and, if that queue's interrupt is armed, raises its MSI
 * to the vCPU of its affinity, which auto-masks it (EIAM) until NAPI re-arms it.
 */
export function dmaToQueue(io: NetInput, stats: DropStats & { rxPkts: number }, b: Burst): void {
  const { env, cfg, topo, slot } = io;
  const vq = io.vmOf(b.vm).vqs[b.queue]!;
  if (vq.usedPkts + b.pkts > cfg.host.nicRing) {
    drop(io, stats, b);
    return;
  }
  stats.rxPkts += b.pkts;
  vq.used.push(b);
  vq.usedPkts += b.pkts;
  if (!vq.rxCallbacks) return;
  vq.rxCallbacks = false;
  const dst = topo.redist(slot.host, b.vm, topo.queueVcpu(b.queue));
  env.send(dst, { type: "virq", intid: intidOfQueue(b.queue) }, cfg.host.linkNs);
}
