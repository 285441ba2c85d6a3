// The scheduling that every multi-threaded Monte Carlo run shares (the
// simulation's worker-pool.ts and the campaign's campaign-pool.ts): batches
// handed to worker threads and the calling one, band rows shared out after
// the last batch, progress, abort, and one way to settle. What a batch is,
// which threads run it and what the summary reads are the job's.
import type { Worker } from "node:worker_threads";
import { abortError } from "./abort-error.js";
import { yieldToEventLoop } from "./yield.js";

/** To a worker: fill the band rows `from … to − 1` (a batch task is the job's own). */
export interface BandTask {
  readonly from: number;
  readonly to: number;
}

/** From a worker: a batch of `trials` trials is written, or its band rows are. */
export type PoolReport = { readonly trials: number } | { readonly bands: true };

/**
 * One Monte Carlo run split into batches that write in place into shared
 * buffers (each its own slots), then into band rows. Because the summary
 * adds the batch sums in batch order, the bytes do not depend on which
 * thread ran what.
 */
export interface PooledJob<R> {
  /** Names the worker in an error: "simulation", "campaign". */
  readonly name: string;
  readonly batches: number;
  /** Trials in all (the progress total). */
  readonly trials: number;
  /** Band rows to fill once every batch is done. */
  readonly bandRows: number;
  /** `count` worker threads, ready for the job's tasks. */
  acquire(count: number): Worker[];
  /** After the run: `clean` when every task is done (the threads are idle), else they are in an unknown state. */
  release(threads: readonly Worker[], clean: boolean): Promise<void>;
  /** Sends batch `batch` to a worker thread. */
  postBatch(thread: Worker, batch: number): void;
  /** Runs batch `batch` on the calling thread (`first`: its first one); returns its trials. */
  runBatch(batch: number, first: boolean): number;
  /** Fills band rows `from … to − 1` on the calling thread. */
  fillBands(from: number, to: number): void;
  summarize(): R;
}

/** Progress and cancellation of a pooled run. */
export interface PoolHooks {
  readonly onProgress?: ((doneTrials: number, totalTrials: number) => void) | undefined;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Runs `job` on `workers` threads, the calling one included (so `workers − 1`
 * worker threads, never more than there are batches less one). Each free
 * thread takes the next batch; the calling thread runs batches itself in
 * between, yielding to the event loop after each; then every thread fills a
 * share of the band rows. The threads are released before the promise
 * settles: after a clean run as idle, after an error or abort as stopped.
 */
export function runPooled<R>(job: PooledJob<R>, workers: number, hooks: PoolHooks): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    new PooledRun(job, workers, { ...hooks, resolve, reject }).start();
  });
}

interface Settlers<R> extends PoolHooks {
  readonly resolve: (result: R) => void;
  readonly reject: (err: Error) => void;
}

/** One {@link runPooled}: its threads, its queue of batches, and how it settles. */
class PooledRun<R> {
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
    private readonly job: PooledJob<R>,
    workers: number,
    private readonly hooks: Settlers<R>,
  ) {
    // The calling thread computes too: `workers − 1` more threads (one fewer cold JIT to warm).
    this.count = Math.max(0, Math.min(workers - 1, job.batches - 1));
  }

  private readonly onAbort = (): void => {
    this.fail(abortError());
  };

  private readonly fail = (err: unknown): void => {
    this.settle(false, () => {
      this.hooks.reject(err instanceof Error ? err : new Error(String(err)));
    });
  };

  /** Starts the threads, hands each its first batches, and runs the calling thread's share. */
  start(): void {
    this.hooks.signal?.addEventListener("abort", this.onAbort, { once: true });
    try {
      for (const w of this.job.acquire(this.count)) this.pool.push(w);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.pool.forEach((w, i) => {
      this.inFlight.push(0);
      this.onExit.push((code: number) => {
        if (!this.settled)
          this.fail(new Error(`a ${this.job.name} worker exited early (code ${code})`));
      });
      w.on("message", (r: PoolReport) => {
        this.onMessage(i, r);
      });
      w.on("error", this.fail);
      w.on("exit", this.onExit[i]!);
      this.feed(i);
    });
    this.mainLoop().catch(this.fail);
  }

  private settle(clean: boolean, finish: () => void): void {
    if (this.settled) return;
    this.settled = true;
    this.hooks.signal?.removeEventListener("abort", this.onAbort);
    this.pool.forEach((w, i) => w.off("exit", this.onExit[i]!));
    // Settle even if releasing fails: a run never hangs on its threads.
    void this.job.release(this.pool, clean).then(finish, finish);
  }

  // Two tasks queued per worker (one to run while the calling thread is busy with a batch of
  // its own), one near the end, so that no thread ends with two left while another idles.
  // A failure to draw or post a batch (it runs in a worker's message handler too) fails the run.
  private feed(i: number): void {
    const { count } = this;
    const { batches } = this.job;
    try {
      while (
        !this.settled &&
        this.next < batches &&
        this.inFlight[i]! < (batches - this.next > count + 1 ? 2 : 1)
      ) {
        this.job.postBatch(this.pool[i]!, this.next++);
        this.inFlight[i]!++;
      }
    } catch (err) {
      this.fail(err);
    }
  }

  private batchDone(trials: number): void {
    this.finished++;
    this.done += trials;
    try {
      this.hooks.onProgress?.(this.done, this.job.trials);
    } catch (err) {
      this.fail(err);
      return;
    }
    // After an abort from onProgress the pool is already stopping: start nothing more.
    if (!this.settled && this.finished === this.job.batches) this.startBands();
  }

  /** Band rows in shares to every worker and the calling thread, which takes the last. */
  private startBands(): void {
    const { count } = this;
    const rows = this.job.bandRows;
    const share = (i: number): number => Math.floor((rows * i) / (count + 1));
    this.bandsLeft = count + 1;
    this.pool.forEach((w, i) => {
      const task: BandTask = { from: share(i), to: share(i + 1) };
      w.postMessage(task);
    });
    try {
      this.job.fillBands(share(count), rows);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.bandsDone();
  }

  private bandsDone(): void {
    if (--this.bandsLeft > 0) return;
    let result: { value: R } | Error;
    try {
      result = { value: this.job.summarize() };
    } catch (err) {
      result = err instanceof Error ? err : new Error(String(err));
    }
    this.settle(!(result instanceof Error), () => {
      if (result instanceof Error) this.hooks.reject(result);
      else this.hooks.resolve(result.value);
    });
  }

  private onMessage(i: number, r: PoolReport): void {
    if (this.settled) return;
    if ("bands" in r) {
      this.bandsDone();
      return;
    }
    this.inFlight[i]!--;
    this.batchDone(r.trials);
    this.feed(i);
  }

  /** The calling thread's share: the next batch whenever it is free. */
  private async mainLoop(): Promise<void> {
    for (let first = true; !this.settled && this.next < this.job.batches; first = false) {
      this.batchDone(this.job.runBatch(this.next++, first));
      // Let the workers' reports, abort events and other work in between batches.
      await yieldToEventLoop();
    }
  }
}
