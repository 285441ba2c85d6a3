import { evaluateTotals } from "../engine/evaluate.js";
import { outcomeFromTotals } from "../engine/totals.js";
import type { Input, InputUnit } from "../model/input.js";
import { resolvePoint, scenarioInputs } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { findInput, substitute } from "./find-input.js";
import { inputLabels, labelText } from "./input-label.js";
import { inputQuantile } from "./input-quantile.js";
import { type AnalysisMetric, metricOf } from "./metric.js";

/** One end of a tornado bar: the input's value there and the metric it gives. */
export interface TornadoEnd {
  readonly input: number;
  /** Null when the attacker's cost is 0. */
  readonly metric: number | null;
}

export interface TornadoBar {
  readonly path: string;
  /** "F-35A pair with AIM-9X · cost per shot". */
  readonly label: string;
  readonly unit: InputUnit;
  /** The input at its p5 (or the explicit low). */
  readonly low: TornadoEnd;
  /** The input at its p95 (or the explicit high). */
  readonly high: TornadoEnd;
  /** `|metric(high) − metric(low)|`; 0 when either is null. */
  readonly swing: number;
}

export interface TornadoResult {
  readonly swarmSize: number;
  readonly metric: AnalysisMetric;
  /** The metric with every input at its base value. */
  readonly base: number | null;
  /** Largest swing first; ties by path. */
  readonly bars: readonly TornadoBar[];
}

export interface TornadoOptions {
  readonly swarmSize: number;
  /** Default `"cer"`. */
  readonly metric?: AnalysisMetric;
  /** Explicit ends per input path, instead of p5 and p95; may name a plain-number input too. */
  readonly overrides?: ReadonlyMap<string, { readonly low: number; readonly high: number }>;
}

/**
 * One-at-a-time sensitivity (a tornado): each uncertain input moved to its
 * p5 and its p95 ({@link inputQuantile}), or to an explicit low and high,
 * with every other input at its base value, and the scenario evaluated
 * deterministically at one swarm size. `swing = |metric(high) − metric(low)|`.
 * Inputs without uncertainty (a plain number, no override) are left out.
 *
 * @throws UnknownInputError when an override names no input
 * @example tornado(scenario, { swarmSize: 19 }).bars[0]?.label // "Geran-2 (Shahed-136) · unit cost"
 */
export function tornado(scenario: Scenario, options: TornadoOptions): TornadoResult {
  const metric = options.metric ?? "cer";
  const n = options.swarmSize;
  const inputs = scenarioInputs(scenario);
  const overrides = options.overrides ?? new Map<string, { low: number; high: number }>();
  for (const path of overrides.keys()) findInput(scenario, path);
  const labels = inputLabels(scenario);
  const at = (value: (input: Input) => number): number | null =>
    metricOf(
      outcomeFromTotals(n, evaluateTotals(resolvePoint(scenario, value), n), scenario.layers),
      metric,
    );

  const bars: TornadoBar[] = [];
  for (const input of inputs) {
    const given = overrides.get(input.path);
    if (input.dist === null && given === undefined) continue;
    const lowInput = given?.low ?? inputQuantile(input, 0.05);
    const highInput = given?.high ?? inputQuantile(input, 0.95);
    const low = { input: lowInput, metric: at(substitute(input, lowInput)) };
    const high = { input: highInput, metric: at(substitute(input, highInput)) };
    const label = labels.get(input);
    bars.push({
      path: input.path,
      label: label === undefined ? input.path : labelText(label),
      unit: input.unit,
      low,
      high,
      swing: low.metric === null || high.metric === null ? 0 : Math.abs(high.metric - low.metric),
    });
  }
  bars.sort((a, b) => b.swing - a.swing || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { swarmSize: n, metric, base: at((input) => input.base), bars };
}
