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

/** One crossing of the target by the CER, at the first whole swarm size that reaches or passes it. */
export interface CerCrossing {
  readonly swarmSize: number;
  readonly direction: "up" | "down";
}

/**
 * Every swarm size from 1 to `maxSize` at which the CER (base values,
 * deterministic) crosses `target`: a scan of 400 log-spaced whole sizes finds
 * each change of side, and bisection pins the first whole size at which the
 * CER reaches or passes the target. A
 * crossing and back between two neighbouring grid points (at most ~3.5 % of N
 * apart) would be missed.
 *
 * @example cerCrossings(scenario, 1, 10_000) // [{ swarmSize: 9, direction: "down" }, { swarmSize: 742, direction: "up" }]
 */
export function cerCrossings(scenario: Scenario, target = 1, maxSize = 1e6): CerCrossing[] {
  const point = resolvePoint(scenario, (input) => input.base);
  const side = (n: number): number => {
    const t = evaluateTotals(point, n);
    return t.attackerCost === 0 ? 0 : Math.sign(t.defenderCost / t.attackerCost - target);
  };
  const grid = [
    ...new Set(Array.from({ length: 400 }, (_, i) => Math.round(maxSize ** (i / 399)))),
  ];
  const out: CerCrossing[] = [];
  let prevN = grid[0]!;
  let prev = side(prevN);
  for (const n of grid.slice(1)) {
    const here = side(n);
    if (here !== 0 && prev !== 0 && here !== prev) {
      let lo = prevN;
      let hi = n;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (side(mid) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ swarmSize: hi, direction: here > 0 ? "up" : "down" });
    }
    if (here !== 0) {
      prev = here;
      prevN = n;
    }
  }
  return out;
}

/** Where a scenario tips over, in swarm sizes (deterministic, base values). */
export interface BreakEvenSizes {
  readonly target: number;
  /** {@link cerBreakEvenSize}: where the CER first crosses the target; null if never. */
  readonly cerCrossesAt: number | null;
  /** {@link cerCrossings}: every crossing up to 1,000,000 drones, with its direction. */
  readonly crossings: readonly CerCrossing[];
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
    crossings: cerCrossings(scenario, target),
    budgets: budgetExhaustion(scenario),
  };
}
