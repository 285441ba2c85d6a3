import { binomial } from "./binomial.js";
import type { Xoshiro128 } from "./xoshiro128.js";

/**
 * Multinomial(n, probs) by sequential conditional binomials:
 * `k_i ~ Binomial(n − Σ_{j<i} k_j, p_i / (1 − Σ_{j<i} p_j))`, the last
 * category taking the rest. Writes the counts into `out` (length ≥
 * `probs.length`); no allocation. `probs` should sum to 1.
 *
 * @example multinomial(rng, 1000, new Float64Array([0.7, 0.3]), out)
 */
export function multinomial(
  rng: Xoshiro128,
  n: number,
  probs: Float64Array,
  out: Float64Array,
): void {
  const last = probs.length - 1;
  let left = n;
  let mass = 1;
  for (let i = 0; i < last; i++) {
    const p = probs[i]!;
    const k = left > 0 && p > 0 ? binomial(rng, left, mass > p ? p / mass : 1) : 0;
    out[i] = k;
    left -= k;
    mass -= p;
  }
  if (last >= 0) out[last] = left;
}
