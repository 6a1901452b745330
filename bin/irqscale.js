#!/usr/bin/env -S node --max-inlined-bytecode-size=120 --v8-pool-size=1
// Entry of the `irqscale` command: the compiled CLI in dist/, which `npm ci` builds (the `prepare`
// script runs `npm run build`: tsc -p tsconfig.build.json). Nothing is compiled at start-up. The
// tests run the TypeScript sources themselves (node --import tsx services/cli/main.ts). The shebang's V8 flags
// are shared/run/jit.ts's JIT_FLAGS (test/run/jit.test.ts holds them equal); `node bin/irqscale.js` runs without.
import { existsSync } from "node:fs";

const main = new URL("../dist/services/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("irqscale: dist/ has no compiled CLI: run `npm run build` (`npm ci` runs it)\n");
  process.exit(1);
}
await import(main.href);
