import {
  type CompareSeries,
  type Importance,
  METRIC_NAME,
  type TornadoResult,
  compareTable,
  tornadoColumns,
  tornadoRows,
} from "../analysis/index.js";
import type { Scenario } from "../model/index.js";
import type { ReportSection } from "../report/index.js";
import { formatCount, formatMoney, formatRatio } from "../results/index.js";

/** The one-at-a-time sensitivity as a report table, largest swing first. */
export function tornadoSection(scenario: Scenario, t: TornadoResult): ReportSection {
  const cur = scenario.currency;
  return {
    id: "sensitivity",
    title: `Sensitivity at ${formatMoney(t.swarmSize)} drones`,
    note: `Each uncertain input moved to its 5th and 95th percentile with the others at base; ${METRIC_NAME[t.metric]} at base: ${formatRatio(t.base)}.`,
    table: { columns: tornadoColumns(t), rows: tornadoRows(t, cur) },
  };
}

/** Spearman rank correlation of each input's draws with the per-trial CER. */
export function importanceSection(
  t: TornadoResult,
  ranks: readonly Importance[],
  trials: number,
  seed: number,
): ReportSection {
  const labels = new Map(t.bars.map((b) => [b.path, b.label]));
  return {
    id: "importance",
    title: `Global importance at ${formatMoney(t.swarmSize)} drones`,
    note: `Spearman rank correlation of each input's draws with the per-trial CER (Monte Carlo, ${formatMoney(trials)} trials, seed ${seed}).`,
    table: {
      columns: ["input", "ρ"],
      rows: ranks.map((r) => [labels.get(r.path) ?? r.path, r.rho.toFixed(3)]),
    },
  };
}

/** The base and every variant side by side at the given swarm sizes. */
export function compareSection(
  series: readonly CompareSeries[],
  sizes: readonly number[],
  currency: string,
): ReportSection {
  return {
    id: "variants",
    title: "Variants compared",
    note: `The base scenario and each named variant; money in ${currency}.`,
    table: {
      columns: [
        "variant",
        "drones",
        "CER",
        "net CER",
        "full CER",
        `defender ${currency}`,
        "leakers",
        `damage ${currency}`,
      ],
      rows: compareTable(series, sizes).map((r) => [
        r.variant,
        r.swarmSize,
        formatRatio(r.cer),
        formatRatio(r.netCer),
        formatRatio(r.cerFull),
        formatMoney(r.defenderCost),
        formatCount(r.leakers),
        formatMoney(r.damage),
      ]),
    },
  };
}
