// The second half of `npm run build`, after tsc:
// 1. bundles the CLI (and its Monte Carlo worker) with esbuild into dist/cli/,
//    because Node's ESM loader spends ~60 ms resolving the few hundred small
//    modules of zod, yaml, commander and cxr itself on every start;
// 2. validates catalog/catalog.yaml and writes dist/catalog.json, so a run
//    that uses `ref:` reads a checked snapshot instead of re-validating 2,000
//    lines of YAML each time.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { lazyUnitMath } from "./esbuild-plugins.js";
import { catalogPath, parseCatalog } from "../src/catalog/index.js";

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

// Chunk names carry content hashes: start clean so stale chunks do not ship.
rmSync("dist/cli", { recursive: true, force: true });
await build({
  entryPoints: {
    bin: "src/cli/bin.ts",
    "sim-worker": "src/sim/sim-worker.ts",
    "campaign-worker": "src/campaign/mc/campaign-worker.ts",
  },
  outdir: "dist/cli",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  // Bundled CommonJS packages (commander) call require(); give ESM one.
  banner: {
    js: "import { createRequire as __cxrRequire } from 'node:module'; const require = __cxrRequire(import.meta.url);",
  },
  plugins: [lazyUnitMath],
  // Smaller text parses faster at every start; names stay for --debug traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});

// Durations in minutes or hours: mathjs's unit factory alone, required on first use.
await build({
  entryPoints: { "unit-math": "src/scenario/unit-math-bundled.ts" },
  outdir: "dist/cli",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: true,
  logLevel: "warning",
});

const parsed = parseCatalog(readFileSync(catalogPath(), "utf8"));
if (!parsed.ok) {
  process.stderr.write(`catalog/catalog.yaml is invalid:\n${parsed.problems.join("\n")}\n`);
  process.exit(1);
}
writeFileSync("dist/catalog.json", JSON.stringify(parsed.catalog.entries()));
