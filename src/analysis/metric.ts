import type { Outcome } from "../model/outcome.js";

/** The ratios an analysis can target (docs/model.md §6); their words live in `results/metrics.ts`. */
export const ANALYSIS_METRICS = ["cer", "netCer", "cerFull"] as const;
export type AnalysisMetric = (typeof ANALYSIS_METRICS)[number];

/** Whether `name` is one of {@link ANALYSIS_METRICS} (for parsing `--metric`). */
export function isAnalysisMetric(name: string): name is AnalysisMetric {
  return (ANALYSIS_METRICS as readonly string[]).includes(name);
}

/** The metric of an outcome; null when the attacker's cost is 0. */
export function metricOf(outcome: Outcome, metric: AnalysisMetric): number | null {
  return outcome[metric];
}
