/**
 * `catalog/catalog.yaml` text → validated `Catalog`, collecting every problem.
 */
import { parseDocument } from "yaml";
import type { z } from "zod";
import type { CatalogEntry, CatalogPerformance, Range3 } from "../model/catalog-entry.js";
import { Catalog } from "./catalog.js";
import { catalogMessages as msg } from "./catalog-messages.js";
import { KEBAB, MARK, documentSchema, entrySchema, type ParsedEntry } from "./catalog-schema.js";
import { evidenceProblems } from "./grade-rules.js";

export interface ParseCatalogOptions {
  /**
   * Refuse a grade its sources do not support (default). `false` lets
   * `cxr catalog --audit` read such a file and list the grades instead.
   */
  readonly checkGrades?: boolean;
}

export type ParseCatalogResult =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Parses and validates the catalog file's text. Pure: the caller reads the
 * file (see `catalogPath()`). Checks the shape (strict: unknown keys are
 * errors) and the rules: ids unique and kebab-case; amounts ≥ 0 with
 * low ≤ likely ≤ high; currency a 3-letter code; years whole, 1990..2100;
 * pk in 0..1; URLs http(s); every source says its kind; grades follow from
 * the sources (`grade-rules.ts`) for the entry, each production rate and the
 * lead time: a source unless the grade is U, a grade U's notes say
 * "estimate"; `cost.sourced` names each figure once and only with a source.
 * Every problem names the entry id and
 * the field, e.g. `pac3-mse: cost.currency: must be a 3-letter ISO 4217 code…`.
 *
 * @example
 * const result = parseCatalog(readFileSync(catalogPath(), "utf8"));
 * if (result.ok) result.catalog.get("pac3-mse")?.cost.likely; // 4_000_000
 */
export function parseCatalog(text: string, options: ParseCatalogOptions = {}): ParseCatalogResult {
  const checkGrades = options.checkGrades ?? true;
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => msg.yaml(e.message)) };
  }
  const top = documentSchema.safeParse(doc.toJS());
  if (!top.success) return { ok: false, problems: [msg.notAList()] };

  const problems: string[] = [];
  const entries: CatalogEntry[] = [];
  const firstIndex = new Map<string, number>();
  top.data.entries.forEach((raw, i) => {
    const where = entryLabel(raw, i);
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        for (const p of describeIssue(where, issue)) problems.push(p);
    } else {
      const crossProblems = checkEntry(parsed.data, checkGrades);
      for (const p of crossProblems) problems.push(p);
      if (crossProblems.length === 0) entries.push(toEntry(parsed.data));
    }
    const id = idOf(raw);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else problems.push(msg.duplicateId(id, first, i));
  });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, catalog: new Catalog(entries) };
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || !("id" in raw)) return undefined;
  return typeof raw.id === "string" ? raw.id : undefined;
}

/** The id when it is a usable one; otherwise the list position (and the bad id). */
function entryLabel(raw: unknown, index: number): string {
  const id = idOf(raw);
  if (id !== undefined && KEBAB.test(id)) return id;
  return id === undefined ? `entries[${index}]` : `entries[${index}] (${JSON.stringify(id)})`;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === "number" ? `[${part}]` : `${i > 0 ? "." : ""}${String(part)}`,
    )
    .join("");
}

function describeIssue(where: string, issue: z.core.$ZodIssue): string[] {
  const field = fieldOf(issue.path);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => msg.unknownKey(where, field === "" ? key : `${field}.${key}`));
  }
  switch (issue.message) {
    case MARK.kebab:
      return [msg.kebab(where)];
    case MARK.amount:
      return [msg.notAmount(where, field)];
    case MARK.negative:
      return [msg.negative(where, field)];
    case MARK.currency:
      return [msg.currency(where)];
    case MARK.year:
      return [msg.year(where, field)];
    case MARK.unit:
      return [msg.pk(where, field)];
    case MARK.url:
      return [msg.url(where, field)];
    default:
      return [msg.other(where, field === "" ? "entry" : field, issue.message)];
  }
}

const ordered = (r: Range3): boolean => r.low <= r.likely && r.likely <= r.high;

/** The rules that span several fields of one entry. */
function checkEntry(e: ParsedEntry, checkGrades: boolean): string[] {
  const problems: string[] = [];
  if (!ordered(e.cost)) problems.push(msg.order(e.id, e.cost.low, e.cost.likely, e.cost.high));
  if (new Set(e.cost.sourced).size < e.cost.sourced.length) problems.push(msg.sourcedTwice(e.id));
  if (e.cost.sourced.length > 0 && e.sources.length === 0) {
    problems.push(msg.sourcedWithoutSource(e.id));
  }
  if (e.performance?.pk && !ordered(e.performance.pk)) {
    problems.push(msg.rangeOrder(e.id, "performance.pk"));
  }
  if (e.performance?.timePerShot && !ordered(e.performance.timePerShot)) {
    problems.push(msg.rangeOrder(e.id, "performance.timePerShot"));
  }
  if (e.leadTime && !ordered(e.leadTime)) problems.push(msg.rangeOrder(e.id, "leadTime"));
  const evidence = [
    evidenceProblems(e.id, "", e, checkGrades),
    ...(e.production ?? []).map((p, i) =>
      evidenceProblems(e.id, `production[${i}].`, p, checkGrades),
    ),
    e.leadTime ? evidenceProblems(e.id, "leadTime.", e.leadTime, checkGrades) : [],
  ];
  return problems.concat(...evidence);
}

/** Drops absent optional fields: the model types use exactOptionalPropertyTypes. */
function toEntry(e: ParsedEntry): CatalogEntry {
  const p = e.performance ?? {};
  const performance: CatalogPerformance = {
    ...(p.pk === undefined ? {} : { pk: p.pk }),
    ...(p.magazine === undefined ? {} : { magazine: p.magazine }),
    ...(p.timePerShot === undefined ? {} : { timePerShot: p.timePerShot }),
  };
  const { production, leadTime, ...rest } = e;
  return {
    ...rest,
    performance,
    ...(production === undefined ? {} : { production }),
    ...(leadTime === undefined ? {} : { leadTime }),
  };
}
