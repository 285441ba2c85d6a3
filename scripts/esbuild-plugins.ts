// What every esbuild bundle of cxr shares (the CLI, the library, the explorer).
import { readFile } from "node:fs/promises";
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

/**
 * The CLI's: `unit-math.ts` becomes a loader of `unit-math.cjs`, built beside
 * the chunks from `unit-math-bundled.ts` (mathjs's unit factory only,
 * minified) and required on the first duration that is not in seconds, so
 * that a scenario without one never parses mathjs (see scripts/build-cli.ts).
 */
export const lazyUnitMath: Plugin = {
  name: "cxr-lazy-unit-math",
  setup(b) {
    b.onResolve({ filter: /^\.\/unit-math\.js$/ }, (args) =>
      args.importer.includes("/src/") ? { path: "unit-math", namespace: "cxr-lazy" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "cxr-lazy" }, () => ({
      loader: "js",
      contents: `import { createRequire } from "node:module";
let math;
export function unitMath() {
  math ??= createRequire(import.meta.url)("./unit-math.cjs").unitMath();
  return math;
}`,
    }));
  },
};
/** A bundle that may run without Node (the library, the explorer): both bundled. */
export const bundledForBrowser = bundled("unit-math", "jstat-beta");

/**
 * The CLI bundle's: `render/vega-modules.ts` imports vega and vega-lite
 * through `__cxrImport`, the loader's own `import()`, in place of its own. The
 * bundle runs as a classic script from a code cache (src/cli/bundle-script.ts),
 * which cannot run `import()` itself on Node 20, and both packages are ES
 * modules only.
 */
export const vegaThroughLoader: Plugin = {
  name: "cxr-vega-through-loader",
  setup(b) {
    b.onLoad({ filter: /\/src\/render\/vega-modules\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const contents = text.replaceAll('import("', '__cxrImport("');
      if (contents === text) throw new Error(`${args.path}: no import("…") left to route`);
      return { loader: "ts", contents };
    });
  },
};
