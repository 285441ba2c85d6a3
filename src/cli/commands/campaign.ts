import { availableParallelism } from "node:os";
import { campaign } from "../../campaign/index.js";
import {
  campaignCsv,
  campaignDocument,
  campaignSentences,
  campaignTable,
} from "../../results/index.js";
import { type CliIo, InputError } from "../io.js";
import { progressBar } from "../progress.js";
import type { RunFlags } from "../run-scenario.js";
import { type ScenarioFlags, loadScenarioFile } from "../scenario-file.js";

/** The most memory the per-trial band values of one campaign may take. */
const MAX_BAND_BYTES = 2 * 2 ** 30;

export type CampaignCommandOptions = ScenarioFlags &
  RunFlags & { format?: "table" | "json" | "csv" };

/** `cxr campaign FILE`: the nights as a table and the summary in words, or JSON / CSV. */
export async function campaignCommand(
  io: CliIo,
  file: string,
  opts: CampaignCommandOptions,
): Promise<void> {
  const { scenario } = await loadScenarioFile(file, opts);
  const block = scenario.campaign;
  if (block === null) {
    throw new InputError(
      `${file}: the scenario has no campaign: block; add one with nights and raid (docs/campaign.md)`,
    );
  }
  const trials = opts.trials;
  // The bands keep every trial's value of each night's leakers, leak rate and stocks, in doubles.
  const rows = block.nights * (2 + block.defender.length + block.attacker.length);
  const bytes = (trials ?? 0) * rows * 8;
  if (bytes > MAX_BAND_BYTES) {
    throw new InputError(
      `--trials ${trials?.toLocaleString("en-US")} over ${block.nights} nights needs ` +
        `${(bytes / 2 ** 30).toFixed(1)} GiB for the percentile bands (at most ` +
        `${MAX_BAND_BYTES / 2 ** 30} GiB): use fewer trials or a shorter campaign`,
    );
  }
  // Threads pay off only on long runs; the bytes are the same for any count.
  const workers =
    opts.workers ??
    (trials !== undefined && trials * block.nights >= 200_000
      ? Math.min(availableParallelism(), 8)
      : 1);
  const progress = await progressBar(io, opts.quiet === true);
  let result;
  try {
    result = await campaign(scenario, {
      ...(trials === undefined ? {} : { trials, seed: opts.seed ?? 1, workers }),
      onProgress: progress.update,
      ...(io.interrupt === undefined ? {} : { signal: io.interrupt }),
    });
  } finally {
    progress.stop();
  }
  const format = opts.format ?? (io.stdout.isTTY ? "table" : "json");
  if (format === "json") {
    io.stdout.write(JSON.stringify(campaignDocument(scenario, result), null, 2) + "\n");
  } else if (format === "csv") io.stdout.write(campaignCsv(result));
  else {
    const words = campaignSentences(scenario, result).join("\n");
    io.stdout.write(`${campaignTable(scenario, result)}\n${words}\n`);
  }
}
