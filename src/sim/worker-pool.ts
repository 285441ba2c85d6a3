import type { Worker } from "node:worker_threads";
import { BAND_METRICS } from "../model/outcome.js";
import type { Scenario } from "../model/scenario.js";
import { abortError } from "./abort-error.js";
import { type BatchPoints, batchPointsBuffers } from "./batch-points.js";
import { batchCount, type SimConfig, type Simulation } from "./options.js";
import { bandRows, bandScratch } from "./percentile-band.js";
import { simPlan } from "./plan.js";
import { drawBatch, runBatch } from "./run-batch.js";
import { releaseSharedBuffers, sharedBuffers, type SimBuffers } from "./sim-buffers.js";
import { summarize } from "./summarize.js";
import { acquireThreads, releaseThreads, terminateThreads } from "./thread-pool.js";
import { warmUp } from "./warm-up.js";
import { yieldToEventLoop } from "./yield.js";

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
  | { readonly init: WorkerInit }
  | { readonly batch: number; readonly pts: BatchPoints }
  | { readonly from: number; readonly to: number };
/** From a worker: batch `batch` (of `trials` trials) is written, or its band rows are. */
export type WorkerReport = { readonly batch: number; readonly trials: number } | { bands: true };

/**
 * Runs the batches on `workers` threads, the calling one included (so
 * `workers − 1` worker threads, never more than there are batches less
 * one), then splits the band rows between them all. Each free thread takes
 * the next batch; the main thread draws each worker batch's inputs (about
 * 1 µs a trial) and transfers them with the task, so the workers never
 * compile the input samplers, and runs batches itself in between, yielding
 * to the event loop after each. Every batch writes its results in place
 * into shared buffers, and the sums are added in batch order at the end, so
 * the bytes do not depend on scheduling and nothing is copied or merged.
 * The threads come from a pool kept alive between runs (thread-pool.ts), so
 * a process that simulates many times (sensitivity, break-even) starts them
 * once; after a clean run they go back to it, idle and unreferenced; on an
 * error or abort they are terminated before the promise settles.
 */
export function runInWorkers(
  scenario: Scenario,
  config: SimConfig,
  workers: number,
  onProgress: ((doneTrials: number, totalTrials: number) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<Simulation> {
  return new Promise<Simulation>((resolve, reject) => {
    const plan = simPlan(scenario);
    const buf = sharedBuffers(plan, config);
    const batches = batchCount(config.trials);
    // The calling thread computes too: `workers − 1` more threads (one fewer cold JIT to warm).
    const count = Math.min(workers - 1, batches - 1);
    const init: WorkerInit = { scenario, config, buf };
    const pool: Worker[] = [];
    const onExit: ((code: number) => void)[] = [];
    const inFlight: number[] = [];
    let next = 0;
    let finished = 0;
    let done = 0;
    let bandsLeft = 0;
    let settled = false;

    const settle = (clean: boolean, finish: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      pool.forEach((w, i) => w.off("exit", onExit[i]!));
      // After a clean run every task is done: the threads are idle and may serve the next.
      if (clean) releaseThreads(pool);
      const stopped = clean ? Promise.resolve() : terminateThreads(pool);
      void stopped.then(() => {
        // No thread writes into the buffers any more: the next pooled run may have them.
        releaseSharedBuffers(buf);
        finish();
      });
    };
    const fail = (err: unknown): void => {
      settle(false, () => {
        reject(err instanceof Error ? err : new Error(String(err)));
      });
    };
    const onAbort = (): void => {
      fail(abortError());
    };
    // Two tasks queued per worker (one to run while the main thread is busy with a batch of
    // its own), one near the end, so that no thread ends with two left while another idles.
    const feed = (i: number): void => {
      while (!settled && next < batches && inFlight[i]! < (batches - next > count + 1 ? 2 : 1)) {
        const batch = next++;
        const pts = drawBatch(plan, config, batch, buf);
        const task: WorkerTask = { batch, pts };
        pool[i]!.postMessage(task, batchPointsBuffers(pts));
        inFlight[i]!++;
      }
    };
    const batchDone = (trials: number): void => {
      finished++;
      done += trials;
      try {
        onProgress?.(done, config.trials);
      } catch (err) {
        fail(err);
        return;
      }
      // After an abort from onProgress the pool is already terminating: start nothing more.
      if (!settled && finished === batches) startBands();
    };
    // Band rows in shares to every worker and the main thread, which takes the last.
    const startBands = (): void => {
      const rows = BAND_METRICS.length * config.swarmSizes.length;
      const share = (i: number): number => Math.floor((rows * i) / (count + 1));
      bandsLeft = count + 1;
      pool.forEach((w, i) => {
        const task: WorkerTask = { from: share(i), to: share(i + 1) };
        w.postMessage(task);
      });
      try {
        bandRows(buf, config.trials, share(count), rows, bandScratch(config.trials));
      } catch (err) {
        fail(err);
        return;
      }
      bandsDone();
    };
    const bandsDone = (): void => {
      if (--bandsLeft > 0) return;
      let result: Simulation | Error;
      try {
        result = summarize(plan, config, buf);
      } catch (err) {
        result = err instanceof Error ? err : new Error(String(err));
      }
      settle(!(result instanceof Error), () => {
        if (result instanceof Error) reject(result);
        else resolve(result);
      });
    };
    const onMessage = (i: number, r: WorkerReport): void => {
      if (settled) return;
      if ("bands" in r) {
        bandsDone();
        return;
      }
      inFlight[i]!--;
      batchDone(r.trials);
      feed(i);
    };
    // The main thread's share: the next batch whenever it is free.
    const mainLoop = async (): Promise<void> => {
      for (let first = true; !settled && next < batches; first = false) {
        const batch = next++;
        const pts = drawBatch(plan, config, batch, buf);
        if (first) warmUp(plan, config, pts);
        batchDone(runBatch(plan, config, batch, pts, buf));
        // Let the workers' reports, abort events and other work in between batches.
        await yieldToEventLoop();
      }
    };

    signal?.addEventListener("abort", onAbort, { once: true });
    for (const w of acquireThreads(count)) pool.push(w);
    pool.forEach((w, i) => {
      inFlight.push(0);
      onExit.push((code: number) => {
        if (!settled) fail(new Error(`a simulation worker exited early (code ${code})`));
      });
      w.on("message", (r: WorkerReport) => {
        onMessage(i, r);
      });
      w.on("error", fail);
      w.on("exit", onExit[i]!);
      const start: WorkerTask = { init };
      w.postMessage(start);
      feed(i);
    });
    mainLoop().catch(fail);
  });
}
