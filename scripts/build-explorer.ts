// Part of `npm run build`, after tsc: bundles the explorer page's browser
// code (src/explore/browser/) with esbuild into dist/explorer/, so that
// `cxr explore` inlines the library's own loader, engine, simulator and chart
// builders into the page rather than a re-implementation (issue 14).
//
// Node-only modules must never reach the browser: a `node:` import fails the
// build, except `node:module`, whose `createRequire` is stubbed to hand the
// loader the bundled mathjs (duration units) and nothing else.
import { mkdirSync } from "node:fs";
import { build, type Plugin } from "esbuild";
import { bundledForBrowser } from "./esbuild-plugins.js";

const nodeStubs: Plugin = {
  name: "cxr-node-stubs",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => {
      if (args.path === "node:module") return { path: "node-module", namespace: "cxr-stub" };
      return { errors: [{ text: `${args.path} (from ${args.importer}) cannot run in a browser` }] };
    });
    b.onLoad({ filter: /.*/, namespace: "cxr-stub" }, () => ({
      resolveDir: process.cwd(),
      loader: "js",
      contents: `export function createRequire() {
  return function (id) {
    if (id === "mathjs/lib/browser/math.js") return require("mathjs/lib/browser/math.js");
    throw new Error("not bundled for the browser: " + id);
  };
}`,
    }));
  },
};

mkdirSync("dist/explorer", { recursive: true });
await build({
  entryPoints: {
    app: "src/explore/browser/main.ts",
    worker: "src/explore/browser/worker.ts",
  },
  outdir: "dist/explorer",
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  plugins: [bundledForBrowser, nodeStubs],
  define: { "process.env.NODE_ENV": '"production"' },
  // The loader's duration module names its own URL only for Node's createRequire (stubbed).
  logOverride: { "empty-import-meta": "silent" },
  logLevel: "warning",
});
