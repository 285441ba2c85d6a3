import type { Xoshiro128 } from "./xoshiro128.js";

/**
 * Triangular on [min, max] with the given mode, by the inverse CDF:
 * `u < F(mode)` → `min + sqrt(u (max − min)(mode − min))`,
 * else `max − sqrt((1 − u)(max − min)(max − mode))`, with
 * `F(mode) = (mode − min) / (max − min)`. `min = max` gives `min`.
 *
 * @example triangular(rng, 900e3, 1e6, 1.2e6)
 */
export function triangular(rng: Xoshiro128, min: number, mode: number, max: number): number {
  const width = max - min;
  if (width <= 0) return min;
  const u = rng.nextDouble();
  const fMode = (mode - min) / width;
  return u < fMode
    ? min + Math.sqrt(u * width * (mode - min))
    : max - Math.sqrt((1 - u) * width * (max - mode));
}
