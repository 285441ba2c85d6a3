/**
 * Swarm sizes (docs/scenario-format.md "Swarm sizes"): a list, or
 * `{from, to, points, scale}` spread linearly or logarithmically, rounded
 * half up, duplicates dropped, ascending. Also the `--sizes` flag syntax.
 */
import { checkMax, MAX_SWARM_SIZE } from "./bounds.js";
import { describeValue, issue } from "./messages.js";
import type { Issue, Problem, RawPath } from "./problem.js";
import { displayPath } from "./problem.js";
import { readPlain } from "./quantity.js";
import { parseRange } from "./range.js";
import type { SwarmSizesFile } from "./schema.js";

/** More points than this is a mistake (and would cost memory), not a sweep. */
export const MAX_SWARM_POINTS = 10_000;

const SIZES_PATH: RawPath = ["threat", "swarmSizes"];

/** Round half up; the tiny relative slack keeps 2.4999999999999996 (meant as 2.5) at 3. */
const roundHalfUp = (x: number): number => Math.floor(x + 0.5 + 1e-12 * Math.abs(x));

function whole(v: number | string, min: number, path: RawPath, issues: Issue[]): number | null {
  const n = readPlain(v);
  if (n === null || !Number.isInteger(n) || n < min) {
    issues.push(issue("count-range", path, { min, found: describeValue(n ?? v) }));
    return null;
  }
  return checkMax(n, MAX_SWARM_SIZE, "a swarm size", String(n), path, issues) ? n : null;
}

/**
 * The swarm sizes a spec names: point `i = 0..points−1` is
 * `from + (to − from) × i / (points − 1)` (linear) or
 * `from × (to / from)^(i / (points − 1))` (log); one point gives `[from]`.
 *
 * @example expandSwarmSizes({ from: 1, to: 1000, points: 4, scale: "log" }, [], issues) // [1, 10, 100, 1000]
 */
export function expandSwarmSizes(
  spec: SwarmSizesFile,
  path: RawPath,
  issues: Issue[],
): number[] | null {
  const before = issues.length;
  let sizes: number[] = [];
  if (Array.isArray(spec)) {
    if (spec.length === 0) {
      issues.push(
        issue("sizes-range", path, { rule: "at least one swarm size", found: "an empty list" }),
      );
    }
    spec.forEach((v, i) => {
      const n = whole(v, 1, [...path, i], issues);
      if (n !== null) sizes.push(n);
    });
  } else {
    const from = whole(spec.from, 1, [...path, "from"], issues);
    const to = whole(spec.to, 1, [...path, "to"], issues);
    const points = whole(spec.points, 1, [...path, "points"], issues);
    if (from === null || to === null || points === null) return null;
    if (to < from) {
      issues.push(
        issue("sizes-range", [...path, "to"], { rule: `to ≥ from (${from})`, found: String(to) }),
      );
      return null;
    }
    if (points > MAX_SWARM_POINTS) {
      issues.push(
        issue("sizes-range", [...path, "points"], {
          rule: `at most ${MAX_SWARM_POINTS} points`,
          found: String(points),
        }),
      );
      return null;
    }
    const log = spec.scale === "log";
    for (let i = 0; i < points; i++) {
      const t = points === 1 ? 0 : i / (points - 1);
      sizes.push(
        roundHalfUp(log ? from * (to / from) ** t : from + ((to - from) * i) / (points - 1 || 1)),
      );
    }
  }
  if (issues.length > before) return null;
  sizes = [...new Set(sizes)].sort((a, b) => a - b);
  if (sizes.length > MAX_SWARM_POINTS) {
    issues.push(
      issue("sizes-range", path, {
        rule: `at most ${MAX_SWARM_POINTS} sizes`,
        found: String(sizes.length),
      }),
    );
    return null;
  }
  return sizes;
}

/**
 * Reads the `--sizes` flag: `1,10,100`, or `FROM..TO[:linear|:log][:POINTS]`
 * (the range grammar of `range.ts`).
 * Without POINTS a linear range takes every whole number from FROM to TO
 * (`1..5` → 1, 2, 3, 4, 5); a log range needs POINTS (`1..1000:log:4`).
 * Numbers may carry a suffix (`1..10k:log:40`).
 *
 * @example parseSwarmSizes("1..1000:log:4") // [1, 10, 100, 1000]
 */
export function parseSwarmSizes(text: string): number[] | Problem {
  const issues: Issue[] = [];
  const fail = (): Problem => {
    const first = issues[0] ?? issue("sizes-syntax", SIZES_PATH, { found: JSON.stringify(text) });
    return {
      code: first.code,
      path: displayPath(first.path),
      message: first.message,
      file: "--sizes",
      line: null,
      col: null,
    };
  };
  let spec: SwarmSizesFile;
  if (text.includes("..")) {
    const range = parseRange(text);
    if (typeof range === "string" || (range.scale === "log" && range.points === null))
      return fail();
    const { from, to, scale } = range;
    spec = { from, to, points: range.points ?? Math.max(1, to - from + 1), scale };
  } else if (/^\s*[^,]+(,[^,]+)*\s*$/.test(text)) {
    spec = text.split(",").map((s) => s.trim());
  } else {
    return fail();
  }
  const sizes = expandSwarmSizes(spec, SIZES_PATH, issues);
  return sizes ?? fail();
}
