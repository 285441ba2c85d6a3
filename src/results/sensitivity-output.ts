import type { Importance } from "../analysis/spearman-importance.js";
import type { TornadoResult } from "../analysis/tornado.js";
import type { Scenario } from "../model/index.js";
import { renderColumns } from "./columns.js";
import { formatMoney, formatRatio } from "./format-number.js";
import { METRICS } from "./metrics.js";
import {
  DETERMINISTIC,
  type RunHeader,
  type RunSettings,
  headingText,
  modeLine,
  runHeader,
} from "./run-header.js";
import { importanceColumns, tornadoColumns } from "./tornado-table.js";

/** Spearman's ρ of each input, with the Monte Carlo run it came from. */
export interface ImportanceRun {
  readonly trials: number;
  readonly seed: number;
  readonly inputs: readonly Importance[];
}

/** `cxr sensitivity --format json`: the run header (the tornado is deterministic), then the tornado. */
export type SensitivityDocument = RunHeader &
  TornadoResult & { readonly importance: ImportanceRun | null };

export function sensitivityDocument(
  scenario: Scenario,
  tornado: TornadoResult,
  importance: ImportanceRun | null,
): SensitivityDocument {
  return { ...runHeader(scenario, DETERMINISTIC), ...tornado, importance };
}

/** "Sensitivity of the CER at 19 drones: one input at a time from its p5 to its p95, the others at base". */
export function sensitivityWhat(t: TornadoResult): string {
  return `Sensitivity of ${METRICS[t.metric].phrase} at ${formatMoney(t.swarmSize)} drones: one input at a time from its p5 to its p95, the others at base`;
}

/** The tornado (and the ranks, with Monte Carlo) as terminal tables under the heading. */
export function sensitivityText(
  scenario: Scenario,
  t: TornadoResult,
  importance: ImportanceRun | null,
): string {
  const head =
    headingText(runHeader(scenario, DETERMINISTIC), sensitivityWhat(t)) +
    `Base: ${formatRatio(t.base)}\n\n`;
  const bars = renderColumns(tornadoColumns(t, scenario.currency), t.bars);
  if (importance === null) return head + bars;
  const run: RunSettings = {
    mode: "monte-carlo",
    trials: importance.trials,
    seed: importance.seed,
  };
  return (
    head +
    bars +
    `\nRank correlation with the per-trial CER (Spearman ρ; ${modeLine(run)})\n` +
    renderColumns(importanceColumns(t), importance.inputs)
  );
}
