import { INTER_400, INTER_600, INTER_CHARS } from "./inter-widths.js";

/** Kerning is left out of the tables: a margin covers it (tests/campaign/inter-widths.test.ts). */
const KERNING_MARGIN = 1.03;
/** A character outside the tables counts as wide as "M". */
const WIDE = "M";

const index = new Map(INTER_CHARS.map((ch, i) => [ch, i]));

/**
 * Width in pixels of `text` in Inter at `size` px and `weight` (up to 500 reads
 * as Regular, above as SemiBold), from the advance widths of the same TTFs the
 * renderers draw with (src/render/text-metrics.ts measures them; these tables
 * are generated from it so that chart builders also run in the browser),
 * with a small margin for kerning.
 *
 * @example labelWidth("SAM dry, night 37", 12) // ≈ 103
 */
export function labelWidth(text: string, size: number, weight = 400): number {
  const table = weight > 500 ? INTER_600 : INTER_400;
  let units = 0;
  for (const ch of Array.from(text)) units += table[index.get(ch) ?? index.get(WIDE)!]!;
  return ((units * size) / 1000) * KERNING_MARGIN;
}
