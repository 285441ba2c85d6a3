import { distributionQuantile } from "../distributions/registry.js";
import { type Input, unitBounds } from "../model/input.js";
import { Z95 } from "../random/lognormal.js";

/** z of the 95th percentile of a standard normal, `Φ⁻¹(0.95)` (one constant, the samplers'). */
export { Z95 };

/**
 * The `p`-quantile of an input: exact inverse CDF of its distribution
 * (uniform, triangular and lognormal in closed form, PERT and beta through
 * jstat's regularised incomplete beta inverse, normal by AS 241), clamped to
 * the bounds of its unit (0..1 for a probability, ≥ 0 otherwise). A plain
 * number is its own quantile.
 *
 * @throws RangeError when `p` is not in [0, 1]
 * @example inputQuantile({ path: "x", unit: "money", base: 5, dist: { kind: "uniform", min: 0, max: 10 }, source: "scenario" }, 0.95) // 9.5
 */
export function inputQuantile(input: Input, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability must be in [0, 1], got ${p}`);
  if (input.dist === null) return input.base;
  const [lo, hi] = unitBounds(input.unit);
  return Math.min(hi, Math.max(lo, distributionQuantile(input.dist, p)));
}
