/** The nights every campaign chart marks: each stock's dry night and the first breach. */
import type { CampaignChartData } from "./campaign-data.js";
import { type RuleMark, nightWords, shortName } from "./campaign-panel.js";
import { chartCount, chartRatio } from "./format.js";
import { INK, categoryColor } from "./theme.js";

/**
 * A share as a percentage to 2 significant figures: "10%", "0.02%".
 *
 * @example sharePercent(0.0002) // "0.02%"
 */
export function sharePercent(share: number): string {
  return `${chartRatio(share * 100)}%`;
}

/** The first night whose strike leak rate exceeds the hold rate, as a strong rule (none if never). */
export function breachRule(data: CampaignChartData): RuleMark[] {
  const night = data.firstBreachNight;
  if (night === null || data.holdLeakRate === null) return [];
  const words = nightWords(night, data.mode === "monte-carlo");
  return [
    {
      at: night,
      color: INK,
      strong: true,
      label: `Strike leak rate above ${sharePercent(data.holdLeakRate)}, ${words}`,
    },
  ];
}

/** Each limited stock's dry night (a layer) or first short night (an attacker type), in its colour. */
export function dryRules(data: CampaignChartData): RuleMark[] {
  const mc = data.mode === "monte-carlo";
  return data.stocks.flatMap((s, i): RuleMark[] =>
    s.dryNight === null
      ? []
      : [
          {
            at: s.dryNight,
            color: categoryColor(i),
            label:
              s.side === "defender"
                ? `${shortName(s.name)} dry, ${nightWords(s.dryNight, mc)}`
                : `Attacker's ${shortName(s.name)} short, ${nightWords(s.dryNight, mc)}`,
          },
        ],
  );
}

/** The subtitle's addition: the horizon, e.g. "365 nights". */
export function chartNight(data: CampaignChartData): string {
  return `${chartCount(data.nights)} ${data.nights === 1 ? "night" : "nights"}`;
}
