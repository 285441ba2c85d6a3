/**
 * CSV for spreadsheets (RFC 4180): numbers to 12 significant digits, text
 * neutralised against formula injection (OWASP "CSV Injection"), and the
 * provenance of a run that is not the base case as `#` comment lines before
 * the header (cli.md v2).
 */
import { BAND_METRICS, type BandMetric, type OutcomeRow, type Provenance } from "../model/index.js";
import { METRIC_KEYS } from "./metrics.js";
import { provenanceLines } from "./run-header.js";
import { escapeControls } from "./safe-text.js";

/**
 * A CSV number cell: rounded to 12 significant digits (so the last bits of a
 * binary float do not show: `111510.00000000001` → `111510`), empty for null
 * or non-finite.
 */
export function csvNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "";
  return String(Number(x.toPrecision(12)));
}

/** What a spreadsheet would read as a formula: `=`, `+`, `-`, `@` first (tab and CR are escaped before). */
const FORMULA_START = /^[=+\-@]/;

/**
 * A CSV text cell. Control and bidi characters but the line feed are written
 * as visible `\u…` escapes (a CSV is printed on terminals too, where ESC or
 * a bare CR would rewrite the screen, and the escaped tab or CR can no longer
 * start a formula); a leading `=`, `+`, `-` or `@` is defused with a `'`
 * (OWASP "CSV Injection"); the cell is quoted when it holds a quote, comma or
 * line break. Numbers go through {@link csvNumber}, never here, so a
 * negative number stays a number.
 *
 * @example csvText("=1+1") // "'=1+1"
 * @example csvText("a\u001b[2Jb") // "a\\u001b[2Jb"
 * @example csvText('say "hi", then') // "\"say \"\"hi\"\", then\""
 */
export function csvText(s: string): string {
  const visible = escapeControls(s, { keepNewlines: true });
  const safe = FORMULA_START.test(visible) ? `'${visible}` : visible;
  return /[",\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line from cells already written as CSV. */
export function csvLine(cells: readonly string[]): string {
  return cells.join(",");
}

/**
 * The `#` comment lines naming the variant and every override, one a line
 * (control characters escaped, so a value cannot end the comment); none for
 * the base case.
 */
export function csvProvenance(p: Provenance): string {
  return provenanceLines(p)
    .map((item) => `# ${escapeControls(item)}\n`)
    .join("");
}

/** The header cells of {@link toCsv} for rows shaped like `first`. */
function csvHeader(first: OutcomeRow | undefined): { header: string[]; bands: BandMetric[] } {
  const bands = BAND_METRICS.filter((m) => first?.bands?.[m] !== undefined);
  const layerIds = first?.layers.map((l) => l.id) ?? [];
  return {
    bands,
    header: [
      ...METRIC_KEYS,
      ...layerIds.flatMap((id) => [`${id}.shots`, `${id}.kills`, `${id}.cost`]),
      ...bands.flatMap((m) => [`${m}.p5`, `${m}.p50`, `${m}.p95`]),
    ],
  };
}

/**
 * One row per swarm size: the metrics of the catalogue, then
 * `<layer>.shots|kills|cost` per layer, then `<metric>.p5|p50|p95` per band
 * in Monte Carlo. Empty cells for null. With a provenance that is not the
 * base case, `#` lines come first.
 */
export function toCsv(
  rows: readonly OutcomeRow[],
  provenance: Provenance = { variant: null, overrides: [] },
): string {
  const { header, bands } = csvHeader(rows[0]);
  const lines = rows.map((r) =>
    csvLine([
      ...METRIC_KEYS.map((f) => csvNumber(r[f])),
      ...r.layers.flatMap((l) => [csvNumber(l.shots), csvNumber(l.kills), csvNumber(l.cost)]),
      ...bands.flatMap((m) => {
        const b = r.bands?.[m];
        return [csvNumber(b?.p5), csvNumber(b?.p50), csvNumber(b?.p95)];
      }),
    ]),
  );
  return csvProvenance(provenance) + [csvLine(header.map(csvText)), ...lines].join("\n") + "\n";
}
