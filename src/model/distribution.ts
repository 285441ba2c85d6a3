/**
 * An uncertain input's probability distribution, in the input's final unit
 * (reporting currency at the price year, probability 0..1, or seconds).
 *
 * Money in another currency is converted by scaling every location/scale
 * parameter; `beta` lives on [0, 1] and carries its own `scale`.
 */
export type Distribution =
  | { readonly kind: "uniform"; readonly min: number; readonly max: number }
  | {
      readonly kind: "triangular";
      readonly min: number;
      readonly mode: number;
      readonly max: number;
    }
  | { readonly kind: "pert"; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly kind: "normal"; readonly mean: number; readonly sd: number }
  /** Given as a 90 % interval: 5th and 95th percentile. */
  | { readonly kind: "lognormal"; readonly p5: number; readonly p95: number }
  /** Beta(alpha, beta) on [0, scale]. */
  | {
      readonly kind: "beta";
      readonly alpha: number;
      readonly beta: number;
      readonly scale: number;
    };

export type DistributionKind = Distribution["kind"];

/**
 * The base value of a distribution in deterministic mode (docs/model.md §4):
 * triangular and PERT → mode; uniform → midpoint; normal → mean;
 * lognormal → median `sqrt(p5 × p95)`; beta → `α / (α + β)` (times its scale).
 *
 * @example baseValue({ kind: "uniform", min: 0.7, max: 0.9 }) // 0.8
 */
export function baseValue(d: Distribution): number {
  switch (d.kind) {
    case "uniform":
      return (d.min + d.max) / 2;
    case "triangular":
    case "pert":
      return d.mode;
    case "normal":
      return d.mean;
    case "lognormal":
      return Math.sqrt(d.p5 * d.p95);
    case "beta":
      return (d.scale * d.alpha) / (d.alpha + d.beta);
  }
}

/** Multiplies a distribution by a positive constant (currency or price-year conversion). */
export function scaleDistribution(d: Distribution, k: number): Distribution {
  switch (d.kind) {
    case "uniform":
      return { kind: d.kind, min: d.min * k, max: d.max * k };
    case "triangular":
    case "pert":
      return { kind: d.kind, min: d.min * k, mode: d.mode * k, max: d.max * k };
    case "normal":
      return { kind: d.kind, mean: d.mean * k, sd: d.sd * k };
    case "lognormal":
      return { kind: d.kind, p5: d.p5 * k, p95: d.p95 * k };
    case "beta":
      return { kind: d.kind, alpha: d.alpha, beta: d.beta, scale: d.scale * k };
  }
}
