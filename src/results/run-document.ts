import type { OutcomeRow, RunResult, Scenario, Source } from "../model/index.js";

/** The JSON document of `cxr run --format json` (cli.md "JSON output"). */
export interface RunDocument {
  readonly cxr: "1";
  readonly title: string;
  readonly currency: string;
  readonly priceYear: number;
  readonly mode: RunResult["mode"];
  readonly trials: number | null;
  readonly seed: number | null;
  readonly sources: readonly Source[];
  readonly rows: readonly (Omit<OutcomeRow, "bands"> & {
    readonly bands: NonNullable<OutcomeRow["bands"]> | null;
  })[];
}

/** Wraps a run's rows in the envelope of cli.md; `bands` is null in deterministic mode. */
export function runDocument(scenario: Scenario, result: RunResult): RunDocument {
  return {
    cxr: "1",
    title: scenario.title,
    currency: scenario.currency,
    priceYear: scenario.priceYear,
    mode: result.mode,
    trials: result.trials,
    seed: result.seed,
    sources: scenario.sources,
    rows: result.rows.map((r) => ({ ...r, bands: r.bands ?? null })),
  };
}

/** Two-space indented JSON with a final newline; non-finite numbers become null. */
export function toJson(doc: RunDocument): string {
  return JSON.stringify(doc, null, 2) + "\n";
}
