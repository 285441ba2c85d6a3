import type { SweepRow } from "../analysis/sweep-rows.js";
import type { Scenario } from "../model/scenario.js";
import { renderColumns, sweepColumns } from "./columns.js";
import { csvLine, csvNumber, csvProvenance, csvText, toCsv } from "./csv.js";
import type { RunDocument } from "./run-document.js";
import { DETERMINISTIC, headingText, runHeader } from "./run-header.js";

/** `cxr run --sweep --format json`: the run document whose rows carry `sweep`. */
export type SweepDocument = Omit<RunDocument, "rows"> & {
  readonly rows: readonly (SweepRow & { readonly bands: null })[];
};

/** The JSON document of a sweep: the run header (deterministic), then the rows. */
export function sweepDocument(scenario: Scenario, rows: readonly SweepRow[]): SweepDocument {
  return {
    ...runHeader(scenario, DETERMINISTIC),
    rows: rows.map((r) => ({ ...r, bands: null })),
  };
}

/** The CSV of a sweep: `sweep.path,sweep.value`, then the columns of `cxr run --format csv`. */
export function sweepCsv(scenario: Scenario, rows: readonly SweepRow[]): string {
  const plain = toCsv(rows);
  const [header = "", ...lines] = plain.trimEnd().split("\n");
  const body = rows.map((r, i) =>
    csvLine([csvText(r.sweep.path), csvNumber(r.sweep.value), lines[i] ?? ""]),
  );
  return (
    csvProvenance(scenario.provenance) +
    [`sweep.path,sweep.value,${header}`, ...body].join("\n") +
    "\n"
  );
}

/** A sweep as a terminal table: the heading, then value × swarm size rows. */
export function sweepTable(scenario: Scenario, path: string, rows: readonly SweepRow[]): string {
  const heading = headingText(runHeader(scenario, DETERMINISTIC), `Sweep of ${path}`);
  return `${heading}\n${renderColumns(sweepColumns(path, scenario.currency), rows)}`;
}
