// What every esbuild bundle of cxr shares (the CLI, the library, the explorer).
import { resolve } from "node:path";
import type { Plugin } from "esbuild";

/**
 * Swaps `src/scenario/unit-math.ts` (mathjs's prebuilt bundle through Node's
 * createRequire, for running from source) for `unit-math-bundled.ts`
 * (`create()` with the unit factory only, which the bundler tree-shakes to a
 * few milliseconds of loading, and which runs in a browser too).
 */
export const bundledUnitMath: Plugin = {
  name: "cxr-bundled-unit-math",
  setup(b) {
    b.onResolve({ filter: /^\.\/unit-math\.js$/ }, (args) =>
      args.importer.endsWith("duration.ts")
        ? { path: resolve(args.resolveDir, "unit-math-bundled.ts") }
        : undefined,
    );
  },
};
