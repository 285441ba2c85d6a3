import { beta as draw } from "../random/beta.js";
import { betaQuantile } from "./beta-quantile.js";
import type { DistributionModule } from "./distribution-module.js";

/** Beta(α, β) on [0, scale] (scale 1 as written; money conversion never applies); base α / (α + β). */
export const beta: DistributionModule<"beta"> = {
  kind: "beta",
  params: "[alpha, beta]",
  arity: 2,
  shapeParams: true,
  make: ([a = NaN, b = NaN]) => ({ kind: "beta", alpha: a, beta: b, scale: 1 }),
  broken: (d) =>
    d.alpha > 0 && d.beta > 0 ? null : { rule: "alpha > 0 and beta > 0", found: [d.alpha, d.beta] },
  base: (d) => (d.scale * d.alpha) / (d.alpha + d.beta),
  scale: (d, k) => ({ kind: d.kind, alpha: d.alpha, beta: d.beta, scale: d.scale * k }),
  extent: (d) => [0, d.scale],
  lowest: () => 0,
  shownRange: (d) => [0, d.scale, "min–max"],
  sample: (rng, d) => d.scale * draw(rng, d.alpha, d.beta),
  quantile: (d, p) => d.scale * betaQuantile(p, d.alpha, d.beta),
};
