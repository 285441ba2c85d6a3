import type { Scenario } from "../model/scenario.js";

/**
 * The scenario each result object came from, kept beside the result (not
 * in it, so the result stays the plain object the CLI prints as JSON), for
 * {@link chartSpec}, whose charts need what the JSON leaves out: the
 * description, the focus and where each layer's budget runs out.
 */
const SCENARIOS = new WeakMap<object, Scenario>();

/** Records where `result` came from and returns it. */
export function remember<T extends object>(result: T, scenario: Scenario): T {
  SCENARIOS.set(result, scenario);
  return result;
}

/** The scenario a result came from, if this library made it. */
export function recalled(result: object): Scenario | undefined {
  return SCENARIOS.get(result);
}
