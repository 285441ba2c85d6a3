/**
 * An uncertain input's probability distribution, in the input's final unit
 * (reporting currency at the price year, probability 0..1, or seconds).
 *
 * Money in another currency is converted by scaling every location/scale
 * parameter; `beta` lives on [0, 1] and carries its own `scale`. What each
 * kind means (its base value, sampler, quantile…) is its module's, in
 * src/distributions/.
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
