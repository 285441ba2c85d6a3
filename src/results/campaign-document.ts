import type { CampaignResult, Scenario } from "../model/index.js";
import { type RunDocument, runDocument } from "./run-document.js";

/** The JSON document of `cxr campaign --format json` (docs/campaign.md §4): the run header, nights and summary. */
export type CampaignDocument = Omit<RunDocument, "rows"> & {
  readonly nights: CampaignResult["nights"];
  readonly summary: CampaignResult["summary"];
};

/** Wraps a campaign in the same header as `cxr run --format json`. */
export function campaignDocument(scenario: Scenario, result: CampaignResult): CampaignDocument {
  const run = runDocument(scenario, {
    mode: result.mode,
    trials: result.trials,
    seed: result.seed,
    rows: [],
  });
  // The run's rows give way to the nights; every header field stays in its place.
  const header = Object.fromEntries(Object.entries(run).filter(([key]) => key !== "rows")) as Omit<
    RunDocument,
    "rows"
  >;
  return { ...header, nights: result.nights, summary: result.summary };
}
