import { moduleOf } from "../distributions/registry.js";
import type { Input } from "../model/input.js";
import { unitBounds } from "../model/input.js";
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
  const x = moduleOf(d).sample(rng, d);
  const [lo, hi] = unitBounds(input.unit);
  return x < lo ? lo : x > hi ? hi : x;
}
