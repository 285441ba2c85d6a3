/**
 * Campaign rates and lead times (docs/campaign.md §1): `2700/month` →
 * drones per night with 1 week = 7, 1 month = 365.25 / 12 and 1 year =
 * 365.25 nights; a bare number is per night. A lead time `18 months` →
 * whole nights `ceil(days)`.
 */
import { issue } from "./messages.js";
import { LEAD_TIME_UNITS, RATE_UNITS } from "./patterns.js";
import type { Issue, RawPath } from "./problem.js";
import { readAmount } from "./quantity.js";

const show = (v: number | string): string =>
  typeof v === "number" ? String(v) : JSON.stringify(v);

/** The length in nights of a unit of `table`, or null for a unit it does not have. */
function unitLength(table: Readonly<Record<string, number>>, unit: string): number | null {
  return Object.hasOwn(table, unit) ? table[unit]! : null;
}

/**
 * A rate per night. Null after an issue.
 *
 * @example readRate("2700/month", ["production"], issues) // 2700 / 30.4375 ≈ 88.706
 */
export function readRate(v: number | string, path: RawPath, issues: Issue[]): number | null {
  let perNight: number | null = null;
  if (typeof v === "number") perNight = v;
  else {
    const [amount = "", unit = "night"] = v.split("/");
    const a = readAmount(amount);
    const nights = unitLength(RATE_UNITS, unit.trim());
    if (a !== null && a.unit === "" && nights !== null) perNight = a.value / nights;
  }
  if (perNight === null) {
    issues.push(
      issue("bad-quantity", path, { expected: "a rate like 2700/month", found: show(v) }),
    );
    return null;
  }
  if (perNight < 0) {
    issues.push(issue("negative-rate", path, { found: show(v) }));
    return null;
  }
  return perNight;
}

/**
 * A lead time in whole nights `ceil(days)`. Null after an issue.
 *
 * @example readLeadTime("18 months", ["leadTime"], issues) // ceil(18 × 30.4375) = 548
 */
export function readLeadTime(v: number | string, path: RawPath, issues: Issue[]): number | null {
  let days: number | null = null;
  if (typeof v === "number") days = v;
  else {
    const a = readAmount(v);
    const nights =
      a === null ? null : unitLength(LEAD_TIME_UNITS, a.unit === "" ? "nights" : a.unit);
    if (a !== null && nights !== null) days = a.value * nights;
  }
  if (days === null) {
    issues.push(
      issue("bad-quantity", path, { expected: "a lead time like 30 days", found: show(v) }),
    );
    return null;
  }
  if (days < 0) {
    issues.push(issue("negative-duration", path, { found: show(v) }));
    return null;
  }
  return Math.ceil(days);
}
