import { mergeParamTrees, num, type ParamTree } from "../../config/params.js";
import { newLock, type Lock } from "../host/lock.js";
import { cacheEntriesWalked, vgicInjectionParams } from "../host/vgic-costs.js";
import { isMultiQueue, isX86, type NetConfig } from "./config.js";

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
    spiInjectNs: num(500, "ns",
      "assumed: kvm_vgic_inject_irq under the SPI's irq_lock, up to vgic_queue_irq_unlock (ARM: its list_add "
        + "is kvm.apListQueueNs under the target's ap_list_lock)",
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

/** The locks of one VM, by index in VmState.locks: the host's on these paths, then the per-vCPU and guest ones. */
export const LOCK_ITS = 0, LOCK_LPI_LIST = 1, LOCK_LINE = 2;
/** vCPU v's vgic_cpu->ap_list_lock. */
export const apListLock = (v: number): number => 3 + v;
/** The guest's TX queue lock `t` (HARD_TX_LOCK: one per TX queue, one for a single-queue device). */
export const txLock = (vcpus: number, t: number): number => 3 + vcpus + t;
/** LockGrant ids: lock `index` of VM `vm` (a VM has fewer locks than this: 3 + 256 vCPUs + 256 TX queues). */
export const LOCK_ID_STRIDE = 1024;
export const lockId = (vm: number, index: number): number => vm * LOCK_ID_STRIDE + index;

/** One step of a path: `ns` of work, under lock `lock` (an index into VmState.locks) or none (-1). */
export interface PathStep { lock: number; ns: number }

/** TX queue locks of a VM: one per queue pair, one when every vCPU transmits on a single queue. */
export const txLockCount = (cfg: NetConfig, queues: number): number => (isMultiQueue(cfg.vm.net.mode) ? queues : 1);

/**
 * The locks of VM `name`: its_lock is a mutex; lpi_list_lock, the line's and each vCPU's ap_list_lock
 * are raw spinlocks of host.spinlock's algorithm; the TX queue locks are the guest's, of guest.spinlock's.
 */
export function vmLocks(cfg: NetConfig, name: string, queues: number, from: number, end: number): Lock[] {
  const x86 = isX86(cfg.vm.net.mode);
  const spin = cfg.host.spinlock;
  return [
    newLock(`${name}.its_lock`, "mutex", 1, from, end),
    // check_cache's list_move writes the cache list head and the hit entry.
    newLock(`${name}.lpi_list_lock`, spin, 2, from, end),
    newLock(x86 ? `${name}.ioapic.lock` : `${name}.spi.irq_lock`, spin, 1, from, end),
    // vgic_queue_irq_unlock's list_add_tail writes the ap_list head.
    ...Array.from({ length: cfg.vm.vcpus }, (_, v) => newLock(`${name}.vcpu${v}.ap_list_lock`, spin, 1, from, end)),
    ...Array.from({ length: txLockCount(cfg, queues) }, (_, t) =>
      newLock(`${name}.txq${t}.lock`, cfg.guest.spinlock, cfg.guest.txLockLines, from, end)),
  ];
}

/**
 * Steps of `path` for queue (MSI event) `arg` of a VM with `queues` LPIs, whose interrupt targets vCPU
 * `target`: vgic_queue_irq_unlock puts it on that vCPU's ap_list under its ap_list_lock (the kernel takes
 * it with the interrupt's irq_lock held; here the two are held one after the other).
 */
export function pathSteps(cfg: NetConfig, path: number, arg: number, queues: number, target: number): PathStep[] {
  const k = cfg.kvm;
  const free = (ns: number): PathStep => ({ lock: -1, ns });
  const queue: PathStep = { lock: apListLock(target), ns: k.apListQueueNs };
  switch (path) {
    case PATH_KWORKER_ITS:
      // vgic_its_trigger_msi: find_its_device, then find_ite walks the device's ITT up to the event.
      return [free(cfg.host.kworkerHopNs), { lock: LOCK_ITS, ns: k.itsTranslateNs + k.itsWalkNsPerEntry * (arg + 2) },
        queue];
    case PATH_IRQFD_CACHED:
      return [
        free(k.irqfdWakeupNs),
        // vgic_its_check_cache: walk and list_move under lpi_list_lock, reference taken.
        { lock: LOCK_LPI_LIST, ns: k.cacheLookupNs + k.cacheEntryNs * cacheEntriesWalked(queues, cfg.vm.vcpus,
          k.cachePerVcpu) },
        queue,
        // vgic_put_irq drops the reference under lpi_list_lock again.
        { lock: LOCK_LPI_LIST, ns: k.putIrqNs },
      ];
    case PATH_IRQFD_RCU:
      return [free(k.irqfdWakeupNs + k.xaLookupNs), queue];
    case PATH_IRQ_LINE:
      return [free(cfg.host.qemuRelayNs), { lock: LOCK_LINE, ns: cfg.gic.spiInjectNs }, queue];
    case PATH_KWORKER_IOAPIC:
      return [free(cfg.host.kworkerHopNs), { lock: LOCK_LINE, ns: cfg.gic.spiInjectNs }];
    case PATH_IRQFD_X86:
      return [free(k.irqfdWakeupNs + cfg.gic.x86MsiNs)];
    default:
      throw new Error(`unknown injection path ${path}`);
  }
}

/**
 * pathSteps for one actor: each (path, queue) computed once, then the same steps handed out again.
 * Nothing changes a path's steps once made (a run walks them by index), so sharing them is safe.
 */
export function pathStepsOf(io: {
  readonly cfg: NetConfig; readonly topo: { readonly queues: number; queueVcpu(q: number): number };
}): (path: number, arg: number) => PathStep[] {
  const made: PathStep[][][] = [];
  // io is read at the first call: a machine's implementations are made once without an actor's io.
  return (path, arg) =>
    ((made[path] ??= [])[arg] ??= pathSteps(io.cfg, path, arg, io.topo.queues, io.topo.queueVcpu(arg)));
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
