import { type LayerPoint, resolvePoint } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { evaluateTotals } from "./evaluate.js";

export interface BudgetExhaustion {
  readonly layerId: string;
  readonly layerName: string;
  /** Smallest swarm size at which the layer fires its whole budget; null if never (up to `limit`). */
  readonly swarmSize: number | null;
}

/** The most shots a layer can fire: `floor(B / s) × s` for a salvo, `B` for shoot-look-shoot. */
function maxShots(layer: LayerPoint): number {
  return layer.doctrine === "salvo"
    ? Math.floor(layer.budget / layer.shots) * layer.shots
    : layer.budget;
}

/**
 * For each layer, the smallest whole swarm size N at which its shot budget
 * `B = min(magazine, capacity)` is used up in deterministic mode (base
 * values) whenever it fights: its expected shots when up (the enumerated
 * shots over its availability, docs/model.md §4) reach the most it can fire.
 * As no pattern fires more than that, this is the size from which every
 * pattern with the layer up fires its whole budget. Shots never fall as N
 * grows, so an exponential search then bisection finds it.
 *
 * @example budgetExhaustion(scenario) // [{ layerId: "f35-aim9x", layerName: "…", swarmSize: 5 }, …]
 */
export function budgetExhaustion(scenario: Scenario, limit = 1e9): BudgetExhaustion[] {
  const point = resolvePoint(scenario, (input) => input.base);
  return point.layers.map((layer, i) => {
    const label = scenario.layers[i]!;
    const none = { layerId: label.id, layerName: label.name, swarmSize: null };
    const cap = maxShots(layer);
    if (!Number.isFinite(cap) || layer.availability <= 0) return none;
    // Expected shots when the layer is up: its up/down draw is independent of the others'.
    const fired = (n: number) => evaluateTotals(point, n).layerShots[i]! / layer.availability;
    const exhausted = (n: number) => fired(n) >= cap - 1e-9 * Math.max(1, cap);
    // Double until exhausted; `lo` stays the last size that was not (0 before any).
    let lo = 0;
    let hi = 1;
    while (!exhausted(hi)) {
      if (hi >= limit) return none;
      lo = hi;
      hi = Math.min(hi * 2, limit);
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (exhausted(mid)) hi = mid;
      else lo = mid;
    }
    return { ...none, swarmSize: hi };
  });
}
