import type { CompareRow } from "../analysis/compare-table.js";
import type { Scenario, Source } from "../model/index.js";
import { compareColumns, renderColumns } from "./columns.js";
import { csvLine, csvNumber, csvProvenance, csvText } from "./csv.js";
import { type RunHeader, type RunSettings, headingText, runHeader } from "./run-header.js";

/** One case of a comparison: its name, the file it came from and the scenario run. */
export interface CompareCase {
  readonly name: string;
  readonly file: string;
  readonly scenario: Scenario;
}

/** `cxr compare --format json`: the run header, the cases, then one row per case and size. */
export interface CompareDocument extends RunHeader {
  readonly cases: readonly {
    readonly name: string;
    readonly file: string;
    readonly title: string;
    readonly variant: string | null;
  }[];
  readonly rows: readonly CompareRow[];
}

/**
 * The header of a comparison: the first case's title and money, the run
 * settings, the `--set` overrides every case shares, no single variant (each
 * case names its own) and the sources of every case.
 */
export function compareHeader(cases: readonly CompareCase[], run: RunSettings): RunHeader {
  const first = cases[0]!.scenario;
  const sources = new Map<string, Source>();
  for (const c of cases) for (const s of c.scenario.sources) sources.set(s.id, s);
  return { ...runHeader(first, run), variant: null, sources: [...sources.values()] };
}

export function compareDocument(
  cases: readonly CompareCase[],
  run: RunSettings,
  rows: readonly CompareRow[],
): CompareDocument {
  return {
    ...compareHeader(cases, run),
    cases: cases.map((c) => ({
      name: c.name,
      file: c.file,
      title: c.scenario.title,
      variant: c.scenario.provenance.variant,
    })),
    rows,
  };
}

const CSV_HEADER = "case,swarmSize,cer,netCer,cerFull,defenderCost,leakers,damage,cer.p5,cer.p95";

/** The comparison as CSV: the overrides as `#` lines, then one line per case and size. */
export function compareCsv(header: RunHeader, rows: readonly CompareRow[]): string {
  const lines = rows.map((r) =>
    csvLine([
      csvText(r.variant),
      csvNumber(r.swarmSize),
      csvNumber(r.cer),
      csvNumber(r.netCer),
      csvNumber(r.cerFull),
      csvNumber(r.defenderCost),
      csvNumber(r.leakers),
      csvNumber(r.damage),
      csvNumber(r.cerBand?.p5),
      csvNumber(r.cerBand?.p95),
    ]),
  );
  return csvProvenance(header) + [CSV_HEADER, ...lines].join("\n") + "\n";
}

/** The comparison as a terminal table under its heading. */
export function compareText(
  header: RunHeader,
  caseCount: number,
  rows: readonly CompareRow[],
): string {
  const heading = headingText({ ...header, title: `Comparison of ${caseCount} cases` });
  return `${heading}\n${renderColumns(compareColumns(header.currency, header), rows)}`;
}
