import type { TopLevelSpec } from "vega-lite";
import type { Assets } from "./browser-assets.js";
import { renderHtml } from "./render-html.js";
import { renderPdf } from "./render-pdf.js";
import { renderPng } from "./render-png.js";
import { renderSvg } from "./render-svg.js";

/** The output formats of `cxr chart --format`. */
export type ChartFormat = "svg" | "png" | "pdf" | "vl.json" | "html";

/** Every format's file extension (without the dot), in CLI order. */
export const CHART_FORMATS: readonly ChartFormat[] = ["svg", "png", "pdf", "vl.json", "html"];

/** Options of {@link renderChart}; each applies to the formats it names. */
export interface RenderChartOptions {
  /** PNG: pixels per CSS pixel (default 2). */
  readonly scale?: number;
  /** HTML: the page title (default: the spec's `title` when it is a string, else "Chart"). */
  readonly title?: string;
  /** HTML: the vega browser bundles, from `loadBrowserAssets()`; required for "html". */
  readonly assets?: Assets;
}

/** One rendered chart: text formats as a string, binary ones as bytes. */
export interface RenderedChart {
  readonly bytes: Uint8Array | string;
  /** File extension without the dot, e.g. `"vl.json"`. */
  readonly extension: ChartFormat;
}

/**
 * Renders a spec to one output format: `svg` (text), `png` (bytes, 2× by
 * default), `pdf` (vector bytes), `vl.json` (the spec itself, 2-space JSON
 * with a final newline) or `html` (one offline page).
 *
 * @throws {TypeError} for `html` without `options.assets` (a programmer error).
 * @example
 * const { bytes, extension } = await renderChart(spec, "png", { scale: 2 });
 * // write bytes to `cer.${extension}`
 */
export async function renderChart(
  spec: TopLevelSpec,
  format: ChartFormat,
  options: RenderChartOptions = {},
): Promise<RenderedChart> {
  switch (format) {
    case "svg":
      return { bytes: await renderSvg(spec), extension: format };
    case "png":
      return {
        bytes: await renderPng(spec, options.scale === undefined ? {} : { scale: options.scale }),
        extension: format,
      };
    case "pdf":
      return { bytes: await renderPdf(spec), extension: format };
    case "vl.json":
      return { bytes: `${JSON.stringify(spec, null, 2)}\n`, extension: format };
    case "html": {
      if (options.assets === undefined) {
        throw new TypeError(
          'renderChart: format "html" needs options.assets (loadBrowserAssets())',
        );
      }
      const t = spec.title;
      const text =
        typeof t === "string"
          ? t
          : t !== undefined && !Array.isArray(t) && typeof t.text === "string"
            ? t.text
            : undefined;
      const title = options.title ?? text ?? "Chart";
      return { bytes: renderHtml(spec, { title, assets: options.assets }), extension: format };
    }
  }
}
