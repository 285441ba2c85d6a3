import { campaignResult } from "../../api/campaign.js";
import type { CampaignResult, Scenario } from "../../model/index.js";
import {
  campaignCsv,
  campaignDocument,
  campaignSentences,
  campaignTable,
  escapeControls,
  escapeJsonText,
} from "../../results/index.js";
import { type CliIo, InputError } from "../io.js";
import { type RunFlags, withProgress } from "../run-scenario.js";
import { type ScenarioFlags, loadScenarioFile } from "../scenario-file.js";

export type CampaignCommandOptions = ScenarioFlags &
  RunFlags & { format?: "table" | "json" | "csv" };

/**
 * Runs the scenario's campaign for a command (`campaign`, `chart`, `report`):
 * deterministic without `--trials`, Monte Carlo with them, with a progress
 * bar and Ctrl-C. `file` names the scenario in errors.
 */
export async function runCampaign(
  io: CliIo,
  file: string,
  scenario: Scenario,
  opts: RunFlags,
): Promise<CampaignResult> {
  const block = scenario.campaign;
  if (block === null) {
    throw new InputError(
      `${file}: the scenario has no campaign: block; add one with nights and raid (docs/campaign.md)`,
    );
  }
  const trials = opts.trials;
  const seed = opts.seed === undefined ? {} : { seed: opts.seed };
  const work = (trials ?? 0) * block.nights;
  return withProgress(io, opts, work, (options) =>
    campaignResult(scenario, { ...options, ...seed, ...(trials === undefined ? {} : { trials }) }),
  );
}

/** `cxr campaign FILE`: the nights as a table and the summary in words, or JSON / CSV. */
export async function campaignCommand(
  io: CliIo,
  file: string,
  opts: CampaignCommandOptions,
): Promise<void> {
  const { scenario } = await loadScenarioFile(file, opts);
  const result = await runCampaign(io, file, scenario, opts);
  const format = opts.format ?? (io.stdout.isTTY ? "table" : "json");
  if (format === "json") {
    // Bidi and C1 characters of scenario names escaped, as in `cxr run` (issue 15).
    const json = JSON.stringify(campaignDocument(scenario, result), null, 2);
    io.stdout.write(escapeJsonText(json) + "\n");
  } else if (format === "csv") io.stdout.write(campaignCsv(result));
  else {
    const words = campaignSentences(scenario, result).join("\n");
    // Scenario names reach the terminal with control and bidi characters escaped (issue 15).
    const text = `${campaignTable(scenario, result)}\n${words}`;
    io.stdout.write(`${escapeControls(text, { keepNewlines: true })}\n`);
  }
}
