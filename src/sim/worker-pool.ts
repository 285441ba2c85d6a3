import { Worker } from "node:worker_threads";
import type { Scenario } from "../model/scenario.js";
import { abortError } from "./abort-error.js";
import { Accumulator } from "./accumulator.js";
import { batchCount, type SimConfig, type Simulation } from "./options.js";
import { simPlan } from "./plan.js";
import type { BatchResult } from "./run-batch.js";

/** What a worker receives at start (structured clone). */
export interface WorkerInit {
  readonly scenario: Scenario;
  readonly config: SimConfig;
}

/**
 * Runs the batches on `workers` threads (never more than there are
 * batches), handing out the next batch index to whichever finishes first.
 * The accumulator puts results in batch order, so the bytes do not depend on
 * scheduling. Every worker is terminated before the promise settles, on
 * success, error or abort.
 */
export function runInWorkers(
  scenario: Scenario,
  config: SimConfig,
  workers: number,
  onProgress: ((doneTrials: number, totalTrials: number) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<Simulation> {
  return new Promise<Simulation>((resolve, reject) => {
    const acc = new Accumulator(simPlan(scenario), config);
    const batches = batchCount(config.trials);
    const url = new URL("./sim-worker.js", import.meta.url);
    const init: WorkerInit = { scenario, config };
    const pool: Worker[] = [];
    let next = 0;
    let received = 0;
    let settled = false;

    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      void Promise.allSettled(pool.map((w) => w.terminate())).then(finish);
    };
    const fail = (err: unknown): void => {
      settle(() => {
        reject(err instanceof Error ? err : new Error(String(err)));
      });
    };
    const onAbort = (): void => {
      fail(abortError());
    };
    const onMessage = (w: Worker, r: BatchResult): void => {
      if (settled) return;
      acc.add(r);
      received++;
      try {
        onProgress?.(acc.doneTrials, config.trials);
      } catch (err) {
        fail(err);
        return;
      }
      if (received === batches) {
        settle(() => {
          try {
            resolve(acc.finish());
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
      } else if (next < batches) {
        // After an abort from onProgress the worker is already terminating: the message is dropped.
        w.postMessage(next++);
      }
    };

    signal?.addEventListener("abort", onAbort, { once: true });
    const count = Math.min(workers, batches);
    for (let i = 0; i < count; i++) {
      const w = new Worker(url, { workerData: init });
      pool.push(w);
      w.on("message", (r: BatchResult) => {
        onMessage(w, r);
      });
      w.on("error", fail);
      w.on("exit", (code) => {
        if (!settled) fail(new Error(`a simulation worker exited early (code ${code})`));
      });
      w.postMessage(next++);
    }
  });
}
