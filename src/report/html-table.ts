import { escapeHtml } from "../render/escape.js";

/** A table cell: text, a number, or `null` (shown as an em dash). */
export type Cell = string | number | null;

const NUMBER = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 6 });

/**
 * Formats a cell for the page: numbers with thousands separators and at most
 * six significant digits (the CSV and JSON keep full precision), `null` as
 * `—`, text escaped.
 *
 * @example
 * formatCell(1234567.891); // "1,234,570"
 * formatCell(null); // "—"
 */
export function formatCell(cell: Cell): string {
  if (cell === null) return "—";
  if (typeof cell === "number") return Number.isFinite(cell) ? NUMBER.format(cell) : String(cell);
  return escapeHtml(cell);
}

/** Text that is a formatted number ("1,234", "0.0123", "85.0 %", "611k", "–"), aligned like one. */
const NUMERIC_TEXT = /^(?:[-−]?[\d,]*\.?\d+\s?(?:%|k|M|B)?|[–—])$/;

function isNumeric(cell: Cell): boolean {
  return typeof cell === "number" || (typeof cell === "string" && NUMERIC_TEXT.test(cell.trim()));
}

/**
 * An HTML table with escaped header and cells; numeric cells (numbers, and
 * text that is a formatted number) carry `class="num"` so the stylesheet
 * right-aligns them.
 *
 * @example
 * htmlTable(["N", "CER"], [[10, 2.5]]); // "<table>…<td class=\"num\">2.5</td>…</table>"
 */
export function htmlTable(
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  caption?: string,
): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const body = rows
    .map((row) => {
      const cells = row.map(
        (cell) => `<td${isNumeric(cell) ? ' class="num"' : ""}>${formatCell(cell)}</td>`,
      );
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  const cap = caption === undefined ? "" : `<caption>${escapeHtml(caption)}</caption>`;
  return `<div class="table-wrap"><table>${cap}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}
