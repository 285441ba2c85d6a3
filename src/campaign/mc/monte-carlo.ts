import { yieldToEventLoop } from "../../sim/yield.js";
import type { CampaignResult } from "../../model/campaign.js";
import type { Scenario } from "../../model/scenario.js";
import { abortError } from "../../sim/abort-error.js";
import { batchCount } from "../../sim/options.js";
import { bandRows, bandScratch } from "../../sim/percentile-band.js";
import type { SimBuffers } from "../../sim/sim-buffers.js";
import { type McLayout, mcBuffers, mcLayout } from "./layout.js";
import { runCampaignBatch } from "./run-campaign-batch.js";
import { summarizeCampaign } from "./summarize-campaign.js";

export interface McCampaignOptions {
  readonly trials: number;
  readonly seed: number;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((doneTrials: number, totalTrials: number) => void) | undefined;
}

function whole(name: string, x: number, min: number): void {
  if (!Number.isSafeInteger(x) || x < min) {
    throw new RangeError(`${name} must be a whole number ≥ ${min}, got ${x}`);
  }
}

/**
 * Checks the options and compiles the campaign for Monte Carlo.
 *
 * @throws RangeError for a bad trial count or seed, a raid that is not whole, or no campaign block
 */
export function mcSetup(scenario: Scenario, trials: number, seed: number): McLayout {
  whole("trials", trials, 1);
  whole("seed", seed, 0);
  const m = mcLayout(scenario, trials, seed);
  for (const r of m.plan.raid) whole("a Monte Carlo raid", r, 0);
  return m;
}

/**
 * Every batch of a Monte Carlo campaign in the calling thread, in order,
 * then the percentile bands and the summary. Yields to the event loop
 * between batches so that an abort (or progress) gets through.
 */
export async function campaignInProcess(
  m: McLayout,
  options: McCampaignOptions,
  buf: SimBuffers = mcBuffers(m),
): Promise<CampaignResult> {
  let done = 0;
  for (let b = 0; b < batchCount(m.trials); b++) {
    if (options.signal?.aborted) throw abortError();
    done += runCampaignBatch(m, b, buf);
    options.onProgress?.(done, m.trials);
    await yieldToEventLoop();
  }
  if (options.signal?.aborted) throw abortError();
  bandRows(buf, m.trials, 0, m.rowCount, bandScratch(m.trials));
  return summarizeCampaign(m, buf);
}
