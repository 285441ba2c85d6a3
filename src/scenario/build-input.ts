/**
 * One quantity field → an `Input` of the model: distribution parameters
 * checked, money converted to the reporting currency at the price year,
 * the value kept inside the field's domain (money and durations ≥ 0,
 * probabilities in 0..1).
 */
import { baseValue, moduleOf, scaleDistribution } from "../distributions/registry.js";
import type { Distribution } from "../model/distribution.js";
import type { Input, InputUnit } from "../model/input.js";
import { checkMax, MAX_DURATION_S, MAX_MONEY } from "./bounds.js";
import { issue, percentHint } from "./messages.js";
import { type MoneyContext, moneyFactor } from "./money.js";
import type { Issue, RawPath } from "./problem.js";
import { type QuantityFile, readQuantity } from "./read-quantity.js";

export interface InputContext {
  readonly money: MoneyContext;
  readonly issues: Issue[];
  /** Ids of the scenario's `sources:` list; null when the list itself is broken (then not checked). */
  readonly sources?: readonly string[] | null;
  /** Doubtful values that are not errors (`pk: 0.8%` where the catalog says 80 %). */
  readonly warnings?: Issue[];
}

const fmt = (xs: readonly number[]): string => `[${xs.join(", ")}]`;

/** The parameter rule a distribution breaks, or null (its module's check). */
function paramRule(d: Distribution): { rule: string; found: string } | null {
  const broken = moduleOf(d).broken(d);
  return broken === null ? null : { rule: broken.rule, found: fmt(broken.found) };
}

/** The lowest and highest value the distribution's own parameters name. */
function extent(d: Distribution): readonly [number, number] {
  return moduleOf(d).extent(d);
}

function checkDomain(
  unit: InputUnit,
  lo: number,
  hi: number,
  found: string,
  path: RawPath,
  issues: Issue[],
  written?: unknown,
): void {
  if (unit === "probability" && (lo < 0 || hi > 1)) {
    const percent = lo === hi ? percentHint(lo, written) : undefined;
    issues.push(
      issue("probability-range", path, percent === undefined ? { found } : { found, percent }),
    );
  } else if (unit === "money" && lo < 0) issues.push(issue("negative-money", path, { found }));
  else if (unit === "duration" && lo < 0) issues.push(issue("negative-duration", path, { found }));
  else if (unit === "money") checkMax(hi, MAX_MONEY, "money", found, path, issues);
  else if (unit === "duration")
    checkMax(hi, MAX_DURATION_S, "a duration (10 years) in seconds", found, path, issues);
}

/**
 * Builds the input at `path` (raw, for messages) with id-form `idPath`
 * (`defense.layers.iron-beam.pk`). Null after pushing issues.
 *
 * @example buildInput("probability", "85%", ["pk"], "defense.layers.x.pk", "scenario", ctx)
 * // { path: "defense.layers.x.pk", unit: "probability", base: 0.85, dist: null, source: "scenario" }
 */
export function buildInput(
  unit: InputUnit,
  raw: QuantityFile,
  path: RawPath,
  idPath: string,
  source: string,
  ctx: InputContext,
): Input | null {
  const { issues } = ctx;
  const r = readQuantity(unit, raw, path, issues);
  if (r === null) return null;
  const before = issues.length;
  const known = ctx.sources;
  if (r.source !== null && known !== null && !(known ?? []).includes(r.source))
    issues.push(issue("unknown-source", [...path, "source"], { id: r.source, known: known ?? [] }));
  const distPath = r.dist === null ? path : typeof raw === "object" ? [...path, r.dist.kind] : path;
  if (r.dist !== null) {
    const broken = paramRule(r.dist);
    if (broken !== null) {
      issues.push(issue("distribution-params", distPath, broken));
      return null;
    }
  }
  let k = 1;
  if (unit === "money") {
    const factor = moneyFactor(
      r.currency ?? ctx.money.currency,
      r.year ?? ctx.money.priceYear,
      ctx.money,
      path,
      issues,
    );
    if (factor === null) return null;
    k = factor;
  }
  const dist = r.dist === null ? null : k === 1 ? r.dist : scaleDistribution(r.dist, k);
  const explicit = r.value === null ? null : r.value * k;
  if (dist !== null) {
    const [lo, hi] = extent(dist);
    checkDomain(unit, lo, hi, fmt(r.dist === null ? [] : extent(r.dist)), distPath, issues);
  }
  if (explicit !== null) {
    const at = dist === null ? path : [...path, "base"];
    const written = typeof raw === "object" ? (dist === null ? raw.value : raw.base) : raw;
    checkDomain(unit, explicit, explicit, String(r.value), at, issues, written);
  }
  if (issues.length > before) return null;
  const base = explicit ?? (dist === null ? 0 : baseValue(dist));
  return { path: idPath, unit, base, dist, source: r.source ?? source };
}

/** A constant input (a default: availability 1, fixedCost 0, damage 0). */
export function constantInput(unit: InputUnit, idPath: string, value: number): Input {
  return { path: idPath, unit, base: value, dist: null, source: "scenario", defaulted: true };
}
