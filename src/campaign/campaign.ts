import type { CampaignResult } from "../model/campaign.js";
import type { Scenario } from "../model/scenario.js";
import { abortError } from "../sim/abort-error.js";
import { batchCount } from "../sim/options.js";
import { campaignDeterministic } from "./deterministic.js";
import { campaignInProcess, mcSetup } from "./mc/monte-carlo.js";

export interface CampaignOptions {
  /** Monte Carlo with this many trials (whole, ≥ 1); deterministic without. */
  trials?: number;
  /** Seed for Monte Carlo (a whole number ≥ 0); default 1. */
  seed?: number;
  /** Threads for Monte Carlo, the calling one included; never changes the result. */
  workers?: number;
  /** Abort a Monte Carlo run: the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Called as Monte Carlo trials finish. */
  onProgress?: (doneTrials: number, totalTrials: number) => void;
}

/**
 * A campaign over the nights of the scenario's `campaign:` block
 * (docs/campaign.md): deterministic (base values, stocks real) without
 * `trials`, Monte Carlo (whole units, bands) with them. The `campaign`
 * stage beside `evaluate | simulate` in
 * `load → validate → normalize → evaluate | simulate | campaign → summarize → chart → render`.
 *
 * @throws RangeError (as a rejection) without a campaign block or for bad options
 * @example (await campaign(scenario)).summary.sustainableRaid // 212
 */
export async function campaign(
  scenario: Scenario,
  options: CampaignOptions = {},
): Promise<CampaignResult> {
  const { trials, signal, onProgress } = options;
  if (trials === undefined) return campaignDeterministic(scenario);
  const workers = options.workers ?? 1;
  if (!Number.isSafeInteger(workers) || workers < 1) {
    throw new RangeError(`workers must be a whole number ≥ 1, got ${workers}`);
  }
  const m = mcSetup(scenario, trials, options.seed ?? 1);
  if (signal?.aborted) throw abortError();
  const mc = { trials, seed: m.seed, signal, onProgress };
  if (workers > 1 && batchCount(trials) > 1) {
    return (await import("./mc/campaign-pool.js")).campaignInWorkers(m, mc, workers);
  }
  return campaignInProcess(m, mc);
}
