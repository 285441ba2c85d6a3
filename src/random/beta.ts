import { gamma } from "./gamma.js";
import type { Xoshiro128 } from "./xoshiro128.js";
import { exp, log } from "./portable-math.js";

/**
 * log Gamma(shape, 1) draw: for shape < 1 the boost
 * `Gamma(shape) = Gamma(shape + 1) × u^(1/shape)` taken in log space, so tiny
 * shapes cannot underflow to 0.
 */
function logGamma(rng: Xoshiro128, shape: number): number {
  if (shape >= 1) return log(gamma(rng, shape));
  const boosted = log(gamma(rng, shape + 1));
  return boosted + log(rng.nextDouble()) / shape;
}

/**
 * Beta(alpha, beta) on [0, 1] from two gammas: `X / (X + Y)` with
 * `X ~ Gamma(alpha)`, `Y ~ Gamma(beta)`, computed as
 * `1 / (1 + exp(ln Y − ln X))` so that shapes near 0 (both gammas far below
 * the smallest double) still give 0 or 1 rather than 0/0.
 *
 * @example beta(rng, 8, 2) // mean 0.8
 */
export function beta(rng: Xoshiro128, alpha: number, b: number): number {
  const lx = logGamma(rng, alpha);
  const ly = logGamma(rng, b);
  return 1 / (1 + exp(ly - lx));
}
