// A source's kind (primary / secondary / aggregator) is SourceKind of ./scenario.ts:
// the catalog and a scenario's own sources: list share one definition.
import type { SourceKind } from "./scenario.js";

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

/**
 * The cost basis of a price: what the figure measures. `unit-procurement` —
 * one unit of a production buy (budget documents, unit-only contract lines);
 * `contract-average` — a contract total over its quantity, non-unit items
 * included; `fms-case` — an FMS notice's value over its quantity, support
 * included (a ceiling); `flyaway`; `replacement` — what one more costs to buy
 * today; `press-figure` — a per-unit price quoted without a stated basis;
 * `marginal` — the variable cost of one more use (fuel, wear, energy);
 * `fully-loaded` — fixed costs spread over use as well. A figure that is our
 * estimate says which of these it estimates; its grade says it is ours.
 */
export const COST_MEASURES = [
  "unit-procurement",
  "contract-average",
  "fms-case",
  "flyaway",
  "replacement",
  "press-figure",
  "marginal",
  "fully-loaded",
] as const;
export type CostMeasure = (typeof COST_MEASURES)[number];

/** The three figures of a range, named as the catalog file names them. */
export const RANGE_FIGURES = ["low", "likely", "high"] as const;
export type RangeFigure = (typeof RANGE_FIGURES)[number];

export interface CatalogCost extends Range3 {
  readonly currency: string;
  readonly year: number;
  /** What one unit means: "per missile, contract average", "per shot, energy only"… */
  readonly basis: string;
  /** The cost basis of the figures. */
  readonly measure: CostMeasure;
  /** The figures taken from (or computed from) a source; the others are ours. */
  readonly sourced: readonly RangeFigure[];
}

export interface CatalogSource {
  readonly kind: SourceKind;
  readonly title: string;
  readonly publisher: string;
  readonly year: number | null;
  readonly url: string | null;
}

/** A grade with the sources it rests on and notes on the figures. */
export interface CatalogEvidence {
  readonly grade: Grade;
  readonly sources: readonly CatalogSource[];
  readonly notes: string;
}

export const RATE_UNITS = ["day", "week", "month", "year"] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

/**
 * What a production figure is: measured `output`, stated `capacity`, a
 * `plan` or `target` (not output), or an `order` given to makers.
 */
export const PRODUCTION_STATUSES = ["output", "capacity", "plan", "target", "order"] as const;
export type ProductionStatus = (typeof PRODUCTION_STATUSES)[number];

/** A production rate: `rate` units per `per`, over `period` (e.g. "2025", "Sep 2025"). */
export interface CatalogProduction extends CatalogEvidence {
  readonly rate: number;
  readonly per: RateUnit;
  readonly status: ProductionStatus;
  readonly period: string;
}

export const DURATION_UNITS = ["days", "weeks", "months", "years"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** Time from order to first delivery, low / likely / high in `unit`. */
export interface CatalogLeadTime extends Range3, CatalogEvidence {
  readonly unit: DurationUnit;
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

export interface CatalogEntry extends CatalogEvidence {
  readonly id: string;
  readonly name: string;
  readonly kind: CatalogKind;
  readonly cost: CatalogCost;
  readonly performance: CatalogPerformance;
  /** Production rates with their own grades and sources; absent when none is known. */
  readonly production?: readonly CatalogProduction[];
  /** Order-to-delivery time; absent when unknown. */
  readonly leadTime?: CatalogLeadTime;
}

/** What the scenario loader needs of a catalog. */
export interface CatalogLookup {
  get(id: string): CatalogEntry | undefined;
  ids(): readonly string[];
}
