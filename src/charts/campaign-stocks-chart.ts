/**
 * `stocks` (docs/campaign.md §4): each limited layer's shots and each
 * limited attacker type's drones in stock over the nights, the reserve as a
 * rule, the dry night and the first breach marked.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartOptions } from "./chart-data.js";
import type { ChartModule } from "./chart-module.js";
import type { CampaignChartData, StockLine } from "./campaign-data.js";
import { breachRule, chartNight } from "./campaign-rules.js";
import {
  type NightSeries,
  type RuleMark,
  framePanels,
  nightPanel,
  nightWords,
  shortName,
} from "./campaign-panel.js";
import { NUMBER_FORMAT, chartCount } from "./format.js";
import { plotSize } from "./frame.js";
import { categoryColor } from "./theme.js";

/** Space between the defender's and the attacker's panel (the theme's concat spacing). */
const PANEL_GAP = 20;

/** The finding: the first stock to run dry, else that every stock lasts. */
function stocksTitle(data: CampaignChartData): string {
  const mc = data.mode === "monte-carlo";
  const first = (side: StockLine["side"]): StockLine | undefined =>
    data.stocks
      .filter((s) => s.side === side && s.dryNight !== null)
      .sort((a, b) => a.dryNight! - b.dryNight!)[0];
  const layer = first("defender");
  if (layer !== undefined) {
    return `The ${shortName(layer.name)} stock runs dry on ${nightWords(layer.dryNight!, mc)}`;
  }
  const type = first("attacker");
  if (type !== undefined) {
    return `The attacker's ${shortName(type.name)} stock runs short on ${nightWords(type.dryNight!, mc)}`;
  }
  if (data.stocks.length === 0) return "No stock is limited in this campaign";
  return `Every stock lasts the ${chartCount(data.nights)} nights`;
}

function seriesOf(s: StockLine, i: number): NightSeries {
  return {
    name: s.side === "attacker" ? `Attacker: ${s.name}` : s.name,
    color: categoryColor(i),
    values: s.stockEnd,
    ...(s.bands === undefined ? {} : { bands: s.bands }),
  };
}

/**
 * The `stocks` chart: the defender's stocks on top, the attacker's under
 * them (each panel only when it has a limited stock), a p5–p95 band per
 * stock in Monte Carlo.
 *
 * Title: "The Surface-to-air missiles stock runs dry on night 37".
 */
export function buildStocksChart(
  data: CampaignChartData,
  options: ChartOptions = {},
): TopLevelSpec {
  const { width, height } = plotSize(options);
  const mc = data.mode === "monte-carlo";
  const legend = data.stocks.map(seriesOf);
  const sides = (["defender", "attacker"] as const).filter(
    (side) => side === "defender" || data.stocks.some((s) => s.side === side),
  );
  const both = sides.length === 2;
  const top = both ? Math.round((height - PANEL_GAP) * 0.6) : height;
  const panels = sides.map((side, p) => {
    const mine = data.stocks.flatMap((s, i) => (s.side === side ? [{ s, i }] : []));
    const dry = mine.flatMap(({ s, i }): RuleMark[] =>
      s.dryNight === null
        ? []
        : [
            {
              at: s.dryNight,
              color: categoryColor(i),
              label: `${shortName(s.name)} ${side === "defender" ? "dry" : "short"}, ${nightWords(s.dryNight, mc)}`,
            },
          ],
    );
    const reserves = mine.flatMap(({ s, i }): RuleMark[] =>
      s.reserve === null
        ? []
        : [
            {
              at: s.reserve,
              color: categoryColor(i),
              label: `${shortName(s.name)} reserve: ${chartCount(s.reserve)}`,
            },
          ],
    );
    return nightPanel({
      nights: data.nights,
      series: mine.map(({ s, i }) => seriesOf(s, i)),
      legend,
      width,
      height: p === 0 ? top : height - PANEL_GAP - top,
      yTitle: side === "defender" ? "Shots in stock (defender)" : "Drones in stock (attacker)",
      yAxis: { format: NUMBER_FORMAT },
      hRules: reserves,
      vRules: side === "defender" ? [...dry, ...breachRule(data)] : dry,
      valueTitle: side === "defender" ? "Shots" : "Drones",
      valueFormat: ",.0f",
      emptyNote: "Every layer fires from an unlimited stock: no stock to draw",
    });
  });
  return framePanels(
    data,
    { title: stocksTitle(data), subtitleExtra: chartNight(data) },
    panels,
    width,
  );
}

/** The `stocks` chart's registry entry. */
export const stocksChart: ChartModule<CampaignChartData, ChartOptions> = {
  summary:
    "a campaign's stocks over the nights: each layer's shots and each attacker type's drones, reserves and dry nights marked",
  build: buildStocksChart,
};
