import { evaluateTotals } from "../engine/evaluate.js";
import { outcomeFromTotals } from "../engine/totals.js";
import type { Input } from "../model/input.js";
import { resolvePoint } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { AnalysisError } from "./analysis-error.js";
import { breakEven } from "./break-even.js";
import { findInput, substitute } from "./find-input.js";
import { type AnalysisMetric, metricOf } from "./metric.js";

/** How far above its base value the default search range reaches. */
export const DEFAULT_RANGE_FACTOR = 1000;

export interface BreakEvenRequest {
  /** Input path in id form: `defense.layers.f35-aim9x.costPerShot`. */
  readonly path: string;
  /** Default `"cer"`. */
  readonly metric?: AnalysisMetric;
  /** Default 1. */
  readonly target?: number;
  /** Default: 0..1 for a probability, else 0..1,000 × the base value. */
  readonly range?: readonly [number, number];
  /** Default: the scenario's swarm sizes. */
  readonly swarmSizes?: readonly number[];
}

/** `cxr breakeven --format json` prints exactly this. */
export interface BreakEvenTable {
  readonly param: string;
  readonly metric: AnalysisMetric;
  readonly target: number;
  /** Null where the metric does not cross the target within the range. */
  readonly rows: readonly { readonly swarmSize: number; readonly value: number | null }[];
}

/** The default search range of an input (see {@link BreakEvenRequest.range}). */
export function defaultRange(input: Input): [number, number] {
  if (input.unit === "probability") return [0, 1];
  if (input.base > 0) return [0, DEFAULT_RANGE_FACTOR * input.base];
  throw new AnalysisError(
    `${input.path} is 0 at its base value: give the range to search (--range FROM..TO)`,
  );
}

/**
 * Break-even values of one input, per swarm size: the value of the input
 * (every other at its base) at which the metric equals the target, found by
 * {@link breakEven} on the deterministic engine; null where it does not cross
 * within the range.
 *
 * @throws UnknownInputError when the path names no input (lists the nearest)
 * @throws AnalysisError when no default range exists (base 0) or the range is empty
 * @example breakEvenRows(scenario, { path: "defense.layers.f35-aim9x.costPerShot" }).rows[0] // { swarmSize: 1, value: 3154 }
 */
export function breakEvenRows(scenario: Scenario, request: BreakEvenRequest): BreakEvenTable {
  const input = findInput(scenario, request.path);
  const metric = request.metric ?? "cer";
  const target = request.target ?? 1;
  const range = request.range ?? defaultRange(input);
  if (!(range[0] <= range[1]))
    throw new AnalysisError(`the range ${range[0]}..${range[1]} is empty`);
  const sizes = request.swarmSizes ?? scenario.swarmSizes;
  const rows = sizes.map((swarmSize) => {
    const f = (v: number): number | null => {
      const point = resolvePoint(scenario, substitute(input, v));
      return metricOf(
        outcomeFromTotals(swarmSize, evaluateTotals(point, swarmSize), scenario.layers),
        metric,
      );
    };
    return { swarmSize, value: breakEven(f, target, range) };
  });
  return { param: request.path, metric, target, rows };
}
