/**
 * `cxr catalog show ID`: one entry with every field, its sources and notes.
 */
import type { CatalogEntry, CatalogSource, Range3, RangeFigure } from "../model/catalog-entry.js";
import { RANGE_FIGURES } from "../model/catalog-entry.js";
import { group } from "./amount.js";
import { GRADE_MEANING } from "./grades.js";
import { wrapText } from "./wrap-text.js";

export interface CatalogShowOptions {
  /** Terminal width to wrap at (default 80, at least 40). */
  readonly width?: number;
}

const LABEL = 11;

/** Lines under an 11-column label: the label on the first line only. */
class Lines {
  readonly out: string[] = [];
  constructor(private readonly inner: number) {}

  field(label: string, text: string): void {
    wrapText(text, this.inner).forEach((line, i) => {
      this.out.push(`${(i === 0 ? label : "").padEnd(LABEL)}${line}`);
    });
  }

  /** Numbered sources: `1. [kind] title`, then publisher and year, then the URL. */
  sources(label: string, sources: readonly CatalogSource[]): void {
    if (sources.length === 0) this.field(label, "none (unsourced estimate)");
    sources.forEach((s, i) => {
      const n = `${i + 1}. `;
      const width = this.inner - n.length;
      const lines = [
        ...wrapText(`[${s.kind}] ${s.title}`, width),
        ...wrapText(`${s.publisher}, ${s.year ?? "n.d."}`, width),
        ...(s.url === null ? [] : [s.url]),
      ];
      lines.forEach((line, j) => {
        const head = i === 0 && j === 0 ? label : "";
        this.out.push(`${head.padEnd(LABEL)}${(j === 0 ? n : "").padEnd(n.length)}${line}`);
      });
    });
  }
}

/** "likely, high from sources; low ours", or "all ours" / "all from sources". */
function sourcedText(sourced: readonly RangeFigure[]): string {
  const ours = RANGE_FIGURES.filter((f) => !sourced.includes(f));
  if (ours.length === 0) return "low, likely and high from the sources";
  if (sourced.length === 0) return "low, likely and high are ours (no figure from a source)";
  return `${sourced.join(", ")} from the sources; ${ours.join(", ")} ours`;
}

const range = (r: Range3, unit = ""): string =>
  `${group(r.low, 3)} / ${group(r.likely, 3)} / ${group(r.high, 3)}${unit}`;

/**
 * Renders one entry for a terminal: a title line, then labelled fields
 * (kind, cost with full figures, basis, measure, which figures are sourced,
 * grade and its meaning, any performance, numbered sources with their kind,
 * publisher, year and URL, production rates and lead time with their own
 * grades and sources, notes), each wrapped to `width` under an 11-column
 * label. Joined with `\n`, no trailing newline.
 *
 * @example
 * catalogShow(catalog.get("sm-2")!).split("\n")[2];
 * // "cost       low 1,800,000 · likely 2,000,000 · high 2,100,000 USD (2024 prices)"
 */
export function catalogShow(entry: CatalogEntry, options: CatalogShowOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const l = new Lines(width - LABEL);
  for (const line of wrapText(`${entry.id}: ${entry.name}`, width)) l.out.push(line);
  l.field("kind", entry.kind);
  const c = entry.cost;
  l.field(
    "cost",
    `low ${group(c.low, 2)} · likely ${group(c.likely, 2)} · high ${group(c.high, 2)} ` +
      `${c.currency} (${c.year} prices)`,
  );
  l.field("basis", c.basis);
  l.field("measure", `${c.measure}; ${sourcedText(c.sourced)}`);
  l.field("grade", `${entry.grade}: ${GRADE_MEANING[entry.grade]}`);
  const p = entry.performance;
  if (p.pk) l.field("pk", `${range(p.pk)} (observed or claimed rate used as a proxy)`);
  if (p.magazine !== undefined) l.field("magazine", String(p.magazine));
  if (p.timePerShot) l.field("time/shot", range(p.timePerShot, " s"));
  l.sources("sources", entry.sources);
  for (const prod of entry.production ?? []) {
    l.field(
      "production",
      `${group(prod.rate)} per ${prod.per}, ${prod.status}, ${prod.period} (grade ${prod.grade}): ${prod.notes}`,
    );
    l.sources("", prod.sources);
  }
  const lead = entry.leadTime;
  if (lead) {
    l.field("lead time", `${range(lead, ` ${lead.unit}`)} (grade ${lead.grade}): ${lead.notes}`);
    l.sources("", lead.sources);
  }
  l.field("notes", entry.notes);
  return l.out.join("\n");
}
