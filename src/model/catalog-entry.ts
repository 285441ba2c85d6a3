/**
 * One entry of the shipped cost catalog, as the scenario loader consumes it
 * for `ref:`. Money is in `cost.currency` at `cost.year`, converted through
 * the scenario's `fx` and `inflation` tables like any other money.
 */
export const CATALOG_KINDS = [
  "drone",
  "missile",
  "gun",
  "interceptor-drone",
  "laser",
  "microwave",
  "electronic-warfare",
  "platform",
] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export type Grade = "A" | "B" | "C" | "U";

export interface Range3 {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
}

export interface CatalogCost extends Range3 {
  readonly currency: string;
  readonly year: number;
  /** What one unit means: "per missile, contract average", "per shot, energy only"… */
  readonly basis: string;
}

export interface CatalogSource {
  readonly title: string;
  readonly publisher: string;
  readonly year: number | null;
  readonly url: string | null;
}

/** Published performance, where there is any; every field optional. */
export interface CatalogPerformance {
  /** Single-shot kill probability or an observed intercept rate used as its proxy, 0..1. */
  readonly pk?: Range3;
  /** Shots carried per launcher, aircraft or mount. */
  readonly magazine?: number;
  /** Seconds per engagement (laser dwell, gun burst). */
  readonly timePerShot?: Range3;
}

export interface CatalogEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: CatalogKind;
  readonly cost: CatalogCost;
  readonly performance: CatalogPerformance;
  readonly grade: Grade;
  readonly sources: readonly CatalogSource[];
  readonly notes: string;
}

/** What the scenario loader needs of a catalog. */
export interface CatalogLookup {
  get(id: string): CatalogEntry | undefined;
  ids(): readonly string[];
}
