import type { InputUnit } from "../model/input.js";
import { formatCompact, formatRatio } from "./format-number.js";

/**
 * An input's value for a table cell: money compact with its currency,
 * probabilities as a percentage, durations in seconds.
 *
 * @example inputValueText(420_000, "money", "EUR") // "420K EUR"
 */
export function inputValueText(x: number, unit: InputUnit, currency: string): string {
  if (unit === "probability") return `${formatRatio(x * 100)} %`;
  if (unit === "duration") return `${formatRatio(x)} s`;
  return `${formatCompact(x)} ${currency}`;
}
