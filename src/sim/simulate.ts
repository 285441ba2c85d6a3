import type { Scenario } from "../model/scenario.js";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { abortError } from "./abort-error.js";
import { finishInProcess, runBatches } from "./in-process.js";
import { simConfig, type SimulateOptions, type Simulation } from "./options.js";
import { simPlan } from "./plan.js";
import { simBuffers } from "./sim-buffers.js";
import { runInWorkers } from "./worker-pool.js";

/**
 * Monte Carlo simulation of a scenario (model.md §3, §5–§7), the
 * `simulate` stage of `load → validate → normalize → evaluate | simulate →
 * summarize → chart → render`.
 *
 * Trials run in batches of {@link BATCH_SIZE}; batch `b` draws its inputs
 * from the stream `(seed, b)` and the engagements of swarm size `N` from
 * `(seed, b, N)`, so every size sees the same input draws (common random
 * numbers), adding a size leaves the other rows unchanged, and the result is
 * byte-identical for any worker count. Per swarm size: the mean of every
 * total, the ratios as ratios of means, and p5/p50/p95 bands of the
 * per-trial values of {@link BAND_METRICS}.
 *
 * @throws RangeError (as a rejection) for bad options; an `AbortError` on abort
 * @example
 * const sim = await simulate(scenario, { trials: 10_000, seed: 1, workers: 2 });
 * sim.rows.map((r) => [r.swarmSize, r.cer, r.bands?.cer?.p95]);
 */
export async function simulate(scenario: Scenario, options: SimulateOptions): Promise<Simulation> {
  const config = simConfig(scenario.swarmSizes, options);
  const workers = options.workers ?? 1;
  if (!Number.isSafeInteger(workers) || workers < 1) {
    throw new RangeError(`workers must be a whole number ≥ 1, got ${workers}`);
  }
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError();
  if (workers > 1) return runInWorkers(scenario, config, workers, onProgress, signal);

  const plan = simPlan(scenario);
  const buf = simBuffers(plan, config);
  for (const done of runBatches(plan, config, buf)) {
    onProgress?.(done, config.trials);
    // Let abort events and other work in between batches.
    await yieldToEventLoop();
    if (signal?.aborted) throw abortError();
  }
  return finishInProcess(plan, config, buf);
}
