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

/** The largest money value (in the reporting currency) a field may hold. */
export const MAX_MONEY = 1e15;
/** The largest duration, in seconds: 10 years. */
export const MAX_DURATION_S = 10 * 365.25 * 86_400;
/** The largest count (magazine, shots, stocks…). */
export const MAX_COUNT = 1e9;
/** The largest swarm size (and focus): whole and exact far beyond it. */
export const MAX_SWARM_SIZE = 1e7;

/** Pushes "too-large" when `v` exceeds `max`; `what` names the kind ("money", "a count"). */
export function checkMax(
  v: number,
  max: number,
  what: string,
  shown: string,
  path: RawPath,
  issues: Issue[],
): boolean {
  if (v <= max) return true;
  issues.push(
    issue("too-large", path, { what, max: max.toExponential().replace("e+", "e"), found: shown }),
  );
  return false;
}
