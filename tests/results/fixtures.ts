// A small scenario for the results tests: one drone type of 50k, one layer
// firing one 100k shot per drone at pk 0.5, so at N drones the attacker pays
// 50k·N, the defender 100k·N, CER 2, kills N/2.
import { evaluate } from "../../src/engine/index.js";
import type { RunResult, Scenario } from "../../src/model/index.js";
import { DETERMINISTIC } from "../../src/results/index.js";
import { drone, layer, scenario } from "../engine/fixtures.js";

export function smallScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    ...scenario(
      [drone({ id: "geran", cost: 50_000, share: 1 })],
      [layer({ id: "sam", costPerShot: 100_000, pk: 0.5 })],
      [1, 10],
    ),
    title: "Small",
    ...overrides,
  };
}

export function deterministicRun(s: Scenario): RunResult {
  return { ...DETERMINISTIC, rows: evaluate(s) };
}

/** Strings a hostile scenario could carry into a title, a name or an override. */
export const HOSTILE = [
  "\u001b[2J\u001b[H", // clear screen, cursor home
  "\u001b]0;pwned\u0007", // OSC: set the window title
  "fake\rreal", // bare CR: overwrite the line
  "nul\u0000byte",
  "\u202Eevil\u202C", // right-to-left override
  "\u2066isolate\u2069",
  "\u009b31m", // C1 CSI
  '=HYPERLINK("http://x")',
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "\tTAB",
  "<script>alert(1)</script>",
  "x".repeat(10_000),
] as const;

/** Any character a terminal would act on, or that reorders text. */
export const UNSAFE_CHAR = new RegExp(
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  "[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]",
);
