import { escapeControls } from "./safe-text.js";

/** A plain-text table with right-aligned numeric columns. */
export interface TextTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Per column: true to align left (labels); numbers align right. */
  readonly alignLeft?: readonly boolean[];
}

/** The table as terminal text; every cell has its control and bidi characters escaped. */
export function renderTextTable(t: TextTable): string {
  const headers = t.headers.map((h) => escapeControls(h));
  const rows = t.rows.map((r) => r.map((c) => escapeControls(c)));
  // No spread of the rows: a table may have more rows than a call has arguments.
  const widths = headers.map((h, i) =>
    rows.reduce((w, r) => Math.max(w, (r[i] ?? "").length), h.length),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (t.alignLeft?.[i] ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(headers), rule, ...rows.map(line)].join("\n") + "\n";
}
