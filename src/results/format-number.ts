/** Number formatting for people: thousands separators, ratios to 3 significant figures. */

// Formatters are built once, on first use: building one costs far more than
// formatting a number (a results table formats hundreds on every explorer
// keystroke), and the first one built in a process loads ICU's number data,
// about 13 ms that a command printing JSON or only "ok" need not pay.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat("en-US", options);
    formatters.set(key, f);
  }
  return f;
}
const whole = (): Intl.NumberFormat => numberFormat("whole", { maximumFractionDigits: 0 });
const hundredths = (): Intl.NumberFormat =>
  numberFormat("hundredths", { maximumFractionDigits: 2 });
const threeFigures = (): Intl.NumberFormat =>
  numberFormat("threeFigures", { maximumSignificantDigits: 3, minimumSignificantDigits: 3 });

/** `1234567.8` → `"1,234,568"`. */
export function formatMoney(x: number): string {
  return whole().format(x);
}

/** Counts that may be fractional in deterministic mode: `12.345` → `"12.35"`, `12` → `"12"`. */
export function formatCount(x: number): string {
  if (Number.isInteger(x)) return whole().format(x);
  return hundredths().format(x);
}

/** Below this, a non-zero number is written with an exponent: `1.34e-303`, not 300 zeros. */
const TINY = 1e-6;

/** `x` to three significant figures with an exponent, for 0 < |x| < {@link TINY}. */
function tiny(x: number): string {
  return x.toExponential(2);
}

/**
 * A ratio to three significant figures, with separators above 1,000:
 * `47.96` → `"48.0"`, `0.012345` → `"0.0123"`, `12345.6` → `"12,346"`, null → `"–"`;
 * below 1e-6 with an exponent: `1.339e-303` → `"1.34e-303"`.
 */
export function formatRatio(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return "–";
  if (Math.abs(x) >= 1000) return whole().format(x);
  if (x === 0) return "0";
  if (Math.abs(x) < TINY) return tiny(x);
  return threeFigures().format(x);
}

const compact = (): Intl.NumberFormat =>
  numberFormat("compact", { notation: "compact", maximumSignificantDigits: 3 });

/** Compact money for narrow cells: `3_800_000` → `"3.8M"`, `12_500` → `"12.5k"` (lower-case k, as in the catalog). */
export function formatCompact(x: number): string {
  if (x !== 0 && Math.abs(x) < TINY) return tiny(x);
  return compact().format(x).replace("K", "k");
}
