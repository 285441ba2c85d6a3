import { Z95 } from "../random/lognormal.js";
import { normal as draw } from "../random/normal.js";
import type { DistributionModule } from "./distribution-module.js";
import { normalQuantile } from "./normal-quantile.js";

/** Normal(mean, sd); base value the mean. Draws are clamped to the unit's domain by the caller. */
export const normal: DistributionModule<"normal"> = {
  kind: "normal",
  params: "[mean, sd]",
  arity: 2,
  make: ([a = NaN, b = NaN]) => ({ kind: "normal", mean: a, sd: b }),
  broken: (d) => (d.sd >= 0 ? null : { rule: "sd ≥ 0", found: [d.mean, d.sd] }),
  base: (d) => d.mean,
  scale: (d, k) => ({ kind: d.kind, mean: d.mean * k, sd: d.sd * k }),
  extent: (d) => [d.mean, d.mean],
  // Draws below 0 are clamped, and a zero time per shot would mean unlimited capacity.
  lowest: (d) => d.mean - 4 * d.sd,
  shownRange: (d) => [d.mean - Z95 * d.sd, d.mean + Z95 * d.sd, "p5–p95"],
  sample: (rng, d) => draw(rng, d.mean, d.sd),
  quantile: (d, p) => d.mean + d.sd * normalQuantile(p),
};
