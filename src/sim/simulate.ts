import type { Scenario } from "../model/scenario.js";
import { abortError } from "./abort-error.js";
import { finishInProcess, runBatches } from "./in-process.js";
import { type SimConfig, simConfig, type SimulateOptions, type Simulation } from "./options.js";
import { simPlan } from "./plan.js";
import { simBuffers } from "./sim-buffers.js";
import { yieldToEventLoop } from "./yield.js";

type PoolModule = typeof import("./worker-pool.js");
/** The worker pool module once loaded (Node), null where it cannot load (a browser), undefined before trying. */
let poolModule: PoolModule | null | undefined;

async function loadPool(): Promise<PoolModule | null> {
  if (poolModule === undefined) {
    try {
      poolModule = await import("./worker-pool.js");
    } catch {
      // No node:worker_threads here: every run computes in the calling thread.
      poolModule = null;
    }
  }
  return poolModule;
}

/**
 * Monte Carlo simulation of a scenario (docs/model.md §3, §5–§7), the
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
 * With `workers > 1` the worker threads come from a pool that stays alive
 * between calls (idle threads never keep a process alive; see
 * {@link shutdownWorkers}). Where worker threads do not exist (a browser
 * bundle) every run computes in the calling thread, with the same bytes.
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
  const pool = workers > 1 ? await loadPool() : null;
  if (pool !== null) return pool.runInWorkers(scenario, config, workers, onProgress, signal);
  return runInThread(scenario, config, onProgress, signal);
}

async function runInThread(
  scenario: Scenario,
  config: SimConfig,
  onProgress: SimulateOptions["onProgress"],
  signal: AbortSignal | undefined,
): Promise<Simulation> {
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

/**
 * Ends the idle worker threads that {@link simulate} keeps between calls.
 * A process exits without it (idle threads are unreferenced); call it to
 * free their memory, or before counting threads.
 *
 * @example await shutdownWorkers();
 */
export async function shutdownWorkers(): Promise<void> {
  if (poolModule) await (await import("./thread-pool.js")).shutdownWorkers();
}
