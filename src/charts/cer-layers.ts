/**
 * The pieces of the `cer` chart: its curves (one per series and ratio), the
 * p5–p95 bands, the break-even crossings, and their pixel geometry for label
 * placement.
 */
import type { AnalysisMetric } from "../analysis/metric.js";
import { metricTitle } from "../results/metrics.js";
import { budgetRuleSegments } from "./budget-rules.js";
import type { BudgetMark, ChartData } from "./chart-data.js";
import { focusRingBox, type FocusPoint } from "./focus-mark.js";
import { roundSig } from "./format.js";
import type { LayerChild } from "./frame.js";
import { type Box, type Obstacles, type Segment, polyline, symbolBox } from "./label-layout.js";
import { type PlotScales, curveObstacles, horizontalRule } from "./plot-geometry.js";
import { BAND_EDGE_OPACITY, BAND_OPACITY, INK, categoryColor } from "./theme.js";

export interface CerPoint {
  line: string;
  metric: string;
  swarmSize: number;
  value: number;
}

export interface CerBand {
  line: string;
  swarmSize: number;
  p5: number;
  p95: number;
}

/** The lines of a `cer` chart, their points and bands. */
export interface CerCurves {
  /** Line names, in legend order: per series, per metric. */
  readonly lines: string[];
  /** The dash of each line: solid for the first metric, dashed for the others. */
  readonly dashes: number[][];
  readonly points: CerPoint[];
  readonly bands: CerBand[];
  readonly lineName: (series: string, metric: AnalysisMetric) => string;
  readonly metrics: readonly AnalysisMetric[];
  /** Series whose first ratio repeats an earlier series' at every size: their crossings are that series'. */
  readonly twins: ReadonlySet<string>;
}

/** Dash of the first, second and third ratio: the later ones drawn over the first stay visible. */
const METRIC_DASHES: readonly number[][] = [
  [1, 0],
  [7, 4],
  [2, 3],
];

/**
 * The base line's shadow: wide enough to show on both sides of a 2 px line
 * over it, grey so that it is not mistaken for a line of another colour
 * (Okabe–Ito's sky blue is close to a pale base blue).
 */
const HALO_WIDTH = 8;
const HALO_OPACITY = 0.16;
/** What the legend adds to the shaded base line's name. */
const SHADED = " (shaded)";

/** Area of a line's point symbols and of a crossing dot (px²). */
export const POINT_SIZE = 28;
export const CROSSING_SIZE = 70;

/**
 * Every line's points (ratios ≤ 0 or null dropped: a log scale cannot place
 * them) and the bands of each series' first ratio only: the bands of
 * several ratios of one series lie over each other and turn muddy. A line
 * that repeats an earlier line at every size would be drawn over it and
 * hide it: its legend name says so, "ESSM first (same as base)", "Net CER
 * (same as CER)" where no drone does damage.
 */
export function cerCurves(data: ChartData, metrics: readonly AnalysisMetric[]): CerCurves {
  const manySeries = data.series.length > 1;
  const manyMetrics = metrics.length > 1;
  const plainName = (series: string, metric: AnalysisMetric): string =>
    manySeries && manyMetrics
      ? `${series} · ${metricTitle(metric)}`
      : manySeries
        ? series
        : metricTitle(metric);
  const named = new Map<string, string>();
  const key = (series: string, metric: AnalysisMetric): string => `${metric}\u0000${series}`;
  /** The first line drawn with each set of exact values (any ratio): points → its name, and whether it is a series' first ratio. */
  const firstWithValues = new Map<string, { readonly name: string; readonly first: boolean }>();
  const twins = new Set<string>();
  const lines: string[] = [];
  const dashes: number[][] = [];
  const points: CerPoint[] = [];
  const bands: CerBand[] = [];
  for (const series of data.series) {
    metrics.forEach((metric, m) => {
      const title = metricTitle(metric);
      const own: Omit<CerPoint, "line">[] = [];
      for (const row of series.rows) {
        const value = row[metric];
        if (value !== null && value > 0)
          own.push({ metric: title, swarmSize: row.swarmSize, value: roundSig(value) });
      }
      const values = own.map((p) => `${p.swarmSize}=${p.value}`).join(",");
      const twin = own.length > 0 ? firstWithValues.get(values) : undefined;
      const plain = plainName(series.name, metric);
      const shaded = manySeries && lines.length === 0;
      const line =
        twin !== undefined
          ? `${plain} (same as ${twin.name})`
          : shaded
            ? `${plain}${SHADED}`
            : plain;
      if (twin === undefined) firstWithValues.set(values, { name: plain, first: m === 0 });
      // Crossings are drawn for first ratios: a first ratio equal to another's repeats its crossings.
      else if (m === 0 && twin.first) twins.add(series.name);
      named.set(key(series.name, metric), line);
      lines.push(line);
      dashes.push(METRIC_DASHES[m % METRIC_DASHES.length]!);
      for (const p of own) points.push({ line, ...p });
      for (const row of series.rows) {
        const band = row.bands?.[metric];
        if (band !== undefined && m === 0) {
          bands.push({
            line,
            swarmSize: row.swarmSize,
            p5: roundSig(band.p5),
            p95: roundSig(band.p95),
          });
        }
      }
    });
  }
  const lineName = (series: string, metric: AnalysisMetric): string =>
    named.get(key(series, metric)) ?? plainName(series, metric);
  return { lines, dashes, points, bands, lineName, metrics, twins };
}

/** The encodings the `cer` layers share. */
export interface CerEncodings {
  readonly x: object;
  readonly y: object;
  readonly yTitle: string;
  readonly color: object;
}

