/**
 * `cer`: the cost-exchange ratio against swarm size, log–log, with the
 * break-even rule at CER = 1, one line per series and metric, and the p5–p95
 * band behind each line in Monte Carlo.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartData, ChartOptions } from "./chart-data.js";
import { ANALYSIS_METRICS, type AnalysisMetric } from "../analysis/metric.js";
import { metricTitle } from "../results/metrics.js";
import type { ChartModule } from "./chart-module.js";
import { chartFocus, focusRow } from "./focus.js";
import { focusMark } from "./focus-mark.js";
import { NUMBER_FORMAT, drones, chartRatio, roundSig, SWARM_SIZE_X } from "./format.js";
import { budgetRules, sizeRange } from "./budget-rules.js";
import { type LayerChild, frame, plotSize } from "./frame.js";
import { BAND_OPACITY, LINE_LEGEND, legendColumns, INK, MUTED, categoryColor } from "./theme.js";

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

interface CerPoint {
  line: string;
  metric: string;
  swarmSize: number;
  value: number;
}

interface CerBand {
  line: string;
  swarmSize: number;
  p5: number;
  p95: number;
}

/** Decade bounds `[10^a, 10^b]` around every positive value and 1, so the rule always shows. */
function decadeDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  const lo = positive.reduce((m, v) => Math.min(m, v), 1);
  const hi = positive.reduce((m, v) => Math.max(m, v), 1);
  const a = Math.floor(Math.log10(lo) + 1e-9);
  let b = Math.ceil(Math.log10(hi) - 1e-9);
  if (b === a) b = a + 1;
  return [10 ** a, 10 ** b];
}

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
  const manySeries = data.series.length > 1;
  const manyMetrics = metrics.length > 1;
  const lineName = (series: string, metric: CerMetric): string =>
    manySeries && manyMetrics
      ? `${series} · ${metricTitle(metric)}`
      : manySeries
        ? series
        : metricTitle(metric);

  const lines: string[] = [];
  const points: CerPoint[] = [];
  const bands: CerBand[] = [];
  for (const series of data.series) {
    for (const metric of metrics) {
      const line = lineName(series.name, metric);
      lines.push(line);
      for (const row of series.rows) {
        const value = row[metric];
        if (value !== null && value > 0) {
          points.push({
            line,
            metric: metricTitle(metric),
            swarmSize: row.swarmSize,
            value: roundSig(value),
          });
        }
        const band = row.bands?.[metric];
        if (band !== undefined) {
          bands.push({
            line,
            swarmSize: row.swarmSize,
            p5: roundSig(band.p5),
            p95: roundSig(band.p95),
          });
        }
      }
    }
  }
  const domain = decadeDomain([
    ...points.map((p) => p.value),
    ...bands.flatMap((b) => [b.p5, b.p95]),
  ]);
  const bottom = domain[0];
  for (const band of bands) band.p5 = Math.max(band.p5, bottom);

  const x = SWARM_SIZE_X;
  const yTitle = manyMetrics ? "Cost-exchange ratio (log scale)" : METRIC_AXIS[metrics[0]!];
  const y = { scale: { type: "log", domain, clamp: true } } as const;
  const color = {
    field: "line",
    type: "nominal",
    scale: { domain: lines, range: lines.map((_, i) => categoryColor(i)) },
    legend: lines.length > 1 ? { ...LINE_LEGEND, columns: legendColumns(lines, width) } : null,
  } as const;

  const layers: LayerChild[] = [];
  if (bands.length > 0) {
    layers.push({
      data: { values: bands },
      mark: { type: "area", opacity: BAND_OPACITY },
      encoding: {
        x,
        y: { field: "p5", type: "quantitative", ...y, title: yTitle },
        y2: { field: "p95" },
        color,
      },
    });
  }
  layers.push({
    data: { values: [{}] },
    mark: { type: "rule", color: INK, strokeDash: [5, 4], strokeWidth: 1.25 },
    encoding: { y: { datum: 1, type: "quantitative" } },
  });
  layers.push({
    data: { values: [{}] },
    // Below the rule: crossing labels stand above it.
    mark: {
      type: "text",
      align: "left",
      baseline: "top",
      dx: 6,
      dy: 5,
      color: MUTED,
      text: BREAK_EVEN_LABEL,
    },
    encoding: { x: { value: 0 }, y: { datum: 1, type: "quantitative" } },
  });
  layers.push({
    data: { values: points },
    mark: { type: "line", point: { filled: true, size: 28 } },
    encoding: {
      x,
      y: {
        field: "value",
        type: "quantitative",
        ...y,
        title: yTitle,
        axis: { format: NUMBER_FORMAT },
      },
      color,
      ...(manySeries && manyMetrics
        ? {
            strokeDash: {
              field: "metric",
              type: "nominal",
              scale: { domain: metrics.map((m) => metricTitle(m)) },
              legend: { ...LINE_LEGEND, columns: metrics.length },
            },
          }
        : {}),
      tooltip: [
        { field: "line", type: "nominal", title: "Line" },
        { field: "swarmSize", type: "quantitative", title: "Drones", format: "," },
        { field: "value", type: "quantitative", title: "Ratio", format: ".3~r" },
      ],
    },
  });
  // Each crossing in its own line's colour (the first metric's line of its series).
  const crossingColor = (series: string | undefined): string => {
    const name = series ?? data.series[0]?.name ?? "";
    const i = lines.indexOf(lineName(name, metrics[0]!));
    return i < 0 ? INK : categoryColor(i);
  };
  const [lo, hi] = sizeRange(data.series);
  const middle = Math.sqrt(lo * hi);
  const marks = [...(data.breakEven ?? [])]
    .sort((a, b) => a.swarmSize - b.swarmSize)
    .map((m, i) => ({
      label: m.label,
      swarmSize: roundSig(m.swarmSize),
      color: data.series.length > 1 ? crossingColor(m.series) : INK,
      // Each label on a line of its own above the rule, reading away from the plot's edge.
      dy: -9 - 16 * i,
      align: m.swarmSize > middle ? "right" : "left",
    }));
  if (marks.length > 0) {
    layers.push({
      data: { values: marks },
      layer: [
        {
          mark: { type: "point", filled: true, size: 70, stroke: "#ffffff", strokeWidth: 1 },
          encoding: {
            x,
            y: { datum: 1, type: "quantitative" },
            fill: { field: "color", type: "nominal", scale: null },
          },
        },
        ...(["left", "right"] as const).map((align): LayerChild => ({
          transform: [{ filter: `datum.align === '${align}'` }],
          mark: {
            type: "text" as const,
            baseline: "bottom" as const,
            align,
            dx: align === "left" ? 6 : -6,
            fontWeight: 500 as const,
          },
          encoding: {
            x,
            y: { datum: 1, type: "quantitative" as const },
            yOffset: { field: "dy", type: "quantitative" as const, scale: null },
            text: { field: "label", type: "nominal" as const },
            color: { field: "color", type: "nominal" as const, scale: null },
          },
        })),
      ],
    });
  }

  // Where each layer runs out of shots, labelled along the bottom edge.
  const rules = budgetRules(data.budgetMarks, x, {
    edge: "bottom",
    height,
    sizes: sizeRange(data.series),
  });
  for (const rule of rules) layers.push(rule);

  const metric = metrics[0]!;
  const row = focusRow(data.series[0]?.rows ?? [], chartFocus(data, options));
  const ratio = row?.[metric];
  const hasRatio = row !== undefined && ratio !== null && ratio !== undefined;
  if (hasRatio && ratio > 0) {
    const label = `${drones(row.swarmSize)}: ${chartRatio(ratio)}×`;
    layers.push(focusMark({ swarmSize: row.swarmSize, value: ratio, label }, x, y, "value"));
  }
  const title = hasRatio
    ? FINDING[metric](chartRatio(ratio), drones(row.swarmSize))
    : "Cost-exchange ratio against swarm size";
  return frame(data, { title }, { width, height, layer: layers }, width);
}

/** The `cer` chart's registry entry. */
export const cerChart: ChartModule<ChartData, CerOptions> = {
  summary: "CER against swarm size, log–log, with the break-even rule at 1 and p5–p95 bands",
  build: buildCerChart,
};
