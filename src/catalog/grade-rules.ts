/**
 * The evidence rules (catalog README "Grades"): which grade a set of sources
 * supports, and the problems of a grade, its sources and its notes.
 */
import type { CatalogEvidence, CatalogSource, Grade } from "../model/catalog-entry.js";
import { SOURCE_KINDS, type SourceKind } from "../model/scenario.js";
import { catalogMessages as msg } from "./catalog-messages.js";

/** Grades from best to worst: a grade is supported when it is no better than the sources allow. */
const ORDER: readonly Grade[] = ["A", "B", "C", "U"];

/** How many sources of each kind. */
export function countKinds(sources: readonly CatalogSource[]): Record<SourceKind, number> {
  const counts = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  for (const s of sources) counts[s.kind] += 1;
  return counts;
}

/**
 * The best grade the sources support: **A** needs a primary source and an
 * independent corroboration (a second source from another publisher); **B**
 * a primary or secondary source; **C** any source (aggregators only cap an
 * entry here); **U** with none.
 *
 * @example supportedGrade([{ kind: "aggregator", … }]) // "C"
 */
export function supportedGrade(sources: readonly CatalogSource[]): Grade {
  const counts = countKinds(sources);
  const publishers = new Set(sources.map((s) => s.publisher.trim().toLowerCase()));
  if (counts.primary > 0 && publishers.size >= 2) return "A";
  if (counts.primary + counts.secondary > 0) return "B";
  return sources.length > 0 ? "C" : "U";
}

/** True when `grade` is no better than what the sources support. */
export function gradeSupported(grade: Grade, sources: readonly CatalogSource[]): boolean {
  return ORDER.indexOf(grade) >= ORDER.indexOf(supportedGrade(sources));
}

/**
 * Problems of one grade with its sources and notes, each `where: field: text`
 * (`prefix` names the field's parent, e.g. `production[0].`): a grade the
 * sources do not support, a graded figure with no source, and a grade U whose
 * notes do not say it is an estimate. `checkSupport: false` leaves the first
 * to the caller (`cxr catalog --audit` lists it rather than refusing the file).
 */
export function evidenceProblems(
  where: string,
  prefix: string,
  e: CatalogEvidence,
  checkSupport = true,
): string[] {
  if (e.grade === "U") return /estimate/i.test(e.notes) ? [] : [msg.estimateNote(where, prefix)];
  if (e.sources.length === 0) return [msg.noSource(where, prefix)];
  if (!checkSupport || gradeSupported(e.grade, e.sources)) return [];
  return [
    msg.unsupportedGrade(where, prefix, e.grade, supportedGrade(e.sources), countKinds(e.sources)),
  ];
}
