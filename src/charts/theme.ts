/**
 * The briefing look shared by every cxr chart: one Vega-Lite `config`.
 *
 * Inter everywhere (the renderers register that family from
 * `@expo-google-fonts/inter`), the Okabe–Ito colour-blind-safe palette, a
 * slide-friendly size, no chart border and a light grid.
 */
import type { Config } from "vega-lite";

/** The font family; `src/render` registers the Inter TTFs under this name. */
export const FONT = "Inter";

/** Default plot size in pixels: fits a 16:9 slide with title and footnote. */
export const CHART_WIDTH = 760;
export const CHART_HEIGHT = 420;

/** Text colours: ink for titles and data labels, muted for subtitle, footnote and annotations. */
export const INK = "#1f2328";
export const MUTED = "#5f6670";
export const GRID = "#e8eaed";

/**
 * The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), ordered
 * for lines on white: the strong hues first, yellow late; black is kept for the
 * attacker's reference line.
 */
export const OKABE_ITO = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#F0E442",
] as const;

/**
 * Opacity of the p5–p95 bands behind the lines: light enough that three
 * bands over each other still read as tints (1 − 0.9³ ≈ 27 % cover), not
 * mud; each band's edges are drawn at {@link BAND_EDGE_OPACITY}.
 */
export const BAND_OPACITY = 0.1;
export const BAND_EDGE_OPACITY = 0.6;

/**
 * The legend of a line colour shared by lines and their bands: stroke symbols
 * at full opacity, whichever layer Vega-Lite takes the symbol from.
 */
export const LINE_LEGEND = { title: null, symbolType: "stroke", symbolOpacity: 1 } as const;

/**
 * Columns for a top legend of `labels` so it wraps within `width` pixels.
 * Headless Vega estimates text at 0.8 em a character (no canvas), so the
 * estimate here uses the same rule: 12 px labels, 45 px for symbol and gap.
 *
 * @example
 * legendColumns(["Base", "Second gun"], 760); // 2
 */
export function legendColumns(labels: readonly string[], width: number): number {
  const longest = labels.reduce((m, l) => Math.max(m, l.length), 1);
  const fit = Math.floor(width / (longest * 0.8 * 12 + 45));
  return Math.max(1, Math.min(labels.length, fit));
}

/** Font size and line height of the footnote, in pixels. */
export const FOOTNOTE_FONT_SIZE = 11;
export const FOOTNOTE_LINE_HEIGHT = 15;

/** Colour of the `i`-th categorical item (cycling through {@link OKABE_ITO}). */
export function categoryColor(i: number): string {
  return OKABE_ITO[i % OKABE_ITO.length]!;
}

/**
 * The widest any one line of text may draw (px), titles, subtitles, labels
 * and footnotes alike; longer text ends in "…". A chart is as wide as its
 * widest text, so a scenario title of 10,000 characters once made every
 * chart 130,000 px wide (its PNG took 6 s to render); legitimate lines stay
 * well under it.
 */
export const TEXT_LIMIT = 1200;

/**
 * The Vega-Lite config of every briefing chart.
 *
 * @example
 * const spec = { ...mySpec, config: briefingConfig() };
 */

export function briefingConfig(): Config {
  return {
    font: FONT,
    background: "#ffffff",
    padding: 20,
    view: { stroke: null, continuousWidth: CHART_WIDTH, continuousHeight: CHART_HEIGHT },
    title: {
      anchor: "start",
      fontSize: 21,
      fontWeight: 600,
      color: INK,
      subtitleFontSize: 13.5,
      subtitleColor: MUTED,
      subtitlePadding: 6,
      offset: 18,
      limit: TEXT_LIMIT,
    },
    axis: {
      labelFontSize: 12,
      labelColor: INK,
      titleFontSize: 13,
      titleFontWeight: 500,
      titleColor: INK,
      titlePadding: 10,
      // Tick labels stand clear of a focus ring drawn on the plot's edge (radius ≈ 7 px plus its stroke).
      labelPadding: 8,
      gridColor: GRID,
      domainColor: "#9aa0a6",
      tickColor: "#9aa0a6",
      labelOverlap: true,
    },
    legend: {
      orient: "top",
      direction: "horizontal",
      labelFontSize: 12,
      labelColor: INK,
      titleFontSize: 12,
      titleColor: INK,
      symbolStrokeWidth: 2.5,
      labelLimit: 260,
    },
    range: { category: [...OKABE_ITO] },
    line: { strokeWidth: 2.5 },
    text: { fontSize: 12, color: INK, limit: TEXT_LIMIT },
    concat: { spacing: 20 },
  };
}
