/**
 * The briefing pack's campaign section (docs/campaign.md §4), whenever the
 * scenario has a `campaign:` block: the summary in words, the `stocks`,
 * `leak-rate` and `campaign-cost` charts, and the nights as CSV and JSON.
 */
import { type ChartData, campaignChartData, campaignCharts } from "../charts/index.js";
import type { CampaignResult, Scenario } from "../model/index.js";
import { escapeHtml } from "../render/escape.js";
import { campaignCsv, campaignDocument, campaignSentences } from "../results/index.js";
import { chartFigure } from "./chart-figure.js";
import type { ReportChart } from "./report-input.js";

/** What the campaign section shows and the files it links. */
export interface ReportCampaign {
  /** The summary in plain words, one sentence each. */
  readonly sentences: readonly string[];
  readonly charts: readonly ReportChart[];
  /** `cxr campaign --format json` and `--format csv`, written as `campaign.json` and `campaign.csv`. */
  readonly json: string;
  readonly csv: string;
}

/**
 * The campaign section's content from a campaign run; `frame` is the fields
 * every chart of the scenario shares (`chartFrame`).
 */
export function reportCampaign(
  frame: Omit<ChartData, "series">,
  scenario: Scenario,
  result: CampaignResult,
): ReportCampaign {
  const data = campaignChartData(frame, scenario, result);
  return {
    sentences: campaignSentences(scenario, result),
    charts: campaignCharts(data),
    json: `${JSON.stringify(campaignDocument(scenario, result), null, 2)}\n`,
    csv: campaignCsv(result),
  };
}

/** The section's HTML; `stems` are the path-safe file stems of its charts, in order. */
export function campaignSectionHtml(c: ReportCampaign, stems: readonly string[]): string {
  return `<section id="campaign">
<h2>Campaign</h2>
${c.sentences.map((s) => `<p class="campaign-summary">${escapeHtml(s)}</p>`).join("\n")}
<p class="meta">Every night: <a href="campaign.csv">campaign.csv</a> · <a href="campaign.json">campaign.json</a></p>
${c.charts.map((chart, i) => chartFigure(chart, stems[i] ?? "chart")).join("\n")}
</section>`;
}
