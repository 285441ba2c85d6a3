/**
 * Number formats of the briefing charts, in TypeScript (titles, labels) and as
 * Vega expressions (axes), so both read the same.
 */

/**
 * `x` rounded to `digits` significant digits, so inline chart data and golden
 * files do not change with the last bits of a float.
 *
 * @example
 * roundSig(1 / 3); // 0.333333
 */
export function roundSig(x: number, digits = 6): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

/** Inserts `,` every three digits of the integer part of a plain decimal string. */
function groupThousands(text: string): string {
  const [int = "", frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Fixed-point text with trailing zeros (and a trailing point) removed. */
function trimFixed(x: number, decimals: number): string {
  const text = x.toFixed(decimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/**
 * A count of drones: whole numbers with thousands separators; below 10, one
 * decimal where the (fluid) value has one; a positive value that one decimal
 * would round to 0 keeps 2 significant figures, so 0.012 expected leakers
 * never read as "0 leak", and below 0.001 reads "<0.001" (never an exponent).
 *
 * @example
 * chartCount(1234.4); // "1,234"
 * chartCount(3.75); // "3.8"
 * chartCount(0.01234); // "0.012"
 * chartCount(2.4e-7); // "<0.001"
 */
export function chartCount(x: number): string {
  if (x > 0 && x < 0.001) return "<0.001";
  if (x > 0 && x < 0.05) return String(Number(x.toPrecision(2)));
  const text = Math.abs(x) < 10 ? trimFixed(x, 1) : x.toFixed(0);
  return text === "-0" ? "0" : groupThousands(text);
}

/**
 * A ratio to 2 significant figures, 3 from 100 up, with thousands separators.
 *
 * @example
 * chartRatio(48.3); // "48"
 * chartRatio(312.4); // "312"
 * chartRatio(0.4834); // "0.48"
 * chartRatio(1.339e-303); // "1.3e-303"
 */
export function chartRatio(x: number): string {
  if (x === 0) return "0";
  const digits = Math.abs(x) >= 100 ? 3 : 2;
  const rounded = Number(x.toPrecision(digits));
  // Below 1e-6, an exponent: toFixed takes at most 100 decimals (issue 15, a cost of 1e-320).
  if (Math.abs(rounded) < 1e-6) return rounded.toExponential(digits - 1);
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(rounded))));
  return groupThousands(trimFixed(rounded, decimals));
}

/**
 * A share as a whole percentage.
 *
 * @example
 * formatPercent(0.923); // "92%"
 */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const SYMBOLS: Readonly<Record<string, string>> = { EUR: "€", USD: "$", GBP: "£", JPY: "¥" };

/** The symbol written before amounts of `currency`, or undefined where the code is written after. */
export function currencySymbol(currency: string): string | undefined {
  return SYMBOLS[currency];
}

const SUFFIXES = [
  { at: 1e12, suffix: "T" },
  { at: 1e9, suffix: "B" },
  { at: 1e6, suffix: "M" },
  { at: 1e3, suffix: "k" },
] as const;

/**
 * Money with an SI-ish suffix to 2–3 significant figures: `€1.2M`, or
 * `1.2M PLN` for a currency without a symbol here.
 *
 * @example
 * chartMoney(1_234_000, "EUR"); // "€1.23M"
 * chartMoney(95_000, "PLN"); // "95k PLN"
 */
export function chartMoney(x: number, currency: string): string {
  const step = SUFFIXES.find((s) => Math.abs(x) >= s.at * 0.9995);
  const scaled = step === undefined ? x : x / step.at;
  const amount = `${chartRatio(scaled)}${step?.suffix ?? ""}`;
  const symbol = currencySymbol(currency);
  return symbol === undefined ? `${amount} ${currency}` : `${symbol}${amount}`;
}

/**
 * A Vega expression labelling a money axis like {@link chartMoney} (`€1.2M`):
 * d3's SI format with `G` read as `B`, plain numbers below 1,000.
 *
 * @example
 * moneyLabelExpr("EUR"); // "'€' + (abs(datum.value) < 1000 ? …)"
 */
export function moneyLabelExpr(currency: string): string {
  const symbol = currencySymbol(currency) ?? "";
  const number =
    "(abs(datum.value) < 1000 ? format(datum.value, ',.3~g') : replace(format(datum.value, '.3~s'), 'G', 'B'))";
  return symbol === "" ? number : `'${symbol}' + ${number}`;
}

/** d3 format of plain numbers on axes: thousands separators, no trailing zeros. */
export const NUMBER_FORMAT = ",.6~g";

/**
 * "1 drone", "1,000 drones".
 *
 * @example
 * drones(19); // "19 drones"
 */
export function drones(n: number): string {
  return `${chartCount(n)} ${n === 1 ? "drone" : "drones"}`;
}

/** The x encoding every swarm-size chart shares: drones per attack on a log scale. */
export const SWARM_SIZE_X = {
  field: "swarmSize",
  type: "quantitative",
  title: "Drones per attack (log scale)",
  scale: { type: "log", nice: false },
  axis: { format: NUMBER_FORMAT },
} as const;

/** {@link SWARM_SIZE_X} over exactly `sizes` (no rounding), so labels can be placed in pixels. */
export function swarmSizeX(sizes: readonly [number, number]) {
  const domain: number[] = [...sizes];
  return { ...SWARM_SIZE_X, scale: { ...SWARM_SIZE_X.scale, domain } };
}
