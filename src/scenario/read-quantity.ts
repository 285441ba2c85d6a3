/**
 * A validated quantity field (number, text or mapping) → numbers in the
 * field's unit before money conversion: probabilities as fractions,
 * durations in seconds, money in its own currency and year.
 */
import { lognormal } from "../distributions/lognormal.js";
import { DISTRIBUTION_KINDS, distributionModule } from "../distributions/registry.js";
import type { Distribution } from "../model/distribution.js";
import type { InputUnit } from "../model/input.js";
import { isDurationUnit, toSeconds } from "./duration.js";
import { checkYear } from "./bounds.js";
import { issue } from "./messages.js";
import { splitRange } from "./patterns.js";
import type { Issue, RawPath } from "./problem.js";
import { readAmount } from "./quantity.js";
import type { MoneyFile, ProbabilityFile } from "./schema.js";

/** Money, probability or duration (the last two share one shape: `DurationFile`). */
export type QuantityFile = MoneyFile | ProbabilityFile;

export interface Reading {
  /** Null for a plain value. */
  readonly dist: Distribution | null;
  /** The plain value, or the explicit `base:` of a distribution. */
  readonly value: number | null;
  /** Money only: the currency named anywhere in the field, null for none. */
  readonly currency: string | null;
  readonly year: number | null;
  /** The `source:` id a mapping names, or null. */
  readonly source: string | null;
}

/** One item in the field's unit; `units` collects currencies met. */
function readItem(
  unit: InputUnit,
  item: number | string,
  path: RawPath,
  units: Set<string>,
  issues: Issue[],
): number | null {
  if (typeof item === "number") return item;
  const a = readAmount(item);
  if (a === null) {
    issues.push(
      issue("bad-quantity", path, { expected: `a ${unit} value`, found: JSON.stringify(item) }),
    );
    return null;
  }
  if (a.unit === "") return a.value;
  if (unit === "money") {
    units.add(a.unit);
    return a.value;
  }
  if (unit === "duration" && isDurationUnit(a.unit)) return toSeconds(a.value, a.unit);
  issues.push(
    issue("bad-quantity", path, { expected: `a ${unit} value`, found: JSON.stringify(item) }),
  );
  return null;
}

/**
 * Reads one quantity field. `A to B` becomes `lognormal: [A, B]` with B's
 * unit applied to A when A has none. Returns null after pushing an issue.
 */
export function readQuantity(
  unit: InputUnit,
  raw: QuantityFile,
  path: RawPath,
  issues: Issue[],
): Reading | null {
  const units = new Set<string>();
  const before = issues.length;
  const source = typeof raw === "object" ? (raw.source ?? null) : null;
  const done = (r: Omit<Reading, "currency" | "source">): Reading | null => {
    if (units.size > 1) issues.push(issue("currency-mismatch", path, { found: [...units] }));
    if (issues.length > before) return null;
    return { ...r, currency: units.values().next().value ?? null, source };
  };
  if (typeof raw === "number") return done({ dist: null, value: raw, year: null });
  if (typeof raw === "string") {
    const range = splitRange(raw);
    if (range === null) {
      return done({ dist: null, value: readItem(unit, raw, path, units, issues), year: null });
    }
    const hi = readAmount(range[1]);
    // B's unit, or B's percent sign, carries over to a bare A: "20 to 40 min", "60 to 90%".
    const loText =
      hi !== null && hi.unit !== "" && readAmount(range[0])?.unit === ""
        ? `${range[0]} ${hi.unit}`
        : range[1].trim().endsWith("%") && !range[0].includes("%")
          ? `${range[0]}%`
          : range[0];
    const lo = readItem(unit, loText, path, units, issues);
    const p95 = readItem(unit, range[1], path, units, issues);
    return done({ dist: lognormal.make([lo ?? NaN, p95 ?? NaN]), value: null, year: null });
  }
  const map = raw as Record<string, unknown>;
  const present = DISTRIBUTION_KINDS.filter((k) => map[k] !== undefined);
  const plain = "value" in raw ? raw.value : undefined;
  const hasValue = plain !== undefined;
  if (present.length + (hasValue ? 1 : 0) !== 1) {
    issues.push(
      issue("distribution-kind", path, { found: hasValue ? ["value", ...present] : present }),
    );
    return null;
  }
  const currency = "currency" in raw ? raw.currency : undefined;
  if (currency !== undefined) units.add(currency);
  const year = "year" in raw ? (raw.year ?? null) : null;
  if (year !== null) checkYear(year, [...path, "year"], issues);
  const base =
    raw.base === undefined ? null : readItem(unit, raw.base, [...path, "base"], units, issues);
  if (plain !== undefined) {
    // `base:` picks a distribution's deterministic value; beside a plain value it means nothing.
    if (raw.base !== undefined) issues.push(issue("base-without-distribution", [...path, "base"]));
    const value = readItem(unit, plain, [...path, "value"], units, issues);
    return done({ dist: null, value, year });
  }
  const kind = present[0]!;
  const dist = distributionModule(kind);
  // Beta lives on [0, 1]: a probability. For money or a duration it would
  // silently mean "between 0 and 1 euro (or second)".
  if (dist.shapeParams === true && unit !== "probability") {
    issues.push(issue("beta-not-probability", [...path, kind], { unit }));
    return null;
  }
  const params = (map[kind] as readonly (number | string)[]).map((p, i) =>
    dist.shapeParams === true
      ? typeof p === "number"
        ? p
        : (readAmount(p)?.value ?? NaN)
      : (readItem(unit, p, [...path, kind, i], units, issues) ?? NaN),
  );
  return done({ dist: dist.make(params), value: base, year });
}
