import { moduleOf } from "../distributions/registry.js";
import type { Input, Scenario } from "../model/index.js";
import { scenarioInputs } from "../model/index.js";
import { inputValueText } from "../results/index.js";
import { inputLabels, labelText } from "../analysis/input-label.js";

/** One row of the assumptions table. */
export interface Assumption {
  /** "Missile · kill probability": the drone type or layer, and the field in words. */
  readonly name: string;
  readonly path: string;
  readonly value: string;
  readonly range: string;
  readonly source: string;
}

/** Names of the inputs no drone type or layer owns. */
const UNOWNED: Readonly<Record<string, string>> = {
  "threat.disruption": "Disruption cost whenever drones appear",
};

function show(x: number, input: Input, currency: string): string {
  return inputValueText(x, input.unit, currency);
}

/**
 * Every input of a scenario with the value deterministic mode uses, its range
 * (when uncertain, with the distribution's name) and its source.
 */
export function assumptions(scenario: Scenario, sourceTitle: (id: string) => string): Assumption[] {
  const labels = inputLabels(scenario);
  return scenarioInputs(scenario).map((input) => {
    const value = show(input.base, input, scenario.currency);
    let text = "";
    if (input.dist !== null) {
      const [lo, hi, what] = moduleOf(input.dist).shownRange(input.dist);
      text = `${show(lo, input, scenario.currency)} – ${show(hi, input, scenario.currency)} (${input.dist.kind}, ${what})`;
    }
    const source =
      input.source === "scenario" ? "the scenario (no source given)" : sourceTitle(input.source);
    const label = labels.get(input);
    const name = label === undefined ? (UNOWNED[input.path] ?? input.path) : labelText(label);
    return { name, path: input.path, value, range: text, source };
  });
}
