import { newLock, type Lock, type LockAlgorithm } from "../host/lock.js";

/**
 * The memory the VM's injectors and vCPUs share, as plain data: KVM's vgic state for the LPIs of
 * the stress devices and the locks that guard it. Every actor of the VM lives in one partition (one
 * group), so they touch it in kernel event order.
 */
export interface LpiVm {
  /** dist->lpi_list_lock (5.4: the translation cache and the LPI reference counts), a raw spinlock. */
  readonly lpiList: Lock;
  /** its->its_lock, a mutex: the ITT walk of an MSI without (4.x) or missing (5.4) a cached translation. */
  readonly its: Lock;
  /** Per vCPU: vgic_cpu->ap_list_lock, a raw spinlock. */
  readonly apListLock: Lock[];
  /** Per LPI (device-major, then event): on its target's ap_list (irq->vcpu set). */
  readonly onList: boolean[];
  /** Per LPI: pending_latch, set by an injection and cleared when the LPI is put in a list register. */
  readonly latch: boolean[];
  /** Per LPI: in a list register of its target and not yet EOIed by the guest. */
  readonly inLr: boolean[];
  /** Per vCPU: its ap_list, LPI numbers in the order they were queued. */
  readonly apList: number[][];
  /** Per vCPU: the LPIs its list registers hold. */
  readonly lr: number[][];
  /** Per vCPU: vcpu->mode, as kvm_vcpu_kick reads it. */
  readonly mode: VcpuMode[];
  /** Per vCPU: KVM_REQ_IRQ_PENDING made while it was outside the guest. */
  readonly irqPending: boolean[];
}

export const OUTSIDE_GUEST_MODE = 0, IN_GUEST_MODE = 1, EXITING_GUEST_MODE = 2;
export type VcpuMode = typeof OUTSIDE_GUEST_MODE | typeof IN_GUEST_MODE | typeof EXITING_GUEST_MODE;

/** Lock ids as LockGrant carries them. */
export const LPI_LIST_LOCK = 0, ITS_LOCK = 1;
export const apListLockId = (vcpu: number): number => 2 + vcpu;

export function lockById(vm: LpiVm, id: number): Lock {
  return id === LPI_LIST_LOCK ? vm.lpiList : id === ITS_LOCK ? vm.its : vm.apListLock[id - 2]!;
}

export function newLpiVm(vcpus: number, lpis: number, spinlock: LockAlgorithm, from: number, end: number): LpiVm {
  return {
    // check_cache's list_move writes the cache list head and the hit entry; the others one line each.
    lpiList: newLock("vm.lpi_list_lock", spinlock, 2, from, end),
    its: newLock("vm.its_lock", "mutex", 1, from, end),
    apListLock: Array.from({ length: vcpus }, (_, j) => newLock(`vcpu${j}.ap_list_lock`, spinlock, 1, from, end)),
    onList: new Array<boolean>(lpis).fill(false),
    latch: new Array<boolean>(lpis).fill(false),
    inLr: new Array<boolean>(lpis).fill(false),
    apList: Array.from({ length: vcpus }, () => []),
    lr: Array.from({ length: vcpus }, () => []),
    mode: new Array<VcpuMode>(vcpus).fill(IN_GUEST_MODE),
    irqPending: new Array<boolean>(vcpus).fill(false),
  };
}

/** The vCPU an LPI targets: the selftest maps events round-robin over the vCPUs' collections. */
export const targetOf = (lpi: number, vcpus: number): number => lpi % vcpus;
