import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { useInterMetrics } from "./text-metrics.js";

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
  useInterMetrics();
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    // Releases the dataflow's timers and listeners, so a long CLI run or a
    // report with many charts does not accumulate views.
    view.finalize();
  }
}
