import type { Input } from "../model/input.js";
import { scenarioInputs } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { UnknownInputError } from "./analysis-error.js";

/**
 * The input of a scenario at `path` (id form, as `--set` takes it:
 * `defense.layers.f35-aim9x.costPerShot`).
 *
 * @throws UnknownInputError naming the nearest input paths when there is none
 * @example findInput(scenario, "threat.drones.geran.unitCost").base // 44250
 */
export function findInput(scenario: Scenario, path: string): Input {
  const inputs = scenarioInputs(scenario);
  const found = inputs.find((i) => i.path === path);
  if (found === undefined)
    throw new UnknownInputError(
      path,
      inputs.map((i) => i.path),
    );
  return found;
}

/**
 * A value function for `resolvePoint` that sets one input to `value` and
 * keeps every other at its base: one-at-a-time analysis without reloading.
 */
export function substitute(target: Input, value: number): (input: Input) => number {
  return (input) => (input === target ? value : input.base);
}
