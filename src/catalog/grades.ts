import type { Grade } from "../model/catalog-entry.js";

/** What each confidence grade means; shown by `catalogShow` and the README. */
export const GRADE_MEANING: Readonly<Record<Grade, string>> = {
  A: "official statement or major outlet with an explicit figure",
  B: "reputable secondary source, or derived from a contract total",
  C: "single source, aggregator, or derived from loose figures",
  U: "unsourced estimate",
};
