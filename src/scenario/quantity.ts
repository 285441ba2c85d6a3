import { AMOUNT_PARTS, SCALES } from "./patterns.js";

/** One number read from text, with the word after it (`USD`, `min`) if any. */
export interface Amount {
  readonly value: number;
  /** The unit text after the number: a currency code, a duration unit or "". */
  readonly unit: string;
}

/**
 * Reads `10k`, `4.1M`, `2 billion`, `1.2e6`, `85%`, `470k USD`, `30 min`.
 * The scale is applied by shifting the decimal exponent, so `4.1M` is
 * exactly 4 100 000 and `85%` exactly 0.85 (no `4.1 × 1e6` rounding).
 * Suffixes are parsed here, not by mathjs (stack.md: mathjs has no `k`).
 *
 * @example readAmount("4.1M") // { value: 4100000, unit: "" }
 * @example readAmount("470k USD") // { value: 470000, unit: "USD" }
 */
export function readAmount(text: string): Amount | null {
  const m = AMOUNT_PARTS.exec(text);
  if (m === null) return null;
  const [, mantissa, exp, scale, unit] = m;
  if (scale === "%" && unit !== "") return null;
  const shift = scale === undefined ? 0 : scale === "%" ? -2 : SCALES[scale as keyof typeof SCALES];
  const value = Number(`${mantissa!}e${Number(exp ?? "0") + shift}`);
  return Number.isFinite(value) ? { value, unit: unit ?? "" } : null;
}

/** A plain number from a number or a quantity string (no unit allowed); null if unreadable. */
export function readPlain(v: number | string): number | null {
  if (typeof v === "number") return v;
  const a = readAmount(v);
  return a === null || a.unit !== "" ? null : a.value;
}
