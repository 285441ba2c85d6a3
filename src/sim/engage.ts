import type { BatchPoints } from "./batch-points.js";
import {
  M_ATTACKER_COST,
  M_DAMAGE,
  M_DAMAGE_AVERTED,
  M_DEFENDER_COST,
  M_DEFENDER_COST_FULL,
  M_KILLS,
  M_LAYERS,
  M_DISRUPTION,
  M_LEAKERS,
  type SimPlan,
} from "./plan.js";
import { MAX_SWARM_SIZE, swarmSizeError } from "../engine/model-limit-error.js";
import { BINOMIAL_SLOTS, binomialAt } from "../random/binomial.js";
import { hypergeometric } from "../random/hypergeometric.js";
import { multinomialAt } from "../random/multinomial.js";
import type { Xoshiro128 } from "../random/xoshiro128.js";

/** Work arrays of one thread, one slot per drone type; reused for every trial. */
export interface EngageScratch {
  /** The swarm's composition, then its survivors as kills are split by type. */
  readonly alive: Float64Array;
  readonly launched: Float64Array;
}

export function engageScratch(droneCount: number): EngageScratch {
  return { alive: new Float64Array(droneCount), launched: new Float64Array(droneCount) };
}

/**
 * One attack of `swarmSize` drones against trial `trial` of a batch, exact
 * Monte Carlo (docs/model.md §3, §5): counts per type `Multinomial(N,
 * shares)`, then {@link engageCounts} with the trial's budgets and its
 * availability draws (once per trial and layer, shared by every swarm size).
 *
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
  multinomialAt(rng, swarmSize, plan.shareParams, plan.droneCount, scratch.alive);
  engageCounts(plan, pts, trial, pts.budget, trial * plan.layerCount, null, rng, scratch, out);
}

/**
 * One attack of given whole-number launches against the drawn inputs of
 * trial `trial` of `pts` (a campaign night, docs/campaign.md §2): drone type
 * `t` launches `launched[t]`, layer `k` fires at most `budgets[k]` shots
 * (`min(magazine, capacity, stock − reserve)`, computed by the caller), and
 * each layer is up with its drawn availability, one uniform from `rng` per
 * layer in layer order (drawn for every layer, so the stream stays aligned).
 * The engagement is {@link engageCounts}: no loop over single drones.
 *
 * Writes into `out` (length `plan.metricCount`): the totals at
 * {@link M_ATTACKER_COST} … {@link M_DISRUPTION}, shots, kills and cost of
 * layer `k` at `M_LAYERS + 3k + 0, 1, 2`, and the leakers of type `t` at
 * `plan.typeLeakersAt + t`.
 *
 * @throws ModelLimitError when a launch count is above 2^53
 * @throws RangeError when a launch count is not a whole number ≥ 0 or an array has the wrong length
 * @example
 * const rng = deriveStream(seed, STREAM_NIGHT, batch, night);
 * engageAttack(plan, pts, i, launched, budgets, rng, scratch, out);
 * const samShots = out[M_LAYERS + 3 * 0];
 */
export function engageAttack(
  plan: SimPlan,
  pts: BatchPoints,
  trial: number,
  launched: Float64Array,
  budgets: Float64Array,
  rng: Xoshiro128,
  scratch: EngageScratch,
  out: Float64Array,
): void {
  const T = plan.droneCount;
  if (launched.length !== T)
    throw new RangeError(`launched has ${launched.length} types, not ${T}`);
  if (budgets.length !== plan.layerCount) {
    throw new RangeError(`budgets has ${budgets.length} layers, not ${plan.layerCount}`);
  }
  for (let t = 0; t < T; t++) scratch.alive[t] = checkCount(launched[t]!);
  engageCounts(plan, pts, trial, budgets, 0, pts.values, rng, scratch, out);
}

/**
 * The engagement of `scratch.alive` (whole counts per type) against trial
 * `trial` of a batch (docs/model.md §3): layers outer to inner, budget of
 * layer `k` at `budgets[budgetAt + k]`. Availability: `pts.available` when
 * `draws` is null, else a Bernoulli of the drawn availability (read in
 * `draws`, the batch's input values) from `rng`, per layer. An unavailable
 * layer fires nothing, costs nothing, kills nothing. Salvo `s`:
 * `e = min(ΣE, floor(B / s))` targets engaged, kills `Binomial(e, 1 − (1 −
 * pk)^s)`. Shoot-look-shoot `m`: up to `m` rounds of `min(|A|, B_left)`
 * shots, kills `Binomial(shots, pk)`.
 *
 * Why counts suffice: a layer treats its eligible targets alike (targets
 * chosen uniformly, one kill probability for all), so its law is invariant
 * under any permutation of them. Its shots and total kills therefore follow
 * from the total eligible count alone, one binomial per round, and given
 * `K` kills the killed set is a uniform `K`-subset of the eligible targets:
 * kills by type are one multivariate hypergeometric draw of `K` from the
 * eligible counts. The same holds across consecutive layers with the same
 * eligible set (a uniform subset of the rest of a uniform subset is
 * uniform), so kills are split by type only when the next layer's eligible
 * set differs, and at the end. The joint law of every output (shots, kills
 * and cost per layer, survivors per type) is the one of §3 exactly, with
 * about half the draws of splitting every round by type. Only binomial and
 * hypergeometric draws, so the cost does not grow with N.
 */
