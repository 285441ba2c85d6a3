import { triangular as draw } from "../random/triangular.js";
import type { DistributionModule } from "./distribution-module.js";
import { threePoint } from "./three-point.js";

/** Triangular on [min, max] peaking at mode; base value the mode. */
export const triangular: DistributionModule<"triangular"> = {
  ...threePoint("triangular"),
  sample: (rng, d) => draw(rng, d.min, d.mode, d.max),
  quantile(d, p) {
    // Inverse of the piecewise-quadratic CDF; F(mode) = (mode − min) / (max − min).
    const width = d.max - d.min;
    if (width <= 0) return d.mode;
    const fMode = (d.mode - d.min) / width;
    return p < fMode
      ? d.min + Math.sqrt(p * width * (d.mode - d.min))
      : d.max - Math.sqrt((1 - p) * width * (d.max - d.mode));
  },
};
