import { int, num, type ParamTree } from "../../config/params.js";

const UPTON = "Upton 2024, 'KVM: arm64: Improvements to LPI injection' cover letter, vgic_lpi_stress -v1 -d1 -e1";

/**
 * Costs of KVM's vgic LPI injection path (arch/arm64/kvm/vgic/vgic-its.c, vgic.c) on the core that
 * injects, shared by every model that takes that path: the lpi-stress injectors (KVM_SIGNAL_MSI) and
 * the network model's irqfd and kworker injections. Each is one step of the path, named after the
 * kernel function it models; which steps run, and under which lock, depends on the host kernel.
 */
export const vgicInjectionParams = {
  kvm: {
    xaLookupNs: num(60, "ns", "assumed: xa_load under RCU plus vgic_try_get_irq_kref (6.10)",
      "6.10: translation lookup in the per-ITS cache, no lock"),
    cacheLookupNs: num(393, "ns",
      `calibrated at 1 vCPU / 1 device on the 5.4 path to ${UPTON}: 780,151 LPIs/s on v6.8-rc1`,
      "5.4: vgic_its_check_cache under lpi_list_lock: lookup and list_move of the hit, reference taken"),
    cacheEntryNs: num(10, "ns", "assumed: one list entry compared in the LRU walk", "5.4: per cache entry walked"),
    cachePerVcpu: int(16, "entries", "vgic_lpi_translation_cache_init: LPI_DEFAULT_PCPU_CACHE_SIZE per vCPU",
      "5.4: translation cache entries per vCPU (an LRU list)", { min: 1 }),
    putIrqNs: num(80, "ns", "assumed: vgic_put_irq's kref_put under lpi_list_lock (5.4, after the 2024 UAF fix)",
      "5.4: reference drop under lpi_list_lock after queueing"),
    itsTranslateNs: num(600, "ns", "assumed: vgic_its_trigger_msi under its_lock, lookups excluded",
      "4.x, and a 5.4 cache miss: translation under its_lock"),
    itsWalkNsPerEntry: num(50, "ns", "assumed: find_its_device and find_ite linear list walks",
      "per device and ITT entry walked under its_lock"),
    apListQueueNs: num(150, "ns", "assumed: vgic_queue_irq_unlock: list_add to the target's ap_list",
      "ap_list_lock hold when an LPI is queued"),
  },
} satisfies ParamTree;

/** Host kernel generations whose LPI injection paths the models know. */
export const KERNELS = ["4.x", "5.4", "6.10"] as const;
export type Kernel = (typeof KERNELS)[number];

/** Translation cache entries walked by a lookup: the LPIs in use, at most what the LRU list holds. */
export const cacheEntriesWalked = (lpis: number, vcpus: number, cachePerVcpu: number): number =>
  Math.min(lpis, cachePerVcpu * vcpus);
