/**
 * The CLI bundle as a classic script compiled with a V8 code cache: the
 * stand-in, on Node 20, for Node 22's `module.enableCompileCache()`.
 *
 * Node compiles an ES module from its source on every start, and cxr's
 * start-up was mostly that: parsing about 1 MB of zod, yaml, commander and
 * cxr, then compiling each function on its first call. A `vm.Script` accepts
 * the bytecode of an earlier compile instead (`cachedData`). `npm run build`
 * bundles the CLI into one CommonJS file, dist/cli/cli.cjs, runs it on the
 * commands whose start-up matters (help, version, validate and run of the
 * flagship), and saves the bytecode of every function those runs compiled to
 * dist/cli/cli.cjs.cache (scripts/build-cli.ts). V8 checks the
 * cache against its own version, its flags and the source; when any differs
 * it rejects the cache and compiles from source, so a stale cache costs time,
 * never correctness.
 *
 * The loader (bundle-loader.ts) and the build use this one module, because a
 * cache matches only the exact text it was made from, wrapper included.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";

/** What dist/cli/cli.cjs exports (src/cli/main.ts). */
export interface CliBundle {
  main(): Promise<number>;
  runCli: typeof import("./program.js").runCli;
}

/**
 * How the bundle imports an ES module (vega, vega-lite): a script compiled
 * by `vm` cannot run `import()` itself on Node 20 without an experimental
 * flag, so the loader, an ES module, lends it its own.
 */
export type ImportFn = (specifier: string) => Promise<unknown>;

export interface CompiledBundle {
  readonly script: Script;
  /** Whether V8 refused the code cache offered (absent: none was offered). */
  readonly cacheRejected: boolean | undefined;
  /** Runs the bundle's top level once and returns its exports. */
  run(importFn: ImportFn): CliBundle;
}

/** The parameters the bundle's text may use: CommonJS's five, import.meta.url's stand-in and the import. */
const PARAMS = "exports, require, module, __filename, __dirname, __cxrUrl, __cxrImport";

/** Compiles the bundle at `file`, with `cache` (the bytes of a code cache) if given. */
export function compileBundle(file: string, cache: Buffer | undefined): CompiledBundle {
  const source = `(function (${PARAMS}) {${readFileSync(file, "utf8")}\n})`;
  const script = new Script(source, {
    filename: file,
    ...(cache === undefined ? {} : { cachedData: cache }),
  });
  return {
    script,
    cacheRejected: cache === undefined ? undefined : script.cachedDataRejected === true,
    run(importFn) {
      const module = { exports: {} as CliBundle };
      const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
      const url = pathToFileURL(file).href;
      wrapper(module.exports, createRequire(file), module, file, dirname(file), url, importFn);
      return module.exports;
    },
  };
}

/** The code cache's path beside the bundle. */
export function cachePath(bundleFile: string): string {
  return `${bundleFile}.cache`;
}

/** The cache's bytes, or undefined when there is none (a build without one, a file removed). */
export function readCache(bundleFile: string): Buffer | undefined {
  try {
    return readFileSync(cachePath(bundleFile));
  } catch {
    return undefined;
  }
}
