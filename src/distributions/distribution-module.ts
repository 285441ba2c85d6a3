import type { Distribution, DistributionKind } from "../model/distribution.js";
import type { Xoshiro128 } from "../random/xoshiro128.js";

/** The distribution of one kind. */
export type DistributionOf<K extends DistributionKind> = Extract<Distribution, { kind: K }>;

/** A parameter rule broken: what it is, and the parameters found. */
export interface BrokenRule {
  readonly rule: string;
  readonly found: readonly number[];
}

/**
 * Everything cxr knows of one kind of distribution, in one module
 * (src/distributions/<kind>.ts): how a scenario file writes it, its checks,
 * its deterministic base value, how money conversion scales it, its sampler
 * and its quantile. The rest of cxr iterates the registry (`registry.ts`)
 * and never switches on a kind.
 */
export interface DistributionModule<K extends DistributionKind> {
  readonly kind: K;
  /** What the list in a scenario file holds, for the schema: `"[min, mode, max]"`. */
  readonly params: string;
  /** How many numbers that list holds. */
  readonly arity: 2 | 3;
  /**
   * Beta only: the list holds plain numbers (shapes, no unit), and the
   * input must be a probability (on [0, 1] it would mean "0 to 1 euro").
   */
  readonly shapeParams?: true;
  /** From the numbers of the file's list, in order (NaN where one is unreadable). */
  make(p: readonly number[]): DistributionOf<K>;
  /** The rule the parameters break (docs/model.md §4 shapes), or null. */
  broken(d: DistributionOf<K>): BrokenRule | null;
  /** The value of deterministic mode (docs/model.md §4). */
  base(d: DistributionOf<K>): number;
  /** The distribution of `k ×` a draw, `k > 0` (currency and price-year conversion). */
  scale(d: DistributionOf<K>, k: number): DistributionOf<K>;
  /** The lowest and highest value the parameters name (checked against the unit's domain). */
  extent(d: DistributionOf<K>): readonly [number, number];
  /** The smallest value a draw can take, for capacity bounds (4 sd below a normal's mean). */
  lowest(d: DistributionOf<K>): number;
  /** The range shown to a reader: its ends, and what they are. */
  shownRange(d: DistributionOf<K>): readonly [number, number, "min–max" | "p5–p95"];
  /** One draw, unclamped. */
  sample(rng: Xoshiro128, d: DistributionOf<K>): number;
  /** The `p`-quantile, unclamped. */
  quantile(d: DistributionOf<K>, p: number): number;
}
