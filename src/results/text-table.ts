/** A plain-text table with right-aligned numeric columns. */
export interface TextTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Per column: true to align left (labels); numbers align right. */
  readonly alignLeft?: readonly boolean[];
}

export function renderTextTable(t: TextTable): string {
  const widths = t.headers.map((h, i) =>
    Math.max(h.length, ...t.rows.map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (t.alignLeft?.[i] ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(t.headers), rule, ...t.rows.map(line)].join("\n") + "\n";
}
