import type { ScenarioPoint } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { campaignPlan } from "./campaign-plan.js";
import { runFluidNights } from "./fluid-nights.js";
import { breaches, strikeCounts } from "./night-result.js";

/** The largest raid the search tries (docs/campaign.md §3). */
export const MAX_SUSTAINABLE_RAID = 1e6;

/**
 * Does a constant nightly raid of `raid` drones keep every night of the
 * horizon at or under `holdLeakRate` (deterministic, every other input as
 * given)? Stops at the first breach.
 */
export function holdsRaid(
  scenario: Scenario,
  point: ScenarioPoint,
  raid: number,
  hold: number,
): boolean {
  const plan = campaignPlan(scenario, raid);
  let held = true;
  runFluidNights(point, plan, (rec) => {
    const s = strikeCounts(plan, rec.launched, rec.attack.leakersByType);
    held = !breaches(s.leakers, s.launched, hold);
    return held;
  });
  return held;
}

/**
 * The sustainable raid (docs/campaign.md §3): the largest constant nightly
 * raid `R` (whole drones, `0 ≤ R ≤ 10⁶`) for which no night exceeds
 * `holdLeakRate`. Tries `R = 1, 2, 4, …` up to the first failure, then
 * bisects between the last success and it; `0` when `R = 1` already
 * fails, `10⁶` when no raid up to it fails. Null without `holdLeakRate`.
 *
 * @example sustainableRaid(scenario, resolvePoint(scenario, (i) => i.base)) // 212
 */
export function sustainableRaid(scenario: Scenario, point: ScenarioPoint): number | null {
  const hold = scenario.campaign?.holdLeakRate ?? null;
  if (hold === null) return null;
  const holds = (r: number): boolean => holdsRaid(scenario, point, r, hold);
  if (!holds(1)) return 0;
  let lo = 1;
  let hi = 2;
  for (;;) {
    const r = Math.min(hi, MAX_SUSTAINABLE_RAID);
    if (!holds(r)) {
      hi = r;
      break;
    }
    lo = r;
    if (r === MAX_SUSTAINABLE_RAID) return r;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (holds(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
