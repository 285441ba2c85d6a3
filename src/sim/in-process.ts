import { BAND_METRICS } from "../model/outcome.js";
import { type SimConfig, type Simulation, batchCount } from "./options.js";
import { bandRows, bandScratch } from "./percentile-band.js";
import type { SimPlan } from "./plan.js";
import { drawBatch, runBatch } from "./run-batch.js";
import type { SimBuffers } from "./sim-buffers.js";
import { summarize } from "./summarize.js";
import { warmUp } from "./warm-up.js";

/**
 * The batches of a simulation in the calling thread, in order: each step
 * draws and runs one batch and yields the trials done so far, so the caller
 * can report progress (and, asynchronously, let an abort in between).
 */
export function* runBatches(plan: SimPlan, config: SimConfig, buf: SimBuffers): Generator<number> {
  let done = 0;
  for (let b = 0; b < batchCount(config.trials); b++) {
    const pts = drawBatch(plan, config, b, buf);
    if (b === 0) warmUp(plan, config, pts);
    done += runBatch(plan, config, b, pts, buf);
    yield done;
  }
}

/** After the batches: the percentile bands over all trials, then the summary rows. */
export function finishInProcess(plan: SimPlan, config: SimConfig, buf: SimBuffers): Simulation {
  const rows = BAND_METRICS.length * config.swarmSizes.length;
  bandRows(buf, config.trials, 0, rows, bandScratch(config.trials));
  return summarize(plan, config, buf);
}
