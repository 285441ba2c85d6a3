import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import type { TopLevelSpec } from "vega-lite";
import { FONT_FAMILY, interFontFiles } from "./fonts.js";
import { renderSvg } from "./render-svg.js";

/** Options of {@link renderPng}. */
export interface PngOptions {
  /** Pixels per CSS pixel of the chart; default 2 (sharp on slides and print). */
  readonly scale?: number;
}

/**
 * Rasterises an SVG string to PNG bytes with resvg, using only the bundled
 * Inter fonts: system fonts are never loaded, so the pixels do not depend on
 * the machine. Output size = SVG size × `scale`, on a white background.
 *
 * @example
 * const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"/>', { scale: 2 }); // 20×10 px
 */
export function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const resvgOptions: ResvgRenderOptions = {
    font: {
      loadSystemFonts: false,
      fontFiles: fontFilesFor(svg),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    background: "white",
    logLevel: "off",
  };
  // Synchronous: handing a ~50 ms job to resvg's thread pool costs a few ms
  // more, and nothing else waits on the event loop meanwhile.
  return Promise.resolve(new Uint8Array(new Resvg(svg, resvgOptions).render().asPng()));
}

/**
 * The Inter files an SVG needs: Regular always, and Medium, SemiBold or Bold
 * only where a `font-weight` asks for them. resvg parses every file it is
 * given on each render (about 8 ms apiece), and the charts use three weights.
 */
export function fontFilesFor(svg: string): string[] {
  const fonts = interFontFiles();
  const files = [fonts.regular];
  if (svg.includes('font-weight="500"')) files.push(fonts.medium);
  if (svg.includes('font-weight="600"')) files.push(fonts.semiBold);
  if (/font-weight="(700|bold)"/.test(svg)) files.push(fonts.bold);
  return files;
}

/**
 * Renders a Vega-Lite spec to PNG bytes: {@link renderSvg}, then
 * {@link svgToPng}. Width in pixels = the SVG's width × `scale` (default 2).
 *
 * @example
 * const png = await renderPng(spec, { scale: 2 });
 */
export async function renderPng(spec: TopLevelSpec, options: PngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await renderSvg(spec), options);
}