/**
 * The bands: a light fill (so two or three overlapping bands stay legible,
 * not muddy) with each band's p5 and p95 edges drawn as thin lines in its
 * line's colour, so an overlap still shows where each band ends.
 */
export function bandLayers(bands: readonly CerBand[], enc: CerEncodings): LayerChild[] {
  if (bands.length === 0) return [];
  return [
    {
      data: { values: bands },
      mark: { type: "area", opacity: BAND_OPACITY },
      encoding: {
        x: enc.x,
        y: { field: "p5", type: "quantitative", ...enc.y, title: enc.yTitle },
        y2: { field: "p95" },
        color: enc.color,
      },
    },
    {
      data: { values: bands },
      transform: [{ fold: ["p5", "p95"], as: ["edge", "edgeValue"] }],
      mark: { type: "line", strokeWidth: 1, opacity: BAND_EDGE_OPACITY },
      encoding: {
        x: enc.x,
        y: { field: "edgeValue", type: "quantitative", ...enc.y, title: enc.yTitle },
        color: enc.color,
        detail: { field: "edge", type: "nominal" },
      },
    },
  ];
}

/** The lines, solid for the first ratio and dashed for the others (one legend for both). */
export function lineLayer(
  points: readonly CerPoint[],
  curves: CerCurves,
  enc: CerEncodings,
  format: string,
): LayerChild {
  const legendOff = curves.lines.length > 1 ? {} : { legend: null };
  return {
    data: { values: points },
    mark: { type: "line", point: { filled: true, size: POINT_SIZE } },
    encoding: {
      x: enc.x,
      y: { field: "value", type: "quantitative", ...enc.y, title: enc.yTitle, axis: { format } },
      color: enc.color,
      strokeDash: {
        field: "line",
        type: "nominal",
        scale: { domain: curves.lines, range: curves.dashes },
        ...legendOff,
      },
      tooltip: [
        { field: "line", type: "nominal", title: "Line" },
        { field: "swarmSize", type: "quantitative", title: "Drones", format: "," },
        { field: "value", type: "quantitative", title: "Ratio", format: ".3~r" },
      ],
    },
  };
}

/**
 * A wide grey shadow of the first line (the base case) drawn under every
 * line: where a variant runs on or near the base, as "ESSM first" does in the
 * Red Sea scenario within 1 % of it, the base still shows as a shadow around
 * it instead of vanishing; the legend names it "base (shaded)". No shadow
 * when there is one series.
 */
export function baseHaloLayer(curves: CerCurves, enc: CerEncodings): LayerChild[] {
  const first = curves.lines[0];
  if (first === undefined || curves.lines.length / curves.metrics.length < 2) return [];
  return [
    {
      data: { values: curves.points.filter((p) => p.line === first) },
      mark: {
        type: "line",
        color: INK,
        strokeWidth: HALO_WIDTH,
        opacity: HALO_OPACITY,
        strokeCap: "round",
      },
      encoding: { x: enc.x, y: { field: "value", type: "quantitative", ...enc.y } },
    },
  ];
}

/** A break-even crossing: a dot on the rule at 1, labelled in its line's colour. */
export interface Crossing {
  readonly label: string;
  readonly swarmSize: number;
  readonly color: string;
}

/**
 * The data's break-even crossings, each in its series' first line's colour,
 * by size; a series that repeats an earlier one (see {@link cerCurves}) adds
 * no crossing of its own, which would only repeat the label.
 */
export function crossingMarks(data: ChartData, curves: CerCurves): Crossing[] {
  const colorOf = (series: string | undefined): string => {
    if (data.series.length <= 1) return INK;
    const name = series ?? data.series[0]?.name ?? "";
    const i = curves.lines.indexOf(curves.lineName(name, curves.metrics[0]!));
    return i < 0 ? INK : categoryColor(i);
  };
  return [...(data.breakEven ?? [])]
    .filter((m) => m.series === undefined || !curves.twins.has(m.series))
    .sort((a, b) => a.swarmSize - b.swarmSize)
    .map((m) => ({ label: m.label, swarmSize: roundSig(m.swarmSize), color: colorOf(m.series) }));
}

/** Everything drawn on a `cer` plot, in pixels: what its labels must keep clear of. */
export function cerObstacles(
  curves: CerCurves,
  scales: PlotScales,
  budgets: readonly BudgetMark[],
  crossings: readonly Crossing[],
  focus: FocusPoint | undefined,
  size: { readonly width: number; readonly height: number },
): Obstacles {
  const segments: Segment[] = [horizontalRule(scales.y(1), size.width)];
  const boxes: Box[] = [];
  for (const line of curves.lines) {
    const own = curves.points.filter((p) => p.line === line);
    const pixels = own.map((p): [number, number] => [scales.x(p.swarmSize), scales.y(p.value)]);
    const curve = curveObstacles(pixels, POINT_SIZE);
    for (const item of curve.segments) segments.push(item);
    for (const item of curve.boxes) boxes.push(item);
    const band = curves.bands.filter((b) => b.line === line);
    for (const edge of ["p5", "p95"] as const) {
      for (const item of polyline(band.map((b) => [scales.x(b.swarmSize), scales.y(b[edge])])))
        segments.push(item);
    }
  }
  for (const item of budgetRuleSegments(budgets, scales.x, size.height)) segments.push(item);
  for (const c of crossings)
    boxes.push(symbolBox(scales.x(c.swarmSize), scales.y(1), CROSSING_SIZE, 1));
  if (focus !== undefined) {
    boxes.push(focusRingBox(scales.x(focus.swarmSize), scales.y(roundSig(focus.value))));
  }
  return { segments, boxes };
}
