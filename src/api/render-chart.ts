import type { TopLevelSpec } from "vega-lite";
import type { ChartFormat } from "../render/render-chart.js";

export type { ChartFormat } from "../render/render-chart.js";

/**
 * Renders a chart spec: `svg` and `html` (one offline page) as text, `png`
 * (2× unless `scale`) and `pdf` as bytes, `vl.json` as the spec's text.
 * Node only: the renderer measures text with the Inter fonts that ship with
 * the package and draws PNG with resvg, loaded only when this is called; in
 * a browser, hand `chartSpec`'s spec to vega-embed instead.
 *
 * @example await writeFile("cer.png", await renderChart(chartSpec("cer", result), "png"));
 */
export async function renderChart(
  spec: TopLevelSpec,
  format: ChartFormat,
  options: { readonly scale?: number; readonly title?: string } = {},
): Promise<string | Uint8Array> {
  const render = await import("../render/render-chart.js");
  const assets =
    format === "html"
      ? { assets: await (await import("../render/browser-assets.js")).loadBrowserAssets() }
      : {};
  return (await render.renderChart(spec, format, { ...options, ...assets })).bytes;
}
