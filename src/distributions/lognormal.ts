import { Z95, lognormal as draw } from "../random/lognormal.js";
import type { DistributionModule } from "./distribution-module.js";
import { normalQuantile } from "./normal-quantile.js";

/** Lognormal given by its 90 % interval [p5, p95]; base value the median √(p5 × p95). */
export const lognormal: DistributionModule<"lognormal"> = {
  kind: "lognormal",
  params: "[p5, p95], a 90 % interval",
  arity: 2,
  make: ([a = NaN, b = NaN]) => ({ kind: "lognormal", p5: a, p95: b }),
  broken: (d) => (d.p5 > 0 && d.p5 < d.p95 ? null : { rule: "0 < p5 < p95", found: [d.p5, d.p95] }),
  base: (d) => Math.sqrt(d.p5 * d.p95),
  scale: (d, k) => ({ kind: d.kind, p5: d.p5 * k, p95: d.p95 * k }),
  extent: (d) => [d.p5, d.p95],
  lowest: (d) => d.p5,
  shownRange: (d) => [d.p5, d.p95, "p5–p95"],
  sample: (rng, d) => draw(rng, d.p5, d.p95),
  quantile(d, p) {
    // The 90 % interval fixes both parameters: p5 = e^(μ − 1.645σ), p95 = e^(μ + 1.645σ).
    const mu = (Math.log(d.p5) + Math.log(d.p95)) / 2;
    const sigma = (Math.log(d.p95) - Math.log(d.p5)) / (2 * Z95);
    return Math.exp(mu + sigma * normalQuantile(p));
  },
};
