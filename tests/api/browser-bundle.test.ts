// The library bundles for a browser: esbuild, platform "browser", from the
// API entry (src/api/index.ts) — the way a notebook or a page would bundle
// it. Node built-ins may only be reached through a dynamic import (the
// worker-thread pools, used when `workers` > 1, and the renderer behind
// `renderChart`), never from the code that loads with the entry.
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundledForBrowser } from "../../scripts/esbuild-plugins.js";

/** Output chunks reachable from `from` by static imports only. */
function staticClosure(meta: Metafile, from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const i of meta.outputs[path]?.imports ?? [])
      if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(from);
  return seen;
}

describe("a browser bundle of the library", async () => {
  const result = await build({
    entryPoints: { index: "src/api/index.ts" },
    outdir: "/tmp/cxr-browser-bundle-test",
    write: false,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    // The packages are the user's bundler's to resolve; the test is about cxr's own code.
    packages: "external",
    external: ["node:*"],
    metafile: true,
    plugins: [bundledForBrowser],
    logLevel: "silent",
  });
  const meta = result.metafile;
  const entry = Object.keys(meta.outputs).find((p) => meta.outputs[p]!.entryPoint !== undefined)!;
  const eager = staticClosure(meta, entry);

  it("builds, and what loads with the entry imports no Node built-in", () => {
    expect(result.errors).toEqual([]);
    const nodeImports = [...eager].flatMap((chunk) =>
      meta.outputs[chunk]!.imports.filter((i) => i.path.startsWith("node:")).map((i) => i.path),
    );
    expect(nodeImports).toEqual([]);
  });

  it("reaches Node built-ins only from the lazily loaded pools and renderer", () => {
    const lazyNode = Object.entries(meta.outputs)
      .filter(([chunk]) => !eager.has(chunk))
      .filter(([, o]) => o.imports.some((i) => i.path.startsWith("node:")))
      .flatMap(([, o]) => Object.keys(o.inputs));
    expect(lazyNode.length).toBeGreaterThan(0);
    const allowed = /^src\/(sim\/(thread|worker)-pool|campaign\/mc\/campaign-pool|render\/)/;
    const nodeInputs = Object.entries(meta.inputs)
      .filter(([, input]) => input.imports.some((i) => i.path.startsWith("node:")))
      .map(([path]) => path);
    expect(nodeInputs.filter((p) => !allowed.test(p))).toEqual([]);
  });
});
