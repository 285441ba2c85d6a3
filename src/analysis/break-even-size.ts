import { type BudgetExhaustion, budgetExhaustion } from "../engine/budget-exhaustion.js";
import { evaluateTotals } from "../engine/evaluate.js";
import { resolvePoint } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";

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

/**
 * The smallest whole swarm size at which the CER (base values,
 * deterministic) reaches or passes `target` from the side it starts on: the
 * first of {@link cerCrossings}, null when it never crosses up to `maxSize`.
 *
 * @example cerBreakEvenSize(scenario) // 37
 */
export function cerBreakEvenSize(scenario: Scenario, target = 1, maxSize = 1e6): number | null {
  return cerCrossings(scenario, target, maxSize)[0]?.swarmSize ?? null;
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
  const crossings = cerCrossings(scenario, target);
  return {
    target,
    cerCrossesAt: crossings[0]?.swarmSize ?? null,
    crossings,
    budgets: budgetExhaustion(scenario),
  };
}
