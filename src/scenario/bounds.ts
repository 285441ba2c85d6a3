/**
 * Sane ranges per kind of quantity, checked at validation so that no value
 * a user can write overflows a result (a money of 1e308 would print ∞).
 */
import { describeValue, issue } from "./messages.js";
import type { Issue, RawPath } from "./problem.js";

/** Years a price year, a money value's year or a source's year may name. */
export const YEAR_RANGE = [1900, 2100] as const;

/** A year in {@link YEAR_RANGE}, whole; pushes an issue otherwise. */
export function checkYear(v: number, path: RawPath, issues: Issue[]): boolean {
  const [lo, hi] = YEAR_RANGE;
  if (Number.isInteger(v) && v >= lo && v <= hi) return true;
  issues.push(issue("year-range", path, { min: lo, max: hi, found: describeValue(v) }));
  return false;
}
