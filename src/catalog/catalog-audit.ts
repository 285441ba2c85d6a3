/**
 * `cxr catalog --audit`: the evidence behind the catalog at a glance —
 * entries by grade and source kind, grades their sources do not support,
 * likely values no source gives, aggregator-only entries, and the production
 * rates and lead times the campaign scenarios can cite.
 */
import type { CatalogEntry, CatalogEvidence, Grade } from "../model/catalog-entry.js";
import { SOURCE_KINDS, type SourceKind } from "../model/scenario.js";
import { group } from "./amount.js";
import { countKinds, gradeSupported, supportedGrade } from "./grade-rules.js";
import { wrapText } from "./wrap-text.js";

type Kinds = Readonly<Record<SourceKind, number>>;

/** One graded thing (an entry, a production rate, a lead time) whose grade the sources do not support. */
export interface UnsupportedGrade {
  readonly id: string;
  /** `grade`, `production[i].grade` or `leadTime.grade`. */
  readonly field: string;
  readonly grade: Grade;
  readonly supported: Grade;
  readonly kinds: Kinds;
}

export interface CatalogAudit {
  readonly entries: number;
  /** Sources of every entry, production rate and lead time, by kind. */
  readonly sources: Kinds;
  /** Entry ids by grade, each with its sources by kind. */
  readonly byGrade: Readonly<Record<Grade, readonly { id: string; kinds: Kinds }[]>>;
  readonly unsupported: readonly UnsupportedGrade[];
  /** Entries with sources, all of them aggregators. */
  readonly aggregatorOnly: readonly string[];
  /** Entries whose likely cost no source gives (`cost.sourced` lacks `likely`). */
  readonly likelyUnsourced: readonly string[];
  readonly production: readonly {
    readonly id: string;
    readonly rate: number;
    readonly per: string;
    readonly status: string;
    readonly period: string;
    readonly grade: Grade;
  }[];
  readonly leadTimes: readonly {
    readonly id: string;
    readonly low: number;
    readonly likely: number;
    readonly high: number;
    readonly unit: string;
    readonly grade: Grade;
  }[];
}

const GRADES: readonly Grade[] = ["A", "B", "C", "U"];

/** Every graded part of an entry with the field its grade sits in. */
function gradedParts(e: CatalogEntry): { field: string; evidence: CatalogEvidence }[] {
  return [
    { field: "grade", evidence: e },
    ...(e.production ?? []).map((p, i) => ({ field: `production[${i}].grade`, evidence: p })),
    ...(e.leadTime ? [{ field: "leadTime.grade", evidence: e.leadTime }] : []),
  ];
}

/**
 * Audits catalog entries (parse them with `checkGrades: false` so that an
 * unsupported grade reaches the audit instead of stopping the parse).
 *
 * @example auditCatalog(catalog.entries()).unsupported // [] for the shipped catalog
 */
export function auditCatalog(entries: readonly CatalogEntry[]): CatalogAudit {
  const sources = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  const byGrade: Record<Grade, { id: string; kinds: Kinds }[]> = { A: [], B: [], C: [], U: [] };
  const unsupported: UnsupportedGrade[] = [];
  for (const e of entries) {
    byGrade[e.grade].push({ id: e.id, kinds: countKinds(e.sources) });
    for (const { field, evidence } of gradedParts(e)) {
      const kinds = countKinds(evidence.sources);
      for (const k of SOURCE_KINDS) sources[k] += kinds[k];
      if (evidence.grade !== "U" && !gradeSupported(evidence.grade, evidence.sources)) {
        const supported = supportedGrade(evidence.sources);
        unsupported.push({ id: e.id, field, grade: evidence.grade, supported, kinds });
      }
    }
  }
  return {
    entries: entries.length,
    sources,
    byGrade,
    unsupported,
    aggregatorOnly: entries
      .filter((e) => e.sources.length > 0 && e.sources.every((s) => s.kind === "aggregator"))
      .map((e) => e.id),
    likelyUnsourced: entries.filter((e) => !e.cost.sourced.includes("likely")).map((e) => e.id),
    production: entries.flatMap((e) =>
      (e.production ?? []).map((p) => ({
        id: e.id,
        rate: p.rate,
        per: p.per,
        status: p.status,
        period: p.period,
        grade: p.grade,
      })),
    ),
    leadTimes: entries.flatMap((e) => {
      const l = e.leadTime;
      return l
        ? [{ id: e.id, low: l.low, likely: l.likely, high: l.high, unit: l.unit, grade: l.grade }]
        : [];
    }),
  };
}

const kindsText = (k: Kinds): string => `${k.primary}/${k.secondary}/${k.aggregator}`;

/** A heading and a comma-separated list, wrapped to `width` without breaking an item, indented by two. */
function list(title: string, items: readonly string[], width: number): string[] {
  const head = `${title} (${items.length})${items.length === 0 ? ": none" : ":"}`;
  if (items.length === 0) return [head];
  // Items keep their inner spaces: hide them from the word wrap as "~" (in no id), then restore them.
  const glued = items.map((i) => i.replaceAll(" ", "~")).join(", ");
  return [head, ...wrapText(glued, width - 2).map((l) => `  ${l.replaceAll("~", " ")}`)];
}

/**
 * The audit as plain text for a terminal, lines wrapped to `width` (default 100).
 * Source counts read primary/secondary/aggregator.
 */
export function auditText(a: CatalogAudit, width = 100): string {
  const s = a.sources;
  const out = [
    `catalog audit: ${a.entries} entries; sources ${s.primary} primary, ${s.secondary} secondary, ` +
      `${s.aggregator} aggregator`,
    "",
    "entries by grade, sources primary/secondary/aggregator:",
  ];
  for (const g of GRADES) {
    const items = a.byGrade[g].map((e) => `${e.id} ${kindsText(e.kinds)}`);
    list(`  ${g}`, items, width).forEach((l, i) => out.push(i === 0 ? l : `  ${l}`));
  }
  out.push(
    "",
    `grades the sources do not support (${a.unsupported.length})${a.unsupported.length === 0 ? ": none" : ":"}`,
  );
  for (const u of a.unsupported) {
    out.push(
      `  ${u.id}: ${u.field}: ${u.grade}, sources ${kindsText(u.kinds)} support at most ${u.supported}`,
    );
  }
  for (const l of ["", ...list("likely cost from no source", a.likelyUnsourced, width)])
    out.push(l);
  for (const l of ["", ...list("sources all aggregators", a.aggregatorOnly, width)]) out.push(l);
  out.push("", `production rates (${a.production.length}):`);
  for (const p of a.production) {
    out.push(
      `  ${p.id}: ${group(p.rate)} per ${p.per}, ${p.status}, ${p.period}, grade ${p.grade}`,
    );
  }
  out.push("", `lead times (${a.leadTimes.length}):`);
  for (const l of a.leadTimes) {
    out.push(
      `  ${l.id}: ${group(l.low)} / ${group(l.likely)} / ${group(l.high)} ${l.unit}, grade ${l.grade}`,
    );
  }
  return out.join("\n");
}
