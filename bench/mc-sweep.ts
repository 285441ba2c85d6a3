// The Monte Carlo sweep benchmark (issue "Monte Carlo", Performance): wall
// time and peak memory of a full sweep, and time per trial at one swarm size.
// bench/ may read the clock and the process's memory; the library may not.
import { BAND_METRICS } from "../src/model/outcome.js";
import type { Scenario } from "../src/model/scenario.js";
import { drawBatchPoints } from "../src/sim/batch-points.js";
import { simulate } from "../src/sim/index.js";
import { batchCount, batchTrials, simConfig } from "../src/sim/options.js";
import { bandRows, bandScratch } from "../src/sim/percentile-band.js";
import { simPlan } from "../src/sim/plan.js";
import { runBatch } from "../src/sim/run-batch.js";
import { simBuffers } from "../src/sim/sim-buffers.js";
import { summarize } from "../src/sim/summarize.js";

export interface McSweepResult {
  wallMs: number;
  /** `trials × swarm sizes / wall seconds`. */
  trialsTimesSizesPerSec: number;
  /** Highest resident set size seen (sampled after every batch and at the end), in MB. */
  peakRssMb: number;
}

/**
 * Times one full simulation of every swarm size of the scenario (seed 1):
 * input draws, engagements and summaries, as `simulate` runs them.
 *
 * @example await runMcSweep(scenario, { trials: 10_000, workers: 2 })
 */
export async function runMcSweep(
  scenario: Scenario,
  opts: { trials: number; workers: number },
): Promise<McSweepResult> {
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const t0 = performance.now();
  await simulate(scenario, {
    trials: opts.trials,
    seed: 1,
    workers: opts.workers,
    onProgress: sample,
  });
  const wallMs = performance.now() - t0;
  sample();
  return {
    wallMs,
    trialsTimesSizesPerSec: (opts.trials * scenario.swarmSizes.length) / (wallMs / 1000),
    peakRssMb: peak / 1e6,
  };
}

/**
 * Microseconds per trial, one swarm size at a time, in-process, measured
 * like the NumPy peer's `--per-trial-n`: the inputs are drawn beforehand
 * (untimed); the engagements and the summary (means and bands) are timed;
 * best of 3 runs, after one warm-up pass over every size. Should be flat in
 * the swarm size.
 *
 * @example perTrialCost(scenario, [10, 1_000, 1_000_000], 10_000)
 */
export function perTrialCost(
  scenario: Scenario,
  sizes: number[],
  trials: number,
): { swarmSize: number; usPerTrial: number }[] {
  const plan = simPlan(scenario);
  const points = Array.from({ length: batchCount(trials) }, (_, b) =>
    drawBatchPoints(plan, 1, b, batchTrials(trials, b)),
  );
  const once = (swarmSize: number): number => {
    const config = simConfig(scenario.swarmSizes, { trials, seed: 1, swarmSizes: [swarmSize] });
    const t0 = performance.now();
    const buf = simBuffers(plan, config);
    points.forEach((p, b) => runBatch(plan, config, b, p, buf));
    bandRows(buf, trials, 0, BAND_METRICS.length, bandScratch(trials));
    summarize(plan, config, buf);
    return performance.now() - t0;
  };
  for (const n of sizes) once(n);
  return sizes.map((swarmSize) => {
    const best = Math.min(once(swarmSize), once(swarmSize), once(swarmSize));
    return { swarmSize, usPerTrial: (best * 1000) / trials };
  });
}
