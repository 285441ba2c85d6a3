/**
 * The briefing frame around a chart's plot: finding title and subtitle on
 * top, the plot, and the footnote as a text view concatenated underneath
 * (a text mark renders the same in headless Vega, the browser and PDF).
 */
import type { TopLevelSpec } from "vega-lite";
import type { Field } from "vega-lite/types_unstable/channeldef.js";
import type { FacetedUnitSpec, LayerSpec, UnitSpec } from "vega-lite/types_unstable/spec/index.js";
import type { ChartData } from "./chart-data.js";
import { footnoteLines, subtitleLines } from "./footnote.js";
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  FOOTNOTE_FONT_SIZE,
  FOOTNOTE_LINE_HEIGHT,
  MUTED,
  briefingConfig,
} from "./theme.js";

/** The plot of a chart: one view or a layered view, with its size. */
export type PlotSpec = LayerSpec<Field> | FacetedUnitSpec<Field>;

/** One layer of a layered plot. */
export type LayerChild = LayerSpec<Field> | UnitSpec<Field>;

/** The Vega-Lite schema every spec names: the major version cxr is built with. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** Everything a frame shows besides the plot. */
export interface FrameText {
  /** The finding, e.g. "Defence pays 48× the attacker at 19 drones". */
  readonly title: string;
  /** Added to the subtitle's assumptions line, e.g. which series a chart shows. */
  readonly subtitleExtra?: string;
}

/** A text view with one line per footnote line, left-aligned under the plot. */
export function footnoteView(lines: readonly string[], width: number): FacetedUnitSpec<Field> {
  return {
    width,
    height: lines.length * FOOTNOTE_LINE_HEIGHT,
    data: { values: lines.map((text, i) => ({ text, y: i * FOOTNOTE_LINE_HEIGHT })) },
    mark: {
      type: "text",
      align: "left",
      baseline: "top",
      fontSize: FOOTNOTE_FONT_SIZE,
      color: MUTED,
    },
    encoding: {
      x: { value: 0 },
      // Pixel positions: no scale, so the lines sit at fixed offsets.
      y: { field: "y", type: "quantitative", scale: null },
      text: { field: "text", type: "nominal" },
    },
  };
}

/**
 * A complete, self-contained briefing spec: `$schema`, description, title
 * and subtitle, the plot over the footnote, and {@link briefingConfig}.
 *
 * @example
 * frame(data, { title: "Leakers grow to 312 at 1,000 drones" }, plot);
 */
export function frame(
  data: Omit<ChartData, "series">,
  text: FrameText,
  plot: PlotSpec,
  width = CHART_WIDTH,
): TopLevelSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: data.description === "" ? data.title : data.description,
    title: { text: text.title, subtitle: subtitleLines(data, text.subtitleExtra) },
    vconcat: [plot, footnoteView(footnoteLines(data), width)],
    config: briefingConfig(),
  };
}

/** The plot size from the options, with the slide defaults. */
export function plotSize(options: { readonly width?: number; readonly height?: number }): {
  width: number;
  height: number;
} {
  return { width: options.width ?? CHART_WIDTH, height: options.height ?? CHART_HEIGHT };
}
