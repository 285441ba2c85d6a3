import {
  type AnalysisMetric,
  type Importance,
  type TornadoResult,
  focusSize as focusOf,
} from "../analysis/index.js";
import { campaignDeterministic } from "../campaign/deterministic.js";
import { hasLeakerDamage, keyFindings } from "./key-findings.js";
import { type ChartSeries, buildChart, provenanceText } from "../charts/index.js";
import type { RunResult, Scenario } from "../model/index.js";
import type { Assets } from "../render/index.js";
import type { ReportChart, ReportInput, ReportSection, ReportTable } from "../report/index.js";
import {
  DETERMINISTIC,
  columnTable,
  runColumns,
  runDocument,
  toCsv,
  toJson,
} from "../results/index.js";
import { compareSection, importanceSection, tornadoSection } from "./analysis-sections.js";
import { assumptions } from "./assumptions.js";
import { chartFrame, toChartData } from "./chart-data.js";

/** What a briefing may add to the run: variants, the focus size, the sensitivity analysis. */
export interface BriefingOptions {
  /** Results of each named variant, run like the base. */
  readonly variants?: readonly ChartSeries[];
  /** The swarm size chart titles speak of. */
  readonly focusSize?: number;
  /** One-at-a-time sensitivity at one swarm size. */
  readonly tornado?: TornadoResult;
  /** With Monte Carlo: Spearman's ρ of each input with the per-trial CER. */
  readonly importance?: readonly Importance[];
}

/**
 * The charts of a briefing: CER (with net and full CER), cost by layer,
 * leakers; then the tornado and the variants' CER overlay when given.
 */
export function briefingCharts(
  scenario: Scenario,
  result: RunResult,
  options: BriefingOptions = {},
): ReportChart[] {
  const data = toChartData(scenario, result);
  const focus = options.focusSize === undefined ? {} : { focusSize: options.focusSize };
  const amortised = scenario.layers.some((l) => l.acquisition !== null);
  // With leaker damage the net CER leads (title, solid line): a falling plain CER can mean leakers.
  const lead: AnalysisMetric[] = hasLeakerDamage(result.rows)
    ? ["netCer", "cer"]
    : ["cer", "netCer"];
  const charts: ReportChart[] = [
    {
      id: "cer",
      title: "Cost-exchange ratio by swarm size",
      spec: buildChart("cer", data, {
        ...focus,
        metrics: amortised ? [...lead, "cerFull"] : lead,
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
  if (options.tornado !== undefined) {
    // The tornado is computed deterministically, one input at a time, whatever the run's mode.
    const frame = chartFrame(scenario, DETERMINISTIC);
    const tornadoData = { ...frame, ...options.tornado };
    charts.push({
      id: "tornado",
      title: "Which assumption moves the CER most",
      spec: buildChart("tornado", tornadoData),
    });
  }
  if (options.variants !== undefined && options.variants.length > 0) {
    const all = toChartData(scenario, result, options.variants);
    charts.push({
      id: "variants",
      title: "CER of the base and each variant",
      spec: buildChart("cer", all, focus),
    });
  }
  return charts;
}

/** The results as the report page's table: the columns of `cxr run`'s table. */
export function resultsTable(scenario: Scenario, result: RunResult): ReportTable {
  const t = columnTable(runColumns(scenario.currency, result), result.rows);
  return { columns: t.headers, rows: t.rows };
}

function sections(
  scenario: Scenario,
  result: RunResult,
  options: BriefingOptions,
): ReportSection[] {
  const out: ReportSection[] = [];
  if (options.variants !== undefined && options.variants.length > 0) {
    const sizes = options.focusSize === undefined ? [] : [options.focusSize];
    out.push(
      compareSection(
        [{ name: "base", rows: result.rows }, ...options.variants],
        sizes,
        scenario.currency,
        result,
      ),
    );
  }
  if (options.tornado !== undefined) {
    out.push(tornadoSection(scenario, options.tornado));
    if (options.importance !== undefined && result.trials !== null && result.seed !== null) {
      out.push(importanceSection(options.tornado, options.importance, result.trials, result.seed));
    }
  }
  return out;
}

/** Everything `cxr report` puts in the briefing pack, before rendering. */
export function toReportInput(
  scenario: Scenario,
  result: RunResult,
  assets: Assets,
  options: BriefingOptions = {},
): ReportInput {
  const titleOf = (id: string): string => {
    const s = scenario.sources.find((x) => x.id === id);
    return s === undefined ? id : `${s.publisher}, ${s.title}`;
  };
  const focusSize = options.focusSize ?? focusOf(scenario);
  return {
    keyFindings: keyFindings({
      scenario,
      rows: result.rows,
      focusSize,
      ...(options.tornado === undefined ? {} : { tornado: options.tornado }),
      ...(scenario.campaign === null ? {} : { campaign: campaignDeterministic(scenario) }),
    }),
    title: scenario.title,
    description: scenario.description,
    currency: scenario.currency,
    priceYear: scenario.priceYear,
    mode: result.mode,
    trials: result.trials,
    seed: result.seed,
    provenance: provenanceText(scenario.provenance),
    charts: briefingCharts(scenario, result, options),
    resultsJson: toJson(runDocument(scenario, result)),
    resultsCsv: toCsv(result.rows, scenario.provenance),
    resultsTable: resultsTable(scenario, result),
    sections: sections(scenario, result, options),
    assumptions: assumptions(scenario, titleOf),
    sources: scenario.sources,
    assets,
  };
}
