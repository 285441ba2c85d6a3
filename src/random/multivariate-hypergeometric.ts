import { hypergeometric } from "./hypergeometric.js";
import type { Xoshiro128 } from "./xoshiro128.js";

/**
 * Multivariate hypergeometric: how many of each kind a uniform sample of
 * `sample` items without replacement takes from `counts[i]` items of kind
 * `i`, by sequential conditional hypergeometrics (kind `i` against all later
 * kinds). Writes into `out` (length ≥ `counts.length`); no allocation.
 * The first `len` entries of `counts` are used.
 *
 * @throws RangeError if `sample` exceeds the total count
 * @example multivariateHypergeometric(rng, 8, new Float64Array([70, 30]), 2, out)
 */
export function multivariateHypergeometric(
  rng: Xoshiro128,
  sample: number,
  counts: Float64Array,
  len: number,
  out: Float64Array,
): void {
  let rest = 0;
  for (let i = 0; i < len; i++) rest += counts[i]!;
  let left = sample;
  for (let i = 0; i < len; i++) {
    const c = counts[i]!;
    rest -= c;
    const k = left > 0 && c > 0 ? hypergeometric(rng, c, rest, left) : 0;
    out[i] = k;
    left -= k;
  }
  if (left > 0) throw new RangeError(`sample ${sample} exceeds the population`);
}
