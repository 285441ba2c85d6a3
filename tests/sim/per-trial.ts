// Per-trial values of the band metrics, for tests that need standard errors:
// the same batches simulate() runs, concatenated in trial order.
import { BAND_METRICS, type BandMetric } from "../../src/model/outcome.js";
import type { Scenario } from "../../src/model/scenario.js";
import { batchCount, simConfig } from "../../src/sim/options.js";
import { simPlan } from "../../src/sim/plan.js";
import { drawBatch, runBatch } from "../../src/sim/run-batch.js";
import { simBuffers } from "../../src/sim/sim-buffers.js";

export function perTrial(
  scenario: Scenario,
  trials: number,
  seed: number,
  metric: BandMetric,
  swarmSize: number,
): number[] {
  const config = simConfig(scenario.swarmSizes, { trials, seed });
  const plan = simPlan(scenario);
  const s = config.swarmSizes.indexOf(swarmSize);
  const m = BAND_METRICS.indexOf(metric);
  const S = config.swarmSizes.length;
  const buf = simBuffers(plan, config);
  for (let b = 0; b < batchCount(trials); b++) {
    runBatch(plan, config, b, drawBatch(plan, config, b, buf), buf);
  }
  const start = (m * S + s) * trials;
  return [...buf.perTrial.subarray(start, start + trials)];
}
