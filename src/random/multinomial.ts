import { BINOMIAL_SLOTS, binomial, binomialAt, binomialParams } from "./binomial.js";
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

/**
 * The conditional binomial parameters of `Multinomial(·, probs)`
 * (`p_i / (1 − Σ_{j<i} p_j)`, as {@link multinomial} computes them), cached
 * once for {@link multinomialAt}: {@link BINOMIAL_SLOTS} per category.
 *
 * @example const par = multinomialParams(new Float64Array([0.7, 0.3]));
 */
export function multinomialParams(probs: Float64Array): Float64Array {
  const out = new Float64Array(probs.length * BINOMIAL_SLOTS);
  let mass = 1;
  for (let i = 0; i < probs.length - 1; i++) {
    const p = probs[i]!;
    binomialParams(p > 0 ? (mass > p ? p / mass : 1) : 0, out, i * BINOMIAL_SLOTS);
    mass -= p;
  }
  return out;
}

/**
 * {@link multinomial} with its conditional binomials cached by
 * {@link multinomialParams}: the same draws from the same stream, without a
 * logarithm or a division per call. Writes `len` counts into `out`.
 *
 * @example multinomialAt(rng, 1000, par, 2, out)
 */
export function multinomialAt(
  rng: Xoshiro128,
  n: number,
  par: Float64Array,
  len: number,
  out: Float64Array,
): void {
  let left = n;
  for (let i = 0; i < len - 1; i++) {
    const k = left > 0 ? binomialAt(rng, left, par, i * BINOMIAL_SLOTS) : 0;
    out[i] = k;
    left -= k;
  }
  if (len > 0) out[len - 1] = left;
}
