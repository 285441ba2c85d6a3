import type { Scenario } from "../model/scenario.js";
import { BAND_METRICS } from "../model/outcome.js";
import { batchCount, simConfig, type SimulateOptions, type Simulation } from "./options.js";
import { bandRows, bandScratch } from "./percentile-band.js";
import { simPlan } from "./plan.js";
import { drawBatch, runBatch } from "./run-batch.js";
import { simBuffers } from "./sim-buffers.js";
import { summarize } from "./summarize.js";
import { warmUp } from "./warm-up.js";

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
  let done = 0;
  for (let b = 0; b < batchCount(config.trials); b++) {
    const pts = drawBatch(plan, config, b, buf);
    if (b === 0) warmUp(plan, config, pts);
    done += runBatch(plan, config, b, pts, buf);
    options.onProgress?.(done, config.trials);
  }
  const rows = BAND_METRICS.length * config.swarmSizes.length;
  bandRows(buf, config.trials, 0, rows, bandScratch(config.trials));
  return summarize(plan, config, buf);
}
