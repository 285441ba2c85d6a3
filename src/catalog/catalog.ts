/**
 * The validated cost catalog: lookup by id and kind, and "did you mean"
 * suggestions for unknown ids.
 */
import { distance } from "fastest-levenshtein";
import type { CatalogEntry, CatalogKind, CatalogLookup } from "../model/catalog-entry.js";

/**
 * An immutable set of catalog entries in file order. Build one with
 * `parseCatalog`, which validates; the constructor trusts its input.
 *
 * @example
 * const catalog = new Catalog(entries);
 * catalog.get("sm-2")?.cost.likely; // 2_000_000
 * catalog.nearest("pac3"); // ["pac3-mse", …]
 */
export class Catalog implements CatalogLookup {
  readonly #entries: readonly CatalogEntry[];
  readonly #byId: ReadonlyMap<string, CatalogEntry>;

  constructor(entries: readonly CatalogEntry[]) {
    this.#entries = [...entries];
    this.#byId = new Map(entries.map((e) => [e.id, e]));
  }

  /** The entry with this id, or `undefined`. */
  get(id: string): CatalogEntry | undefined {
    return this.#byId.get(id);
  }

  /** Every id, in file order. */
  ids(): readonly string[] {
    return this.#entries.map((e) => e.id);
  }

  /** Every entry, in file order. */
  entries(): readonly CatalogEntry[] {
    return this.#entries;
  }

  /** The entries of one kind, in file order. */
  byKind(kind: CatalogKind): readonly CatalogEntry[] {
    return this.#entries.filter((e) => e.kind === kind);
  }

  /**
   * Up to `n` ids closest to `id`, for "did you mean" messages. Ranking:
   * ids that contain the query (case-insensitive) first, because a user who
   * types `pac3` means `pac3-mse` rather than the nearer-by-edits `sm-3`;
   * then Levenshtein distance; then the id, so ties are stable.
   *
   * @example catalog.nearest("shahed") // ["shahed-136", …]
   */
  nearest(id: string, n = 3): string[] {
    const query = id.toLowerCase();
    return this.#entries
      .map((e) => ({
        id: e.id,
        contains: e.id.includes(query) ? 0 : 1,
        edits: distance(query, e.id),
      }))
      .sort((a, b) => a.contains - b.contains || a.edits - b.edits || (a.id < b.id ? -1 : 1))
      .slice(0, Math.max(0, n))
      .map((c) => c.id);
  }
}
