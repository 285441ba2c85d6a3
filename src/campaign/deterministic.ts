import type { CampaignNight, CampaignResult } from "../model/campaign.js";
import { resolvePoint } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { campaignPlan } from "./campaign-plan.js";
import { campaignTotals } from "./campaign-totals.js";
import { runFluidNights } from "./fluid-nights.js";
import { breaches, campaignNight, strikeCounts } from "./night-result.js";
import { sustainableRaid } from "./sustainable-raid.js";

/** Slack on the dry-night and short-launch tests (docs/campaign.md §3). */
export const DRY_TOLERANCE = 1e-9;

/**
 * The deterministic campaign (docs/campaign.md §2–§3): every input at its
 * base value (docs/model.md §4), stocks as real numbers, one attack a night
 * with availability enumerated. Per night the results of §3; the summary's
 * totals, `dryNight` per layer (the first night with
 * `S_L − shots_L ≤ r_L + 1e-9`), `attackerDryNight` per type (the first
 * night with `n_t < planned_t − 1e-9`), `firstBreachNight` (the first
 * night whose strike leak rate exceeds `holdLeakRate`) and
 * `sustainableRaid`.
 *
 * @throws RangeError when the scenario has no campaign block
 * @example campaignDeterministic(scenario).summary.layers[0]?.dryNight // 37
 */
export function campaignDeterministic(scenario: Scenario): CampaignResult {
  const plan = campaignPlan(scenario);
  const point = resolvePoint(scenario, (input) => input.base);
  const ids = {
    layers: scenario.layers.map((l) => l.id),
    drones: scenario.drones.map((d) => d.id),
  };
  const disruption = scenario.disruption.base;
  const dryNight: (number | null)[] = ids.layers.map(() => null);
  const attackerDryNight: (number | null)[] = ids.drones.map(() => null);
  let firstBreachNight: number | null = null;
  const hold = plan.holdLeakRate;
  const nights: CampaignNight[] = [];
  runFluidNights(point, plan, (rec) => {
    const d = rec.night;
    const a = rec.attack;
    const launched = rec.launched.reduce((s, x) => s + x, 0);
    nights.push(
      campaignNight(d, ids, plan, {
        ...a,
        raid: rec.raid,
        launchedByType: rec.launched,
        disruption: launched > 0 ? disruption : 0,
        layerStockEnd: rec.layerStockEnd,
        droneStockEnd: rec.droneStockEnd,
      }),
    );
    dryNight.forEach((night, k) => {
      const dry = rec.afterFight[k]! <= plan.layerReserve[k]! + DRY_TOLERANCE;
      if (night === null && plan.layerLimited[k] && dry) dryNight[k] = d;
    });
    attackerDryNight.forEach((night, t) => {
      const short = rec.launched[t]! < rec.planned[t]! - DRY_TOLERANCE;
      if (night === null && short) attackerDryNight[t] = d;
    });
    const s = strikeCounts(plan, rec.launched, a.leakersByType);
    if (firstBreachNight === null && hold !== null && breaches(s.leakers, s.launched, hold)) {
      firstBreachNight = d;
    }
    return true;
  });
  return {
    mode: "deterministic",
    trials: null,
    seed: null,
    nights,
    summary: {
      ...campaignTotals(nights),
      layers: ids.layers.map((id, k) => ({ id, dryNight: dryNight[k]! })),
      drones: ids.drones.map((id, t) => ({ id, attackerDryNight: attackerDryNight[t]! })),
      firstBreachNight,
      sustainableRaid: sustainableRaid(scenario, point),
    },
  };
}
