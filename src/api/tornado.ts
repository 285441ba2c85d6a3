import type { AnalysisMetric } from "../analysis/metric.js";
import { spearmanImportance } from "../analysis/spearman-importance.js";
import { focusSize } from "../analysis/focus-size.js";
import { tornado as tornadoBars } from "../analysis/tornado.js";
import type { Scenario } from "../model/scenario.js";
import {
  type ImportanceRun,
  type SensitivityDocument,
  sensitivityDocument,
} from "../results/sensitivity-output.js";
import { type LoadedScenario, scenarioOf } from "./load-scenario.js";
import { remember } from "./result-scenario.js";
import { simulateChecked } from "./run.js";
import type { RunOptions } from "./run-options.js";

export interface TornadoOptions extends RunOptions {
  /** The swarm size (default: the scenario's focus, else its middle size, as `cxr sensitivity`). */
  readonly size?: number;
  /** `cer` (default), `netCer` or `cerFull`. */
  readonly metric?: AnalysisMetric;
}

/**
 * Spearman's ρ of each uncertain input with the per-trial CER at one swarm
 * size: a Monte Carlo run there that keeps every trial's draws (memory
 * checked as `run` checks it).
 */
export async function importanceRun(
  scenario: Scenario,
  size: number,
  options: RunOptions & { readonly trials: number },
): Promise<ImportanceRun> {
  const sim = await simulateChecked(scenario, options, {
    swarmSizes: [size],
    keep: { swarmSize: size },
  });
  const inputs = sim.kept === undefined ? [] : spearmanImportance(sim.kept);
  return { trials: options.trials, seed: options.seed ?? 1, inputs };
}

/**
 * Which assumption moves the answer most: each uncertain input moved to its
 * p5 and p95, one at a time, at one swarm size (deterministic); with
 * `trials`, also each input's rank correlation with the per-trial CER. The
 * result is the document `cxr sensitivity --format json` prints.
 *
 * @throws AnalysisError when the scenario has nothing to move
 * @example (await tornado(poland, { size: 19 })).bars[0]?.label
 */
export async function tornado(
  input: LoadedScenario | Scenario,
  options: TornadoOptions = {},
): Promise<SensitivityDocument> {
  const scenario = scenarioOf(input);
  const size = options.size ?? focusSize(scenario);
  const bars = tornadoBars(scenario, {
    swarmSize: size,
    ...(options.metric === undefined ? {} : { metric: options.metric }),
  });
  const ranks =
    options.trials === undefined
      ? null
      : await importanceRun(scenario, size, { ...options, trials: options.trials });
  return remember(sensitivityDocument(scenario, bars, ranks), scenario);
}
