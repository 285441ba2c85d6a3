/**
 * Money written the way prices are printed (`€10k`, `$470k`, `10K EUR`,
 * `USD 470k`) is not read (a `$` could be US, Canadian or Australian, a
 * stray `M` could be milli): the error shows the spelling that is accepted.
 */
import { MONEY_SOURCE, splitRange } from "./patterns.js";

/** Currency signs and the code each is taken to suggest. */
const SIGNS: Readonly<Record<string, string>> = {
  "€": "EUR",
  $: "USD",
  US$: "USD",
  "£": "GBP",
  "¥": "JPY",
  "₴": "UAH",
  "₽": "RUB",
  zł: "PLN",
};

const MONEY = new RegExp(MONEY_SOURCE);

/** One amount with a sign, a code in the wrong place or case, or a capital K. */
function respell(text: string): { amount: string; code: string | null } | null {
  let rest = text.trim();
  let code: string | null = null;
  for (const [sign, c] of Object.entries(SIGNS).sort((a, b) => b[0].length - a[0].length)) {
    if (rest.startsWith(sign) || rest.endsWith(sign)) {
      code = c;
      rest = rest.startsWith(sign) ? rest.slice(sign.length) : rest.slice(0, -sign.length);
      break;
    }
  }
  const named = /^([A-Za-z]{3})\s*(.+)$/.exec(rest) ?? /^(.+?)\s*([A-Za-z]{3})$/.exec(rest);
  if (code === null && named !== null) {
    const [a, b] = [named[1]!, named[2]!];
    const first = /^[A-Za-z]{3}$/.test(a) && !/\d/.test(a);
    code = (first ? a : b).toUpperCase();
    rest = first ? b : a;
  }
  const amount = rest
    .trim()
    .replace(/,(?=\d{3}\b)/g, "")
    .replace(/(\d)\s*K$/, "$1k")
    .replace(/(\d)\s+([kMB])$/, "$1$2")
    .replace(/(\d)\s*(?:mn|MM|m)$/, "$1M")
    .replace(/(\d)\s*(?:bn)$/, "$1B");
  return /^[+-]?[\d.]/.test(amount) ? { amount, code } : null;
}

/**
 * The accepted spelling of a money text the schema refused, or null when
 * there is no obvious one.
 *
 * @example moneySpelling("€10k") // "10k EUR"
 * @example moneySpelling("10K EUR") // "10k EUR"
 * @example moneySpelling("$20k to $80k") // "20k to 80k USD"
 */
export function moneySpelling(text: string): string | null {
  const range = splitRange(text);
  const parts = (range ?? [text]).map(respell);
  if (parts.some((p) => p === null)) return null;
  const codes = new Set(parts.flatMap((p) => (p!.code === null ? [] : [p!.code])));
  if (codes.size > 1) return null;
  const code = [...codes][0];
  const amounts = parts.map((p) => p!.amount);
  const out = `${amounts.join(" to ")}${code === undefined ? "" : ` ${code}`}`;
  return out !== text.trim() && MONEY.test(out) ? out : null;
}
