/**
 * `tornado`: the one-at-a-time sensitivity of the CER (or the net or full
 * CER) at one swarm size: a horizontal bar per uncertain input from the
 * metric at its low value to the metric at its high value, around the base
 * drawn as a rule, largest swing on top.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartData, ChartOptions } from "./chart-data.js";
import type { AnalysisMetric } from "../analysis/metric.js";
import { METRICS } from "../results/metrics.js";
import type { ChartModule } from "./chart-module.js";
import { drones, chartMoney, formatPercent, chartRatio, roundSig } from "./format.js";
import { type LayerChild, frame } from "./frame.js";
import { CHART_WIDTH, INK, MUTED, categoryColor } from "./theme.js";

/** The ratio a tornado shows (docs/model.md §6). */
export type TornadoMetric = AnalysisMetric;

/** One end of a bar: the input's value and the metric it gives (null: no attacker cost). */
export interface TornadoChartEnd {
  readonly input: number;
  readonly metric: number | null;
}

/** One input's bar, as `tornado()` in `src/analysis` returns it. */
export interface TornadoChartBar {
  readonly path: string;
  /** "Owner · field", e.g. "F-35A pair with AIM-9X · cost per shot". */
  readonly label: string;
  /** How the input's values are written at the bar's ends. */
  readonly unit: "money" | "probability" | "duration";
  readonly low: TornadoChartEnd;
  readonly high: TornadoChartEnd;
  readonly swing: number;
}

/** A tornado over one scenario at one swarm size. */
export interface TornadoChartData extends Omit<ChartData, "series"> {
  readonly swarmSize: number;
  readonly metric: TornadoMetric;
  /** The metric with every input at its base value. */
  readonly base: number | null;
  /** Sorted by swing, largest first. */
  readonly bars: readonly TornadoChartBar[];
}

const METRIC_AXIS: Readonly<Record<TornadoMetric, string>> = {
  cer: "CER: defence ÷ attack cost",
  netCer: "Net CER: (defence + damage) ÷ attack",
  cerFull: "Full CER: with acquisition",
};

/** The two ends' legend entries, low input first. */
const END_LOW = "input low (p5)";
const END_HIGH = "input high (p95)";

/** Pixels per bar when no height is given: room for a two-line label. */
const BAR_STEP = 40;

/** Metric values closer than this (relative) to the base count as "no change". */
const SAME = 1e-9;

function inputText(x: number, unit: TornadoChartBar["unit"], currency: string): string {
  if (unit === "probability") return formatPercent(x);
  if (unit === "duration") return `${chartRatio(x)} s`;
  return chartMoney(x, currency);
}

/** "Geran-2 unit cost moves the CER most at 19 drones". */
function tornadoTitle(data: TornadoChartData): string {
  const top = data.bars[0];
  const at = drones(data.swarmSize);
  if (top === undefined || top.swing === 0)
    return `No uncertain input moves ${METRICS[data.metric].phrase} at ${at}`;
  return `${top.label.replace(" · ", " ")} moves ${METRICS[data.metric].phrase} most at ${at}`;
}

/**
 * The x domain around every bar end and the base, padded by 20 % of the span
 * each side for the value labels; never below 0 when all values are ≥ 0.
 */
function xDomain(values: readonly number[]): [number, number] {
  const lo = values.reduce((m, v) => Math.min(m, v), Infinity);
  const hi = values.reduce((m, v) => Math.max(m, v), -Infinity);
  const pad = hi > lo ? 0.2 * (hi - lo) : Math.max(0.1 * Math.abs(hi), 1e-9);
  return [roundSig(lo >= 0 ? Math.max(0, lo - pad) : lo - pad), roundSig(hi + pad)];
}

/**
 * The `tornado` chart: for each input (largest swing on top), a bar from the
 * base metric to the metric with the input at its low value, and one to the
 * metric at its high value, coloured by end and labelled with the input's
 * value there; the base metric is the vertical rule the bars grow from.
 *
 * Title: the input with the largest swing, e.g. "Geran-2 (Shahed-136) unit
 * cost moves the CER most at 19 drones".
 *
 * @example
 * buildTornadoChart({ ...frameData, swarmSize: 19, metric: "cer", base: 48, bars: tornado(scenario, { swarmSize: 19 }).bars });
 */
