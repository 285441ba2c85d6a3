/**
 * A plot's pixel geometry, computed the way Vega computes it, so a chart can
 * place its labels before Vega draws: scales with explicit domains (no
 * "nice" rounding left to Vega), the x range `[0, width]`, the y range
 * `[height, 0]`, and the marks as segments and boxes.
 */
import type { Field } from "vega-lite/types_unstable/channeldef.js";
import type { UnitSpec } from "vega-lite/types_unstable/spec/index.js";
import {
  type Box,
  type PlacedLabel,
  type Segment,
  polyline,
  roundPx,
  symbolBox,
} from "./label-layout.js";

/** Data value → pixel. */
export type PixelScale = (value: number) => number;

/** A log scale from `domain` onto `range` (a degenerate domain maps to the range's middle). */
export function logScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain.map(Math.log) as [number, number];
  const [r0, r1] = range;
  return (v: number): number =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((Math.log(v) - d0) / (d1 - d0)) * (r1 - r0);
}

/** A linear scale from `domain` onto `range`. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (v: number): number =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * Decade bounds `[10^a, 10^b]` around every positive value (and `also`, e.g.
 * 1 for the break-even rule), at least one decade apart.
 *
 * @example
 * decadeDomain([3, 250]); // [1, 1000]
 */
export function decadeDomain(
  values: readonly number[],
  also: readonly number[] = [],
): [number, number] {
  const positive = [...values, ...also].filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1, 10];
  const a = Math.floor(Math.log10(positive.reduce((m, v) => Math.min(m, v), Infinity)) + 1e-9);
  let b = Math.ceil(Math.log10(positive.reduce((m, v) => Math.max(m, v), 0)) - 1e-9);
  if (b === a) b = a + 1;
  return [10 ** a, 10 ** b];
}

/**
 * Tick values for a log axis over a {@link decadeDomain}: every power of ten,
 * with 2× and 5× between them when the domain spans at most two decades, so
 * that the labels step evenly instead of as the ticks the renderer thins out
 * (a money axis once read $900M, $500M, $100M, $60M, $20M, $7M…).
 *
 * @example
 * logTicks([1e4, 1e7]); // [1e4, 1e5, 1e6, 1e7]
 * logTicks([1, 100]); // [1, 2, 5, 10, 20, 50, 100]
 */
export function logTicks(domain: readonly [number, number]): number[] {
  const a = Math.round(Math.log10(domain[0]));
  const b = Math.round(Math.log10(domain[1]));
  const steps = b - a <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let e = a; e <= b; e++) {
    for (const m of steps) {
      const v = Number((m * 10 ** e).toPrecision(12));
      if (v <= domain[1] * (1 + 1e-12)) ticks.push(v);
    }
  }
  return ticks;
}

/**
 * The smallest "round" number ≥ `x` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten),
 * the top of a linear axis from 0; 1 for x ≤ 0.
 *
 * @example
 * niceCeil(34.4e6); // 40e6
 */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const e = 10 ** Math.floor(Math.log10(x));
  const m = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * e >= x * (1 - 1e-12)) ?? 10;
  return Number((m * e).toPrecision(12));
}

/** The x and y pixel scales of a plot. */
export interface PlotScales {
  readonly x: PixelScale;
  readonly y: PixelScale;
}

/** A curve's points in pixels, skipping values the y scale cannot place (≤ 0 on a log scale). */
export function curvePixels(
  points: readonly { readonly x: number; readonly y: number }[],
  scales: PlotScales,
  log: boolean,
): [number, number][] {
  return points.filter((p) => !log || p.y > 0).map((p) => [scales.x(p.x), scales.y(p.y)]);
}

/** A curve's segments and the boxes of its point symbols (Vega-Lite `point: { size }`). */
export function curveObstacles(
  pixels: readonly (readonly [number, number])[],
  pointSize: number,
): { segments: Segment[]; boxes: Box[] } {
  return {
    segments: polyline(pixels),
    boxes: pointSize > 0 ? pixels.map(([x, y]) => symbolBox(x, y, pointSize, 0)) : [],
  };
}

/** A full-height vertical rule at pixel `x`, and a full-width horizontal one at pixel `y`. */
export function verticalRule(x: number, height: number): Segment {
  return { x0: x, y0: 0, x1: x, y1: height };
}
export function horizontalRule(y: number, width: number): Segment {
  return { x0: 0, y0: y, x1: width, y1: y };
}

/** One text layer per placed label, at its pixel position (no scale). */
export function labelLayers(labels: readonly PlacedLabel[]): UnitSpec<Field>[] {
  return labels.map((l) => ({
    data: { values: [{ label: l.text }] },
    mark: {
      type: "text",
      align: l.spot.align,
      baseline: l.spot.baseline,
      fontSize: l.style.fontSize,
      fontWeight: l.style.fontWeight as 400,
      color: l.color,
    },
    encoding: {
      x: { value: roundPx(l.spot.x) },
      y: { value: roundPx(l.spot.y) },
      text: { field: "label", type: "nominal" },
    },
  }));
}
