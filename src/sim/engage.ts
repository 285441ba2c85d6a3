import type { BatchPoints } from "./batch-points.js";
import {
  M_ATTACKER_COST,
  M_DAMAGE,
  M_DAMAGE_AVERTED,
  M_DEFENDER_COST,
  M_DEFENDER_COST_FULL,
  M_KILLS,
  M_LAYERS,
  M_LEAKERS,
  type SimPlan,
} from "./plan.js";
import { binomial } from "./random/binomial.js";
import { multinomial } from "./random/multinomial.js";
import { multivariateHypergeometric } from "./random/multivariate-hypergeometric.js";
import type { Xoshiro128 } from "./random/xoshiro128.js";

/** Work arrays of one thread, one slot per drone type; reused for every trial. */
export interface EngageScratch {
  readonly alive: Float64Array;
  readonly targets: Float64Array;
  readonly picked: Float64Array;
}

export function engageScratch(droneCount: number): EngageScratch {
  return {
    alive: new Float64Array(droneCount),
    targets: new Float64Array(droneCount),
    picked: new Float64Array(droneCount),
  };
}

/**
 * One attack of `swarmSize` drones against trial `trial` of a batch, exact
 * Monte Carlo (model.md §3, §5): counts per type `Multinomial(N, shares)`,
 * layers outer to inner; an unavailable layer fires nothing, costs nothing,
 * kills nothing. Salvo `s`: `e = min(ΣE, floor(B / s))` targets by a
 * multivariate hypergeometric, kills `Binomial(e_t, 1 − (1 − pk)^s)`.
 * Shoot-look-shoot `m`: up to `m` rounds of `min(|A|, B_left)` shots at
 * uniformly chosen alive targets, kills `Binomial(shot_t, pk)`.
 *
 * Only binomial and hypergeometric draws, so the cost does not grow with N.
 * Writes the additive totals (layout of {@link M_LAYERS} and friends) into `out`.
 */
export function engageTrial(
  plan: SimPlan,
  pts: BatchPoints,
  trial: number,
  swarmSize: number,
  rng: Xoshiro128,
  scratch: EngageScratch,
  out: Float64Array,
): void {
  const T = plan.droneCount;
  const K = plan.layerCount;
  const dOff = trial * T;
  const { alive, targets, picked } = scratch;
  multinomial(rng, swarmSize, plan.shares, alive);

  let attackerCost = 0;
  for (let t = 0; t < T; t++) attackerCost += alive[t]! * pts.unitCost[dOff + t]!;

  let defenderCost = 0;
  let defenderCostFull = 0;
  let killsAll = 0;
  let averted = 0;
  for (let k = 0; k < K; k++) {
    const at = trial * K + k;
    const o = M_LAYERS + 3 * k;
    defenderCostFull += pts.acquisition[at]!;
    if (pts.available[at] === 0) {
      out[o] = 0;
      out[o + 1] = 0;
      out[o + 2] = 0;
      continue;
    }
    let eligibleTotal = 0;
    for (let t = 0; t < T; t++) {
      const e = plan.eligible[k * T + t] === 1 ? alive[t]! : 0;
      targets[t] = e;
      eligibleTotal += e;
    }
    const pKill = pts.pKill[at]!;
    let shots = 0;
    let kills = 0;
    let rounds = plan.shootLookShoot[k] === 1 ? plan.shots[k]! : 1;
    const perTarget = plan.shootLookShoot[k] === 1 ? 1 : plan.shots[k]!;
    let left = pts.budget[at]!;
    // A salvo is one round of `s` shots per target; shoot-look-shoot is up to `m` rounds of one.
    while (rounds > 0 && eligibleTotal > 0) {
      const fired = Math.min(eligibleTotal, Math.floor(left / perTarget));
      if (fired <= 0) break;
      // Everyone eligible is engaged unless the budget binds: skip the draw then.
      const shotAt = fired < eligibleTotal ? picked : targets;
      if (fired < eligibleTotal) multivariateHypergeometric(rng, fired, targets, T, picked);
      let roundKills = 0;
      for (let t = 0; t < T; t++) {
        const n = shotAt[t]!;
        if (n === 0) continue;
        const killed = binomial(rng, n, pKill);
        if (killed === 0) continue;
        targets[t] = targets[t]! - killed;
        alive[t] = alive[t]! - killed;
        averted += killed * pts.damage[dOff + t]!;
        roundKills += killed;
      }
      kills += roundKills;
      eligibleTotal -= roundKills;
      shots += fired * perTarget;
      left -= fired * perTarget;
      rounds--;
    }
    const cost = shots * pts.costPerShot[at]! + (swarmSize > 0 ? pts.fixedCost[at]! : 0);
    out[o] = shots;
    out[o + 1] = kills;
    out[o + 2] = cost;
    killsAll += kills;
    defenderCost += cost;
  }

  let leakers = 0;
  let damage = 0;
  for (let t = 0; t < T; t++) {
    leakers += alive[t]!;
    damage += alive[t]! * pts.damage[dOff + t]!;
  }
  out[M_ATTACKER_COST] = attackerCost;
  out[M_DEFENDER_COST] = defenderCost;
  out[M_DEFENDER_COST_FULL] = defenderCostFull + defenderCost;
  out[M_KILLS] = killsAll;
  out[M_LEAKERS] = leakers;
  out[M_DAMAGE] = damage;
  out[M_DAMAGE_AVERTED] = averted;
}
