// Worker entry of the simulation pool (compiled to dist/src/sim/sim-worker.js):
// builds the plan once from the structured-clone scenario, then runs each
// task it is sent (a batch, on the inputs that came with it, or band rows),
// writing into the shared buffers, and reports it done.
import { parentPort, workerData } from "node:worker_threads";
import { bandRows, bandScratch } from "./percentile-band.js";
import { simPlan } from "./plan.js";
import { runBatch } from "./run-batch.js";
import { warmUp } from "./warm-up.js";
import type { WorkerInit, WorkerReport, WorkerTask } from "./worker-pool.js";

const port = parentPort;
if (port === null) throw new Error("sim-worker must run as a worker thread");
const { scenario, config, buf } = workerData as WorkerInit;
const plan = simPlan(scenario);
let cold = true;

port.on("message", (task: WorkerTask) => {
  let report: WorkerReport;
  if ("batch" in task) {
    if (cold) warmUp(plan, config, task.pts);
    cold = false;
    report = { batch: task.batch, trials: runBatch(plan, config, task.batch, task.pts, buf) };
  } else {
    bandRows(buf, config.trials, task.from, task.to, bandScratch(config.trials));
    report = { bands: true };
  }
  port.postMessage(report);
});
