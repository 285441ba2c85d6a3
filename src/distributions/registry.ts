/**
 * The registry of distributions: kind → module. To add one, write its
 * module (src/distributions/<kind>.ts, a `DistributionModule`), add its
 * shape to `Distribution` (src/model/distribution.ts) and one line here;
 * the loader, the schema, the samplers, the quantiles and the report
 * follow.
 */
import type { Distribution, DistributionKind } from "../model/distribution.js";
import type { Xoshiro128 } from "../random/xoshiro128.js";
import { beta } from "./beta.js";
import type { BrokenRule, DistributionModule } from "./distribution-module.js";
import { lognormal } from "./lognormal.js";
import { normal } from "./normal.js";
import { pert } from "./pert.js";
import { triangular } from "./triangular.js";
import { uniform } from "./uniform.js";

/** Every distribution, in the order scenario files and messages list them. */
export const DISTRIBUTIONS: { readonly [K in DistributionKind]: DistributionModule<K> } = {
  triangular,
  pert,
  uniform,
  normal,
  lognormal,
  beta,
};

/** Every kind, in registry order. */
export const DISTRIBUTION_KINDS = Object.keys(DISTRIBUTIONS) as readonly DistributionKind[];

/** A module as `moduleOf` hands it out: taking any distribution (in fact, of its own kind). */
export interface AnyDistributionModule {
  readonly kind: DistributionKind;
  readonly params: string;
  readonly arity: 2 | 3;
  readonly shapeParams?: true;
  make(p: readonly number[]): Distribution;
  broken(d: Distribution): BrokenRule | null;
  base(d: Distribution): number;
  scale(d: Distribution, k: number): Distribution;
  extent(d: Distribution): readonly [number, number];
  lowest(d: Distribution): number;
  shownRange(d: Distribution): readonly [number, number, "min–max" | "p5–p95"];
  sample(rng: Xoshiro128, d: Distribution): number;
  quantile(d: Distribution, p: number): number;
}

/** The module of a kind. */
export function distributionModule(kind: DistributionKind): AnyDistributionModule {
  // Each module takes exactly its kind (methods are bivariant in their
  // parameters); callers hand it distributions of that kind.
  return DISTRIBUTIONS[kind];
}

/** The module of a distribution's own kind. */
export function moduleOf(d: Distribution): AnyDistributionModule {
  return distributionModule(d.kind);
}

/** Whether `key` names a distribution (a key of a quantity mapping). */
export function isDistributionKind(key: string): key is DistributionKind {
  return Object.hasOwn(DISTRIBUTIONS, key);
}

/**
 * The base value of a distribution in deterministic mode (docs/model.md §4):
 * triangular and PERT → mode; uniform → midpoint; normal → mean;
 * lognormal → median `sqrt(p5 × p95)`; beta → `α / (α + β)` (times its scale).
 *
 * @example baseValue({ kind: "uniform", min: 0.7, max: 0.9 }) // 0.8
 */
export function baseValue(d: Distribution): number {
  return moduleOf(d).base(d);
}

/** Multiplies a distribution by a positive constant (currency or price-year conversion). */
export function scaleDistribution(d: Distribution, k: number): Distribution {
  return moduleOf(d).scale(d, k);
}

/** The `p`-quantile of a distribution, unclamped. */
export function distributionQuantile(d: Distribution, p: number): number {
  return moduleOf(d).quantile(d, p);
}
