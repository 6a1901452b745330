/**
 * `npm run schema:gen`: writes schemas/irqscale.result.v1.json, the JSON Schema of result.json,
 * from the result envelope and the models' parameter declarations (shared/stats/result-schema.ts).
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resultJsonSchema } from "../shared/stats/result-schema.js";

export const RESULT_SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), "irqscale.result.v1.json");
export const schemaText = (): string => `${JSON.stringify(resultJsonSchema(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(RESULT_SCHEMA_FILE, schemaText());
  process.stdout.write(`wrote ${RESULT_SCHEMA_FILE}\n`);
}
