import { breakEvenRows } from "../analysis/break-even-rows.js";
import { breakEvenSizes } from "../analysis/break-even-size.js";
import type { AnalysisMetric } from "../analysis/metric.js";
import { CxrError } from "../model/cxr-error.js";
import type { Scenario } from "../model/scenario.js";
import {
  type BreakEvenDocument,
  type BreakEvenSizesDocument,
  breakEvenDocument,
  breakEvenSizesDocument,
} from "../results/break-even-output.js";
import { type LoadedScenario, scenarioOf } from "./load-scenario.js";
import { remember } from "./result-scenario.js";

export interface BreakEvenOptions {
  /** The metric to bring to `target`: `cer` (default), `netCer` or `cerFull`. */
  readonly metric?: AnalysisMetric;
  /** Default 1. */
  readonly target?: number;
  /** Where to look for the value of `param` (default 0 to 1,000× its base value). */
  readonly range?: readonly [number, number];
}

/**
 * Per swarm size, the value of input `param` at which the metric reaches
 * the target (by bisection; `null` where there is no crossing) — the
 * document `cxr breakeven --param PATH --format json` prints.
 */
export function breakEven(
  input: LoadedScenario | Scenario,
  options: BreakEvenOptions & { readonly param: string },
): BreakEvenDocument;
/**
 * Without `param`: the swarm size where the CER crosses the target and where
 * each layer's budget runs out — the document of `cxr breakeven --format json`.
 */
export function breakEven(
  input: LoadedScenario | Scenario,
  options?: BreakEvenOptions,
): BreakEvenSizesDocument;
/**
 * @throws UnknownInputError for a `param` that names no input; CxrError for
 *   a metric other than the CER without `param`
 * @example breakEven(ukraine).cer // the sizes where the CER crosses 1
 */
export function breakEven(
  input: LoadedScenario | Scenario,
  options: BreakEvenOptions & { readonly param?: string } = {},
): BreakEvenDocument | BreakEvenSizesDocument {
  const scenario = scenarioOf(input);
  const { param, metric = "cer", target = 1, range } = options;
  if (param === undefined) {
    if (metric !== "cer") {
      throw new CxrError("without a param, break-even finds the swarm size for the CER only", {
        code: "break-even-metric",
        hint: "give param, or leave metric out",
      });
    }
    return remember(breakEvenSizesDocument(scenario, breakEvenSizes(scenario, target)), scenario);
  }
  const table = breakEvenRows(scenario, {
    path: param,
    metric,
    target,
    ...(range === undefined ? {} : { range }),
  });
  return remember(breakEvenDocument(scenario, table), scenario);
}
