import type { Campaign, RaidSpan } from "../model/campaign.js";
import type { Scenario } from "../model/scenario.js";
import { strikeTypes } from "./strike-types.js";

/**
 * A campaign block laid out by index for the night loop (docs/campaign.md
 * §1–§2): per layer and per drone type in scenario order, whether it has a
 * stock limit, its starting stock, production per night, lead time and
 * reserve. A layer or type the block leaves out (or gives no stock) is
 * unlimited: its stock is `Infinity` and never changes.
 */
export interface CampaignPlan {
  readonly nights: number;
  /** Planned raid of night `d` at `raid[d − 1]`. */
  readonly raid: Float64Array;
  readonly layerLimited: readonly boolean[];
  readonly layerStock: Float64Array;
  readonly layerProduction: Float64Array;
  /** Whole nights `λ`: deliveries on nights `d > λ` only. */
  readonly layerLeadTime: Float64Array;
  readonly layerReserve: Float64Array;
  readonly droneLimited: readonly boolean[];
  readonly droneStock: Float64Array;
  readonly droneProduction: Float64Array;
  /** Per drone type: counts towards the strike leak rate (non-decoy; every type when all are decoys). */
  readonly strike: readonly boolean[];
  readonly holdLeakRate: number | null;
}

/** The planned raid of every night: the spans' drones, 0 where no span covers a night. */
export function raidByNight(nights: number, spans: readonly RaidSpan[]): Float64Array {
  const raid = new Float64Array(nights);
  for (const s of spans) {
    for (let d = Math.max(1, s.from); d <= Math.min(nights, s.to); d++) raid[d - 1] = s.drones;
  }
  return raid;
}

/**
 * Lays out the campaign block of `scenario` by index; `constantRaid`
 * replaces the planned raid by the same raid every night (the sustainable
 * raid search).
 *
 * @throws RangeError when the scenario has no campaign block or it names an unknown id
 */
export function campaignPlan(scenario: Scenario, constantRaid?: number): CampaignPlan {
  const c: Campaign | null = scenario.campaign;
  if (c === null) throw new RangeError(`scenario "${scenario.title}" has no campaign block`);
  const layerAt = indexer(
    scenario.layers.map((l) => l.id),
    "layer",
  );
  const droneAt = indexer(
    scenario.drones.map((d) => d.id),
    "drone type",
  );
  const K = scenario.layers.length;
  const T = scenario.drones.length;
  const layerStock = new Float64Array(K).fill(Number.POSITIVE_INFINITY);
  const layerProduction = new Float64Array(K);
  const layerLeadTime = new Float64Array(K);
  const layerReserve = new Float64Array(K);
  for (const s of c.defender) {
    const k = layerAt(s.id);
    if (s.stock === null) continue;
    layerStock[k] = s.stock;
    layerProduction[k] = s.production;
    layerLeadTime[k] = s.leadTime;
    layerReserve[k] = s.reserve;
  }
  const droneStock = new Float64Array(T).fill(Number.POSITIVE_INFINITY);
  const droneProduction = new Float64Array(T);
  for (const s of c.attacker) {
    const t = droneAt(s.id);
    if (s.stock === null) continue;
    droneStock[t] = s.stock;
    droneProduction[t] = s.production;
  }
  const raid =
    constantRaid === undefined
      ? raidByNight(c.nights, c.raid)
      : new Float64Array(c.nights).fill(constantRaid);
  return {
    nights: c.nights,
    raid,
    layerLimited: Array.from(layerStock, Number.isFinite),
    layerStock,
    layerProduction,
    layerLeadTime,
    layerReserve,
    droneLimited: Array.from(droneStock, Number.isFinite),
    droneStock,
    droneProduction,
    strike: strikeTypes(scenario.drones),
    holdLeakRate: c.holdLeakRate,
  };
}

function indexer(ids: readonly string[], what: string): (id: string) => number {
  return (id) => {
    const i = ids.indexOf(id);
    if (i < 0) throw new RangeError(`the campaign names ${what} "${id}", which the scenario lacks`);
    return i;
  };
}
