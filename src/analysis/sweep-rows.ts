import type { Sweep } from "../briefing/sweep.js";
import { evaluate } from "../engine/evaluate.js";
import type { Outcome } from "../model/outcome.js";
import type { Scenario } from "../model/scenario.js";
import { type RunDocument, runDocument } from "../results/run-document.js";
import { csvText, toCsv } from "../results/csv.js";

/** One row of a sweep: the usual outcome of one swarm size, at one value of the swept input. */
export type SweepRow = Outcome & {
  readonly sweep: { readonly path: string; readonly value: number };
};

/** `cxr run --sweep --format json`: the run document whose rows carry `sweep`. */
export type SweepDocument = Omit<RunDocument, "rows"> & {
  readonly rows: readonly (SweepRow & { readonly bands: null })[];
};

/**
 * A deterministic sweep of one input (or count, or share: anything `--set`
 * reaches): the scenario is reloaded with `PATH=value` added to its
 * overrides for each value, and evaluated at each of its swarm sizes. Rows
 * go value by value, then by swarm size.
 *
 * @example sweepRows((extra) => source.load(extra).scenario, parseSweep("threat.drones.shahed.unitCost=10k..200k:log:30"))
 */
export function sweepRows(
  load: (extraOverrides: readonly string[]) => Scenario,
  sweep: Sweep,
): SweepRow[] {
  return sweep.values.flatMap((value) =>
    evaluate(load([`${sweep.path}=${value}`])).map((row) => ({
      ...row,
      sweep: { path: sweep.path, value },
    })),
  );
}

/** The JSON document of a sweep: the envelope of `cxr run --format json` (cli.md), deterministic. */
export function sweepDocument(scenario: Scenario, rows: readonly SweepRow[]): SweepDocument {
  const doc = runDocument(scenario, { mode: "deterministic", trials: null, seed: null, rows: [] });
  return { ...doc, rows: rows.map((r) => ({ ...r, bands: null })) };
}

/** The CSV of a sweep: `sweep.path,sweep.value`, then the columns of `cxr run --format csv`. */
export function sweepCsv(rows: readonly SweepRow[]): string {
  const [header = "", ...lines] = toCsv(rows).trimEnd().split("\n");
  const body = rows.map((r, i) => `${csvText(r.sweep.path)},${r.sweep.value},${lines[i] ?? ""}`);
  return [`sweep.path,sweep.value,${header}`, ...body].join("\n") + "\n";
}
