// Worker entry of the simulation pool (compiled to dist/src/sim/sim-worker.js),
// kept alive between runs by thread-pool.ts: a run starts with an `init`
// task (the structured-clone scenario, the options, the shared buffers), from
// which it builds the plan once; then it runs each task it is sent (a batch,
// on the inputs that came with it, or band rows), writing into the shared
// buffers, and reports it done.
import { parentPort } from "node:worker_threads";
import { bandRows, bandScratch } from "./percentile-band.js";
import { type SimPlan, simPlan } from "./plan.js";
import { runBatch } from "./run-batch.js";
import { warmUp } from "./warm-up.js";
import type { WorkerInit, WorkerReport, WorkerTask } from "./worker-pool.js";

const port = parentPort;
if (port === null) throw new Error("sim-worker must run as a worker thread");
let run: (WorkerInit & { plan: SimPlan }) | null = null;
let cold = true;

port.on("message", (task: WorkerTask) => {
  if ("init" in task) {
    run = { ...task.init, plan: simPlan(task.init.scenario) };
    return;
  }
  if (run === null) throw new Error("sim-worker: a task came before its run's init");
  const { plan, config, buf } = run;
  let report: WorkerReport;
  if ("batch" in task) {
    // Once per thread: a warm thread keeps its compiled code for the next run.
    if (cold) warmUp(plan, config, task.pts);
    cold = false;
    report = { batch: task.batch, trials: runBatch(plan, config, task.batch, task.pts, buf) };
  } else {
    bandRows(buf, config.trials, task.from, task.to, bandScratch(config.trials));
    report = { bands: true };
  }
  port.postMessage(report);
});
