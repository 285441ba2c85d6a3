import type { OutcomeRow, RunResult, Scenario } from "../model/index.js";
import { type RunHeader, runHeader } from "./run-header.js";
import { escapeJsonText } from "./safe-text.js";

/** The JSON document of `cxr run --format json` (cli.md "JSON output"): the header, then the rows. */
export interface RunDocument extends RunHeader {
  readonly rows: readonly (Omit<OutcomeRow, "bands"> & {
    readonly bands: NonNullable<OutcomeRow["bands"]> | null;
  })[];
}

/** Wraps a run's rows in the run header; `bands` is null in deterministic mode. */
export function runDocument(scenario: Scenario, result: RunResult): RunDocument {
  return {
    ...runHeader(scenario, result),
    rows: result.rows.map((r) => ({ ...r, bands: r.bands ?? null })),
  };
}

/**
 * Two-space indented JSON with a final newline; non-finite numbers become
 * null; bidi and C1 characters escaped (the same JSON value, safe on a terminal).
 */
export function toJson(doc: object): string {
  return escapeJsonText(JSON.stringify(doc, null, 2)) + "\n";
}
