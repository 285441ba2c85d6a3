import { evaluate } from "../engine/evaluate.js";
import { checkTrialPoints } from "../engine/model-limit-error.js";
import { scenarioInputs } from "../model/point.js";
import type { RunResult } from "../model/outcome.js";
import type { Scenario } from "../model/scenario.js";
import { type RunDocument, runDocument } from "../results/run-document.js";
import { DETERMINISTIC } from "../results/run-header.js";
import { checkRunMemory } from "../sim/memory.js";
import type { KeptTrials, SimulateOptions } from "../sim/options.js";
import { type LoadedScenario, scenarioOf } from "./load-scenario.js";
import { remember } from "./result-scenario.js";
import type { RunOptions } from "./run-options.js";

/**
 * A Monte Carlo simulation after its checks (trials × sizes at most 1e9,
 * `checkTrialPoints`; memory at most 4 GiB, `checkRunMemory`); `extra`
 * picks other swarm sizes or keeps the per-trial draws at one size
 * (sensitivity). The one way every caller simulates: the
 * library and each command of the CLI.
 */
export async function simulateChecked(
  scenario: Scenario,
  options: RunOptions & { readonly trials: number },
  extra: Pick<SimulateOptions, "swarmSizes" | "keep"> = {},
): Promise<RunResult & { kept?: KeptTrials }> {
  const workers = options.workers ?? 1;
  const sizes = extra.swarmSizes ?? scenario.swarmSizes;
  const kept = extra.keep === undefined ? 0 : scenarioInputs(scenario).filter((i) => i.dist).length;
  checkTrialPoints(options.trials, sizes.length);
  checkRunMemory({
    trials: options.trials,
    swarmSizes: sizes.length,
    layers: scenario.layers.length,
    droneTypes: scenario.drones.length,
    keptInputs: kept,
    workers,
  });
  const { simulate } = await import("../sim/simulate.js");
  return simulate(scenario, {
    trials: options.trials,
    seed: options.seed ?? 1,
    workers,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...extra,
  });
}

/** Deterministic rows without `trials`, else a checked Monte Carlo simulation. */
export async function runResult(scenario: Scenario, options: RunOptions = {}): Promise<RunResult> {
  if (options.trials === undefined) return { ...DETERMINISTIC, rows: evaluate(scenario) };
  return simulateChecked(scenario, { ...options, trials: options.trials });
}

/**
 * Runs a scenario at each of its swarm sizes: deterministic (base values)
 * without `trials`, Monte Carlo with bands (p5, p50, p95) with them. The
 * result is the document `cxr run --format json` prints.
 *
 * @example
 * const result = await run(loadScenario(text), { trials: 10_000, seed: 7 });
 * result.rows[0]?.cer;
 */
export async function run(
  input: LoadedScenario | Scenario,
  options: RunOptions = {},
): Promise<RunDocument> {
  const scenario = scenarioOf(input);
  return remember(runDocument(scenario, await runResult(scenario, options)), scenario);
}
