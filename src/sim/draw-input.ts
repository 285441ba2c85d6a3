import type { Input } from "../model/input.js";
import { unitBounds } from "../model/input.js";
import { beta } from "../random/beta.js";
import { lognormal } from "../random/lognormal.js";
import { normal } from "../random/normal.js";
import { pert } from "../random/pert.js";
import { triangular } from "../random/triangular.js";
import { uniform } from "../random/uniform.js";
import type { Xoshiro128 } from "../random/xoshiro128.js";

/**
 * One trial's value of an input (docs/model.md §7): a draw from its distribution,
 * clamped to the bounds of its unit (a normal pk can stray outside 0..1, a
 * normal cost below 0); a plain number is its base and draws nothing.
 *
 * @example drawInput(rng, pkInput) // e.g. 0.83
 */
export function drawInput(rng: Xoshiro128, input: Input): number {
  const d = input.dist;
  if (d === null) return input.base;
  let x: number;
  switch (d.kind) {
    case "uniform":
      x = uniform(rng, d.min, d.max);
      break;
    case "triangular":
      x = triangular(rng, d.min, d.mode, d.max);
      break;
    case "pert":
      x = pert(rng, d.min, d.mode, d.max);
      break;
    case "normal":
      x = normal(rng, d.mean, d.sd);
      break;
    case "lognormal":
      x = lognormal(rng, d.p5, d.p95);
      break;
    case "beta":
      x = d.scale * beta(rng, d.alpha, d.beta);
      break;
  }
  const [lo, hi] = unitBounds(input.unit);
  return x < lo ? lo : x > hi ? hi : x;
}
