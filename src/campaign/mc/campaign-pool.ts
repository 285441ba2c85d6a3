import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type { CampaignResult } from "../../model/campaign.js";
import type { Scenario } from "../../model/scenario.js";
import { abortError } from "../../sim/abort-error.js";
import { batchCount } from "../../sim/options.js";
import { bandRows, bandScratch } from "../../sim/percentile-band.js";
import type { SimBuffers } from "../../sim/sim-buffers.js";
import { type McLayout, mcBuffers } from "./layout.js";
import type { McCampaignOptions } from "./monte-carlo.js";
import { runCampaignBatch } from "./run-campaign-batch.js";
import { summarizeCampaign } from "./summarize-campaign.js";

/** What a campaign worker receives at start; the buffers' memory is shared, not copied. */
export interface CampaignWorkerInit {
  readonly scenario: Scenario;
  readonly trials: number;
  readonly seed: number;
  readonly buf: SimBuffers;
}

/** To a worker: run batch `batch`, or fill the band rows `from … to − 1`. */
export type CampaignTask =
  { readonly batch: number } | { readonly from: number; readonly to: number };
/** From a worker: a batch of `trials` trials is written, or its band rows are. */
export type CampaignReport = { readonly trials: number } | { readonly bands: true };

function shared(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(n * Float64Array.BYTES_PER_ELEMENT));
}

/**
 * A Monte Carlo campaign on `workers` threads, the calling one included:
 * each free thread takes the next batch, every batch writes in place into
 * shared buffers (its own slots), the band rows are then shared out, and
 * the summary adds the batch sums in batch order, so the bytes are those of
 * one thread. Every worker is terminated before the promise settles.
 */
export function campaignInWorkers(
  m: McLayout,
  options: McCampaignOptions,
  workers: number,
): Promise<CampaignResult> {
  return new Promise<CampaignResult>((resolve, reject) => {
    const buf = mcBuffers(m, shared);
    const batches = batchCount(m.trials);
    const count = Math.min(workers - 1, batches - 1);
    const init: CampaignWorkerInit = { scenario: m.scenario, trials: m.trials, seed: m.seed, buf };
    const url = new URL("./campaign-worker.js", import.meta.url);
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let finished = 0;
    let bandsLeft = 0;
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
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
    const give = (w: Worker): void => {
      if (!settled && next < batches) w.postMessage({ batch: next++ } satisfies CampaignTask);
    };
    const batchDone = (trials: number): void => {
      finished++;
      done += trials;
      try {
        options.onProgress?.(done, m.trials);
      } catch (err) {
        fail(err);
        return;
      }
      if (!settled && finished === batches) startBands();
    };
    const startBands = (): void => {
      const share = (i: number): number => Math.floor((m.rowCount * i) / (count + 1));
      bandsLeft = count + 1;
      pool.forEach((w, i) => {
        w.postMessage({ from: share(i), to: share(i + 1) } satisfies CampaignTask);
      });
      try {
        bandRows(buf, m.trials, share(count), m.rowCount, bandScratch(m.trials));
      } catch (err) {
        fail(err);
        return;
      }
      bandsDone();
    };
    const bandsDone = (): void => {
      if (--bandsLeft > 0) return;
      try {
        const result = summarizeCampaign(m, buf);
        settle(() => {
          resolve(result);
        });
      } catch (err) {
        fail(err);
      }
    };
    const mainLoop = async (): Promise<void> => {
      while (!settled && next < batches) {
        batchDone(runCampaignBatch(m, next++, buf));
        await yieldToEventLoop();
      }
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    for (let i = 0; i < count; i++) {
      const w = new Worker(url, { workerData: init });
      pool.push(w);
      w.on("message", (r: CampaignReport) => {
        if (settled) return;
        if ("bands" in r) bandsDone();
        else {
          batchDone(r.trials);
          give(w);
        }
      });
      w.on("error", fail);
      w.on("exit", (code) => {
        if (!settled) fail(new Error(`a campaign worker exited early (code ${code})`));
      });
      give(w);
    }
    mainLoop().catch(fail);
  });
}
