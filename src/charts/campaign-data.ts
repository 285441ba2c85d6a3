/**
 * What the campaign charts (`stocks`, `leak-rate`, `campaign-cost`,
 * docs/campaign.md §4) draw: the nights of one campaign run, with the
 * assumptions every chart names.
 */
import type { Band, CampaignResult, NightBand, Scenario } from "../model/index.js";
import type { ChartData } from "./chart-data.js";

/** One stock over the nights: a layer's shots or an attacker type's drones. */
export interface StockLine {
  readonly id: string;
  readonly name: string;
  readonly side: "defender" | "attacker";
  /** Shots held back (a layer's reserve); null for none. */
  readonly reserve: number | null;
  /** The layer's `dryNight` or the type's `attackerDryNight` (Monte Carlo: the median); null for never. */
  readonly dryNight: number | null;
  readonly dryNightBand?: NightBand;
  /** The stock at the end of each night, night 1 first. */
  readonly stockEnd: readonly number[];
  /** Monte Carlo: p5 / p95 of the stock at the end of each night. */
  readonly bands?: readonly (Band | undefined)[];
}

/** Everything a campaign chart needs. */
export interface CampaignChartData extends Omit<ChartData, "series"> {
  /** The horizon `D`. */
  readonly nights: number;
  /** Probability 0..1, or null when the scenario sets none. */
  readonly holdLeakRate: number | null;
  /** Monte Carlo: the median over trials, a night past the horizon meaning "never". */
  readonly firstBreachNight: number | null;
  readonly firstBreachNightBand?: NightBand;
  /** Only the limited stocks: defender layers first, then attacker types. */
  readonly stocks: readonly StockLine[];
  /** Strike leak rate per night (null where nothing was launched), with its Monte Carlo band. */
  readonly strikeLeakRate: readonly (number | null)[];
  readonly strikeLeakRateBands?: readonly (Band | undefined)[];
  /** Each side's spend per night (Monte Carlo: the mean). */
  readonly defenderCost: readonly number[];
  readonly attackerCost: readonly number[];
}

/** A night number within the horizon, or null (Monte Carlo counts "never" as `D + 1`). */
function within(night: number | null | undefined, horizon: number): number | null {
  return night === null || night === undefined || night > horizon ? null : night;
}

/**
 * The chart view of a campaign: `frame` (the fields every chart of the
 * scenario shares, from `chartFrame`), the stocks with a limit, the strike
 * leak rate and each side's spend per night.
 *
 * @example campaignChartData(chartFrame(scenario, result), scenario, result).stocks[0]?.dryNight // 37
 */
export function campaignChartData(
  frame: Omit<ChartData, "series">,
  scenario: Scenario,
  result: CampaignResult,
): CampaignChartData {
  const D = result.nights.length;
  const s = result.summary;
  const first = result.nights[0];
  const mc = result.mode === "monte-carlo";
  const layers = s.layers.flatMap((l, k): StockLine[] => {
    if (first?.layers[k]?.stockEnd === null || first === undefined) return [];
    const reserve = scenario.campaign?.defender.find((d) => d.id === l.id)?.reserve ?? 0;
    return [
      {
        id: l.id,
        name: scenario.layers[k]?.name ?? l.id,
        side: "defender",
        reserve: reserve > 0 ? reserve : null,
        dryNight: within(l.dryNightBand?.p50 ?? l.dryNight, D),
        ...(l.dryNightBand === undefined ? {} : { dryNightBand: l.dryNightBand }),
        stockEnd: result.nights.map((n) => n.layers[k]?.stockEnd ?? 0),
        ...(mc ? { bands: result.nights.map((n) => n.layers[k]?.bands?.stockEnd) } : {}),
      },
    ];
  });
  const drones = s.drones.flatMap((d, t): StockLine[] => {
    if (first?.drones[t]?.stockEnd === null || first === undefined) return [];
    return [
      {
        id: d.id,
        name: scenario.drones[t]?.name ?? d.id,
        side: "attacker",
        reserve: null,
        dryNight: within(d.attackerDryNightBand?.p50 ?? d.attackerDryNight, D),
        ...(d.attackerDryNightBand === undefined ? {} : { dryNightBand: d.attackerDryNightBand }),
        stockEnd: result.nights.map((n) => n.drones[t]?.stockEnd ?? 0),
        ...(mc ? { bands: result.nights.map((n) => n.drones[t]?.bands?.stockEnd) } : {}),
      },
    ];
  });
  return {
    ...frame,
    mode: result.mode,
    trials: result.trials,
    seed: result.seed,
    nights: D,
    holdLeakRate: scenario.campaign?.holdLeakRate ?? null,
    firstBreachNight: within(s.firstBreachNightBand?.p50 ?? s.firstBreachNight, D),
    ...(s.firstBreachNightBand === undefined
      ? {}
      : { firstBreachNightBand: s.firstBreachNightBand }),
    stocks: [...layers, ...drones],
    strikeLeakRate: result.nights.map((n) => n.strikeLeakRate),
    ...(mc ? { strikeLeakRateBands: result.nights.map((n) => n.bands?.strikeLeakRate) } : {}),
    defenderCost: result.nights.map((n) => n.defenderCost),
    attackerCost: result.nights.map((n) => n.attackerCost),
  };
}
