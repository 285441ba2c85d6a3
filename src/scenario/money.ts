import { issue } from "./messages.js";
import type { Issue, RawPath } from "./problem.js";
import { displayPath } from "./problem.js";

/** The scenario's reporting currency, price year and conversion tables (docs/model.md §8). */
export interface MoneyContext {
  readonly currency: string;
  readonly priceYear: number;
  /** Reporting-currency units per unit of each other currency. */
  readonly fx: Readonly<Record<string, number>>;
  /** Price index by year ("2024" → 0.97). */
  readonly inflation: Readonly<Record<string, number>>;
}

/**
 * The factor that takes a money value in `currency` at prices of `year` to
 * the reporting currency at the price year (docs/model.md §8):
 * `k = fx[currency] × inflation[priceYear] / inflation[year]`, where the fx
 * factor is 1 for the reporting currency and the index ratio is 1 for the
 * price year. A missing entry is an issue at `path`, never a guess.
 *
 * @example moneyFactor("USD", 2024, { currency: "EUR", priceYear: 2025, fx: { USD: 0.86 }, inflation: { 2024: 0.97, 2025: 1 } }, [], [])
 * // 0.86 × 1 / 0.97 ≈ 0.88660
 */
export function moneyFactor(
  currency: string,
  year: number,
  ctx: MoneyContext,
  path: RawPath,
  issues: Issue[],
): number | null {
  let k = 1;
  let ok = true;
  if (currency !== ctx.currency) {
    const rate = ctx.fx[currency];
    if (rate === undefined) {
      issues.push(issue("unknown-currency", path, { currency }));
      ok = false;
    } else {
      k *= rate;
    }
  }
  if (year !== ctx.priceYear) {
    const neededBy = `${displayPath(path)} year: ${year}`;
    const now = ctx.inflation[String(ctx.priceYear)];
    const then = ctx.inflation[String(year)];
    if (then === undefined) issues.push(issue("no-inflation", path, { year, neededBy }));
    if (now === undefined)
      issues.push(issue("no-inflation", path, { year: ctx.priceYear, neededBy }));
    if (now === undefined || then === undefined) ok = false;
    else k *= now / then;
  }
  return ok ? k : null;
}
