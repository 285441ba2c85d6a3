import { pert as draw } from "../random/pert.js";
import { betaQuantile } from "./beta-quantile.js";
import type { DistributionModule } from "./distribution-module.js";
import { threePoint } from "./three-point.js";

/** PERT on [min, max] with the given mode (Vose's λ = 4); base value the mode. */
export const pert: DistributionModule<"pert"> = {
  ...threePoint("pert"),
  sample: (rng, d) => draw(rng, d.min, d.mode, d.max),
  quantile(d, p) {
    // PERT is Beta(α, β) stretched onto [min, max] (Vose's λ = 4).
    const width = d.max - d.min;
    if (width <= 0) return d.mode;
    const alpha = 1 + (4 * (d.mode - d.min)) / width;
    const beta = 1 + (4 * (d.max - d.mode)) / width;
    return d.min + width * betaQuantile(p, alpha, beta);
  },
};
