import type { ScenarioPoint } from "../model/point.js";
import { type NightAttack, attackFluid, nightAttack } from "./attack-fluid.js";
import type { CampaignPlan } from "./campaign-plan.js";

/**
 * One night of a campaign as the night loop leaves it: the arrays are
 * reused from night to night, so a visitor copies what it keeps.
 */
export interface NightRecord {
  night: number;
  raid: number;
  /** Per drone type: planned launches `R_d × s_t` and launches `min(planned, A_t)`. */
  readonly planned: Float64Array;
  readonly launched: Float64Array;
  readonly attack: NightAttack;
  /** Per layer: `S_{L,d} − shots_{L,d}`, before the night's delivery (the dry-night test). */
  readonly afterFight: Float64Array;
  /** Per layer and per drone type: the stock after the night, deliveries included. */
  readonly layerStockEnd: Float64Array;
  readonly droneStockEnd: Float64Array;
}

/**
 * The deterministic campaign night by night (docs/campaign.md §2), stocks as
 * real numbers: launches `n_t = min(R_d × s_t, A_t)`, budgets
 * `B_L = min(magazine, capacity, max(0, S_L − r_L))`, the attack with
 * availability enumerated (docs/model.md §4), then
 * `S_L ← S_L − shots_L + p_L` (from night `λ_L + 1`) and
 * `A_t ← A_t − n_t + p_t`. `visit` sees each night in order; returning
 * false stops the loop (the sustainable raid search stops at a breach).
 */
export function runFluidNights(
  point: ScenarioPoint,
  plan: CampaignPlan,
  visit: (night: NightRecord) => boolean,
): void {
  const T = point.drones.length;
  const K = point.layers.length;
  const layerStock = Float64Array.from(plan.layerStock);
  const droneStock = Float64Array.from(plan.droneStock);
  const budgets = new Float64Array(K);
  const rec: NightRecord = {
    night: 0,
    raid: 0,
    planned: new Float64Array(T),
    launched: new Float64Array(T),
    attack: nightAttack(T, K),
    afterFight: new Float64Array(K),
    layerStockEnd: layerStock,
    droneStockEnd: droneStock,
  };
  for (let d = 1; d <= plan.nights; d++) {
    const raid = plan.raid[d - 1]!;
    rec.night = d;
    rec.raid = raid;
    for (let t = 0; t < T; t++) {
      const planned = raid * point.drones[t]!.share;
      rec.planned[t] = planned;
      rec.launched[t] = Math.min(planned, droneStock[t]!);
    }
    for (let k = 0; k < K; k++) {
      const free = Math.max(0, layerStock[k]! - plan.layerReserve[k]!);
      budgets[k] = Math.min(point.layers[k]!.budget, free);
    }
    attackFluid(point, rec.launched, budgets, rec.attack);
    for (let k = 0; k < K; k++) {
      const left = layerStock[k]! - rec.attack.layerShots[k]!;
      rec.afterFight[k] = left;
      layerStock[k] = left + (d > plan.layerLeadTime[k]! ? plan.layerProduction[k]! : 0);
    }
    for (let t = 0; t < T; t++) {
      droneStock[t] = droneStock[t]! - rec.launched[t]! + plan.droneProduction[t]!;
    }
    if (!visit(rec)) return;
  }
}
