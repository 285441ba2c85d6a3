/**
 * The quantity text forms of docs/scenario-format.md as regular-expression
 * sources. They are written once here and used twice: by the zod schema
 * (so the published JSON Schema carries them and editors flag `10 kUSD`)
 * and by the parser in `quantity.ts` (so both agree on what is valid).
 */

/** A decimal number with an optional exponent: `4.1`, `.5`, `1.2e6`. */
const NUM = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
/** Scale words and letters: `k`, `M`, `B`, `thousand`, `million`, `billion`. */
export const SCALES = { k: 3, M: 6, B: 9, thousand: 3, million: 6, billion: 9 } as const;
const SCALE = String.raw`(?:\s*(?:k|M|B|thousand|million|billion))?`;
/** `4.1M`, `2 million`, `1.2e6`. */
const AMOUNT = NUM + SCALE;
const PERCENT = NUM + String.raw`\s*%`;
/** An ISO 4217 code after at least one space: `470k USD` (so `10 kUSD` fails). */
const CURRENCY_TAIL = String.raw`\s+[A-Z]{3}`;
/** Duration units we accept; `duration.ts` maps each to a mathjs unit. */
export const DURATION_UNITS = {
  ms: "ms",
  s: "s",
  sec: "s",
  secs: "s",
  second: "s",
  seconds: "s",
  min: "min",
  mins: "min",
  minute: "min",
  minutes: "min",
  h: "h",
  hr: "h",
  hrs: "h",
  hour: "h",
  hours: "h",
} as const;
const DURATION_TAIL = String.raw`\s*(?:${Object.keys(DURATION_UNITS).join("|")})`;
const TO = String.raw`\s+to\s+`;

const anchored = (body: string): string => `^\\s*(?:${body})\\s*$`;

/** ISO 4217 currency code. */
export const CURRENCY_SOURCE = "^[A-Z]{3}$";
/** Ids of drones and layers: they appear in `--set` paths. */
export const ID_SOURCE = "^[a-z0-9][a-z0-9_-]*$";
/** Years as keys of `inflation`. */
export const YEAR_KEY_SOURCE = String.raw`^\d{4}$`;

/** One number: `10k`, `4.1M`, `1.2e6` (counts). */
export const AMOUNT_SOURCE = anchored(AMOUNT);
/** A number or a percent (shares; items of probability distributions). */
export const FRACTION_SOURCE = anchored(`${AMOUNT}|${PERCENT}`);
/** A probability, or a 90 % interval `60% to 90%`. */
export const PROBABILITY_SOURCE = anchored(
  `(?:${AMOUNT}|${PERCENT})(?:${TO}(?:${AMOUNT}|${PERCENT}))?`,
);
/** One money amount: `470k`, `470k USD` (items of money distributions, `value`). */
export const MONEY_ITEM_SOURCE = anchored(`${AMOUNT}(?:${CURRENCY_TAIL})?`);
/** Money, or a 90 % interval `20k to 80k USD`. */
export const MONEY_SOURCE = anchored(
  `${AMOUNT}(?:${CURRENCY_TAIL})?(?:${TO}${AMOUNT}(?:${CURRENCY_TAIL})?)?`,
);
/** One duration item: `12 s`, or a bare number of seconds inside a distribution. */
export const DURATION_ITEM_SOURCE = anchored(`${AMOUNT}(?:${DURATION_TAIL})?`);
/** A duration `30 min`, or a 90 % interval `20 to 40 min`. */
export const DURATION_SOURCE = anchored(
  `${AMOUNT}${DURATION_TAIL}|${AMOUNT}(?:${DURATION_TAIL})?${TO}${AMOUNT}${DURATION_TAIL}`,
);

/** Rate units of campaigns and their length in nights (docs/campaign.md §1). */
export const RATE_UNITS = {
  night: 1,
  day: 1,
  week: 7,
  month: 365.25 / 12,
  year: 365.25,
} as const;
/** A rate per night: `30`, `1000/day`, `2700/month`, `30k/year`. */
export const RATE_SOURCE = anchored(
  String.raw`${AMOUNT}(?:\s*/\s*(?:${Object.keys(RATE_UNITS).join("|")}))?`,
);
/** Lead-time units (plural forms too) and their length in nights. */
export const LEAD_TIME_UNITS = {
  night: 1,
  nights: 1,
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 365.25 / 12,
  months: 365.25 / 12,
  year: 365.25,
  years: 365.25,
} as const;
/** A lead time: `30 days`, `18 months`, `2 years`; a bare number is nights. */
export const LEAD_TIME_SOURCE = anchored(
  String.raw`${AMOUNT}(?:\s*(?:${Object.keys(LEAD_TIME_UNITS).join("|")}))?`,
);

/** Splits `A to B` into its two halves; null when the text is one value. */
export function splitRange(text: string): [string, string] | null {
  const parts = text.trim().split(/\s+to\s+/);
  return parts.length === 2 ? [parts[0]!, parts[1]!] : null;
}

/** Captures of one amount with an optional tail: mantissa, exponent, scale, percent, tail. */
export const AMOUNT_PARTS = new RegExp(
  String.raw`^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+))?\s*(k|M|B|thousand|million|billion|%)?(?![A-Za-z])\s*([A-Za-z]*)\s*$`,
);
