import { checkMax, MAX_COUNT } from "./bounds.js";
import { describeValue, issue } from "./messages.js";
import type { Issue, RawPath } from "./problem.js";
import { readPlain } from "./quantity.js";

/**
 * A count (`magazine`, `shots`, `lifeYears`…): a whole number ≥ `min`,
 * written as a number or a suffix string (`1k`). Null after an issue.
 *
 * @example readCount("1k", 0, ["magazine"], issues) // 1000
 */
export function readCount(
  v: number | string,
  min: number,
  path: RawPath,
  issues: Issue[],
  max = MAX_COUNT,
): number | null {
  const n = readPlain(v);
  if (n === null || !Number.isInteger(n)) {
    issues.push(issue("not-whole", path, { found: describeValue(n ?? v) }));
    return null;
  }
  if (n < min) {
    issues.push(issue("count-range", path, { min, found: String(n) }));
    return null;
  }
  return checkMax(n, max, "a whole number", String(n), path, issues) ? n : null;
}
