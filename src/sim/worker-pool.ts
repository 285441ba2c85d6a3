import type { Worker } from "node:worker_threads";
import { BAND_METRICS } from "../model/outcome.js";
import type { Scenario } from "../model/scenario.js";
import { abortError } from "./abort-error.js";
import { type BatchPoints, batchPointsBuffers } from "./batch-points.js";
import { batchCount, type SimConfig, type Simulation } from "./options.js";
import { bandRows, bandScratch } from "./percentile-band.js";
import { type SimPlan, simPlan } from "./plan.js";
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
    new PoolRun(scenario, config, workers, { resolve, reject, onProgress, signal }).start();
  });
}

interface PoolRunHooks {
  readonly resolve: (result: Simulation) => void;
  readonly reject: (err: Error) => void;
  readonly onProgress: ((doneTrials: number, totalTrials: number) => void) | undefined;
  readonly signal: AbortSignal | undefined;
}

/** One run of {@link runInWorkers}: its threads, its queue of batches, and how it settles. */
class PoolRun {
  private readonly plan: SimPlan;
  private readonly buf: SimBuffers;
  private readonly init: WorkerInit;
  private readonly batches: number;
  /** Worker threads beside the calling one. */
  private readonly count: number;
  private readonly pool: Worker[] = [];
  private readonly onExit: ((code: number) => void)[] = [];
  private readonly inFlight: number[] = [];
  private next = 0;
  private finished = 0;
  private done = 0;
  private bandsLeft = 0;
  private settled = false;

  constructor(
    scenario: Scenario,
    private readonly config: SimConfig,
    workers: number,
    private readonly hooks: PoolRunHooks,
  ) {
    this.plan = simPlan(scenario);
    this.buf = sharedBuffers(this.plan, config);
    this.batches = batchCount(config.trials);
    // The calling thread computes too: `workers − 1` more threads (one fewer cold JIT to warm).
    this.count = Math.min(workers - 1, this.batches - 1);
    this.init = { scenario, config, buf: this.buf };
  }

  private readonly onAbort = (): void => {
    this.fail(abortError());
  };

  private readonly fail = (err: unknown): void => {
    this.settle(false, () => {
      this.hooks.reject(err instanceof Error ? err : new Error(String(err)));
    });
  };

  /** Starts the threads, hands each its first batches, and runs the main thread's share. */
  start(): void {
    this.hooks.signal?.addEventListener("abort", this.onAbort, { once: true });
    for (const w of acquireThreads(this.count)) this.pool.push(w);
    this.pool.forEach((w, i) => {
      this.inFlight.push(0);
      this.onExit.push((code: number) => {
        if (!this.settled) this.fail(new Error(`a simulation worker exited early (code ${code})`));
      });
      w.on("message", (r: WorkerReport) => {
        this.onMessage(i, r);
      });
      w.on("error", this.fail);
      w.on("exit", this.onExit[i]!);
      const start: WorkerTask = { init: this.init };
      w.postMessage(start);
      this.feed(i);
    });
    this.mainLoop().catch(this.fail);
  }

  private settle(clean: boolean, finish: () => void): void {
    if (this.settled) return;
    this.settled = true;
    this.hooks.signal?.removeEventListener("abort", this.onAbort);
    this.pool.forEach((w, i) => w.off("exit", this.onExit[i]!));
    // After a clean run every task is done: the threads are idle and may serve the next.
    if (clean) releaseThreads(this.pool);
    const stopped = clean ? Promise.resolve() : terminateThreads(this.pool);
    void stopped.then(() => {
      // No thread writes into the buffers any more: the next pooled run may have them.
      releaseSharedBuffers(this.buf);
      finish();
    });
  }

  // Two tasks queued per worker (one to run while the main thread is busy with a batch of
  // its own), one near the end, so that no thread ends with two left while another idles.
  private feed(i: number): void {
    const { batches, count } = this;
    while (
      !this.settled &&
      this.next < batches &&
      this.inFlight[i]! < (batches - this.next > count + 1 ? 2 : 1)
    ) {
      const batch = this.next++;
      const pts = drawBatch(this.plan, this.config, batch, this.buf);
      const task: WorkerTask = { batch, pts };
      this.pool[i]!.postMessage(task, batchPointsBuffers(pts));
      this.inFlight[i]!++;
    }
  }

  private batchDone(trials: number): void {
    this.finished++;
    this.done += trials;
    try {
      this.hooks.onProgress?.(this.done, this.config.trials);
    } catch (err) {
      this.fail(err);
      return;
    }
    // After an abort from onProgress the pool is already terminating: start nothing more.
    if (!this.settled && this.finished === this.batches) this.startBands();
  }

  /** Band rows in shares to every worker and the main thread, which takes the last. */
  private startBands(): void {
    const { config, count } = this;
    const rows = BAND_METRICS.length * config.swarmSizes.length;
    const share = (i: number): number => Math.floor((rows * i) / (count + 1));
    this.bandsLeft = count + 1;
    this.pool.forEach((w, i) => {
      const task: WorkerTask = { from: share(i), to: share(i + 1) };
      w.postMessage(task);
    });
    try {
      bandRows(this.buf, config.trials, share(count), rows, bandScratch(config.trials));
    } catch (err) {
      this.fail(err);
      return;
    }
    this.bandsDone();
  }

  private bandsDone(): void {
    if (--this.bandsLeft > 0) return;
    let result: Simulation | Error;
    try {
      result = summarize(this.plan, this.config, this.buf);
    } catch (err) {
      result = err instanceof Error ? err : new Error(String(err));
    }
    this.settle(!(result instanceof Error), () => {
      if (result instanceof Error) this.hooks.reject(result);
      else this.hooks.resolve(result);
    });
  }

  private onMessage(i: number, r: WorkerReport): void {
    if (this.settled) return;
    if ("bands" in r) {
      this.bandsDone();
      return;
    }
    this.inFlight[i]!--;
    this.batchDone(r.trials);
    this.feed(i);
  }

  /** The main thread's share: the next batch whenever it is free. */
  private async mainLoop(): Promise<void> {
    const { plan, config, buf } = this;
    for (let first = true; !this.settled && this.next < this.batches; first = false) {
      const batch = this.next++;
      const pts = drawBatch(plan, config, batch, buf);
      if (first) warmUp(plan, config, pts);
      this.batchDone(runBatch(plan, config, batch, pts, buf));
      // Let the workers' reports, abort events and other work in between batches.
      await yieldToEventLoop();
    }
  }
}
