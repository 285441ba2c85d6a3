// The second half of `npm run build`, after tsc:
// 1. bundles the CLI with esbuild into one CommonJS file, dist/cli/cli.cjs,
//    which dist/cli/bin.js (src/cli/bundle-loader.ts) runs from a V8 code
//    cache (src/cli/bundle-script.ts): Node's ESM loader spent ~60 ms
//    resolving the few hundred small modules of zod, yaml, commander and cxr
//    on every start, and V8 most of the rest compiling them;
// 2. bundles the Monte Carlo workers, which start as ES modules;
// 3. validates catalog/catalog.yaml and writes dist/catalog.json, so a run
//    that uses `ref:` reads a checked snapshot instead of re-validating 2,000
//    lines of YAML each time;
// 4. runs the bundle on the commands whose start-up matters and saves the
//    bytecode V8 compiled for them as dist/cli/cli.cjs.cache.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";
import { lazyUnitMath, vegaThroughLoader } from "./esbuild-plugins.js";
import { catalogPath, parseCatalog } from "../src/catalog/index.js";
import { cachePath, compileBundle } from "../src/cli/bundle-script.js";

// Heavy or native packages stay outside the bundle and load only when used.
const EXTERNAL = [
  "@resvg/resvg-js",
  "pdfkit",
  "svg-to-pdfkit",
  "vega",
  "vega-lite",
  "vega-embed",
  "jstat",
  "playwright-core",
];
// Every bundle here runs in Node 20 from dist/cli.
const NODE = {
  outdir: "dist/cli",
  bundle: true,
  platform: "node",
  target: "node20",
  logLevel: "warning",
} as const;
// Smaller text parses faster at every start; names stay for --debug traces.
const MINIFY = { minifyWhitespace: true, minifySyntax: true } as const;
const BUNDLE = resolve("dist/cli/cli.cjs");

// Chunk names carry content hashes: start clean so stale chunks do not ship.
rmSync("dist/cli", { recursive: true, force: true });
await build({
  ...NODE,
  entryPoints: { cli: "src/cli/main.ts" },
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  external: EXTERNAL,
  // The wrapper in bundle-script.ts passes the module's own URL.
  define: { "import.meta.url": "__cxrUrl" },
  plugins: [lazyUnitMath, vegaThroughLoader],
  ...MINIFY,
});
await build({
  ...NODE,
  entryPoints: { bin: "src/cli/bundle-loader.ts" },
  format: "esm",
});
await build({
  ...NODE,
  entryPoints: {
    "sim-worker": "src/sim/sim-worker.ts",
    "campaign-worker": "src/campaign/mc/campaign-worker.ts",
  },
  splitting: true,
  format: "esm",
  external: EXTERNAL,
  // Bundled CommonJS packages call require(); give ESM one.
  banner: {
    js: "import { createRequire as __cxrRequire } from 'node:module'; const require = __cxrRequire(import.meta.url);",
  },
  plugins: [lazyUnitMath],
  ...MINIFY,
});

// Durations in minutes or hours: mathjs's unit factory alone, required on first use.
await build({
  ...NODE,
  entryPoints: { "unit-math": "src/scenario/unit-math-bundled.ts" },
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  minify: true,
});

const parsed = parseCatalog(readFileSync(catalogPath(), "utf8"));
if (!parsed.ok) {
  process.stderr.write(`catalog/catalog.yaml is invalid:\n${parsed.problems.join("\n")}\n`);
  process.exit(1);
}
writeFileSync("dist/catalog.json", JSON.stringify(parsed.catalog.entries()));

// The warm-up: what a user starts most (help, version, validate and a
// deterministic run of the flagship scenario). A function left out still
// runs; V8 compiles it from source on first call, as without a cache.
const WARM_UP: readonly (readonly string[])[] = [
  ["--version"],
  ["--help"],
  ["validate", "scenarios/poland-2025-09-10.yaml"],
  ["run", "scenarios/poland-2025-09-10.yaml"],
  ["run", "scenarios/poland-2025-09-10.yaml", "--format", "json"],
];
const compiled = compileBundle(BUNDLE, undefined);
const cli = compiled.run((specifier) => import(specifier));
const sink = { write: (): void => undefined, isTTY: false };
for (const argv of WARM_UP) {
  const status = await cli.runCli(argv, { stdout: sink, stderr: sink });
  if (status !== 0) {
    process.stderr.write(
      `the CLI bundle failed its warm-up: cxr ${argv.join(" ")} (exit ${status})\n`,
    );
    process.exit(1);
  }
}
writeFileSync(cachePath(BUNDLE), compiled.script.createCachedData());
