/**
 * Putting the scenarios of a comparison on one money basis: the first
 * file's reporting currency and price year, converted with the first file's
 * own `fx` and `inflation` tables (docs/model.md §8), like any money it reads.
 */
import { scaleDistribution } from "../distributions/registry.js";
import type { Input, Scenario } from "../model/index.js";
import type { MoneyContext } from "../scenario/money.js";
import { AnalysisError } from "./analysis-error.js";

/** A file's reporting currency, price year and conversion tables. */
export type MoneyBasis = MoneyContext;

/**
 * The factor taking money of `from` (currency at its price year) to `to`'s
 * currency and price year: `fx[from.currency] × inflation[to.priceYear] /
 * inflation[from.priceYear]`, each part 1 where nothing differs.
 *
 * @throws {AnalysisError} naming the rate or index `to`'s file lacks.
 * @example conversionFactor({ currency: "USD", priceYear: 2025 }, { currency: "EUR", priceYear: 2025, fx: { USD: 0.86 }, inflation: {} }, "a.yaml") // 0.86
 */
export function conversionFactor(
  from: { readonly currency: string; readonly priceYear: number; readonly file?: string },
  to: MoneyBasis,
  toFile: string,
): number {
  let k = 1;
  const what = `${from.file ?? "a scenario"} (${from.currency}, ${from.priceYear} prices)`;
  if (from.currency !== to.currency) {
    const rate = to.fx[from.currency];
    if (rate === undefined) {
      throw new AnalysisError(
        `cannot compare ${what} with ${toFile} (${to.currency}, ${to.priceYear} prices): ${toFile} has no fx rate for ${from.currency}. Add it to ${toFile}'s fx, in ${to.currency} per ${from.currency}, e.g. fx: { ${from.currency}: 0.86 }`,
        { code: "compare-currency" },
      );
    }
    k *= rate;
  }
  if (from.priceYear !== to.priceYear) {
    const now = to.inflation[String(to.priceYear)];
    const then = to.inflation[String(from.priceYear)];
    const missing = [
      then === undefined ? from.priceYear : null,
      now === undefined ? to.priceYear : null,
    ].filter((y) => y !== null);
    if (now === undefined || then === undefined) {
      throw new AnalysisError(
        `cannot compare ${what} with ${toFile} (${to.currency}, ${to.priceYear} prices): ${toFile} has no price index for ${missing.join(" and ")}. Add it to ${toFile}'s inflation, e.g. inflation: { ${missing.map((y) => `${y}: 0.97`).join(", ")} }`,
        { code: "compare-currency" },
      );
    }
    k *= now / then;
  }
  return k;
}

function isMoneyInput(value: unknown): value is Input {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { unit?: unknown }).unit === "money" &&
    typeof (value as { base?: unknown }).base === "number" &&
    typeof (value as { path?: unknown }).path === "string"
  );
}

/** Every money input in `value` (a scenario or any part of it) multiplied by `k`. */
function scaleMoney<T>(value: T, k: number): T {
  if (isMoneyInput(value)) {
    return {
      ...value,
      base: value.base * k,
      dist: value.dist === null ? null : scaleDistribution(value.dist, k),
    };
  }
  if (Array.isArray(value)) return value.map((v: unknown) => scaleMoney(v, k)) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = scaleMoney(v, k);
    return out as T;
  }
  return value;
}

/**
 * The scenario with every money input converted to `to`'s currency and price
 * year (ratios are unchanged; costs and damage read in the first file's money).
 *
 * @throws {AnalysisError} when `to`'s file lacks the rate or a price index.
 */
export function inMoneyOf(
  scenario: Scenario,
  file: string,
  to: MoneyBasis,
  toFile: string,
): Scenario {
  if (scenario.currency === to.currency && scenario.priceYear === to.priceYear) return scenario;
  const k = conversionFactor({ ...scenario, file }, to, toFile);
  return { ...scaleMoney(scenario, k), currency: to.currency, priceYear: to.priceYear };
}
