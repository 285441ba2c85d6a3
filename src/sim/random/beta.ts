import { gamma } from "./gamma.js";
import type { Xoshiro128 } from "./xoshiro128.js";

/**
 * Beta(alpha, beta) on [0, 1] from two gammas: `X / (X + Y)` with
 * `X ~ Gamma(alpha)`, `Y ~ Gamma(beta)`.
 *
 * @example beta(rng, 8, 2) // mean 0.8
 */
export function beta(rng: Xoshiro128, alpha: number, b: number): number {
  const x = gamma(rng, alpha);
  const y = gamma(rng, b);
  return x / (x + y);
}
