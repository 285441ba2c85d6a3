import type { Scenario } from "../../model/scenario.js";
import { BAND_SLOTS, type SimBuffers } from "../../sim/sim-buffers.js";
import { batchCount } from "../../sim/options.js";
import { type SimPlan, simPlan } from "../../sim/plan.js";
import { type CampaignPlan, campaignPlan } from "../campaign-plan.js";

/** Per (batch, night) sums, in this order, then 3 per drone type and 4 per layer. */
export const S_ATTACKER_COST = 0;
export const S_DEFENDER_COST = 1;
export const S_KILLS = 2;
export const S_DAMAGE = 3;
export const S_DISRUPTION = 4;
/** Type `t`'s launches, leakers and stock at the night's end at `S_TYPES + 3t + 0, 1, 2`. */
export const S_TYPES = 5;

/**
 * A Monte Carlo campaign compiled once per thread: the simulation plan of
 * the scenario (inputs drawn per trial as `simulate` draws them), the
 * campaign laid out by index, and where each result goes.
 *
 * Sums: `sums[(batch × D + night − 1) × M + j]`. Band rows: per night
 * `B = 2 + limited layers + limited types` rows (leakers, strike leak rate,
 * each limited layer's stock, each limited type's stock) at
 * `(night − 1) × B + j`, then one row per limited layer (its dry night),
 * per limited type (its short night) and, with a hold leak rate, the first
 * breach night. A row holds one value per trial: `perTrial[row × trials + trial]`.
 */
export interface McLayout {
  readonly scenario: Scenario;
  readonly sim: SimPlan;
  readonly plan: CampaignPlan;
  readonly trials: number;
  readonly seed: number;
  /** Sums per (batch, night). */
  readonly metricCount: number;
  /** `S_TYPES + 3T`: layer `k`'s shots, kills, cost and stock at `layersAt + 4k + 0…3`. */
  readonly layersAt: number;
  readonly limitedLayers: readonly number[];
  readonly limitedTypes: readonly number[];
  /** Band rows per night. */
  readonly rowsPerNight: number;
  /** First of the night-number rows (dry nights, then the breach). */
  readonly nightRowsAt: number;
  readonly rowCount: number;
}

export function mcLayout(scenario: Scenario, trials: number, seed: number): McLayout {
  const plan = campaignPlan(scenario);
  const T = scenario.drones.length;
  const K = scenario.layers.length;
  const limitedLayers = plan.layerLimited.flatMap((l, k) => (l ? [k] : []));
  const limitedTypes = plan.droneLimited.flatMap((l, t) => (l ? [t] : []));
  const rowsPerNight = 2 + limitedLayers.length + limitedTypes.length;
  const nightRowsAt = plan.nights * rowsPerNight;
  const breachRows = plan.holdLeakRate === null ? 0 : 1;
  return {
    scenario,
    sim: simPlan(scenario),
    plan,
    trials,
    seed,
    metricCount: S_TYPES + 3 * T + 4 * K,
    layersAt: S_TYPES + 3 * T,
    limitedLayers,
    limitedTypes,
    rowsPerNight,
    nightRowsAt,
    rowCount: nightRowsAt + limitedLayers.length + limitedTypes.length + breachRows,
  };
}

/** The buffers of a campaign run, in the shape `bandRows` (src/sim) reads and writes. */
export function mcBuffers(
  layout: McLayout,
  alloc: (n: number) => Float64Array = (n) => new Float64Array(n),
): SimBuffers {
  return {
    perTrial: alloc(layout.rowCount * layout.trials),
    sums: alloc(batchCount(layout.trials) * layout.plan.nights * layout.metricCount),
    keptDraws: new Float64Array(0),
    bands: alloc(layout.rowCount * BAND_SLOTS),
  };
}
