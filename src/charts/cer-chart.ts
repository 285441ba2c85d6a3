/**
 * `cer`: the cost-exchange ratio against swarm size, log–log, with the
 * break-even rule at CER = 1, one line per series and metric, and the p5–p95
 * band behind each line in Monte Carlo.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartData, ChartOptions } from "./chart-data.js";
import { ANALYSIS_METRICS, type AnalysisMetric } from "../analysis/metric.js";
import type { ChartModule } from "./chart-module.js";
import { chartFocus, focusRow } from "./focus.js";
import { focusMark, placeFocusLabel } from "./focus-mark.js";
import { NUMBER_FORMAT, drones, chartRatio, roundSig, swarmSizeX } from "./format.js";
import { budgetMarksIn, budgetRules, placeBudgetLabels, sizeRange } from "./budget-rules.js";
import {
  CROSSING_SIZE,
  type Crossing,
  bandLayers,
  cerCurves,
  cerObstacles,
  crossingMarks,
  baseHaloLayer,
  lineLayer,
} from "./cer-layers.js";
import { type LayerChild, frame, plotSize } from "./frame.js";
import { LabelSpace, spotsAlongHorizontal, spotsAround, spotsNear } from "./label-layout.js";
import { type PixelScale, decadeDomain, labelLayers, logScale } from "./plot-geometry.js";
import { LINE_LEGEND, legendColumns, INK, MUTED, categoryColor } from "./theme.js";

/** The ratios the `cer` chart can draw (docs/model.md §6): those an analysis can target. */
export const CER_METRICS = ANALYSIS_METRICS;
export type CerMetric = AnalysisMetric;

export interface CerOptions extends ChartOptions {
  /** Ratios to draw, one line each per series (default `["cer"]`). */
  readonly metrics?: readonly CerMetric[];
}

/**
 * The y-axis title of each ratio. Short on purpose: headless Vega estimates
 * text at 0.8 em a character, and a title longer than the plot's height
 * stretches the layout.
 */
const METRIC_AXIS: Readonly<Record<CerMetric, string>> = {
  cer: "CER: defence ÷ attack cost (log)",
  netCer: "Net CER: (defence + damage) ÷ attack",
  cerFull: "Full CER: with acquisition (log)",
};

/** The finding, by metric: `{r}` is the ratio, `{n}` the swarm size. */
const FINDING: Readonly<Record<CerMetric, (r: string, n: string) => string>> = {
  cer: (r, n) => `Defence pays ${r}× the attacker at ${n}`,
  netCer: (r, n) => `Defence and damage cost ${r}× the attack at ${n}`,
  cerFull: (r, n) => `With acquisition, defence pays ${r}× the attacker at ${n}`,
};

/** The break-even rule's label. */
export const BREAK_EVEN_LABEL = "break-even: defender pays as much as attacker";
/** Its short form, where the long one finds no free place along the rule. */
const BREAK_EVEN_SHORT = "break-even";

/**
 * The `cer` chart of one scenario: `defenderCost / attackerCost` (or the net
 * or full ratio) per swarm size, log–log. Null ratios are dropped, as are
 * ratios ≤ 0, which a log scale cannot place; a band's p5 ≤ 0 is drawn at the
 * bottom of the axis.
 *
 * Title: the first metric of the first series at the focus row
 * ({@link focusRow}), e.g. "Defence pays 48× the attacker at 19 drones".
 *
 * @example
 * buildCerChart(data, { metrics: ["cer", "netCer"] });
 */
