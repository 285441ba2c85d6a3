// Apart from campaign.ts so that \`cxr campaign\` never loads the charts and the report.
import { chartFrame } from "../../briefing/index.js";
import type { Scenario } from "../../model/index.js";
import { type ReportCampaign, reportCampaign } from "../../report/index.js";
import type { CliIo } from "../io.js";
import type { RunFlags } from "../run-scenario.js";
import { runCampaign } from "./campaign.js";

/** The report's campaign section: the scenario's campaign, run like `cxr campaign` with the same flags. */
export async function campaignForReport(
  io: CliIo,
  file: string,
  scenario: Scenario,
  opts: RunFlags,
): Promise<ReportCampaign> {
  const result = await runCampaign(io, file, scenario, opts);
  return reportCampaign(chartFrame(scenario, result), scenario, result);
}
