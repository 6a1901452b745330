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

  const net = {
    throughput: obj({ requestsPerSec: num, packetsPerSec: num, completed: count, eastWestCompleted: count }, [
      "eastWestCompleted",
    ]),
    latencyUs: obj({ mean: num, p50: num, p99: num, p999: num, samples: count }),
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
    interrupts: obj({ perVector: counts, perVcpu: counts }),
    drops: counts,
    contention: {
      type: "array",
      items: obj({
        name: { type: "string" },
        kind: { enum: ["lock", "serial"] },
        utilisation: share,
        meanWaitNs: { type: "number", minimum: 0 },
        acquisitions: count,
      }),
    },
    requests: obj({ sent: count, completed: count, dropped: count, inFlight: count, unaccounted: { type: "integer" } }),
  };
  const phold = { phold: obj({ handled: count, sent: count }) };

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
      },
      required: ["transport", "lookaheadNs", "pipelineDepth", "eventsPerWindow", "bytesSent", "windowsPerSec"],
    },
    digest: { type: "string", pattern: "^[0-9a-f]{16}$" },
    partitions: { type: "integer", minimum: 1 },
    workers: { type: "integer", minimum: 1 },
    seed: count,
  };
  const variant = (name: string, sections: Record<string, unknown>) => ({
    if: { properties: { model: { const: name } }, required: ["model"] },
    then: {
      properties: { ...sections, config: configOf(name) },
      required: Object.keys(sections),
    },
  });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://irqscale.dev/schemas/irqscale.result.v1.json",
    title: "irqscale.result/v1: the result.json of one irqscale run",
    type: "object",
    properties: envelope,
    required: [...Object.keys(envelope), "config"],
    allOf: [variant("net", net), variant("phold", phold)],
  };
}
