// Worker entry of the Monte Carlo campaign pool (compiled to
// dist/src/campaign/mc/campaign-worker.js): compiles the campaign once from
// the structured-clone scenario, then runs each batch or band share it is
// sent, writing into the shared buffers, and reports it done.
import { parentPort, workerData } from "node:worker_threads";
import { bandRows, bandScratch } from "../../sim/percentile-band.js";
import type { CampaignReport, CampaignTask, CampaignWorkerInit } from "./campaign-pool.js";
import { mcLayout } from "./layout.js";
import { runCampaignBatch } from "./run-campaign-batch.js";

const port = parentPort;
if (port === null) throw new Error("campaign-worker must run as a worker thread");
const { scenario, trials, seed, buf } = workerData as CampaignWorkerInit;
const m = mcLayout(scenario, trials, seed);

port.on("message", (task: CampaignTask) => {
  let report: CampaignReport;
  if ("batch" in task) report = { trials: runCampaignBatch(m, task.batch, buf) };
  else {
    bandRows(buf, trials, task.from, task.to, bandScratch(trials));
    report = { bands: true };
  }
  port.postMessage(report);
});
