/**
 * The chart registry: chart type name → chart module.
 *
 * To add a chart (say `tornado`): write `src/charts/tornado-chart.ts`
 * exporting `tornadoChart: ChartModule<TornadoData, TornadoOptions>` (its
 * data type may live in the same file), then add one line to `CHARTS` below.
 * `CHART_TYPES`, `ChartType` and the types `buildChart` accepts follow.
 */
import type { TopLevelSpec } from "vega-lite";
import { campaignCostChart } from "./campaign-cost-chart.js";
import { leakRateChart } from "./campaign-leak-rate-chart.js";
import { stocksChart } from "./campaign-stocks-chart.js";
import { cerChart } from "./cer-chart.js";
import type { ChartModule } from "./chart-module.js";
import { costChart } from "./cost-chart.js";
import { heatmapChart } from "./heatmap-chart.js";
import { leakersChart } from "./leakers-chart.js";
import { tornadoChart } from "./tornado-chart.js";

const CHARTS = {
  cer: cerChart,
  cost: costChart,
  leakers: leakersChart,
  heatmap: heatmapChart,
  tornado: tornadoChart,
  stocks: stocksChart,
  "leak-rate": leakRateChart,
  "campaign-cost": campaignCostChart,
} as const;

/** The chart types that draw a campaign (docs/campaign.md §4) rather than a sweep of swarm sizes. */
export const CAMPAIGN_CHART_TYPES = ["stocks", "leak-rate", "campaign-cost"] as const;

/** A chart type name, as `cxr chart --type` takes it. */
export type ChartType = keyof typeof CHARTS;

/** Every chart type, in the order of the help text. */
export const CHART_TYPES = Object.keys(CHARTS) as readonly ChartType[];

/** The data a chart type takes. */
export type ChartInput<T extends ChartType> = Parameters<(typeof CHARTS)[T]["build"]>[0];

/** The options a chart type takes. */
export type ChartOptionsOf<T extends ChartType> = NonNullable<
  Parameters<(typeof CHARTS)[T]["build"]>[1]
>;

/** Whether `name` is a chart type (for parsing `--type`). */
export function isChartType(name: string): name is ChartType {
  return Object.hasOwn(CHARTS, name);
}

/** The one-line summary of a chart type, for help texts. */
export function chartSummary(type: ChartType): string {
  return CHARTS[type].summary;
}

/**
 * Builds the Vega-Lite spec of one chart type: pure, deterministic, data inline.
 *
 * @example
 * buildChart("cer", data, { metrics: ["cer", "netCer"] });
 * buildChart("heatmap", heatmapData);
 */
export function buildChart<T extends ChartType>(
  type: T,
  data: ChartInput<T>,
  options?: ChartOptionsOf<T>,
): TopLevelSpec {
  // TypeScript cannot correlate CHARTS[T] with ChartInput<T>; the map's types guarantee it.
  const chart = CHARTS[type] as unknown as ChartModule<ChartInput<T>, ChartOptionsOf<T>>;
  return chart.build(data, options);
}
