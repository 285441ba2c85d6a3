/**
 * `cxr catalog show ID`: one entry with every field, its sources and notes.
 */
import type { CatalogEntry, Range3 } from "../model/catalog-entry.js";
import { group } from "./amount.js";
import { GRADE_MEANING } from "./grades.js";
import { wrapText } from "./wrap-text.js";

export interface CatalogShowOptions {
  /** Terminal width to wrap at (default 80, at least 40). */
  readonly width?: number;
}

const LABEL = 11;

/**
 * Renders one entry for a terminal: a title line, then labelled fields
 * (kind, cost with full figures, basis, grade and its meaning, any
 * performance, numbered sources with publisher, year and URL, notes), each
 * wrapped to `width` under an 11-column label. Joined with `\n`, no trailing newline.
 *
 * @example
 * catalogShow(catalog.get("sm-2")!).split("\n")[2];
 * // "cost       low 1,800,000 · likely 2,000,000 · high 2,100,000 USD (2024 prices)"
 */
export function catalogShow(entry: CatalogEntry, options: CatalogShowOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const inner = width - LABEL;
  const out: string[] = [];
  const field = (label: string, text: string): void => {
    wrapText(text, inner).forEach((line, i) => {
      out.push(`${(i === 0 ? label : "").padEnd(LABEL)}${line}`);
    });
  };
  const range = (r: Range3, unit = ""): string =>
    `${group(r.low, 3)} / ${group(r.likely, 3)} / ${group(r.high, 3)}${unit}`;

  out.push(...wrapText(`${entry.id}: ${entry.name}`, width));
  field("kind", entry.kind);
  const c = entry.cost;
  field(
    "cost",
    `low ${group(c.low, 2)} · likely ${group(c.likely, 2)} · high ${group(c.high, 2)} ` +
      `${c.currency} (${c.year} prices)`,
  );
  field("basis", c.basis);
  field("grade", `${entry.grade}: ${GRADE_MEANING[entry.grade]}`);
  const p = entry.performance;
  if (p.pk) field("pk", `${range(p.pk)} (observed or claimed rate used as a proxy)`);
  if (p.magazine !== undefined) field("magazine", String(p.magazine));
  if (p.timePerShot) field("time/shot", range(p.timePerShot, " s"));
  if (entry.sources.length === 0) field("sources", "none (unsourced estimate)");
  entry.sources.forEach((s, i) => {
    const n = `${i + 1}. `;
    const lines = [
      ...wrapText(s.title, inner - n.length),
      ...wrapText(`${s.publisher}, ${s.year ?? "n.d."}`, inner - n.length),
      ...(s.url === null ? [] : [s.url]),
    ];
    lines.forEach((line, j) => {
      const label = i === 0 && j === 0 ? "sources" : "";
      out.push(`${label.padEnd(LABEL)}${(j === 0 ? n : "").padEnd(n.length)}${line}`);
    });
  });
  field("notes", entry.notes);
  return out.join("\n");
}
