import { buildChart } from "../charts/index.js";
import type { ChartSeries } from "../charts/index.js";
import type { RunResult, Scenario } from "../model/index.js";
import type { Assets } from "../render/index.js";
import type { ReportChart, ReportInput, ReportTable } from "../report/index.js";
import {
  formatCount,
  formatMoney,
  formatRatio,
  runDocument,
  toCsv,
  toJson,
} from "../results/index.js";
import { assumptions } from "./assumptions.js";
import { toChartData } from "./chart-data.js";

/** What a briefing may be told beyond the run: variant series, the swarm size the titles speak of. */
export interface BriefingOptions {
  readonly variants?: readonly ChartSeries[];
  readonly focusSize?: number;
}

/** The charts of a briefing: CER (with net and full CER), cost by layer, leakers. */
export function briefingCharts(
  scenario: Scenario,
  result: RunResult,
  options: BriefingOptions = {},
): ReportChart[] {
  const data = toChartData(scenario, result, options.variants ?? []);
  const focus = options.focusSize === undefined ? {} : { focusSize: options.focusSize };
  const amortised = scenario.layers.some((l) => l.acquisition !== null);
  return [
    {
      id: "cer",
      title: "Cost-exchange ratio by swarm size",
      spec: buildChart("cer", data, {
        ...focus,
        metrics: amortised ? ["cer", "netCer", "cerFull"] : ["cer", "netCer"],
      }),
    },
    {
      id: "cost",
      title: "Defender cost by layer against the attacker's cost",
      spec: buildChart("cost", data, focus),
    },
    {
      id: "leakers",
      title: "Drones getting through, and their damage",
      spec: buildChart("leakers", data, focus),
    },
  ];
}

/** The results as the report page's table (formatted for reading). */
export function resultsTable(scenario: Scenario, result: RunResult): ReportTable {
  const cur = scenario.currency;
  return {
    columns: [
      "drones",
      `attacker ${cur}`,
      `defender ${cur}`,
      "CER",
      "net CER",
      "full CER",
      "kills",
      "leakers",
      `cost/kill ${cur}`,
    ],
    rows: result.rows.map((r) => [
      r.swarmSize,
      formatMoney(r.attackerCost),
      formatMoney(r.defenderCost),
      formatRatio(r.cer),
      formatRatio(r.netCer),
      formatRatio(r.cerFull),
      formatCount(r.kills),
      formatCount(r.leakers),
      r.costPerKill === null ? "–" : formatMoney(r.costPerKill),
    ]),
  };
}

/** Everything `cxr report` puts in the briefing pack, before rendering. */
export function toReportInput(
  scenario: Scenario,
  result: RunResult,
  assets: Assets,
  options: BriefingOptions = {},
): ReportInput {
  const doc = runDocument(scenario, result);
  const titleOf = (id: string): string => {
    const s = scenario.sources.find((x) => x.id === id);
    return s === undefined ? id : `${s.publisher}, ${s.title}`;
  };
  return {
    title: scenario.title,
    description: scenario.description,
    currency: scenario.currency,
    priceYear: scenario.priceYear,
    mode: result.mode,
    trials: result.trials,
    seed: result.seed,
    charts: briefingCharts(scenario, result, options),
    resultsJson: toJson(doc),
    resultsCsv: toCsv(result.rows),
    resultsTable: resultsTable(scenario, result),
    assumptions: assumptions(scenario, titleOf),
    sources: scenario.sources,
    assets,
  };
}
