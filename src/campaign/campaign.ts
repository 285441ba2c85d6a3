import type { CampaignResult } from "../model/campaign.js";
import type { Scenario } from "../model/scenario.js";
import { campaignDeterministic } from "./deterministic.js";

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
export function campaign(
  scenario: Scenario,
  options: CampaignOptions = {},
): Promise<CampaignResult> {
  try {
    if (options.trials === undefined) return Promise.resolve(campaignDeterministic(scenario));
    throw new RangeError("Monte Carlo campaigns are not available yet: leave out trials");
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}
