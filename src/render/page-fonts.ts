/**
 * Inter, embedded in every HTML page cxr writes (the chart page, the
 * briefing pack, the explorer): the labels of a chart are placed with
 * Inter's glyph advances (text-metrics.ts), so a page that let the browser
 * fall back to another font would draw them wider than they were placed,
 * and they could touch. `npm run build` subsets the four weights the charts
 * and pages use to {@link PAGE_FONT_TEXT} as WOFF2 (scripts/build-fonts.ts,
 * about 40 KB a weight); a character outside the set falls back, glyph by
 * glyph, to the system font.
 */

/** One embedded weight of Inter. */
export interface PageFont {
  readonly weight: number;
  /** The WOFF2 file, base64. */
  readonly woff2: string;
}

/** The weights embedded: regular text, labels, titles, headings. */
export const PAGE_FONT_WEIGHTS = [400, 500, 600, 700] as const;

function range(from: number, to: number): string {
  let s = "";
  for (let c = from; c <= to; c++) s += String.fromCharCode(c);
  return s;
}

/**
 * The characters kept in the subset: Basic Latin, Latin-1, Latin Extended-A
 * (Polish, Czech, Baltic names), Greek, Cyrillic (Ukrainian and Russian
 * names), and the punctuation and signs cxr writes (€ × ÷ – — … · ≤ ≥ ± −
 * ‰ → ′ ″ and quotes).
 */
export const PAGE_FONT_TEXT =
  range(0x20, 0x7e) +
  range(0xa0, 0x17f) +
  range(0x370, 0x3ff) +
  range(0x400, 0x45f) +
  "\u0490\u0491" + // Ґ ґ
  "\u2009\u200a\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2022\u2026\u2030\u2032\u2033\u2039\u203a" +
  "\u20ac\u20b4\u20bd\u2116\u2122\u2190\u2191\u2192\u2193\u2212\u2248\u2260\u2264\u2265\u00d7\u00f7";

/**
 * The `@font-face` rules that give a page Inter from its embedded WOFF2
 * files (the pages' policy allows `font-src data:`); empty without fonts.
 *
 * @example
 * fontFaceCss([{ weight: 400, woff2: "d09GMgABAAAA…" }]);
 * // '@font-face { font-family: "Inter"; font-style: normal; font-weight: 400; font-display: block; src: url(data:font/woff2;base64,d09GMgABAAAA…) format("woff2"); }'
 */
export function fontFaceCss(fonts: readonly PageFont[]): string {
  return fonts
    .map(
      (f) =>
        `@font-face { font-family: "Inter"; font-style: normal; font-weight: ${f.weight}; font-display: block; src: url(data:font/woff2;base64,${f.woff2}) format("woff2"); }`,
    )
    .join("\n");
}
