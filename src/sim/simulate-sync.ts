import type { Scenario } from "../model/scenario.js";
import { finishInProcess, runBatches } from "./in-process.js";
import { simConfig, type SimulateOptions, type Simulation } from "./options.js";
import { simPlan } from "./plan.js";
import { simBuffers } from "./sim-buffers.js";

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
  const buf = simBuffers(plan, config);
  for (const done of runBatches(plan, config, buf)) options.onProgress?.(done, config.trials);
  return finishInProcess(plan, config, buf);
}
