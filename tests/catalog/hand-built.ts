// Hand-built catalog entries for the grade-rule and audit tests: a valid
// missile entry whose grade, sources and other fields each test sets.
import type { CatalogSource } from "../../src/model/catalog-entry.js";
import type { SourceKind } from "../../src/model/scenario.js";

export const testSource = (kind: SourceKind, publisher: string): CatalogSource => ({
  kind,
  title: `${kind} report`,
  publisher,
  year: 2025,
  url: null,
});

/** `cost.sourced` is `["likely"]` when there are sources, `[]` otherwise, unless `patch` says. */
export function testEntry(
  id: string,
  grade: string,
  sources: readonly CatalogSource[],
  patch: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    name: id,
    kind: "missile",
    cost: {
      low: 1,
      likely: 2,
      high: 3,
      currency: "USD",
      year: 2025,
      basis: "per missile",
      measure: "unit-procurement",
      sourced: sources.length > 0 ? ["likely"] : [],
    },
    grade,
    sources,
    notes: "Likely is the first source's figure; an estimate where graded U.",
    ...patch,
  };
}
