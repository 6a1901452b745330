import { mergeParamTrees, num, type ParamTree } from "../../config/params.js";
import { newLock, type Lock, type LockAlgorithm } from "../host/lock.js";
import { cacheEntriesWalked, vgicInjectionParams } from "../host/vgic-costs.js";
import type { NetConfig } from "./config.js";

/**
 * The host side of a guest interrupt, run on the core of the thread that raises it: each path is the
 * kernel's, step by step, with the lock each step holds (KVM's vgic: arch/arm64/kvm/vgic/vgic-its.c,
 * vgic.c; x86: arch/x86/kvm/irq_comm.c, ioapic.c). A pCPU runs a path as one host thread run (a
 * CpuReq with `path`), spinning or sleeping where a lock is held by another core.
 */
export const injectPathParams = mergeParamTrees(vgicInjectionParams, {
  kvm: {
    irqfdWakeupNs: num(200, "ns", "assumed: eventfd_signal -> irqfd_wakeup -> kvm_arch_set_irq_inatomic, no syscall",
      "the irqfd wake-up on the signalling thread before the vgic path"),
  },
  gic: {
    spiInjectNs: num(500, "ns", "assumed: kvm_vgic_inject_irq -> vgic_queue_irq_unlock under the SPI's irq_lock",
      "wired interrupt injection (x86: kvm_ioapic_set_irq under ioapic->lock)"),
    x86MsiNs: num(300, "ns", "assumed: kvm_set_msi -> kvm_irq_delivery_to_apic, no global lock",
      "x86 MSI routing per interrupt"),
  },
} satisfies ParamTree);

/** Paths a CpuReq names (0: a plain run of `ns`). */
export const PATH_PLAIN = 0;
/** 4.x ARM: irqfd cannot inject in atomic context; a kworker takes its_lock and walks the ITT. */
export const PATH_KWORKER_ITS = 1;
/** 5.4 ARM: irqfd_wakeup injects through the translation cache under lpi_list_lock. */
export const PATH_IRQFD_CACHED = 2;
/** 6.10 ARM: the same with the RCU lookup (Upton 2024): no per-VM lock. */
export const PATH_IRQFD_RCU = 3;
/** virtio-mmio: QEMU's main loop reads the eventfd and issues KVM_IRQ_LINE. */
export const PATH_IRQ_LINE = 4;
/** x86 IOAPIC line: irqfd_inject is a work item; kvm_ioapic_set_irq takes ioapic->lock. */
export const PATH_KWORKER_IOAPIC = 5;
/** x86 MSI (posted or not): kvm_arch_set_irq_inatomic delivers to the local APIC with no lock. */
export const PATH_IRQFD_X86 = 6;

/** The locks of one VM on these paths, by index in VmState.locks. */
export const LOCK_ITS = 0, LOCK_LPI_LIST = 1, LOCK_LINE = 2;
export const LOCKS_PER_VM = 3;

/** One step of a path: `ns` of work, under lock `lock` (an index into VmState.locks) or none (-1). */
export interface PathStep { lock: number; ns: number }

/** The locks of VM `name`: its_lock is a mutex; the others are raw spinlocks of host.spinlock's algorithm. */
export function vmLocks(name: string, x86: boolean, spinlock: LockAlgorithm, from: number, end: number): Lock[] {
  return [
    newLock(`${name}.its_lock`, "mutex", 1, from, end),
    // check_cache's list_move writes the cache list head and the hit entry.
    newLock(`${name}.lpi_list_lock`, spinlock, 2, from, end),
    newLock(x86 ? `${name}.ioapic.lock` : `${name}.spi.irq_lock`, spinlock, 1, from, end),
  ];
}

/** Steps of `path` for queue (MSI event) `arg` of a VM with `queues` LPIs. */
export function pathSteps(cfg: NetConfig, path: number, arg: number, queues: number): PathStep[] {
  const k = cfg.kvm;
  const free = (ns: number): PathStep => ({ lock: -1, ns });
  switch (path) {
    case PATH_KWORKER_ITS:
      // vgic_its_trigger_msi: find_its_device, then find_ite walks the device's ITT up to the event.
      return [free(cfg.host.kworkerHopNs), { lock: LOCK_ITS, ns: k.itsTranslateNs + k.itsWalkNsPerEntry * (arg + 2) },
        free(k.apListQueueNs)];
    case PATH_IRQFD_CACHED:
      return [
        free(k.irqfdWakeupNs),
        // vgic_its_check_cache: walk and list_move under lpi_list_lock, reference taken.
        { lock: LOCK_LPI_LIST, ns: k.cacheLookupNs + k.cacheEntryNs * cacheEntriesWalked(queues, cfg.vm.vcpus,
          k.cachePerVcpu) },
        free(k.apListQueueNs),
        // vgic_put_irq drops the reference under lpi_list_lock again.
        { lock: LOCK_LPI_LIST, ns: k.putIrqNs },
      ];
    case PATH_IRQFD_RCU:
      return [free(k.irqfdWakeupNs + k.xaLookupNs + k.apListQueueNs)];
    case PATH_IRQ_LINE:
      return [free(cfg.host.qemuRelayNs), { lock: LOCK_LINE, ns: cfg.gic.spiInjectNs }];
    case PATH_KWORKER_IOAPIC:
      return [free(cfg.host.kworkerHopNs), { lock: LOCK_LINE, ns: cfg.gic.spiInjectNs }];
    case PATH_IRQFD_X86:
      return [free(k.irqfdWakeupNs + cfg.gic.x86MsiNs)];
    default:
      throw new Error(`unknown injection path ${path}`);
  }
}

/** The path a virtqueue's interrupt takes, by interrupt mode and host kernel. */
export function signalPath(cfg: NetConfig): number {
  switch (cfg.vm.net.mode) {
    case "sq-spi": return PATH_IRQ_LINE;
    case "x86-ioapic": return PATH_KWORKER_IOAPIC;
    // Both MSI modes inject in atomic context: kvm_set_msi -> kvm_irq_delivery_to_apic; posted or not is
    // decided at the target (vmx_deliver_posted_interrupt, or __apic_accept_irq and kvm_vcpu_kick).
    case "x86-msi":
    case "x86-msix-posted": return PATH_IRQFD_X86;
    case "mq-msi":
      return cfg.host.kernel === "4.x" ? PATH_KWORKER_ITS : cfg.host.kernel === "5.4"
        ? PATH_IRQFD_CACHED : PATH_IRQFD_RCU;
    // The NIC's own MSIs (passthrough.ts): no vhost signals, no host path.
    case "vf-passthrough":
    case "x86-vf-posted":
    case "native":
      throw new Error(`mode ${cfg.vm.net.mode} has no vhost worker to signal an interrupt`);
  }
}
