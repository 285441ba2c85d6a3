/**
 * The `cxr catalog` table: one row per entry, columns id, kind, low, likely,
 * high, currency, year, grade.
 */
import type { CatalogEntry, Grade } from "../model/catalog-entry.js";
import { formatAmount } from "./amount.js";

export interface CatalogTableOptions {
  /** ANSI colours: a bold header and a coloured grade. */
  readonly color: boolean;
}

const HEADER = ["id", "kind", "low", "likely", "high", "cur", "year", "grade"] as const;
/** Amount columns are right-aligned so magnitudes line up. */
const RIGHT = new Set([2, 3, 4]);
const GAP = "  ";
const GRADE_COLOR: Readonly<Record<Grade, string>> = {
  A: "\u001b[32m",
  B: "\u001b[36m",
  C: "\u001b[33m",
  U: "\u001b[31m",
};
const BOLD = "\u001b[1m";
const RESET = "\u001b[0m";

/**
 * Renders entries as a plain-text table, one line per entry after a header,
 * joined with `\n` (no trailing newline). Amounts use `formatAmount`
 * (`3.5M`, `16.8k`, `2,500`); column widths fit the longest cell, which keeps
 * the shipped catalog under 100 columns. Trailing spaces are trimmed.
 *
 * @example
 * catalogTable([sm2], { color: false });
 * // "id    kind      low  likely  high  cur  year  grade\n" +
 * // "sm-2  missile  1.8M    2M  2.1M  USD  2024  A"
 */
export function catalogTable(
  entries: readonly CatalogEntry[],
  options: CatalogTableOptions = { color: false },
): string {
  const rows = entries.map((e) => [
    e.id,
    e.kind,
    formatAmount(e.cost.low),
    formatAmount(e.cost.likely),
    formatAmount(e.cost.high),
    e.cost.currency,
    String(e.cost.year),
    e.grade,
  ]);
  const widths = HEADER.map((h, c) =>
    rows.reduce((m, r) => Math.max(m, (r[c] ?? "").length), h.length),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => {
        const width = widths[c] ?? 0;
        return RIGHT.has(c) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(GAP)
      .trimEnd();
  const header = line(HEADER);
  const body = rows.map((cells, i) => {
    const text = line(cells);
    const grade = entries[i]?.grade;
    if (!options.color || grade === undefined) return text;
    // The grade is the last cell, so colouring the line's tail leaves alignment intact.
    return `${text.slice(0, -1)}${GRADE_COLOR[grade]}${grade}${RESET}`;
  });
  return [options.color ? `${BOLD}${header}${RESET}` : header, ...body].join("\n");
}
