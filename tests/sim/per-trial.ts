// Per-trial values of the band metrics, for tests that need standard errors:
// the same batches simulate() runs, concatenated in trial order.
import { BAND_METRICS, type BandMetric } from "../../src/model/outcome.js";
import type { Scenario } from "../../src/model/scenario.js";
import { batchCount, simConfig } from "../../src/sim/options.js";
import { simPlan } from "../../src/sim/plan.js";
import { runBatch } from "../../src/sim/run-batch.js";

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
  const out: number[] = [];
  for (let b = 0; b < batchCount(trials); b++) {
    const r = runBatch(plan, config, b);
    const start = (m * S + s) * r.trials;
    out.push(...r.perTrial.subarray(start, start + r.trials));
  }
  return out;
}
