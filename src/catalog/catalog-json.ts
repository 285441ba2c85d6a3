/**
 * The `cxr catalog --json` output: an array of entries with a fixed key order.
 */
import type { CatalogEntry } from "../model/catalog-entry.js";

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
  };
  readonly grade: string;
  readonly sources: readonly {
    readonly title: string;
    readonly publisher: string;
    readonly year: number | null;
    readonly url: string | null;
  }[];
  readonly performance: CatalogEntry["performance"];
  readonly notes: string;
}

/**
 * The plain object of one entry, keys in the documented order: id, name,
 * kind, cost {low, likely, high, currency, year, basis}, grade,
 * sources [{title, publisher, year, url}], performance, notes.
 *
 * @example catalogJsonEntry(entry).cost.likely // 4000000
 */
export function catalogJsonEntry(e: CatalogEntry): CatalogJsonEntry {
  const { low, likely, high, currency, year, basis } = e.cost;
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    cost: { low, likely, high, currency, year, basis },
    grade: e.grade,
    sources: e.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher,
      year: s.year,
      url: s.url,
    })),
    performance: e.performance,
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
