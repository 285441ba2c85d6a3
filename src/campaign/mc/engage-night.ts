// Stand-in for the engine's `engageAttack` (src/sim/engage.ts) until it lands on main:
// the same draws in the same order, so switching changes no byte. Remove then.
import type { BatchPoints } from "../../sim/batch-points.js";
import {
  M_ATTACKER_COST,
  M_DAMAGE,
  M_DEFENDER_COST,
  M_KILLS,
  M_LAYERS,
  M_LEAKERS,
  type SimPlan,
} from "../../sim/plan.js";
import { BINOMIAL_SLOTS, binomialAt } from "../../random/binomial.js";
import { hypergeometric } from "../../random/hypergeometric.js";
import type { Xoshiro128 } from "../../random/xoshiro128.js";

/**
 * One night's attack against trial `trial` of a batch (docs/model.md §3):
 * `alive[t]` whole drones of each type on entry, the survivors on exit;
 * layer `k` fires at most `budgets[k]` shots and is up with its drawn
 * availability (one uniform from `rng` per layer, in layer order). Writes
 * the totals at `M_ATTACKER_COST` … `M_LEAKERS` and each layer's shots,
 * kills and cost at `M_LAYERS + 3k`. No loop over single drones.
 */
export function engageNight(
  plan: SimPlan,
  pts: BatchPoints,
  trial: number,
  alive: Float64Array,
  budgets: Float64Array,
  rng: Xoshiro128,
  out: Float64Array,
): void {
  const T = plan.droneCount;
  const K = plan.layerCount;
  const row = trial * plan.inputs.length;
  let attackerCost = 0;
  let swarm = 0;
  for (let t = 0; t < T; t++) {
    swarm += alive[t]!;
    attackerCost += alive[t]! * pts.unitCost[trial * T + t]!;
  }
  let defenderCost = 0;
  let killsAll = 0;
  let lump = -1;
  let lumpKills = 0;
  let lumpAlive = 0;
  for (let k = 0; k < K; k++) {
    const at = trial * K + k;
    const o = M_LAYERS + 3 * k;
    if (!(rng.nextDouble() < pts.values[row + plan.availabilityAt[k]!]!)) {
      out[o] = 0;
      out[o + 1] = 0;
      out[o + 2] = 0;
      continue;
    }
    const cls = plan.maskClass[k]!;
    if (cls !== lump) {
      if (lumpKills > 0) splitKills(rng, plan, lump, lumpKills, alive);
      lump = cls;
      lumpKills = 0;
      lumpAlive = 0;
      for (let i = plan.classStart[cls]!; i < plan.classStart[cls + 1]!; i++) {
        lumpAlive += alive[plan.classTypes[i]!]!;
      }
    }
    const perTarget = plan.perTarget[k]!;
    let shots = 0;
    let kills = 0;
    let rounds = plan.rounds[k]!;
    let left = budgets[k]!;
    while (rounds > 0 && lumpAlive > 0) {
      const fired = Math.min(lumpAlive, Math.floor(perTarget === 1 ? left : left / perTarget));
      if (fired <= 0) break;
      const killed = binomialAt(rng, fired, pts.kill, at * BINOMIAL_SLOTS);
      lumpAlive -= killed;
      kills += killed;
      shots += fired * perTarget;
      left -= fired * perTarget;
      rounds--;
    }
    lumpKills += kills;
    const cost = shots * pts.costPerShot[at]! + (swarm > 0 ? pts.fixedCost[at]! : 0);
    out[o] = shots;
    out[o + 1] = kills;
    out[o + 2] = cost;
    killsAll += kills;
    defenderCost += cost;
  }
  if (lumpKills > 0) splitKills(rng, plan, lump, lumpKills, alive);
  let leakers = 0;
  let damage = 0;
  for (let t = 0; t < T; t++) {
    leakers += alive[t]!;
    damage += alive[t]! * pts.damage[trial * T + t]!;
  }
  out[M_ATTACKER_COST] = attackerCost;
  out[M_DEFENDER_COST] = defenderCost;
  out[M_KILLS] = killsAll;
  out[M_LEAKERS] = leakers;
  out[M_DAMAGE] = damage;
}

function splitKills(
  rng: Xoshiro128,
  plan: SimPlan,
  cls: number,
  kills: number,
  alive: Float64Array,
): void {
  const first = plan.classStart[cls]!;
  const last = plan.classStart[cls + 1]! - 1;
  let rest = 0;
  for (let i = first; i <= last; i++) rest += alive[plan.classTypes[i]!]!;
  let left = kills;
  for (let i = first; i < last && left > 0; i++) {
    const t = plan.classTypes[i]!;
    const c = alive[t]!;
    rest -= c;
    const k = c > 0 ? hypergeometric(rng, c, rest, left) : 0;
    alive[t] = c - k;
    left -= k;
  }
  if (left > 0) alive[plan.classTypes[last]!] = alive[plan.classTypes[last]!]! - left;
}
