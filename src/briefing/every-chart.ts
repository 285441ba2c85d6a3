/**
 * Every chart type of the registry, built for one scenario as `cxr chart` and
 * `cxr report` build it (deterministic, at the scenario's focus). The map is
 * typed by the registry, so a chart type added there does not compile until
 * it says how a scenario is drawn with it; the chart tests render them all.
 */
import type { TopLevelSpec } from "vega-lite";
import { tornado, withFocus } from "../analysis/index.js";
import { campaignDeterministic } from "../campaign/index.js";
import { CHART_TYPES, type ChartType, buildChart, campaignChartData } from "../charts/index.js";
import { evaluate } from "../engine/index.js";
import type { RunResult, Scenario } from "../model/index.js";
import { DETERMINISTIC } from "../results/index.js";
import { chartFrame, toChartData } from "./chart-data.js";
import { type ScenarioLoader, heatmapData } from "./heatmap-data.js";

/** A scenario file as the charts need it: its loader (for sweeps) and its variants. */
export interface ChartSource {
  readonly loader: ScenarioLoader;
  readonly variants: readonly { readonly name: string; readonly scenario: Scenario }[];
}

/** How a scenario is run for the charts: deterministic, or a Monte Carlo simulation (bands). */
export type ChartRun = (scenario: Scenario) => RunResult;

type Builder = (
  source: ChartSource,
  scenario: Scenario & { readonly focus: number },
  runOf: ChartRun,
) => TopLevelSpec[];

/** The deterministic run: base values, no bands. */
export const deterministicRun: ChartRun = (scenario) => ({
  ...DETERMINISTIC,
  rows: evaluate(scenario),
});

/** A campaign chart of the scenario's `campaign:` block, deterministic (none without one). */
function campaignChartsOf(
  scenario: Scenario,
  type: "stocks" | "leak-rate" | "campaign-cost",
): TopLevelSpec[] {
  if (scenario.campaign === null) return [];
  const run = campaignDeterministic(scenario);
  return [buildChart(type, campaignChartData(chartFrame(scenario, run), scenario, run))];
}

/** How each chart type draws a scenario (none: the type does not apply to it). */
export const EVERY_CHART: { readonly [T in ChartType]: Builder } = {
  cer: (source, scenario, runOf) => {
    const focusSize = scenario.focus;
    const result = runOf(scenario);
    const data = toChartData(scenario, result);
    const variants = source.variants.map((v) => ({
      name: v.name,
      rows: evaluate(withFocus(v.scenario, focusSize)),
    }));
    const amortised = scenario.layers.some((l) => l.acquisition !== null);
    return [
      // `cxr chart --type cer` as it is typed: the CER alone.
      buildChart("cer", data, { focusSize }),
      // The briefing's: every ratio.
      buildChart("cer", data, {
        focusSize,
        metrics: amortised ? ["cer", "netCer", "cerFull"] : ["cer", "netCer"],
      }),
      ...(variants.length === 0
        ? []
        : [buildChart("cer", toChartData(scenario, result, variants), { focusSize })]),
    ];
  },
  cost: (_, scenario, runOf) => [
    buildChart("cost", toChartData(scenario, runOf(scenario)), { focusSize: scenario.focus }),
  ],
  leakers: (_, scenario, runOf) => [
    buildChart("leakers", toChartData(scenario, runOf(scenario)), { focusSize: scenario.focus }),
  ],
  heatmap: (source, scenario) => {
    const layer = scenario.layers[0];
    if (layer === undefined) return [];
    const x = `defense.layers.${layer.id}.pk=50%..95%:4`;
    return [buildChart("heatmap", heatmapData(source.loader, x), { focusSize: scenario.focus })];
  },
  stocks: (_, scenario) => campaignChartsOf(scenario, "stocks"),
  "leak-rate": (_, scenario) => campaignChartsOf(scenario, "leak-rate"),
  "campaign-cost": (_, scenario) => campaignChartsOf(scenario, "campaign-cost"),
  tornado: (_, scenario) => [
    buildChart("tornado", {
      ...chartFrame(scenario, DETERMINISTIC),
      ...tornado(scenario, { swarmSize: scenario.focus }),
    }),
  ],
};

/**
 * Every chart of one scenario file, by chart type, at the scenario's focus;
 * `run` runs the scenario (default: deterministic; a simulation draws bands).
 *
 * @example
 * everyChart(source).map((c) => c.type); // ["cer", "cer", "cer", "cost", …]
 */
export function everyChart(
  source: ChartSource,
  run: ChartRun = deterministicRun,
): { type: ChartType; spec: TopLevelSpec }[] {
  const scenario = withFocus(source.loader.load().scenario);
  return CHART_TYPES.flatMap((type) =>
    EVERY_CHART[type](source, scenario, run).map((spec) => ({ type, spec })),
  );
}