export function buildTornadoChart(
  data: TornadoChartData,
  options: ChartOptions = {},
): TopLevelSpec {
  const width = options.width ?? CHART_WIDTH;
  const height = options.height ?? Math.max(120, BAR_STEP * data.bars.length);
  const base = data.base ?? 0;
  const segments = tornadoSegments(data, base);
  const domain = xDomain([base, ...segments.map((s) => s.to)]);
  const x = {
    field: "to",
    type: "quantitative",
    title: METRIC_AXIS[data.metric],
    scale: { domain, zero: false, nice: false },
    axis: { format: ",.3~g" },
  } as const;
  const y = {
    field: "label",
    type: "nominal",
    sort: data.bars.map((b) => b.label),
    title: null,
    // Owner on one line, field on the next: "F-35A pair with AIM-9X" / "cost per shot".
    axis: {
      labelExpr: "split(datum.label, ' · ')",
      labelLimit: 260,
      labelLineHeight: 14,
      domain: false,
      ticks: false,
    },
  } as const;
  return frame(
    data,
    {
      title: tornadoTitle(data),
      subtitleExtra: `one input at a time, the others at base, at ${drones(data.swarmSize)}`,
    },
    { width, height, layer: [barsLayer(segments, x, y), ...baseRuleLayers(base)] },
    width,
  );
}

/** One bar of the chart: from the base metric to one end's, with the label beside its end. */
interface Segment {
  readonly label: string;
  readonly end: string;
  readonly from: number;
  readonly to: number;
  readonly side: "left" | "right";
  readonly text: string;
  readonly value: string;
}

/**
 * Each input's bars: one per end whose metric is known; a single "no change"
 * label when both ends sit at the base. Labels sit outside each bar's end; an
 * end at the base takes the side the other end leaves free.
 */
function tornadoSegments(data: TornadoChartData, base: number): Segment[] {
  const same = (m: number): boolean => Math.abs(m - base) <= SAME * Math.max(1, Math.abs(base));
  return data.bars.flatMap((bar): Segment[] => {
    const lowText = inputText(bar.low.input, bar.unit, data.currency);
    const highText = inputText(bar.high.input, bar.unit, data.currency);
    const ends = (["low", "high"] as const).flatMap((end) => {
      const m = bar[end].metric;
      return m === null ? [] : [{ end, m, text: end === "low" ? lowText : highText }];
    });
    if (ends.every((e) => same(e.m))) {
      // Both ends at the base: one label, not two written over each other.
      return ends.length === 0
        ? []
        : [
            {
              label: bar.label,
              end: END_HIGH,
              from: roundSig(base),
              to: roundSig(base),
              side: "right",
              text: `${lowText} – ${highText}: no change`,
              value: chartRatio(base),
            },
          ];
    }
    const grows = ends.find((e) => !same(e.m));
    const free = grows !== undefined && grows.m > base ? "left" : "right";
    return ends.map((e) => ({
      label: bar.label,
      end: e.end === "low" ? END_LOW : END_HIGH,
      from: roundSig(base),
      to: roundSig(e.m),
      side: same(e.m) ? free : e.m < base ? "left" : "right",
      text: e.text,
      value: chartRatio(e.m),
    }));
  });
}

/** The bars, coloured by end, with their value labels on the side each end leaves free. */
function barsLayer(segments: readonly Segment[], x: object, y: object): LayerChild {
  const text = (side: "left" | "right"): LayerChild => ({
    transform: [{ filter: `datum.side === '${side}'` }],
    mark: {
      type: "text",
      align: side === "left" ? "right" : "left",
      dx: side === "left" ? -5 : 5,
      color: INK,
    },
    encoding: { x, y, text: { field: "text", type: "nominal" } },
  });
  return {
    data: { values: segments },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.62 } },
        encoding: {
          x,
          x2: { field: "from" },
          y,
          color: {
            field: "end",
            type: "nominal",
            scale: { domain: [END_LOW, END_HIGH], range: [categoryColor(0), categoryColor(1)] },
            legend: { title: null },
          },
          tooltip: [
            { field: "label", type: "nominal", title: "Input" },
            { field: "text", type: "nominal", title: "Value" },
            { field: "value", type: "nominal", title: "Ratio" },
          ],
        },
      },
      text("left"),
      text("right"),
    ],
  };
}

/** The vertical rule at the base metric the bars grow from, labelled "base 48". */
function baseRuleLayers(base: number): LayerChild[] {
  return [
    {
      data: { values: [{}] },
      mark: { type: "rule", color: INK, strokeWidth: 1.5 },
      encoding: { x: { datum: roundSig(base), type: "quantitative" } },
    },
    {
      data: { values: [{}] },
      mark: {
        type: "text",
        align: "left",
        baseline: "top",
        dx: 4,
        dy: -16,
        color: MUTED,
        text: `base ${chartRatio(base)}`,
      },
      encoding: { x: { datum: roundSig(base), type: "quantitative" }, y: { value: 0 } },
    },
  ];
}

/** The `tornado` chart's registry entry. */
export const tornadoChart: ChartModule<TornadoChartData, ChartOptions> = {
  summary: "sensitivity of the CER to each uncertain input at one swarm size (one at a time)",
  build: buildTornadoChart,
};
