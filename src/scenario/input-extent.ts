import { moduleOf } from "../distributions/registry.js";
import type { Input } from "../model/input.js";

/**
 * The smallest value an input can take: its base when fixed, the lower end
 * of a bounded distribution, 0 for beta, 4 standard deviations below the mean
 * of a normal (draws below 0 are clamped, and a zero time per shot would mean
 * unlimited capacity), the 5th percentile of a lognormal (always above 0).
 */
export function lowestValue(input: Input): number {
  const d = input.dist;
  if (d === null) return input.base;
  return moduleOf(d).lowest(d);
}
