import type { Scenario } from "../model/scenario.js";
import { Accumulator } from "./accumulator.js";
import { batchCount, simConfig, type SimulateOptions, type Simulation } from "./options.js";
import { simPlan } from "./plan.js";
import { runBatch } from "./run-batch.js";

/**
 * {@link simulate} in the calling thread, blocking until done: the same
 * batches in the same order, so the same bytes as any worker count.
 *
 * @throws RangeError for bad options
 * @example simulateSync(scenario, { trials: 10_000, seed: 1 }).rows[0]?.bands?.cer
 */
export function simulateSync(
  scenario: Scenario,
  options: Omit<SimulateOptions, "workers" | "signal">,
): Simulation {
  const config = simConfig(scenario.swarmSizes, options);
  const plan = simPlan(scenario);
  const acc = new Accumulator(plan, config);
  const batches = batchCount(config.trials);
  for (let b = 0; b < batches; b++) {
    acc.add(runBatch(plan, config, b));
    options.onProgress?.(acc.doneTrials, config.trials);
  }
  return acc.finish();
}
