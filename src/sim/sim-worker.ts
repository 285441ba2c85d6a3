// Worker entry of the simulation pool (compiled to dist/src/sim/sim-worker.js):
// builds the plan once from the structured-clone scenario, then runs each
// batch index it is sent and transfers the result's buffers back.
import { parentPort, workerData } from "node:worker_threads";
import { simPlan } from "./plan.js";
import { runBatch } from "./run-batch.js";
import type { WorkerInit } from "./worker-pool.js";

const port = parentPort;
if (port === null) throw new Error("sim-worker must run as a worker thread");
const init = workerData as WorkerInit;
const plan = simPlan(init.scenario);

port.on("message", (batch: number) => {
  const r = runBatch(plan, init.config, batch);
  port.postMessage(r, [r.sums.buffer, r.perTrial.buffer, r.keptDraws.buffer]);
});
