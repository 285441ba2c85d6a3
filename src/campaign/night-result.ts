import { ratio } from "../engine/totals.js";
import type { CampaignNight } from "../model/campaign.js";
import type { CampaignPlan } from "./campaign-plan.js";

/**
 * One night's additive quantities (a deterministic night, or Monte Carlo
 * means over trials), from which every result of docs/campaign.md §3
 * follows.
 */
export interface NightTotals {
  readonly raid: number;
  readonly launchedByType: ArrayLike<number>;
  readonly leakersByType: ArrayLike<number>;
  readonly kills: number;
  readonly damage: number;
  readonly disruption: number;
  readonly attackerCost: number;
  readonly defenderCost: number;
  readonly layerShots: ArrayLike<number>;
  readonly layerKills: ArrayLike<number>;
  readonly layerCost: ArrayLike<number>;
  readonly layerStockEnd: ArrayLike<number>;
  readonly droneStockEnd: ArrayLike<number>;
}

/** Slack on the strike leak rate against `holdLeakRate`, so that rounding never makes a breach. */
export const BREACH_TOLERANCE = 1e-9;

/** The night's strike launches and strike leakers (non-decoy types; all when every type is a decoy). */
export function strikeCounts(
  plan: CampaignPlan,
  launched: ArrayLike<number>,
  leakers: ArrayLike<number>,
): { launched: number; leakers: number } {
  let l = 0;
  let k = 0;
  plan.strike.forEach((isStrike, t) => {
    if (!isStrike) return;
    l += launched[t]!;
    k += leakers[t]!;
  });
  return { launched: l, leakers: k };
}

/** `strikeLeakers / strikeLaunched > holdLeakRate` (never where nothing was launched). */
export function breaches(strikeLeakers: number, strikeLaunched: number, hold: number): boolean {
  return strikeLaunched > 0 && strikeLeakers / strikeLaunched > hold + BREACH_TOLERANCE;
}

function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s;
}

/**
 * A night's results (docs/campaign.md §3): totals, `leakRate`,
 * `strikeLeakRate`, `cer = defenderCost / attackerCost`,
 * `netCer = (defenderCost + damage + disruption) / attackerCost`, per layer
 * and per drone type; a stock without a limit is null.
 */
export function campaignNight(
  night: number,
  ids: { readonly layers: readonly string[]; readonly drones: readonly string[] },
  plan: CampaignPlan,
  n: NightTotals,
): CampaignNight {
  const launched = sum(n.launchedByType);
  const leakers = sum(n.leakersByType);
  const strike = strikeCounts(plan, n.launchedByType, n.leakersByType);
  return {
    night,
    raid: n.raid,
    launched,
    kills: n.kills,
    leakers,
    strikeLeakers: strike.leakers,
    leakRate: ratio(leakers, launched),
    strikeLeakRate: ratio(strike.leakers, strike.launched),
    damage: n.damage,
    disruption: n.disruption,
    attackerCost: n.attackerCost,
    defenderCost: n.defenderCost,
    cer: ratio(n.defenderCost, n.attackerCost),
    netCer: ratio(n.defenderCost + n.damage + n.disruption, n.attackerCost),
    layers: ids.layers.map((id, k) => ({
      id,
      shots: n.layerShots[k]!,
      kills: n.layerKills[k]!,
      cost: n.layerCost[k]!,
      stockEnd: plan.layerLimited[k] ? n.layerStockEnd[k]! : null,
    })),
    drones: ids.drones.map((id, t) => ({
      id,
      launched: n.launchedByType[t]!,
      leakers: n.leakersByType[t]!,
      stockEnd: plan.droneLimited[t] ? n.droneStockEnd[t]! : null,
    })),
  };
}
