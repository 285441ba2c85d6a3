import type { Distribution, Input, Scenario } from "../model/index.js";
import { scenarioInputs } from "../model/index.js";
import { inputValueText } from "../results/index.js";
import { Z95 } from "../random/lognormal.js";

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

/** `min–max` for bounded distributions, `p5–p95` for the others. */
function range(d: Distribution): [number, number, string] {
  switch (d.kind) {
    case "uniform":
    case "triangular":
    case "pert":
      return [d.min, d.max, "min–max"];
    case "normal":
      return [d.mean - Z95 * d.sd, d.mean + Z95 * d.sd, "p5–p95"];
    case "lognormal":
      return [d.p5, d.p95, "p5–p95"];
    case "beta":
      return [0, d.scale, "min–max"];
  }
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
      const [lo, hi, what] = range(input.dist);
      text = `${show(lo, input, scenario.currency)} – ${show(hi, input, scenario.currency)} (${input.dist.kind}, ${what})`;
    }
    const source =
      input.source === "scenario" ? "scenario" : `${input.source}: ${sourceTitle(input.source)}`;
    return { path: input.path, value, range: text, source };
  });
}