function engageCounts(
  plan: SimPlan,
  pts: BatchPoints,
  trial: number,
  budgets: Float64Array,
  budgetAt: number,
  draws: Float64Array | null,
  rng: Xoshiro128,
  scratch: EngageScratch,
  out: Float64Array,
): void {
  const T = plan.droneCount;
  const K = plan.layerCount;
  const dOff = trial * T;
  const row = trial * plan.inputs.length;
  const { alive, launched } = scratch;
  let attackerCost = 0;
  let swarmSize = 0;
  for (let t = 0; t < T; t++) {
    launched[t] = alive[t]!;
    swarmSize += alive[t]!;
    attackerCost += alive[t]! * pts.unitCost[dOff + t]!;
  }

  let defenderCost = 0;
  let defenderCostFull = 0;
  let killsAll = 0;
  // The class of eligible types whose kills are not yet split by type, and those kills.
  let lump = -1;
  let lumpKills = 0;
  let lumpAlive = 0;
  for (let k = 0; k < K; k++) {
    const at = trial * K + k;
    const o = M_LAYERS + 3 * k;
    defenderCostFull += pts.acquisition[at]!;
    const up =
      draws === null
        ? pts.available[at] === 1
        : rng.nextDouble() < draws[row + plan.availabilityAt[k]!]!;
    if (!up) {
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
    const kill = at * BINOMIAL_SLOTS;
    let shots = 0;
    let kills = 0;
    let rounds = plan.rounds[k]!;
    let left = budgets[budgetAt + k]!;
    // A salvo is one round of `s` shots per target; shoot-look-shoot is up to `m` rounds of one.
    while (rounds > 0 && lumpAlive > 0) {
      // No division for one shot per target (a dependent division is slow).
      const fired = Math.min(lumpAlive, Math.floor(perTarget === 1 ? left : left / perTarget));
      if (fired <= 0) break;
      const killed = binomialAt(rng, fired, pts.kill, kill);
      lumpAlive -= killed;
      kills += killed;
      shots += fired * perTarget;
      left -= fired * perTarget;
      rounds--;
    }
    lumpKills += kills;
    const cost = shots * pts.costPerShot[at]! + (swarmSize > 0 ? pts.fixedCost[at]! : 0);
    out[o] = shots;
    out[o + 1] = kills;
    out[o + 2] = cost;
    killsAll += kills;
    defenderCost += cost;
  }
  if (lumpKills > 0) splitKills(rng, plan, lump, lumpKills, alive);

  let leakers = 0;
  let damage = 0;
  let averted = 0;
  const typeAt = plan.typeLeakersAt;
  for (let t = 0; t < T; t++) {
    const d = pts.damage[dOff + t]!;
    leakers += alive[t]!;
    damage += alive[t]! * d;
    averted += (launched[t]! - alive[t]!) * d;
    out[typeAt + t] = alive[t]!;
  }
  out[M_ATTACKER_COST] = attackerCost;
  out[M_DEFENDER_COST] = defenderCost;
  out[M_DEFENDER_COST_FULL] = defenderCostFull + defenderCost;
  out[M_KILLS] = killsAll;
  out[M_LEAKERS] = leakers;
  out[M_DAMAGE] = damage;
  out[M_DAMAGE_AVERTED] = averted;
  out[M_DISRUPTION] = swarmSize > 0 ? pts.values[row + plan.disruptionAt]! : 0;
}

/** A launch count as the samplers need it: a whole number from 0 to 2^53. */
function checkCount(n: number): number {
  if (!(Number.isInteger(n) && n >= 0)) {
    throw new RangeError(`a launch count must be a whole number ≥ 0, got ${n}`);
  }
  if (n > MAX_SWARM_SIZE) throw swarmSizeError(n);
  return n;
}

/**
 * Splits `kills` uniformly chosen targets of class `cls` by type (a
 * multivariate hypergeometric by sequential conditional hypergeometrics,
 * each type against the later ones) and removes them from `alive`.
 */
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
  // The last type takes the rest of the kills (its conditional draw is certain).
  if (left > 0) alive[plan.classTypes[last]!] = alive[plan.classTypes[last]!]! - left;
}
