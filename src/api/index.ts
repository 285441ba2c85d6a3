/**
 * cxr as a library: the same analyses as the command line, as plain typed
 * objects — each result is the document the matching command prints with
 * `--format json`. Nothing here reads a file or writes to the console: pass
 * the scenario's text (or an object); the cost catalog that `ref:` reads is
 * embedded at build time (or pass your own as `catalog`).
 *
 *   loadScenario → run | campaign | sweep | compare | tornado | breakEven → chartSpec → renderChart
 *
 * @example
 * import { loadScenario, run, chartSpec, renderChart } from "cxr";
 * const poland = loadScenario(yamlText, { set: { "threat.drones.gerbera.unitCost": "20k EUR" } });
 * const result = await run(poland, { trials: 10_000, seed: 7 });
 * const png = await renderChart(chartSpec("cer", result), "png");
 */
export {
  loadScenario,
  ScenarioError,
  type LoadScenarioOptions,
  type LoadedScenario,
  type Overrides,
} from "./load-scenario.js";
export type { RunOptions } from "./run-options.js";
export { run } from "./run.js";
export { campaign } from "./campaign.js";
export { sweep } from "./sweep.js";
export { compare } from "./compare.js";
export { tornado, type TornadoOptions } from "./tornado.js";
export { breakEven, type BreakEvenOptions } from "./break-even.js";
export {
  chartSpec,
  type ChartKind,
  type ChartResult,
  type ChartSpecOptions,
} from "./chart-spec.js";
export { renderChart, type ChartFormat } from "./render-chart.js";
export { CxrError } from "../model/cxr-error.js";
export type { Scenario } from "../model/scenario.js";
export type { CatalogEntry, CatalogLookup } from "../model/catalog-entry.js";
export type { Problem } from "../scenario/problem.js";
export type { RunDocument } from "../results/run-document.js";
export type { CampaignDocument } from "../results/campaign-document.js";
export type { SweepDocument } from "../results/sweep-output.js";
export type { CompareDocument } from "../results/compare-output.js";
export type { SensitivityDocument } from "../results/sensitivity-output.js";
export type { BreakEvenDocument, BreakEvenSizesDocument } from "../results/break-even-output.js";
export type { RunHeader } from "../results/run-header.js";
export type { SweepValues } from "../analysis/sweep-rows.js";
export type { AnalysisMetric } from "../analysis/metric.js";
