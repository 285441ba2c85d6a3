import { type BudgetExhaustion, budgetExhaustion } from "../engine/budget-exhaustion.js";
import { evaluateTotals } from "../engine/evaluate.js";
import { resolvePoint } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";

/**
 * The smallest whole swarm size N at which the CER (base values,
 * deterministic) crosses `target`: the first N whose `cer(N) − target` has
 * the other sign than at N = 1, found by doubling N and then bisecting the
 * last doubling (a crossing and back within one doubling would be missed).
 * 1 when the CER at N = 1 equals the target; null when it never crosses up
 * to `limit`.
 *
 * @example cerBreakEvenSize(scenario) // 37
 */
export function cerBreakEvenSize(scenario: Scenario, target = 1, limit = 1e9): number | null {
  const point = resolvePoint(scenario, (input) => input.base);
  const side = (n: number): number => {
    const t = evaluateTotals(point, n);
    return t.attackerCost === 0 ? Number.NaN : Math.sign(t.defenderCost / t.attackerCost - target);
  };
  const first = side(1);
  if (first === 0) return 1;
  if (Number.isNaN(first)) return null;
  const crossed = (n: number): boolean => side(n) !== first;
  let lo = 1;
  let hi = 2;
  while (!crossed(hi)) {
    if (hi >= limit) return null;
    lo = hi;
    hi = Math.min(hi * 2, limit);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (crossed(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Where a scenario tips over, in swarm sizes (deterministic, base values). */
export interface BreakEvenSizes {
  readonly target: number;
  /** {@link cerBreakEvenSize}: where the CER crosses the target; null if never. */
  readonly cerCrossesAt: number | null;
  /** Per layer, the smallest swarm size that uses its whole shot budget (engine's `budgetExhaustion`). */
  readonly budgets: readonly BudgetExhaustion[];
}

/**
 * The swarm sizes where the balance changes: where the CER crosses `target`
 * and where each layer's shot budget runs out.
 *
 * @example breakEvenSizes(scenario).budgets[0] // { layerId: "f35-aim9x", layerName: "…", swarmSize: 5 }
 */
export function breakEvenSizes(scenario: Scenario, target = 1): BreakEvenSizes {
  return {
    target,
    cerCrossesAt: cerBreakEvenSize(scenario, target),
    budgets: budgetExhaustion(scenario),
  };
}
