import type { TopLevelSpec } from "vega-lite";
import type { CampaignChartData } from "./campaign-data.js";
import { buildCampaignCostChart } from "./campaign-cost-chart.js";
import { buildLeakRateChart } from "./campaign-leak-rate-chart.js";
import { buildStocksChart } from "./campaign-stocks-chart.js";

/** One campaign chart of a briefing: its file stem, heading and spec. */
export interface CampaignChart {
  readonly id: "stocks" | "leak-rate" | "campaign-cost";
  readonly title: string;
  readonly spec: TopLevelSpec;
}

/**
 * The three campaign charts of docs/campaign.md §4, in briefing order: who
 * runs out first (left out when no stock is limited), what gets through,
 * what it costs.
 *
 * @example campaignCharts(data).map((c) => c.id) // ["stocks", "leak-rate", "campaign-cost"]
 */
export function campaignCharts(data: CampaignChartData): CampaignChart[] {
  // Without a limited stock there is nothing to run out.
  const stocks: CampaignChart[] =
    data.stocks.length === 0
      ? []
      : [{ id: "stocks", title: "Stocks over the campaign", spec: buildStocksChart(data) }];
  return [
    ...stocks,
    { id: "leak-rate", title: "Strike leak rate per night", spec: buildLeakRateChart(data) },
    {
      id: "campaign-cost",
      title: "Cumulative spend of each side",
      spec: buildCampaignCostChart(data),
    },
  ];
}
