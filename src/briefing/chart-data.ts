import type { ChartData, ChartSeries } from "../charts/index.js";
import { budgetExhaustion } from "../engine/index.js";
import type { RunResult, Scenario } from "../model/index.js";
import { rowCrossings } from "./cer-crossings.js";

/** The fields every chart of a scenario shares: titles, money, mode and sources. */
export function chartFrame(
  scenario: Scenario,
  result: Pick<RunResult, "mode" | "trials" | "seed">,
): Omit<ChartData, "series"> {
  return {
    title: scenario.title,
    description: scenario.description,
    currency: scenario.currency,
    priceYear: scenario.priceYear,
    mode: result.mode,
    trials: result.trials,
    seed: result.seed,
    sources: scenario.sources,
    provenance: scenario.provenance,
    focus: scenario.focus,
    budgetMarks: [],
  };
}

/**
 * The chart view of a run: the results as the base series (plus any variant
 * series), where each layer's budget runs out, and where the CER crosses 1.
 */
export function toChartData(
  scenario: Scenario,
  result: RunResult,
  variants: readonly ChartSeries[] = [],
): ChartData {
  const budgetMarks = budgetExhaustion(scenario).flatMap((b) =>
    b.swarmSize === null
      ? []
      : [{ layerId: b.layerId, layerName: b.layerName, swarmSize: b.swarmSize }],
  );
  const series = [{ name: "base", rows: result.rows }, ...variants];
  // Each line's own crossings: a variant that breaks even elsewhere says so.
  const breakEven = series.flatMap((s) =>
    rowCrossings(s.rows).map((c) => ({
      label: `${variants.length > 0 ? `${s.name}: ` : ""}${c.direction === "up" ? "CER rises above 1" : "CER falls below 1"}`,
      swarmSize: c.swarmSize,
      series: s.name,
    })),
  );
  return {
    ...chartFrame(scenario, result),
    series,
    budgetMarks,
    ...(breakEven.length > 0 ? { breakEven } : {}),
  };
}
