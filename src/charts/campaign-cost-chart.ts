/**
 * `campaign-cost` (docs/campaign.md §4): each side's cumulative spend over
 * the nights, the dry nights and the first breach marked.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartOptions } from "./chart-data.js";
import type { ChartModule } from "./chart-module.js";
import type { CampaignChartData } from "./campaign-data.js";
import { framePanels, nightPanel } from "./campaign-panel.js";
import { breachRule, chartNight, dryRules } from "./campaign-rules.js";
import { chartMoney, moneyLabelExpr } from "./format.js";
import { plotSize } from "./frame.js";
import { INK, categoryColor } from "./theme.js";

function cumulative(xs: readonly number[]): number[] {
  let s = 0;
  return xs.map((x) => (s += x));
}

/**
 * The `campaign-cost` chart: the defender's marginal spend and the cost of
 * the attacker's drones launched, each summed from night 1.
 *
 * Title: "The defender spends $318M, the attacker $1.63B, over 365 nights".
 */
export function buildCampaignCostChart(
  data: CampaignChartData,
  options: ChartOptions = {},
): TopLevelSpec {
  const { width, height } = plotSize(options);
  const defender = cumulative(data.defenderCost);
  const attacker = cumulative(data.attackerCost);
  const series = [
    { name: "Defender: shots and sorties", color: categoryColor(0), values: defender },
    { name: "Attacker: drones launched", color: INK, values: attacker },
  ];
  const money = (xs: number[]): string => chartMoney(xs.at(-1) ?? 0, data.currency);
  const title = `The defender spends ${money(defender)}, the attacker ${money(attacker)}, over ${chartNight(data)}`;
  const panel = nightPanel({
    nights: data.nights,
    series,
    legend: series,
    width,
    height,
    yTitle: `Spent since night 1 (${data.currency}, ${data.priceYear} prices)`,
    yAxis: { labelExpr: moneyLabelExpr(data.currency) },
    vRules: [...dryRules(data), ...breachRule(data)],
    valueTitle: data.currency,
    valueFormat: ",.4~r",
  });
  return framePanels(data, { title, subtitleExtra: chartNight(data) }, [panel], width);
}

/** The `campaign-cost` chart's registry entry. */
export const campaignCostChart: ChartModule<CampaignChartData, ChartOptions> = {
  summary: "a campaign's cumulative spend of each side over the nights",
  build: buildCampaignCostChart,
};
