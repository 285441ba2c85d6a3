import { campaign as runCampaign } from "../campaign/campaign.js";
import type { CampaignResult } from "../model/campaign.js";
import { CxrError } from "../model/cxr-error.js";
import type { Scenario } from "../model/scenario.js";
import { type CampaignDocument, campaignDocument } from "../results/campaign-document.js";
import { type LoadedScenario, scenarioOf } from "./load-scenario.js";
import { remember } from "./result-scenario.js";
import type { RunOptions } from "./run-options.js";

/** The most memory the per-trial band values of one campaign may take. */
const MAX_BAND_BYTES = 2 * 2 ** 30;

/**
 * A campaign after its checks: the scenario has a `campaign:` block, and
 * the bands (every trial's leakers, leak rate and stocks of each night, in
 * doubles) fit in 2 GiB. The one way the library and the CLI run one.
 *
 * @throws CxrError `no-campaign` or `campaign-memory`
 */
export async function campaignResult(
  scenario: Scenario,
  options: RunOptions = {},
): Promise<CampaignResult> {
  const block = scenario.campaign;
  if (block === null) {
    throw new CxrError("the scenario has no campaign: block", {
      code: "no-campaign",
      path: "campaign",
      hint: "add one with nights and raid (docs/campaign.md)",
    });
  }
  const { trials } = options;
  const rows = block.nights * (2 + block.defender.length + block.attacker.length);
  const bytes = (trials ?? 0) * rows * 8;
  if (bytes > MAX_BAND_BYTES) {
    throw new CxrError(
      `--trials ${trials?.toLocaleString("en-US")} over ${block.nights} nights needs ` +
        `${(bytes / 2 ** 30).toFixed(1)} GiB for the percentile bands (at most ` +
        `${MAX_BAND_BYTES / 2 ** 30} GiB)`,
      { code: "campaign-memory", hint: "use fewer trials or a shorter campaign" },
    );
  }
  return runCampaign(scenario, {
    ...(trials === undefined
      ? {}
      : { trials, seed: options.seed ?? 1, workers: options.workers ?? 1 }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
}

/**
 * A campaign over the nights of the scenario's `campaign:` block
 * (docs/campaign.md): who runs out first, and the raid the defence holds.
 * The result is the document `cxr campaign --format json` prints.
 *
 * @example (await campaign(loadScenario(text))).summary.sustainableRaid
 */
export async function campaign(
  input: LoadedScenario | Scenario,
  options: RunOptions = {},
): Promise<CampaignDocument> {
  const scenario = scenarioOf(input);
  return remember(campaignDocument(scenario, await campaignResult(scenario, options)), scenario);
}
