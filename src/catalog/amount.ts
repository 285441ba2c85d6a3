/**
 * Money amounts as the catalog file writes them: a plain number, or a decimal
 * with a `k` (thousand), `M` (million) or `B` (billion) suffix.
 */

const SUFFIX_DIGITS: Readonly<Record<string, number>> = { "": 0, k: 3, M: 6, B: 9 };
const AMOUNT = /^(\d+)(?:\.(\d+))?([kMB]?)$/;

/**
 * Parses one catalog amount: `value = digits × 10^(3, 6, 9 for k, M, B)`.
 * Returns `undefined` for anything else (negative strings, other suffixes,
 * `NaN`/`Infinity`); a plain number is returned as given, so the range check
 * (≥ 0) stays with the caller.
 *
 * @example parseAmount("3.5M") // 3_500_000
 * @example parseAmount(560) // 560
 * @example parseAmount("10 k") // undefined
 */
export function parseAmount(value: number | string): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const match = AMOUNT.exec(value.trim());
  if (!match) return undefined;
  const [, whole = "", fraction = "", suffix = ""] = match;
  // Shift the decimal point in the digit string, so "3.5M" is exactly 35 × 10^5
  // rather than 3.5 × 10^6 with a binary rounding error.
  const shift = (SUFFIX_DIGITS[suffix] ?? 0) - fraction.length;
  const digits = Number(whole + fraction);
  return shift >= 0 ? digits * 10 ** shift : digits / 10 ** -shift;
}

/**
 * Formats an amount for a terminal table: full figure with thousands
 * separators below 10,000; `k` (one decimal at most) below a million; `M`
 * (two decimals at most, thousands separators) above.
 *
 * @example formatAmount(560) // "560"
 * @example formatAmount(2500) // "2,500"
 * @example formatAmount(16_800) // "16.8k"
 * @example formatAmount(1_100_000_000) // "1,100M"
 */
export function formatAmount(value: number): string {
  if (value >= 1e6) return `${group(value / 1e6, 2)}M`;
  if (value >= 1e4) return `${group(value / 1e3, 1)}k`;
  return group(value, 2);
}

/** Thousands separators with at most `decimals` decimals, trailing zeros dropped. */
export function group(value: number, decimals = 0): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: decimals, useGrouping: true });
}
