import type { Outcome } from "../model/outcome.js";
import { type ScenarioPoint, resolvePoint } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { salvoFluid, shootLookShootFluid } from "./fluid-layer.js";
import { type LayerLabel, type Totals, emptyTotals, outcomeFromTotals } from "./totals.js";

/**
 * The additive totals of one attack of `swarmSize` drones on one point, in
 * deterministic (fluid) mode: `n_t = N × s_t`, layers engaged outer to inner,
 * survivors of a layer the targets of the next, availability `a` blending
 * `kills = a × kills_if_available` (model.md §4, §5).
 */
export function evaluateTotals(point: ScenarioPoint, swarmSize: number): Totals {
  const totals = emptyTotals(point.layers.length);
  const alive = point.drones.map((d) => swarmSize * d.share);
  point.drones.forEach((d, t) => {
    totals.attackerCost += alive[t]! * d.unitCost;
  });

  point.layers.forEach((layer, i) => {
    const eligible = alive.map((a, t) => (layer.eligible[t] ? a : 0));
    const engage = layer.doctrine === "salvo" ? salvoFluid : shootLookShootFluid;
    const hit = engage(eligible, layer.pk, layer.shots, layer.budget);
    const a = layer.availability;
    let kills = 0;
    hit.kills.forEach((k, t) => {
      const killed = a * k;
      alive[t] = alive[t]! - killed;
      kills += killed;
      totals.damageAverted += killed * point.drones[t]!.damage;
    });
    const shots = a * hit.shots;
    const fixed = swarmSize > 0 ? a * layer.fixedCost : 0;
    const cost = shots * layer.costPerShot + fixed;
    totals.layerShots[i] = shots;
    totals.layerKills[i] = kills;
    totals.layerCost[i] = cost;
    totals.kills += kills;
    totals.defenderCost += cost;
    totals.defenderCostFull += cost + layer.acquisitionPerAttack;
  });

  alive.forEach((left, t) => {
    totals.leakers += left;
    totals.damage += left * point.drones[t]!.damage;
  });
  return totals;
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
 * (model.md §4), one row per swarm size.
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
