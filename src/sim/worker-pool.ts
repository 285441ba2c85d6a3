import { BAND_METRICS } from "../model/outcome.js";
import type { Scenario } from "../model/scenario.js";
import { type BatchPoints, batchPointsBuffers } from "./batch-points.js";
import { batchCount, type SimConfig, type Simulation } from "./options.js";
import { bandRows, bandScratch } from "./percentile-band.js";
import { type SimPlan, simPlan } from "./plan.js";
import { drawBatch, runBatch } from "./run-batch.js";
import { releaseSharedBuffers, sharedBuffers, type SimBuffers } from "./sim-buffers.js";
import { summarize } from "./summarize.js";
import { acquireThreads, releaseThreads, terminateThreads } from "./thread-pool.js";
import { type BandTask, type PooledJob, runPooled } from "./pooled-run.js";
import { warmUp } from "./warm-up.js";

/** What a worker receives at the start of a run (structured clone; the buffers' memory is shared, not copied). */
export interface WorkerInit {
  readonly scenario: Scenario;
  readonly config: SimConfig;
  readonly buf: SimBuffers;
}

/**
 * To a worker: start a run (its scenario, options and buffers), run batch
 * `batch` of the current run on its drawn inputs, or fill the bands of rows
 * `from … to − 1`.
 */
export type WorkerTask =
  { readonly init: WorkerInit } | { readonly batch: number; readonly pts: BatchPoints } | BandTask;
/** From a worker: batch `batch` (of `trials` trials) is written, or its band rows are. */
export type WorkerReport = { readonly batch: number; readonly trials: number } | { bands: true };

/**
 * Runs the batches on `workers` threads, the calling one included, by the
 * scheduling every pooled run shares (pooled-run.ts). The main thread draws
 * each worker batch's inputs (about 1 µs a trial) and transfers them with
 * the task, so the workers never compile the input samplers. The threads
 * come from a pool kept alive between runs (thread-pool.ts), so a process
 * that simulates many times (sensitivity, break-even) starts them once;
 * after a clean run they go back to it, idle and unreferenced; on an error
 * or abort they are terminated before the promise settles.
 */
export async function runInWorkers(
  scenario: Scenario,
  config: SimConfig,
  workers: number,
  onProgress: ((doneTrials: number, totalTrials: number) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<Simulation> {
  // async: a failure to lay out the buffers rejects, as every later failure does.
  return runPooled(simulationJob(scenario, config), workers, { onProgress, signal });
}

/** A simulation as a pooled job: its plan, its shared buffers and its tasks. */
function simulationJob(scenario: Scenario, config: SimConfig): PooledJob<Simulation> {
  const plan: SimPlan = simPlan(scenario);
  const buf: SimBuffers = sharedBuffers(plan, config);
  const init: WorkerInit = { scenario, config, buf };
  return {
    name: "simulation",
    batches: batchCount(config.trials),
    trials: config.trials,
    bandRows: BAND_METRICS.length * config.swarmSizes.length,
    acquire(count) {
      const threads = acquireThreads(count);
      const start: WorkerTask = { init };
      for (const w of threads) w.postMessage(start);
      return threads;
    },
    async release(threads, clean) {
      // After a clean run every task is done: the threads are idle and may serve the next.
      if (clean) releaseThreads(threads);
      else await terminateThreads(threads);
      // No thread writes into the buffers any more: the next pooled run may have them.
      releaseSharedBuffers(buf);
    },
    postBatch(thread, batch) {
      const pts = drawBatch(plan, config, batch, buf);
      const task: WorkerTask = { batch, pts };
      thread.postMessage(task, batchPointsBuffers(pts));
    },
    runBatch(batch, first) {
      const pts = drawBatch(plan, config, batch, buf);
      if (first) warmUp(plan, config, pts);
      return runBatch(plan, config, batch, pts, buf);
    },
    fillBands(from, to) {
      bandRows(buf, config.trials, from, to, bandScratch(config.trials));
    },
    summarize: () => summarize(plan, config, buf),
  };
}
