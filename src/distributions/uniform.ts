import { uniform as draw } from "../random/uniform.js";
import type { DistributionModule } from "./distribution-module.js";

/** Uniform on [min, max]; base value the midpoint. */
export const uniform: DistributionModule<"uniform"> = {
  kind: "uniform",
  params: "[min, max]",
  arity: 2,
  make: ([a = NaN, b = NaN]) => ({ kind: "uniform", min: a, max: b }),
  broken: (d) => (d.min < d.max ? null : { rule: "min < max", found: [d.min, d.max] }),
  base: (d) => (d.min + d.max) / 2,
  scale: (d, k) => ({ kind: d.kind, min: d.min * k, max: d.max * k }),
  extent: (d) => [d.min, d.max],
  lowest: (d) => d.min,
  shownRange: (d) => [d.min, d.max, "min–max"],
  sample: (rng, d) => draw(rng, d.min, d.max),
  quantile: (d, p) => d.min + p * (d.max - d.min),
};
