import { ratio } from "../engine/totals.js";
import type { CampaignNight, CampaignSummary } from "../model/campaign.js";

/** The campaign totals of docs/campaign.md §3, before the night-number results. */
export type CampaignTotals = Pick<
  CampaignSummary,
  | "launched"
  | "kills"
  | "leakers"
  | "strikeLeakers"
  | "damage"
  | "attackerCost"
  | "defenderCost"
  | "cer"
  | "netCer"
>;

/**
 * Sums over the nights, and the ratios of the sums:
 * `cer = Σ defenderCost / Σ attackerCost`,
 * `netCer = Σ (defenderCost + damage + disruption) / Σ attackerCost`.
 */
export function campaignTotals(nights: readonly CampaignNight[]): CampaignTotals {
  let launched = 0;
  let kills = 0;
  let leakers = 0;
  let strikeLeakers = 0;
  let damage = 0;
  let disruption = 0;
  let attackerCost = 0;
  let defenderCost = 0;
  for (const n of nights) {
    launched += n.launched;
    kills += n.kills;
    leakers += n.leakers;
    strikeLeakers += n.strikeLeakers;
    damage += n.damage;
    disruption += n.disruption;
    attackerCost += n.attackerCost;
    defenderCost += n.defenderCost;
  }
  return {
    launched,
    kills,
    leakers,
    strikeLeakers,
    damage,
    attackerCost,
    defenderCost,
    cer: ratio(defenderCost, attackerCost),
    netCer: ratio(defenderCost + damage + disruption, attackerCost),
  };
}
