import { defineConfig } from "vitest/config";

/**
 * `npm test` runs plain `vitest run` with this config. CI (.ci/run) sets IRQSCALE_TEST_JSON to a
 * file path to get vitest's JSON report there as well, without changing the test command.
 */
const jsonReport = process.env.IRQSCALE_TEST_JSON;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    // Simulation and subprocess tests run whole (small) simulations; give them room on a busy 2-core box.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ["default", "json"] : ["default"],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
