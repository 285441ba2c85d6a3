import type { Outcome } from "../model/outcome.js";
import { type ScenarioPoint, resolvePoint } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { evaluateAttack } from "./attack.js";
import { type LayerLabel, type Totals, outcomeFromTotals } from "./totals.js";

/**
 * The additive totals of one attack of `swarmSize` drones on one point, in
 * deterministic (fluid) mode: `n_t = N × s_t` (docs/model.md §5), then
 * {@link evaluateAttack} (§4, availability enumerated).
 */
export function evaluateTotals(point: ScenarioPoint, swarmSize: number): Totals {
  return evaluateAttack(
    point,
    point.drones.map((d) => swarmSize * d.share),
  );
}

/** Outcome of one point at one swarm size (deterministic). */
export function evaluatePoint(
  point: ScenarioPoint,
  swarmSize: number,
  labels: readonly LayerLabel[],
): Outcome {
  return outcomeFromTotals(swarmSize, evaluateTotals(point, swarmSize), labels);
}

/**
 * The deterministic results of a scenario: every input at its base value
 * (docs/model.md §4), one row per swarm size.
 *
 * @example evaluate(scenario).map((r) => r.cer)
 */
export function evaluate(
  scenario: Scenario,
  swarmSizes: readonly number[] = scenario.swarmSizes,
): Outcome[] {
  const point = resolvePoint(scenario, (input) => input.base);
  return swarmSizes.map((n) => evaluatePoint(point, n, scenario.layers));
}
