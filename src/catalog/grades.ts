import type { Grade } from "../model/catalog-entry.js";
import type { SourceKind } from "../model/scenario.js";

/** What each confidence grade means (the rules in `grade-rules.ts`); shown by `catalogShow` and the README. */
export const GRADE_MEANING: Readonly<Record<Grade, string>> = {
  A: "a primary source, corroborated by a second independent source",
  B: "at least one primary or secondary source",
  C: "aggregator sources only, or a loose derivation",
  U: "unsourced estimate, reasoning in the notes",
};

/** What each source kind is; shown by `catalogShow` and the audit. */
export const SOURCE_KIND_MEANING: Readonly<Record<SourceKind, string>> = {
  primary: "budget or procurement document, FMS/DSCA notice, official statement, manufacturer",
  secondary: "major outlet or think-tank report with its own sourcing",
  aggregator: "a site that summarises others",
};
