/**
 * The `cxr catalog --json` output: an array of entries with a fixed key order.
 */
import type {
  CatalogEntry,
  CatalogLeadTime,
  CatalogProduction,
  CatalogSource,
  CostMeasure,
  RangeFigure,
} from "../model/catalog-entry.js";

/** One element of the `--json` array. Money is a plain number in `cost.currency` at `cost.year`. */
export interface CatalogJsonEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly cost: {
    readonly low: number;
    readonly likely: number;
    readonly high: number;
    readonly currency: string;
    readonly year: number;
    readonly basis: string;
    readonly measure: CostMeasure;
    readonly sourced: readonly RangeFigure[];
  };
  readonly grade: string;
  readonly sources: readonly CatalogSource[];
  readonly performance: CatalogEntry["performance"];
  /** Production rates, `[]` when none is known. */
  readonly production: readonly CatalogProduction[];
  /** Order-to-delivery time, `null` when unknown. */
  readonly leadTime: CatalogLeadTime | null;
  readonly notes: string;
}

/** A source with its keys in the documented order: kind, title, publisher, year, url. */
function sourceJson(s: CatalogSource): CatalogSource {
  return { kind: s.kind, title: s.title, publisher: s.publisher, year: s.year, url: s.url };
}

/**
 * The plain object of one entry, keys in the documented order: id, name,
 * kind, cost {low, likely, high, currency, year, basis, measure, sourced},
 * grade, sources [{kind, title, publisher, year, url}], performance,
 * production [{rate, per, status, period, grade, sources, notes}],
 * leadTime {low, likely, high, unit, grade, sources, notes} or null, notes.
 *
 * @example catalogJsonEntry(entry).cost.likely // 4000000
 */
export function catalogJsonEntry(e: CatalogEntry): CatalogJsonEntry {
  const { low, likely, high, currency, year, basis, measure, sourced } = e.cost;
  const lead = e.leadTime;
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    cost: { low, likely, high, currency, year, basis, measure, sourced },
    grade: e.grade,
    sources: e.sources.map(sourceJson),
    performance: e.performance,
    production: (e.production ?? []).map((p) => ({
      rate: p.rate,
      per: p.per,
      status: p.status,
      period: p.period,
      grade: p.grade,
      sources: p.sources.map(sourceJson),
      notes: p.notes,
    })),
    leadTime:
      lead === undefined
        ? null
        : {
            low: lead.low,
            likely: lead.likely,
            high: lead.high,
            unit: lead.unit,
            grade: lead.grade,
            sources: lead.sources.map(sourceJson),
            notes: lead.notes,
          },
    notes: e.notes,
  };
}

/**
 * The entries as pretty-printed JSON (two-space indent, trailing newline).
 *
 * @example JSON.parse(catalogJson(catalog.byKind("laser")))[0].id // "iron-beam"
 */
export function catalogJson(entries: readonly CatalogEntry[]): string {
  return `${JSON.stringify(entries.map(catalogJsonEntry), null, 2)}\n`;
}
