import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The browser bundles an offline HTML page inlines (JavaScript source text). */
export interface Assets {
  /** `vega/build/vega.min.js` (defines the global `vega`). */
  readonly vega: string;
  /** `vega-lite/build/vega-lite.min.js` (defines the global `vegaLite`). */
  readonly vegaLite: string;
  /** `vega-embed/build/vega-embed.min.js` (defines the global `vegaEmbed`). */
  readonly vegaEmbed: string;
}

/**
 * Reads the three minified browser bundles from the installed packages.
 *
 * This is the single function in `src/render/` and `src/report/` that reads
 * files: the page builders take its result as an argument, so they stay pure
 * and the CLI reads the ~830 KB once per run.
 *
 * The packages' `exports` maps hide `build/*.min.js`, so each path is found
 * next to the package's resolved entry point, which lives in `build/` too.
 *
 * @example
 * const assets = await loadBrowserAssets();
 * renderHtml(spec, { title: "CER", assets });
 */
export async function loadBrowserAssets(): Promise<Assets> {
  const require = createRequire(import.meta.url);
  const beside = (pkg: string, file: string): string => join(dirname(require.resolve(pkg)), file);
  const [vega, vegaLite, vegaEmbed] = await Promise.all([
    readFile(beside("vega", "vega.min.js"), "utf8"),
    readFile(beside("vega-lite", "vega-lite.min.js"), "utf8"),
    readFile(beside("vega-embed", "vega-embed.min.js"), "utf8"),
  ]);
  return { vega, vegaLite, vegaEmbed };
}
