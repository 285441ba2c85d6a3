import { standardNormal } from "./normal.js";
import type { Xoshiro128 } from "./xoshiro128.js";
import { log, pow } from "./portable-math.js";

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000), "A simple method for
 * generating gamma variables": with `d = shape − 1/3`, `c = 1 / sqrt(9d)`,
 * accept `d v³` for `v = 1 + c z`. Shapes below 1 use the boost
 * `Gamma(shape) = Gamma(shape + 1) × u^(1/shape)`.
 *
 * @throws RangeError if `shape` is not > 0
 * @example gamma(rng, 2) // mean 2
 */
export function gamma(rng: Xoshiro128, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`gamma shape must be > 0, got ${shape}`);
  if (shape < 1) return gamma(rng, shape + 1) * pow(rng.nextDouble(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.nextDouble();
    const x2 = x * x;
    // Squeeze first: it accepts ~98 % of draws without a logarithm.
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (log(u) < 0.5 * x2 + d * (1 - v + log(v))) return d * v;
  }
}
