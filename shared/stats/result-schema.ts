import { z } from "zod";
import { schemaOf } from "../config/params.js";
import { commonParams, models } from "../model/registry.js";
import { RESULT_SCHEMA } from "./result.js";

/**
 * JSON Schema (draft 2020-12) of `irqscale.result/v1`, the result.json every run writes: the run's
 * envelope (digest, events, windows, sync figures, times), each model's sections, and its resolved
 * config, whose schema comes from the model's parameter declarations (zod). `npm run schema:gen`
 * writes it to schemas/irqscale.result.v1.json; a test holds that file to this function.
 */
export function resultJsonSchema(): Record<string, unknown> {
  const num = { type: "number" };
  const count = { type: "integer", minimum: 0 };
  const share = { type: "number", minimum: 0, maximum: 1 };
  const obj = (properties: Record<string, unknown>, optional: string[] = []) => ({
    type: "object",
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
  });
  const counts = { type: "object", additionalProperties: count };
  const configOf = (name: string) =>
    z.toJSONSchema(schemaOf({ ...commonParams(name), ...models[name]!.params }), {
      io: "output", target: "draft-2020-12",
    });

  const ns = { type: "number", minimum: 0 };
  // A lock's report (shared/model/host/lock.ts lockReport): served acquisitions in the window.
  const lockReport = obj({
    name: { type: "string" },
    kind: { const: "lock" },
    algorithm: { enum: ["ticket", "qspinlock", "mutex"] },
    acquisitions: { ...count, description: "acquisitions served (granted) in the measured window" },
    acquisitionsPerSec: ns,
    contended: share,
    utilisation: { ...share, description: "share of the window the lock was held or being handed to its next owner" },
    holdShare: { ...share, description: "share of the window the lock was held" },
    meanWaitNs: ns,
    p99WaitNs: ns,
    meanHoldNs: ns,
    meanHandoffNs: { ...ns, description: "mean time from a release to the next owner's grant (contended grants)" },
    spinNs: { ...ns, description: "CPU time waiters spent spinning in the window (0 for a mutex)" },
    contextSwitches: count,
    maxWaiters: count,
    waitersAtEnd: count,
    transfers: { ...counts, description: "grants by the distance class of the cache-line transfer" },
    stationary: { type: "boolean" },
    warning: { type: "string" },
  }, ["warning"]);
  // A serial thread (a vhost worker): its utilisation.
  const serial = obj({
    name: { type: "string" }, kind: { const: "serial" }, utilisation: share, meanWaitNs: ns, acquisitions: count,
  });
  const contention = {
    type: "array", items: { oneOf: [lockReport, serial] },
    description: "locks and serial threads, costliest first (total wait, then utilisation)",
  };
  const net = {
    throughput: {
      ...obj({
        requestsPerSec: {
          ...num, description: "throughput.completed / the measured window (sim.durationMs), in requests/s",
        },
        packetsPerSec: {
          ...num,
          description: "request and response packets of the requests in throughput.completed / the measured window; "
            + "a flood's: its packets through the guest's RX stack in the window (rx.delivered) / the window",
        },
        completed: {
          ...count,
          description: "requests whose response's last packet reached its client inside the measured window "
            + "[sim.warmupMs, sim.warmupMs + sim.durationMs): the count requestsPerSec is made of",
        },
        eastWestCompleted: {
          ...count,
          description: "east-west calls answered back to the calling VM over the whole run (warm-up included)",
        },
        gbps: {
          ...ns,
          description: "workload.kind stream: goodput, payload bytes the receiving application got in the measured "
            + "window x 8 / the window, in Gbit/s",
        },
      }, ["eastWestCompleted", "gbps"]),
      description: "the measured window only (after sim.warmupMs)",
    },
    latencyUs: {
      ...obj({
        mean: num, p50: num, p99: num, p999: num,
        samples: { ...count, description: "responses the percentiles are taken over: throughput.completed" },
      }),
      description: "response times of the requests in throughput.completed (us)",
    },
    perCpu: {
      type: "array",
      items: obj(
        {
          id: { type: "string" },
          kind: { enum: ["vcpu", "pcpu"] },
          shares: { type: "object", additionalProperties: share },
          busy: share,
          interrupts: count,
          exits: counts,
          completed: count,
          eastWest: obj({ calls: count, served: count, answered: count }),
        },
        ["completed", "eastWest"],
      ),
    },
    interrupts: obj({
      perVector: counts, perVcpu: counts,
      perVcpuVector: { type: "object", additionalProperties: counts,
        description: "per vCPU, hardirqs taken per vector" },
    }),
    drops: counts,
    contention,
    requests: {
      ...obj({
        sent: { ...count, description: "request transmissions, retransmissions included" },
        completed: {
          ...count, description: "responses received over the whole run, warm-up included (not throughput.completed)",
        },
        dropped: count,
        inFlight: { ...count, description: "requests still on their way at the end of the run" },
        unaccounted: {
          type: "integer", description: "sent - completed - dropped - inFlight: 0 when every request is accounted for",
        },
      }),
      description: "request conservation over the whole run, warm-up included",
    },
    rx: {
      ...obj({
        delivered: { ...count, description: "flood packets through the guest's RX stack in the measured window" },
        interrupts: { ...count, description: "device interrupts (not IPIs) the guest took in the measured window" },
        interruptsPerPacket: {
          type: ["number", "null"], minimum: 0,
          description: "rx.interrupts / rx.delivered (null when none was delivered)",
        },
      }),
      description: "workload.kind flood only: the receive side in the measured window",
    },
    packets: {
      ...obj({
        sent: { ...count, description: "packets the flood's source sent" },
        delivered: { ...count, description: "packets through the guest's RX stack, warm-up included" },
        dropped: { ...count, description: "packets dropped at the NIC ring, the tap, the backlog or the socket" },
        inFlight: { ...count, description: "packets still on their way at the end of the run" },
        unaccounted: {
          type: "integer", description: "sent - delivered - dropped - inFlight: 0 when every packet is accounted for",
        },
      }),
      description: "workload.kind flood only: packet conservation over the whole run, warm-up included",
    },
    mitigations: {
      ...obj({
        coalesce: {
          ...obj({ rxUsecs: ns, rxFrames: count, byFrames: count, byTimer: count, held: count }),
          description: "RX notification coalescing (guest.coalesce, or net_dim's profile) in the measured window: "
            + "notifications at rxFrames buffers, at rxUsecs, and vhost runs whose notification was held",
        },
        dim: {
          ...obj({
            decisions: { ...count, description: "net_dim decisions over the run (one per 64 interrupts of a queue)" },
            changes: { ...count, description: "profiles sent to the device over the run" },
            profileShare: { type: "array", items: share, description: "measured time at each RX EQE profile "
              + "(1, 8, 64, 128, 256 us; 256 frames) once one was applied, summed over queues" },
            meanUsecs: {
              type: ["number", "null"], minimum: 0, description: "time-weighted rx-usecs of those profiles",
            },
          }),
        },
        busyPoll: {
          ...obj({ polls: count, hits: count }),
          description: "guest busy polls in the measured window, and those that found packets",
        },
        vhostPoll: {
          ...obj({ polls: count, hits: count, cores: ns }),
          description: "vhost busy polls in the measured window, those that found work, and the cores their spin "
            + "took (spin time / window, summed over workers)",
        },
      }, ["coalesce", "dim", "busyPoll", "vhostPoll"]),
      description: "present when a mitigation is on (guest.coalesce, guest.dim, guest.busyPollUs, host.vhostPollUs)",
    },
  };
  const perOf = (what: string) => obj({
    acks: { type: ["number", "null"], minimum: 0, description: `ACKs sent by the receiver per ${what}` },
    interrupts: {
      type: ["number", "null"], minimum: 0, description: `device interrupts the guest took per ${what}`,
    },
    segments: { type: ["number", "null"], minimum: 0, description: `segments per ${what}` },
  }, ["segments"]);
  const streamSection = {
    stream: {
      ...obj({
        direction: { enum: ["rx", "tx"] },
        flows: count,
        windowSegs: count,
        segBytes: count,
        segments: { ...count, description: "segments the receiving application got in the measured window" },
        acks: { ...count, description: "ACKs the receiver sent in the measured window" },
        interrupts: { ...count, description: "device interrupts (not IPIs) the guest took in the measured window" },
        perSegment: { ...perOf("segment delivered"), description: "null when none was delivered" },
        perGB: { ...perOf("GB (1e9 bytes) delivered"), description: "null when none was delivered" },
        bytes: {
          ...obj({
            sent: count, delivered: count, dropped: count, inFlight: count,
            unaccounted: { type: "integer", description: "sent - delivered - dropped - inFlight: 0 when all are "
              + "accounted for" },
          }),
          description: "payload conservation over the whole run, warm-up included (whole segments)",
        },
      }),
      description: "workload.kind stream only: the flows in the measured window, and byte conservation",
    },
  };
  Object.assign(net, streamSection);
  const netOptional = ["rx", "packets", "mitigations", "stream"];
  const phold = { phold: obj({ handled: count, sent: count }) };
  const lpi = {
    lpi: obj({
      injectedPerSec: num, signals: count, perDevicePerSec: num, queuedPerSec: num, mergedPerSec: num,
      kicksPerSec: num, slowPathPerSec: num, handledPerSec: num, exitsPerSec: num, maintenancePerSec: num,
      kernel: { type: "string" }, spinlock: { type: "string" }, topology: { type: "string" },
    }),
    contention,
  };
  const interval = {
    type: "object",
    properties: {
      mean: num,
      sd: { type: ["number", "null"], minimum: 0, description: "sample standard deviation (n - 1); null for n = 1" },
      n: { type: "integer", minimum: 1 },
      halfWidth: { type: ["number", "null"], minimum: 0, description: "t(0.975, n - 1) * sd / sqrt(n)" },
      ci95: {
        oneOf: [{ type: "array", items: num, minItems: 2, maxItems: 2 }, { type: "null" }],
        description: "[mean - halfWidth, mean + halfWidth]: the 95% Student-t interval of the mean",
      },
    },
    required: ["mean", "sd", "n", "halfWidth", "ci95"],
  };
  const stats = {
    ...obj({
      reps: { type: "integer", minimum: 2 },
      confidence: num,
      seedRule: { type: "string" },
      replications: {
        type: "array",
        items: obj({
          rep: count, seed: count, digest: { type: "string", pattern: "^[0-9a-f]{16}$" }, result: { type: "string" },
        }),
      },
      metrics: {
        type: "object",
        additionalProperties: {
          ...interval,
          properties: { ...interval.properties, values: { type: "array", items: num } },
          required: [...interval.required, "values"],
        },
      },
    }),
    description: "--reps N: every headline metric over the N replications (this result's fields are replication 0's)",
  };

  const envelope = {
    schema: { const: RESULT_SCHEMA },
    runId: { type: "string" },
    model: { enum: Object.keys(models) },
    preset: { type: ["string", "null"] },
    events: count,
    messages: obj({ sent: count, pendingAtEnd: count, crossPartition: count }),
    simulatedNs: count,
    wallMs: count,
    cpuMs: count,
    windows: count,
    sync: {
      type: "object",
      properties: {
        transport: { enum: ["memory", "nats"] },
        lookaheadNs: { type: ["number", "null"] },
        lookaheadLink: { type: "string" },
        pipelineDepth: { type: "integer", minimum: 1 },
        windowNs: { type: ["number", "null"] },
        eventsPerWindow: num,
        crossPartitionPerWindow: num,
        bytesSent: count,
        waitMsPerPartition: { type: "array", items: num },
        windowsPerSec: num,
        checkpoints: {
          type: "object",
          description: "a checkpointed or resumed run (docs/checkpoints.md): cadence, cuts taken, bytes and wall ms "
            + "per cut, the cut it resumed from, and after lost workers the resumes and who was lost",
          properties: {
            everyWindows: { type: "integer", minimum: 1 },
            everyMs: num,
            taken: count,
            bytesPerCut: num,
            msPerCut: num,
            resumedFrom: obj({ window: count, virtualNs: count }),
            resumes: count,
            lostWorkers: { type: "array", items: { type: "string" } },
          },
          required: ["taken", "bytesPerCut", "msPerCut"],
        },
      },
      required: ["transport", "lookaheadNs", "pipelineDepth", "eventsPerWindow", "bytesSent", "windowsPerSec"],
    },
    digest: { type: "string", pattern: "^[0-9a-f]{16}$" },
    partitions: { type: "integer", minimum: 1 },
    workers: { type: "integer", minimum: 1 },
    seed: count,
  };
  const optional = {
    warnings: {
      type: "array", items: { type: "string" },
      description:
        "what to read with care: a percentile on too few samples, a queue or wait that grows through the window",
    },
    stats,
  };
  const variant = (name: string, sections: Record<string, unknown>, optionalSections: string[] = []) => ({
    if: { properties: { model: { const: name } }, required: ["model"] },
    then: {
      properties: { ...sections, config: configOf(name) },
      required: Object.keys(sections).filter((k) => !optionalSections.includes(k)),
    },
  });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://irqscale.dev/schemas/irqscale.result.v1.json",
    title: "irqscale.result/v1: the result.json of one irqscale run",
    type: "object",
    properties: { ...envelope, ...optional },
    required: [...Object.keys(envelope), "config"],
    allOf: [variant("net", net, netOptional), variant("phold", phold), variant("lpi", lpi)],
  };
}
