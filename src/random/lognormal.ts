import { standardNormal } from "./normal.js";
import type { Xoshiro128 } from "./xoshiro128.js";
import { exp, log } from "./portable-math.js";

/** The standard normal's 95th percentile, Φ⁻¹(0.95). */
export const Z95 = 1.6448536269514722;

/**
 * The log-space parameters of a lognormal given by its 90 % interval:
 * `mu = (ln p5 + ln p95) / 2`, `sigma = (ln p95 − ln p5) / (2 × 1.6448536269514722)`.
 *
 * @example lognormalParams(8, 20) // { mu: 2.5328…, sigma: 0.2785… }
 */
export function lognormalParams(p5: number, p95: number): { mu: number; sigma: number } {
  const l5 = log(p5);
  const l95 = log(p95);
  return { mu: (l5 + l95) / 2, sigma: (l95 - l5) / (2 * Z95) };
}

/**
 * Lognormal with 5th and 95th percentiles `p5` and `p95` (both > 0):
 * `exp(mu + sigma × z)`. `p5 = p95` gives `p5`.
 *
 * @example lognormal(rng, 8, 20) // seconds, median sqrt(160) ≈ 12.6
 */
export function lognormal(rng: Xoshiro128, p5: number, p95: number): number {
  const { mu, sigma } = lognormalParams(p5, p95);
  return exp(mu + sigma * standardNormal(rng));
}
