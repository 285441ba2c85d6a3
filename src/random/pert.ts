import { beta } from "./beta.js";
import type { Xoshiro128 } from "./xoshiro128.js";

/**
 * PERT on [min, max] with the given mode: `min + (max − min) × Beta(α, β)`,
 * `α = 1 + 4 (mode − min) / (max − min)`, `β = 1 + 4 (max − mode) / (max − min)`
 * (mean `(min + 4 mode + max) / 6`). `min = max` gives `min`.
 *
 * @example pert(rng, 0.3, 0.5, 0.7) // mean 0.5
 */
export function pert(rng: Xoshiro128, min: number, mode: number, max: number): number {
  const width = max - min;
  if (width <= 0) return min;
  const a = 1 + (4 * (mode - min)) / width;
  const b = 1 + (4 * (max - mode)) / width;
  return min + width * beta(rng, a, b);
}
