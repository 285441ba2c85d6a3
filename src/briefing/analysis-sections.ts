import type { CompareSeries, Importance, TornadoResult } from "../analysis/index.js";
import { compareTable } from "../analysis/index.js";
import type { Scenario } from "../model/index.js";
import type { ReportSection } from "../report/index.js";
import {
  type Column,
  type RunSettings,
  columnTable,
  compareColumns,
  formatMoney,
  formatRatio,
  importanceColumns,
  METRICS,
  modeLine,
  tornadoColumns,
} from "../results/index.js";

/** A table of the results module as the report page takes it. */
function pageTable<R>(columns: readonly Column<R>[], rows: readonly R[]): ReportSection["table"] {
  const t = columnTable(columns, rows);
  return { columns: t.headers, rows: t.rows };
}

/** The one-at-a-time sensitivity as a report table, largest swing first. */
export function tornadoSection(scenario: Scenario, t: TornadoResult): ReportSection {
  return {
    id: "sensitivity",
    title: `Sensitivity at ${formatMoney(t.swarmSize)} drones`,
    note: `Each uncertain input moved to its 5th and 95th percentile with the others at base; ${METRICS[t.metric].phrase} at base: ${formatRatio(t.base)}.`,
    table: pageTable(tornadoColumns(t, scenario.currency), t.bars),
  };
}

/** Spearman rank correlation of each input's draws with the per-trial CER. */
export function importanceSection(
  t: TornadoResult,
  ranks: readonly Importance[],
  trials: number,
  seed: number,
): ReportSection {
  const run: RunSettings = { mode: "monte-carlo", trials, seed };
  return {
    id: "importance",
    title: `Global importance at ${formatMoney(t.swarmSize)} drones`,
    note: `Spearman rank correlation of each input's draws with the per-trial CER (${modeLine(run)}).`,
    table: pageTable(importanceColumns(t), ranks),
  };
}

/** The base and every variant side by side at the given swarm sizes. */
export function compareSection(
  series: readonly CompareSeries[],
  sizes: readonly number[],
  currency: string,
  run: RunSettings,
): ReportSection {
  return {
    id: "variants",
    title: "Variants compared",
    note: `The base scenario and each named variant; money in ${currency}.`,
    table: pageTable(compareColumns(currency, run), compareTable(series, sizes)),
  };
}
