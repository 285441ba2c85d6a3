import { Worker } from "node:worker_threads";
import type { CampaignResult } from "../../model/campaign.js";
import type { Scenario } from "../../model/scenario.js";
import { batchCount } from "../../sim/options.js";
import { bandRows, bandScratch } from "../../sim/percentile-band.js";
import { type BandTask, type PoolReport, type PooledJob, runPooled } from "../../sim/pooled-run.js";
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
export type CampaignTask = { readonly batch: number } | BandTask;
/** From a worker: a batch of `trials` trials is written, or its band rows are. */
export type CampaignReport = PoolReport;

function shared(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(n * Float64Array.BYTES_PER_ELEMENT));
}

/**
 * A Monte Carlo campaign on `workers` threads, the calling one included, by
 * the scheduling every pooled run shares (sim/pooled-run.ts): every batch
 * writes in place into shared buffers (its own slots) and the summary adds
 * the batch sums in batch order, so the bytes are those of one thread. Each
 * worker compiles the campaign once from its start data; every worker is
 * terminated before the promise settles.
 */
export async function campaignInWorkers(
  m: McLayout,
  options: McCampaignOptions,
  workers: number,
): Promise<CampaignResult> {
  const buf = mcBuffers(m, shared);
  const init: CampaignWorkerInit = { scenario: m.scenario, trials: m.trials, seed: m.seed, buf };
  const url = new URL("./campaign-worker.js", import.meta.url);
  const job: PooledJob<CampaignResult> = {
    name: "campaign",
    batches: batchCount(m.trials),
    trials: m.trials,
    bandRows: m.rowCount,
    acquire: (count) => Array.from({ length: count }, () => new Worker(url, { workerData: init })),
    async release(threads) {
      await Promise.allSettled(threads.map((w) => w.terminate()));
    },
    postBatch(thread, batch) {
      thread.postMessage({ batch } satisfies CampaignTask);
    },
    runBatch: (batch) => runCampaignBatch(m, batch, buf),
    fillBands(from, to) {
      bandRows(buf, m.trials, from, to, bandScratch(m.trials));
    },
    summarize: () => summarizeCampaign(m, buf),
  };
  return runPooled(job, workers, { onProgress: options.onProgress, signal: options.signal });
}
