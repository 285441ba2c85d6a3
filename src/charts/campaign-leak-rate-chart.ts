/**
 * `leak-rate` (docs/campaign.md §4): the strike leak rate per night against
 * the `holdLeakRate` rule, with its p5–p95 band in Monte Carlo, the dry
 * nights and the first breach marked.
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartOptions } from "./chart-data.js";
import type { ChartModule } from "./chart-module.js";
import type { CampaignChartData } from "./campaign-data.js";
import { framePanels, nightPanel, nightWords } from "./campaign-panel.js";
import { breachRule, chartNight, dryRules, sharePercent } from "./campaign-rules.js";
import { plotSize } from "./frame.js";
import { MUTED, categoryColor } from "./theme.js";

/** The finding: the first breach, else the highest night. */
function leakTitle(data: CampaignChartData): string {
  const mc = data.mode === "monte-carlo";
  const hold = data.holdLeakRate;
  if (hold !== null && data.firstBreachNight !== null) {
    return `The strike leak rate first exceeds ${sharePercent(hold)} on ${nightWords(data.firstBreachNight, mc)}`;
  }
  let peak = -1;
  let at = 0;
  data.strikeLeakRate.forEach((r, i) => {
    if (r !== null && r > peak) [peak, at] = [r, i + 1];
  });
  if (hold !== null) {
    return `The strike leak rate stays within ${sharePercent(hold)} for all ${data.nights} nights`;
  }
  if (peak < 0) return "No strike drone is launched in this campaign";
  // A flat line has no peak worth naming (Eastern Sentry: 93 % on every night).
  const rates = data.strikeLeakRate.filter((r): r is number => r !== null);
  const low = rates.reduce((m, r) => Math.min(m, r), peak);
  if (rates.length > 1 && peak - low <= FLAT) {
    const nights = rates.length === data.nights ? "every night" : "every night strike drones fly";
    return `The strike leak rate stays at ${sharePercent(peak)} ${nights}`;
  }
  return `The strike leak rate peaks at ${sharePercent(peak)} on night ${at}`;
}

/** Nights whose strike leak rates differ by at most this much (half a percentage point) read as one rate. */
const FLAT = 0.005;

/** The `leak-rate` chart. Title: "The strike leak rate first exceeds 10% on night 38". */
export function buildLeakRateChart(
  data: CampaignChartData,
  options: ChartOptions = {},
): TopLevelSpec {
  const { width, height } = plotSize(options);
  const line = {
    name: "Strike leak rate",
    color: categoryColor(1),
    values: data.strikeLeakRate,
    ...(data.strikeLeakRateBands === undefined ? {} : { bands: data.strikeLeakRateBands }),
  };
  const hold = data.holdLeakRate;
  const panel = nightPanel({
    nights: data.nights,
    series: [line],
    legend: [line],
    width,
    height,
    yTitle: "Strike drones getting through (share of launched)",
    yAxis: { format: ".2~%" },
    yFloor: 0.01,
    yCap: 1,
    hRules:
      hold === null
        ? []
        : [{ at: hold, color: MUTED, label: `Hold: ${sharePercent(hold)} strike leak rate` }],
    vRules: [...dryRules(data), ...breachRule(data)],
    valueTitle: "Strike leak rate",
    valueFormat: ".2%",
    emptyNote: "No strike drone is launched: no strike leak rate to draw",
  });
  return framePanels(
    data,
    { title: leakTitle(data), subtitleExtra: chartNight(data) },
    [panel],
    width,
  );
}

/** The `leak-rate` chart's registry entry. */
export const leakRateChart: ChartModule<CampaignChartData, ChartOptions> = {
  summary:
    "a campaign's strike leak rate per night against the rate the defence must hold, with dry and breach nights",
  build: buildLeakRateChart,
};
