import type { TopLevelSpec } from "vega-lite";
import { useInterMetrics } from "./text-metrics.js";
import { loadVega } from "./vega-modules.js";

/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * `svg` with every character XML forbids written as a visible `\u…` escape,
 * as the terminal outputs show them: Vega escapes `&`, `<` and `>` in text but
 * would leave a NUL or an ESC from a scenario's title raw, and the file would
 * not open (issue 15).
 *
 * @example xmlSafe("<text>a\u0000b</text>"); // "<text>a\\u0000b</text>"
 */
export function xmlSafe(svg: string): string {
  return svg.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Renders a Vega-Lite spec to an SVG document string, headless.
 *
 * Pipeline: `vegaLite.compile(spec).spec` → `vega.parse` → `vega.View` with
 * `renderer: "none"` → `view.toSVG()`. Vega measures text with Inter's own
 * glyph advances (no `canvas` package), so identical input gives
 * byte-identical output. Sizes are CSS pixels.
 *
 * @example
 * const svg = await renderSvg({ mark: "bar", data: { values: [{ a: 1 }] }, encoding: { y: { field: "a", type: "quantitative" } } });
 * svg.startsWith("<svg"); // true
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const { vega, vegaLite } = await loadVega();
  useInterMetrics(vega);
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
  try {
    return xmlSafe(await view.toSVG());
  } finally {
    // Releases the dataflow's timers and listeners, so a long CLI run or a
    // report with many charts does not accumulate views.
    view.finalize();
  }
}
