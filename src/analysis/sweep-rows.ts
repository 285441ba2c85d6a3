import { evaluate } from "../engine/evaluate.js";
import type { Outcome } from "../model/outcome.js";
import type { Scenario } from "../model/scenario.js";

/** Values of one input to sweep: the path `--set` takes and the values, in order. */
export interface SweepValues {
  readonly path: string;
  readonly values: readonly number[];
}

/** One row of a sweep: the usual outcome of one swarm size, at one value of the swept input. */
export type SweepRow = Outcome & {
  readonly sweep: { readonly path: string; readonly value: number };
};

/**
 * A deterministic sweep of one input (or count, or share: anything `--set`
 * reaches): the scenario is reloaded with `PATH=value` added to its
 * overrides for each value, and evaluated at each of its swarm sizes. Rows
 * go value by value, then by swarm size. The one sweep loop: `run --sweep`
 * and the heatmap both use it.
 *
 * @example sweepRows((extra) => source.load(extra).scenario, { path: "threat.drones.shahed.unitCost", values: [10e3, 20e3] })
 */
export function sweepRows(
  load: (extraOverrides: readonly string[]) => Scenario,
  sweep: SweepValues,
): SweepRow[] {
  return sweep.values.flatMap((value) =>
    evaluate(load([`${sweep.path}=${value}`])).map((row) => ({
      ...row,
      sweep: { path: sweep.path, value },
    })),
  );
}
