import type { DistributionModule } from "./distribution-module.js";

type ThreePoint = "triangular" | "pert";

/** The shape both share (model/distribution.ts). */
interface ThreePointOf<K extends ThreePoint> {
  readonly kind: K;
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

/**
 * What the three-point distributions (triangular, PERT) share: written as
 * `[min, mode, max]` with min ≤ mode ≤ max and min < max, the mode as base
 * value, and [min, max] as extent and shown range. Each adds its sampler and
 * quantile.
 */
export function threePoint<K extends ThreePoint>(
  kind: K,
): Omit<DistributionModule<K>, "sample" | "quantile"> {
  const fields = {
    kind,
    params: "[min, mode, max]",
    arity: 3 as const,
    make: ([a = NaN, b = NaN, c = NaN]: readonly number[]): ThreePointOf<K> => ({
      kind,
      min: a,
      mode: b,
      max: c,
    }),
    broken: (d: ThreePointOf<K>) =>
      d.min <= d.mode && d.mode <= d.max && d.min < d.max
        ? null
        : { rule: "min ≤ mode ≤ max with min < max", found: [d.min, d.mode, d.max] },
    base: (d: ThreePointOf<K>) => d.mode,
    scale: (d: ThreePointOf<K>, k: number): ThreePointOf<K> => ({
      kind,
      min: d.min * k,
      mode: d.mode * k,
      max: d.max * k,
    }),
    extent: (d: ThreePointOf<K>) => [d.min, d.max] as const,
    lowest: (d: ThreePointOf<K>) => d.min,
    shownRange: (d: ThreePointOf<K>) => [d.min, d.max, "min–max"] as const,
  };
  // For K = "triangular" or "pert", DistributionOf<K> is ThreePointOf<K>; TypeScript cannot see it for a generic K.
  return fields as unknown as Omit<DistributionModule<K>, "sample" | "quantile">;
}
