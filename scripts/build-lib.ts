// Part of `npm run build`, after tsc and build-cli: bundles the library
// (src/api/, the package's "." export) with esbuild into dist/lib/:
// - the shipped cost catalog, validated by build-cli (dist/catalog.json), is
//   embedded as a constant, so `loadScenario` resolves `ref:` without
//   reading a file, in Node and in a browser;
// - mathjs is bundled with only the unit factory (scripts/esbuild-plugins.ts);
// - the other dependencies stay imports, for the user's bundler or Node;
// - the worker threads' entries sit beside the chunks that start them, which
//   load only when `workers` is above 1.
// The types are tsc's: dist/lib/index.d.ts re-exports dist/src/api/index.d.ts.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { bundledForBrowser } from "./esbuild-plugins.js";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  dependencies: Record<string, string>;
};
const external = [...Object.keys(pkg.dependencies).filter((d) => d !== "mathjs"), "node:*"];

rmSync("dist/lib", { recursive: true, force: true });
await build({
  entryPoints: {
    index: "src/api/index.ts",
    "sim-worker": "src/sim/sim-worker.ts",
    "campaign-worker": "src/campaign/mc/campaign-worker.ts",
  },
  outdir: "dist/lib",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  target: "es2022",
  external,
  define: { __CXR_SHIPPED_CATALOG__: readFileSync("dist/catalog.json", "utf8") },
  plugins: [bundledForBrowser],
  logLevel: "warning",
});
writeFileSync("dist/lib/index.d.ts", 'export * from "../src/api/index.js";\n');
