import jStat from "jstat";
import type { Distribution } from "../model/distribution.js";
import { type Input, unitBounds } from "../model/input.js";
import { Z95 } from "../random/lognormal.js";
import { normalQuantile } from "./normal-quantile.js";

/** z of the 95th percentile of a standard normal, `Φ⁻¹(0.95)` (one constant, the samplers'). */
export { Z95 };

/**
 * The `p`-quantile of Beta(a, b). jstat's Newton iteration returns NaN for
 * extreme p (below ~1e-250 with a = 5), so p is raised to 1e-200, where the
 * quantiles of the shapes a PERT makes (a, b ≤ 5) are within 1e-60 of 0, and
 * a NaN left over falls to the nearer end. The ends themselves are exact.
 */
function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const q = jStat.beta.inv(Math.max(p, 1e-200), a, b);
  return Number.isNaN(q) ? (p < 0.5 ? 0 : 1) : q;
}

/** The `p`-quantile of a distribution, unclamped (model/distribution.ts parameters). */
export function distributionQuantile(d: Distribution, p: number): number {
  switch (d.kind) {
    case "uniform":
      return d.min + p * (d.max - d.min);
    case "triangular": {
      // Inverse of the piecewise-quadratic CDF; F(mode) = (mode − min) / (max − min).
      const width = d.max - d.min;
      if (width <= 0) return d.mode;
      const fMode = (d.mode - d.min) / width;
      return p < fMode
        ? d.min + Math.sqrt(p * width * (d.mode - d.min))
        : d.max - Math.sqrt((1 - p) * width * (d.max - d.mode));
    }
    case "pert": {
      // PERT is Beta(α, β) stretched onto [min, max] (Vose's λ = 4).
      const width = d.max - d.min;
      if (width <= 0) return d.mode;
      const alpha = 1 + (4 * (d.mode - d.min)) / width;
      const beta = 1 + (4 * (d.max - d.mode)) / width;
      return d.min + width * betaQuantile(p, alpha, beta);
    }
    case "normal":
      return d.mean + d.sd * normalQuantile(p);
    case "lognormal": {
      // The 90 % interval fixes both parameters: p5 = e^(μ − 1.645σ), p95 = e^(μ + 1.645σ).
      const mu = (Math.log(d.p5) + Math.log(d.p95)) / 2;
      const sigma = (Math.log(d.p95) - Math.log(d.p5)) / (2 * Z95);
      return Math.exp(mu + sigma * normalQuantile(p));
    }
    case "beta":
      return d.scale * betaQuantile(p, d.alpha, d.beta);
  }
}

/**
 * The `p`-quantile of an input: exact inverse CDF of its distribution
 * (uniform, triangular and lognormal in closed form, PERT and beta through
 * jstat's regularised incomplete beta inverse, normal by AS 241), clamped to
 * the bounds of its unit (0..1 for a probability, ≥ 0 otherwise). A plain
 * number is its own quantile.
 *
 * @throws RangeError when `p` is not in [0, 1]
 * @example inputQuantile({ path: "x", unit: "money", base: 5, dist: { kind: "uniform", min: 0, max: 10 }, source: "scenario" }, 0.95) // 9.5
 */
export function inputQuantile(input: Input, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability must be in [0, 1], got ${p}`);
  if (input.dist === null) return input.base;
  const [lo, hi] = unitBounds(input.unit);
  return Math.min(hi, Math.max(lo, distributionQuantile(input.dist, p)));
}
