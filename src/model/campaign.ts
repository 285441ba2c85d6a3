import type { Band } from "./outcome.js";

/**
 * A campaign over many nights (docs/campaign.md): each night one attack of
 * the single-night model, with shot budgets limited by stocks, deliveries
 * and reserves, and launches limited by the attacker's stocks.
 *
 * Every rate here is already converted to "per night" (1 week = 7 nights,
 * 1 month = 365.25 / 12, 1 year = 365.25) and every lead time to whole
 * nights `λ = ceil(days)`.
 */
export interface RaidSpan {
  /** First night, counted from 1, inclusive. */
  readonly from: number;
  /** Last night, inclusive. */
  readonly to: number;
  readonly drones: number;
}

export interface AttackerStock {
  /** Drone type id. */
  readonly id: string;
  /** Null: unlimited. */
  readonly stock: number | null;
  /** Drones added per night after the night's launches. */
  readonly production: number;
}

export interface DefenderStock {
  /** Layer id. */
  readonly id: string;
  /** Null: no stock limit (the layer keeps `min(magazine, capacity)`). */
  readonly stock: number | null;
  /** Shots delivered per night, on nights `d > leadTime` only. */
  readonly production: number;
  /** Whole nights before the first delivery. */
  readonly leadTime: number;
  /** Shots the defender will not fire. */
  readonly reserve: number;
}

export interface Campaign {
  readonly nights: number;
  /** Planned raid per night: spans in night order, not overlapping; a night no span covers plans 0. */
  readonly raid: readonly RaidSpan[];
  /** By drone type id; a type left out is unlimited. */
  readonly attacker: readonly AttackerStock[];
  /** By layer id; a layer left out has no stock limit. */
  readonly defender: readonly DefenderStock[];
  /** Probability 0..1, or null when not given. */
  readonly holdLeakRate: number | null;
}

/** One layer on one night (docs/campaign.md §3). */
export interface CampaignLayerNight {
  readonly id: string;
  readonly shots: number;
  readonly kills: number;
  readonly cost: number;
  /** Null for a layer without a stock limit. */
  readonly stockEnd: number | null;
  readonly bands?: { readonly stockEnd?: Band };
}

/** One drone type on one night. */
export interface CampaignDroneNight {
  readonly id: string;
  readonly launched: number;
  readonly leakers: number;
  /** Null for a type without a stock limit. */
  readonly stockEnd: number | null;
  readonly bands?: { readonly stockEnd?: Band };
}

export interface CampaignNight {
  readonly night: number;
  readonly raid: number;
  readonly launched: number;
  readonly kills: number;
  readonly leakers: number;
  readonly strikeLeakers: number;
  /** `leakers / launched`; null where nothing launched. */
  readonly leakRate: number | null;
  /** `strikeLeakers / strike launched` (all drones when every type is a decoy); null where none launched. */
  readonly strikeLeakRate: number | null;
  readonly damage: number;
  readonly disruption: number;
  readonly attackerCost: number;
  readonly defenderCost: number;
  readonly cer: number | null;
  readonly netCer: number | null;
  readonly layers: readonly CampaignLayerNight[];
  readonly drones: readonly CampaignDroneNight[];
  /** Monte Carlo only: p5 / p50 / p95 of the per-trial values. */
  readonly bands?: { readonly leakers?: Band; readonly strikeLeakRate?: Band };
}

/** A night number's spread over Monte Carlo trials; `D + 1` means "beyond the horizon". */
export interface NightBand {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

export interface CampaignSummary {
  readonly launched: number;
  readonly kills: number;
  readonly leakers: number;
  readonly strikeLeakers: number;
  readonly damage: number;
  readonly attackerCost: number;
  readonly defenderCost: number;
  readonly cer: number | null;
  readonly netCer: number | null;
  /** `dryNight`: null if the layer never runs dry within the horizon (or has no stock). */
  readonly layers: readonly {
    readonly id: string;
    readonly dryNight: number | null;
    readonly dryNightBand?: NightBand;
  }[];
  readonly drones: readonly {
    readonly id: string;
    readonly attackerDryNight: number | null;
    readonly attackerDryNightBand?: NightBand;
  }[];
  /** Null without `holdLeakRate` or when no night breaches it. */
  readonly firstBreachNight: number | null;
  readonly firstBreachNightBand?: NightBand;
  /** Null without `holdLeakRate`. Deterministic search (docs/campaign.md §3). */
  readonly sustainableRaid: number | null;
}

/** A whole campaign run (the body of `cxr campaign --format json`, less the header). */
export interface CampaignResult {
  readonly mode: "deterministic" | "monte-carlo";
  readonly trials: number | null;
  readonly seed: number | null;
  readonly nights: readonly CampaignNight[];
  readonly summary: CampaignSummary;
}
