/**
 * `ref:` — a catalog entry fills the fields a drone or layer leaves out
 * (docs/scenario-format.md "References"). Costs and pk become PERT
 * distributions `[low, likely, high]` (base = likely) in the entry's
 * currency and year, converted like any other money.
 */
import { distance } from "fastest-levenshtein";
import type { CatalogEntry, CatalogLookup, Range3 } from "../model/catalog-entry.js";
import type { Input, InputUnit } from "../model/input.js";
import type { Source } from "../model/scenario.js";
import { buildInput, type InputContext } from "./build-input.js";
import { issue } from "./messages.js";
import type { RawPath } from "./problem.js";

/** Entries used so far, in order of first use: their sources go to `Scenario.sources`. */
export class RefTracker {
  private readonly used = new Map<string, CatalogEntry>();

  constructor(private readonly catalog: CatalogLookup | undefined) {}

  /**
   * The entry `ref` names, or null after an issue (unknown id, no catalog, or
   * an entry of the wrong kind: a drone takes drone entries; a layer takes
   * effectors, never drones or platforms, whose cost is per flight hour or
   * per system, not per shot).
   */
  resolve(
    ref: string,
    path: RawPath,
    ctx: InputContext,
    role: "drone" | "layer",
  ): CatalogEntry | null {
    if (this.catalog === undefined) {
      ctx.issues.push(issue("no-catalog", path, { ref }));
      return null;
    }
    const entry = this.catalog.get(ref);
    if (entry === undefined) {
      ctx.issues.push(
        issue("unknown-ref", path, { ref, suggestions: nearest(ref, this.catalog.ids()) }),
      );
      return null;
    }
    const fits =
      role === "drone"
        ? entry.kind === "drone"
        : entry.kind !== "drone" && entry.kind !== "platform";
    if (!fits) {
      ctx.issues.push(issue("ref-kind", path, { ref, kind: entry.kind, role }));
      return null;
    }
    if (!this.used.has(entry.id)) this.used.set(entry.id, entry);
    return entry;
  }

  /** One source per entry source, `id` = the entry id, its kind kept (footnotes rank by it). */
  sources(): Source[] {
    return [...this.used.values()].flatMap((e) =>
      e.sources.map((s) => ({
        id: e.id,
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        year: s.year,
        url: s.url,
      })),
    );
  }
}

/**
 * Up to three catalog ids closest to `ref`: ids containing it first, then by
 * edit distance (ties by id), so "pac3" finds "pac3-mse" before "sm-3".
 */
export function nearest(ref: string, ids: readonly string[]): string[] {
  return ids
    .map((id) => ({ id, d: (id.includes(ref) ? 0 : 1000) + distance(ref, id) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, 3)
    .map((x) => x.id);
}

/**
 * A catalog range as an input: `pert: [low, likely, high]` (a plain value
 * when low = high), money in `currency` at `year`. Issues point at `path`
 * (the `ref:` key: the figure came from there).
 */
export function rangeInput(
  unit: InputUnit,
  range: Range3,
  money: { currency: string; year: number } | null,
  path: RawPath,
  idPath: string,
  entryId: string,
  ctx: InputContext,
): Input | null {
  const tags = money === null ? {} : { currency: money.currency, year: money.year };
  const raw =
    range.low === range.high
      ? unit === "money"
        ? { value: range.likely, ...tags }
        : range.likely
      : { pert: [range.low, range.likely, range.high] as [number, number, number], ...tags };
  // The synthesized mapping has no YAML node; issues land on `ref:` itself.
  const before = ctx.issues.length;
  const input = buildInput(unit, raw, path, idPath, entryId, ctx);
  for (let i = before; i < ctx.issues.length; i++) {
    const iss = ctx.issues[i]!;
    ctx.issues[i] = { ...iss, path };
  }
  return input;
}
