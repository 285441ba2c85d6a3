import type { Xoshiro128 } from "./xoshiro128.js";
import { log } from "./portable-math.js";

/**
 * Standard normal by Marsaglia's polar method (exact): draw a point uniform
 * in the unit disc, return `x × sqrt(−2 ln r² / r²)`. The second variate is
 * dropped so that every call consumes the stream the same way (no hidden
 * state to keep in step).
 *
 * @example standardNormal(rng) // e.g. -0.31
 */
export function standardNormal(rng: Xoshiro128): number {
  for (;;) {
    const x = 2 * rng.nextDouble() - 1;
    const y = 2 * rng.nextDouble() - 1;
    const r2 = x * x + y * y;
    if (r2 > 0 && r2 < 1) return x * Math.sqrt((-2 * log(r2)) / r2);
  }
}

/**
 * Normal(mean, sd): `mean + sd × z`. `sd = 0` gives `mean`.
 *
 * @example normal(rng, 0.8, 0.05)
 */
export function normal(rng: Xoshiro128, mean: number, sd: number): number {
  return mean + sd * standardNormal(rng);
}
