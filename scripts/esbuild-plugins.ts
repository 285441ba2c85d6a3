// What every esbuild bundle of cxr shares (the CLI, the library, the explorer).
import { resolve } from "node:path";
import type { Plugin } from "esbuild";

/**
 * Swaps a module of src/ that loads a package lazily through Node's
 * createRequire (for running from source, and from the CLI bundle) for its
 * `-bundled.ts` twin, which imports the package, so that the bundler keeps
 * it: `unit-math` (mathjs's `create()` with the unit factory only, which
 * tree-shakes to a few milliseconds of loading and runs in a browser) and
 * `jstat-beta` (jstat, for a bundle that must run without Node).
 */
export function bundled(...names: readonly ("unit-math" | "jstat-beta")[]): Plugin {
  const filter = new RegExp(`^\\./(${names.join("|")})\\.js$`);
  return {
    name: "cxr-bundled",
    setup(b) {
      b.onResolve({ filter }, (args) =>
        args.importer.includes("/src/")
          ? { path: resolve(args.resolveDir, args.path.replace(/\.js$/, "-bundled.ts")) }
          : undefined,
      );
    },
  };
}

/** The CLI's: mathjs bundled, jstat loaded by Node when a quantile needs it. */
export const bundledUnitMath = bundled("unit-math");
/** A bundle that may run without Node (the library, the explorer): both bundled. */
export const bundledForBrowser = bundled("unit-math", "jstat-beta");
