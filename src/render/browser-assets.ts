import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PAGE_FONT_WEIGHTS, type PageFont } from "./page-fonts.js";

/** The browser bundles an offline HTML page inlines (JavaScript source text). */
export interface Assets {
  /** `vega/build/vega.min.js` (defines the global `vega`). */
  readonly vega: string;
  /** `vega-lite/build/vega-lite.min.js` (defines the global `vegaLite`). */
  readonly vegaLite: string;
  /** `vega-embed/build/vega-embed.min.js` (defines the global `vegaEmbed`). */
  readonly vegaEmbed: string;
  /**
   * `vega-interpreter`, Vega's CSP-safe expression evaluator, as a script
   * that defines the global `vegaInterpreter` (see {@link interpreterScript}).
   */
  readonly vegaInterpreter: string;
  /** Inter's weights as subset WOFF2 (see page-fonts.ts), embedded in every page. */
  readonly fonts: readonly PageFont[];
}

/** The one import line of vega-interpreter's ESM build: helpers the `vega` global also exports. */
const INTERPRETER_IMPORT = /^import \{ ([\w, ]+) \} from 'vega-util';$/m;
const INTERPRETER_EXPORT = /^export \{ expression as expressionInterpreter \};$/m;

/**
 * vega-interpreter ships only as an ES module importing `vega-util`; a page
 * without a module loader needs a classic script. This wraps the module in a
 * function that takes those helpers from the `vega` global (vega re-exports
 * vega-util) and publishes `vegaInterpreter.expressionInterpreter`.
 *
 * @throws Error when the installed build no longer has the expected import
 * and export lines (a new version of the package), rather than emit a page
 * whose charts silently fail.
 * @example
 * interpreterScript(esm); // "(function (vega) {\nvar { ascending, … } = vega;…})(vega);"
 */
export function interpreterScript(esm: string): string {
  const imported = INTERPRETER_IMPORT.exec(esm);
  if (imported === null || !INTERPRETER_EXPORT.test(esm)) {
    throw new Error("vega-interpreter: unexpected build layout (its import/export lines changed)");
  }
  const body = esm
    .replace(INTERPRETER_IMPORT, `var { ${imported[1] ?? ""} } = vega;`)
    .replace(INTERPRETER_EXPORT, "window.vegaInterpreter = { expressionInterpreter: expression };");
  return `(function (vega) {\n${body}\n})(vega);`;
}

/**
 * Reads the minified browser bundles from the installed packages.
 *
 * This is the single function in `src/render/` and `src/report/` that reads
 * files: the page builders take its result as an argument, so they stay pure
 * and the CLI reads the ~840 KB once per run.
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
  const [vega, vegaLite, vegaEmbed, interpreter, fonts] = await Promise.all([
    readFile(beside("vega", "vega.min.js"), "utf8"),
    readFile(beside("vega-lite", "vega-lite.min.js"), "utf8"),
    readFile(beside("vega-embed", "vega-embed.min.js"), "utf8"),
    readFile(require.resolve("vega-interpreter"), "utf8"),
    loadPageFonts(),
  ]);
  return { vega, vegaLite, vegaEmbed, vegaInterpreter: interpreterScript(interpreter), fonts };
}

/**
 * `dist/fonts/` of the package this module belongs to: beside the nearest
 * package.json above it (from src/, dist/src/, dist/cli/ or dist/lib/),
 * never another project's further up.
 */
function fontDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ;) {
    if (existsSync(join(dir, "package.json"))) {
      const fonts = join(dir, "dist", "fonts");
      if (existsSync(fonts)) return fonts;
      break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error("the page fonts are missing from dist/fonts: run `npm run build`");
}

/**
 * Reads the subset Inter weights that `npm run build` writes to
 * `dist/fonts/inter-<weight>.woff2` (scripts/build-fonts.ts).
 *
 * @example
 * const fonts = await loadPageFonts(); // [{ weight: 400, woff2: "d09GMgAB…" }, …]
 */
export async function loadPageFonts(): Promise<PageFont[]> {
  const dir = fontDir();
  return Promise.all(
    PAGE_FONT_WEIGHTS.map(async (weight) => ({
      weight,
      woff2: (await readFile(join(dir, `inter-${weight}.woff2`))).toString("base64"),
    })),
  );
}
