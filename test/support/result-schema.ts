import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { RESULT_SCHEMA_FILE } from "../../schemas/generate.js";

const validator = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(RESULT_SCHEMA_FILE, "utf8")) as object,
);

/** How `result` breaks schemas/irqscale.result.v1.json (ajv's messages), [] when it validates. */
export const resultSchemaErrors = (result: unknown): string[] =>
  validator(result) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
