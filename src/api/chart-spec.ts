import type { TopLevelSpec } from "vega-lite";
import { focusSize } from "../analysis/focus-size.js";
import { chartFrame, toChartData } from "../briefing/chart-data.js";
import type { CerMetric } from "../charts/cer-chart.js";
import { buildChart } from "../charts/registry.js";
import { CxrError } from "../model/cxr-error.js";
import type { Scenario } from "../model/scenario.js";
import type { RunDocument } from "../results/run-document.js";
import type { SensitivityDocument } from "../results/sensitivity-output.js";
import { DETERMINISTIC } from "../results/run-header.js";
import { type LoadedScenario, scenarioOf } from "./load-scenario.js";
import { recalled } from "./result-scenario.js";

/** The charts of a run ({@link run}'s result) and of a sensitivity ({@link tornado}'s). */
export type ChartKind = "cer" | "cost" | "leakers" | "tornado";

/** The result each chart kind draws. */
export type ChartResult<K extends ChartKind> = K extends "tornado"
  ? SensitivityDocument
  : RunDocument;

export interface ChartSpecOptions {
  /**
   * The scenario the result came from: needed only for a result this
   * library did not make in this session (one read back from JSON).
   */
  readonly scenario?: LoadedScenario | Scenario;
  /** The swarm size titles speak of (default: the scenario's focus, else its middle size). */
  readonly focusSize?: number;
  /** `cer` chart: the ratios drawn (default all three). */
  readonly metrics?: readonly CerMetric[];
}

/**
 * The Vega-Lite spec of one chart of a result, as `cxr chart` draws it:
 * pure, data inline. Hand it to vega-embed in a notebook or a page, or to
 * {@link renderChart} for SVG, PNG, PDF or HTML.
 *
 * @example const spec = chartSpec("cer", await run(poland));
 */
export function chartSpec<K extends ChartKind>(
  kind: K,
  result: ChartResult<K>,
  options: ChartSpecOptions = {},
): TopLevelSpec {
  const given = options.scenario === undefined ? undefined : scenarioOf(options.scenario);
  const scenario: Scenario | undefined = given ?? recalled(result);
  if (scenario === undefined) {
    throw new CxrError("chartSpec needs the scenario this result came from", {
      code: "chart-scenario",
      hint: "pass { scenario } for a result read back from JSON",
    });
  }
  const focus = { focusSize: options.focusSize ?? focusSize(scenario) };
  if (kind === "tornado") {
    const t = result as SensitivityDocument;
    return buildChart("tornado", { ...chartFrame(scenario, DETERMINISTIC), ...t });
  }
  const doc = result as RunDocument;
  const rows = doc.rows.map(({ bands, ...row }) => (bands === null ? row : { ...row, bands }));
  const data = toChartData(scenario, { mode: doc.mode, trials: doc.trials, seed: doc.seed, rows });
  if (kind === "cer") {
    const metrics = options.metrics === undefined ? {} : { metrics: [...options.metrics] };
    return buildChart("cer", data, { ...focus, ...metrics });
  }
  return buildChart(kind, data, focus);
}
