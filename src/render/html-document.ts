import type { TopLevelSpec } from "vega-lite";
import type { Assets } from "./browser-assets.js";
import { pagePolicy } from "./csp.js";
import { escapeHtml, inlineScript, jsonForScript } from "./escape.js";
import { PAGE_FONT_WEIGHTS, fontFaceCss } from "./page-fonts.js";

/** The font stack of every page: Inter, embedded (page-fonts.ts); the system UI font for a character outside its subset. */
export const PAGE_FONT_STACK = "Inter, system-ui, sans-serif";

/** Style for the embedded charts, shared by every page. */
export const CHART_CSS = `.vega-chart { max-width: 100%; overflow-x: auto; }
.vega-chart svg text { font-family: ${PAGE_FONT_STACK}; }
.chart-error { color: #b00020; white-space: pre-wrap; }`;

/**
 * Boots every chart on the page: each `<script class="vega-spec">` block
 * holds a spec and follows its container. SVG rendering keeps text crisp in
 * print; tooltips show the data under the pointer; the export action lets an
 * analyst save a PNG/SVG, the others would link to the network. Expressions
 * are parsed to an AST and run by vega-interpreter (`ast`, `expr`), never
 * compiled with `Function`, so the page needs no `'unsafe-eval'`. The
 * charts wait for the embedded Inter weights to load: vega measures axis
 * and legend text as it lays a chart out, and must measure it in Inter.
 */
const BOOT = `(function () {
  function embedAll() {
    var blocks = document.querySelectorAll("script.vega-spec");
    for (var i = 0; i < blocks.length; i++) {
      var block = blocks[i];
      var target = block.previousElementSibling;
      var spec = JSON.parse(block.textContent);
      vegaEmbed(target, spec, {
        renderer: "svg",
        tooltip: true,
        ast: true,
        expr: vegaInterpreter.expressionInterpreter,
        actions: { export: true, source: false, compiled: false, editor: false }
      }).catch(function (target) {
        return function (error) {
          target.className = "chart-error";
          target.textContent = "Chart failed to render: " + error;
          console.error(error);
        };
      }(target));
    }
  }
  var weights = ${JSON.stringify(PAGE_FONT_WEIGHTS)};
  var fonts = document.fonts
    ? Promise.all(weights.map(function (w) { return document.fonts.load(w + " 12px Inter"); }))
    : Promise.resolve();
  fonts.catch(function () {}).then(embedAll);
})();`;

/**
 * One chart's markup: an empty container for vega-embed, followed by the spec
 * as escaped JSON (see {@link jsonForScript}).
 *
 * @example
 * chartEmbed(spec); // '<div class="vega-chart"></div><script type="application/json" class="vega-spec">{…}</script>'
 */
export function chartEmbed(spec: TopLevelSpec): string {
  return `<div class="vega-chart"></div><script type="application/json" class="vega-spec">${jsonForScript(spec)}</script>`;
}

/** What {@link htmlDocument} assembles. */
export interface HtmlDocumentParts {
  /** Plain text; escaped here. */
  readonly title: string;
  /** Trusted CSS written by cxr (never scenario text). */
  readonly css: string;
  /** Trusted HTML whose scenario strings are already escaped. */
  readonly body: string;
  readonly assets: Assets;
}

/**
 * A complete, self-contained HTML page: the vega bundles inline and the boot
 * script that embeds every {@link chartEmbed} block, under a Content Security
 * Policy that loads nothing from the network and runs only those scripts, by
 * their SHA-256 hash (no `'unsafe-inline'` or `'unsafe-eval'` script).
 *
 * @example
 * htmlDocument({ title: "CER", css: "", body: chartEmbed(spec), assets });
 */
export function htmlDocument(parts: HtmlDocumentParts): string {
  const { vega, vegaLite, vegaEmbed, vegaInterpreter } = parts.assets;
  const inline = [vega, vegaLite, vegaEmbed, vegaInterpreter, BOOT].map(inlineScript);
  const scripts = inline.map((js) => `<script>${js}</script>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inline)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<style>
${fontFaceCss(parts.assets.fonts)}
${CHART_CSS}
${parts.css}
</style>
</head>
<body>
${parts.body}
${scripts}
</body>
</html>
`;
}
