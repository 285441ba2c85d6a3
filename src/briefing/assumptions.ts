import { moduleOf } from "../distributions/registry.js";
import type { Input, Scenario } from "../model/index.js";
import { scenarioInputs } from "../model/index.js";
import { inputValueText } from "../results/index.js";

/** One row of the assumptions table. */
export interface Assumption {
  readonly path: string;
  readonly value: string;
  readonly range: string;
  readonly source: string;
}

function show(x: number, input: Input, currency: string): string {
  return inputValueText(x, input.unit, currency);
}

/**
 * Every input of a scenario with the value deterministic mode uses, its range
 * (when uncertain, with the distribution's name) and its source.
 */
export function assumptions(scenario: Scenario, sourceTitle: (id: string) => string): Assumption[] {
  return scenarioInputs(scenario).map((input) => {
    const value = show(input.base, input, scenario.currency);
    let text = "";
    if (input.dist !== null) {
      const [lo, hi, what] = moduleOf(input.dist).shownRange(input.dist);
      text = `${show(lo, input, scenario.currency)} – ${show(hi, input, scenario.currency)} (${input.dist.kind}, ${what})`;
    }
    const source =
      input.source === "scenario" ? "scenario" : `${input.source}: ${sourceTitle(input.source)}`;
    return { path: input.path, value, range: text, source };
  });
}