export function buildCerChart(data: ChartData, options: CerOptions = {}): TopLevelSpec {
  const metrics =
    options.metrics !== undefined && options.metrics.length > 0
      ? options.metrics
      : (["cer"] as const);
  const { width, height } = plotSize(options);
  const curves = cerCurves(data, metrics);
  const { lines, points, bands } = curves;
  const domain = decadeDomain(
    [...points.map((p) => p.value), ...bands.flatMap((b) => [b.p5, b.p95])],
    [1],
  );
  const bottom = domain[0];
  for (const band of bands) band.p5 = Math.max(band.p5, bottom);

  const sizes = sizeRange(data.series);
  const x = swarmSizeX(sizes);
  const manyMetrics = metrics.length > 1;
  const yTitle = manyMetrics ? "Cost-exchange ratio (log scale)" : METRIC_AXIS[metrics[0]!];
  const y = { scale: { type: "log", domain, clamp: true } } as const;
  const color = {
    field: "line",
    type: "nominal",
    scale: { domain: lines, range: lines.map((_, i) => categoryColor(i)) },
    legend: lines.length > 1 ? { ...LINE_LEGEND, columns: legendColumns(lines, width) } : null,
  } as const;
  const scales = { x: logScale(sizes, [0, width]), y: logScale(domain, [height, 0]) };

  const layers: LayerChild[] = [
    ...bandLayers(bands, { x, y, yTitle, color }),
    {
      data: { values: [{}] },
      mark: { type: "rule", color: INK, strokeDash: [5, 4], strokeWidth: 1.25 },
      encoding: { y: { datum: 1, type: "quantitative" } },
    },
    ...baseHaloLayer(curves, { x, y, yTitle, color }),
    lineLayer(points, curves, { x, y, yTitle, color }, NUMBER_FORMAT),
  ];
  const crossings = crossingMarks(data, curves);
  if (crossings.length > 0) {
    layers.push({
      data: { values: crossings },
      mark: { type: "point", filled: true, size: CROSSING_SIZE, stroke: "#ffffff", strokeWidth: 1 },
      encoding: {
        x,
        y: { datum: 1, type: "quantitative" },
        fill: { field: "color", type: "nominal", scale: null },
      },
    });
  }
  const budgets = budgetMarksIn(data.budgetMarks, sizes);
  for (const item of budgetRules(budgets, x)) layers.push(item);

  const metric = metrics[0]!;
  const row = focusRow(data.series[0]?.rows ?? [], chartFocus(data, options));
  const ratio = row?.[metric];
  const hasRatio = row !== undefined && ratio !== null && ratio !== undefined;
  const focus =
    hasRatio && ratio > 0
      ? {
          swarmSize: row.swarmSize,
          value: ratio,
          label: `${drones(row.swarmSize)}: ${chartRatio(ratio)}×`,
        }
      : undefined;
  if (focus !== undefined) layers.push(focusMark(focus, x, y, "value"));

  const placed = placeCerLabels(
    new LabelSpace(
      width,
      height,
      cerObstacles(curves, scales, budgets, crossings, focus, { width, height }),
    ),
    { scales, focus, budgets, crossings },
  );
  for (const item of labelLayers(placed)) layers.push(item);

  const title = hasRatio
    ? FINDING[metric](chartRatio(ratio), drones(row.swarmSize))
    : "Cost-exchange ratio against swarm size";
  return frame(data, { title }, { width, height, layer: layers }, width);
}

/**
 * The chart's labels, placed clear of every mark and of each other: the
 * focus value, the break-even rule's, each budget rule's (they need the room
 * beside their rules, so before the crossings), then each crossing's.
 */
function placeCerLabels(
  space: LabelSpace,
  marks: {
    readonly scales: { readonly x: PixelScale; readonly y: PixelScale };
    readonly focus:
      { readonly swarmSize: number; readonly value: number; readonly label: string } | undefined;
    readonly budgets: ReturnType<typeof budgetMarksIn>;
    readonly crossings: readonly Crossing[];
  },
): LabelSpace["placed"] {
  const { scales, focus, budgets, crossings } = marks;
  if (focus !== undefined) {
    placeFocusLabel(space, scales.x(focus.swarmSize), scales.y(roundSig(focus.value)), focus.label);
  }
  const y1 = scales.y(1);
  // Where curves hug the rule all along, the short form fits between them.
  space.place(BREAK_EVEN_LABEL, { fontSize: 12, fontWeight: 400 }, MUTED, [
    ...spotsAlongHorizontal(y1, space),
    ...spotsAlongHorizontal(y1, space).map((s) => ({ ...s, text: BREAK_EVEN_SHORT })),
  ]);
  // Rules first: their labels need the room beside them; a crossing's label can stand anywhere.
  placeBudgetLabels(space, budgets, scales.x, "bottom");
  for (const c of crossings) {
    const cx = scales.x(c.swarmSize);
    const spots = [
      ...spotsAround(cx, y1, 8),
      ...spotsNear(cx, y1, space, `${c.label} at ${drones(c.swarmSize)}`),
    ];
    // With many series the plot can run out of room: a crossing whose label
    // finds no free place keeps its dot, in its line's colour, unlabelled.
    if (crossings.length > 1)
      space.placeFree(c.label, { fontSize: 12, fontWeight: 500 }, c.color, spots);
    else space.place(c.label, { fontSize: 12, fontWeight: 500 }, c.color, spots);
  }
  return space.placed;
}

/** The `cer` chart's registry entry. */
export const cerChart: ChartModule<ChartData, CerOptions> = {
  summary: "CER against swarm size, log–log, with the break-even rule at 1 and p5–p95 bands",
  build: buildCerChart,
};
