import type { Xoshiro128 } from "./xoshiro128.js";

/**
 * Uniform on [min, max): `min + (max − min) × u`, `u` uniform on (0, 1).
 * `min = max` gives `min`.
 *
 * @example uniform(rng, 10, 20) // e.g. 14.2
 */
export function uniform(rng: Xoshiro128, min: number, max: number): number {
  return min + (max - min) * rng.nextDouble();
}
