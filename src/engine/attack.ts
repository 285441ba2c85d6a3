import type { ScenarioPoint } from "../model/point.js";
import { powInt } from "../random/portable-math.js";
import { fluidKills } from "./fluid-layer.js";
import { checkAvailabilityPatterns } from "./model-limit-error.js";
import { type Totals, emptyTotals } from "./totals.js";

/**
 * The additive totals of one attack in deterministic (fluid) mode,
 * docs/model.md §4–§6: `launched[t]` drones of each type (real counts)
 * meet the layers outer to inner, the survivors of a layer the targets of
 * the next; layer `L` fires at most `budgets[L]` shots (default
 * `layer.budget`, i.e. `min(magazine, capacity)`; a campaign passes
 * `min(magazine, capacity, stock − reserve)`, docs/campaign.md §2).
 *
 * Availability is enumerated, not blended (model v2): every pattern of the
 * layers with `a < 1` being up or down is evaluated with the down layers
 * removed (no shots, no kills, no cost, `fixedCost` included), and every
 * total is the sum over patterns weighted by `Π a (up) × Π (1 − a) (down)`.
 * Layer by layer, each pattern's survivors split into an up and a down
 * branch (at most `2^|U|` patterns), except where the split cannot matter:
 * when the layer fires nothing, or when no later layer's budget can bind
 * for these survivors, so that the rest of the attack is linear in them and
 * the two branches sum to their blend `x − a × kills` (the v1 rule, which
 * is therefore exact wherever no budget binds). Acquisition
 * shares count whatever the availability; `disruption` and fixed costs
 * count only when `Σ launched > 0`.
 *
 * @throws ModelLimitError when more than 12 layers have availability < 1
 * @throws RangeError when `launched` or `budgets` has the wrong length
 * @example evaluateAttack(point, [120, 80]).typeLeakers // [3.2, 41.5]
 */
export function evaluateAttack(
  point: ScenarioPoint,
  launched: readonly number[],
  budgets?: readonly number[],
): Totals {
  const T = point.drones.length;
  const K = point.layers.length;
  if (launched.length !== T)
    throw new RangeError(`launched has ${launched.length} types, not ${T}`);
  if (budgets !== undefined && budgets.length !== K) {
    throw new RangeError(`budgets has ${budgets.length} layers, not ${K}`);
  }
  checkAvailabilityPatterns(point.layers.map((l) => l.availability));
  const totals = emptyTotals(K, T);
  let swarmSize = 0;
  point.drones.forEach((d, t) => {
    swarmSize += launched[t]!;
    totals.attackerCost += launched[t]! * d.unitCost;
  });
  const patterns = new Patterns(T, launched);
  const kills = new Float64Array(T);
  const work = new Float64Array(T);

  const limits = linearLimits(point, budgets);
  point.layers.forEach((layer, i) => {
    const a = layer.availability >= 1 ? 1 : Math.max(0, layer.availability);
    const budget = budgets?.[i] ?? layer.budget;
    const from = patterns.begin(a);
    let shots = 0;
    let layerKills = 0;
    let up = 0;
    for (let p = 0; p < from.count; p++) {
      const w = from.weights[p]!;
      if (a === 0) {
        patterns.keep(from, p, w);
        continue;
      }
      const fired = fluidKills(layer, budget, from.alive, p * T, kills, work);
      const wUp = w * a;
      up += wUp;
      shots += wUp * fired;
      for (let t = 0; t < T; t++) {
        const killed = wUp * kills[t]!;
        layerKills += killed;
        totals.damageAverted += killed * point.drones[t]!.damage;
      }
      // Up and down lead to the same sums wherever every later layer is linear in its
      // targets (no budget binds even if this pattern's survivors all pass): one pattern
      // with the blend `x − a × kills` then (exactly the v1 rule); else the two branches.
      if (a === 1 || fired === 0 || linearAfter(limits, point, i, from.alive, p * T)) {
        patterns.fight(from, p, w, kills, a);
      } else {
        patterns.keep(from, p, w * (1 - a));
        patterns.fight(from, p, wUp, kills, 1);
      }
    }
    patterns.end();
    const fixed = swarmSize > 0 ? up * layer.fixedCost : 0;
    const cost = shots * layer.costPerShot + fixed;
    totals.layerShots[i] = shots;
    totals.layerKills[i] = layerKills;
    totals.layerCost[i] = cost;
    totals.kills += layerKills;
    totals.defenderCost += cost;
    totals.defenderCostFull += cost + layer.acquisitionPerAttack;
  });

  const last = patterns.current;
  for (let p = 0; p < last.count; p++) {
    const w = last.weights[p]!;
    for (let t = 0; t < T; t++) {
      const left = w * last.alive[p * T + t]!;
      totals.typeLeakers[t] = totals.typeLeakers[t]! + left;
      totals.leakers += left;
      totals.damage += left * point.drones[t]!.damage;
    }
  }
  totals.disruption = swarmSize > 0 ? point.disruption : 0;
  return totals;
}

/**
 * Per layer, the most eligible targets it can meet with no budget binding:
 * `floor(B / s)` for a salvo; for shoot-look-shoot `B` over the shots a
 * target draws at most, `(1 − (1 − pk)^m) / pk` (`m` at pk 0).
 */
function linearLimits(point: ScenarioPoint, budgets: readonly number[] | undefined): Float64Array {
  return Float64Array.from(point.layers, (layer, j) => {
    const budget = budgets?.[j] ?? layer.budget;
    if (layer.doctrine === "salvo") return Math.floor(budget / layer.shots);
    const perTarget =
      layer.pk > 0 ? (1 - powInt(1 - layer.pk, layer.shots)) / layer.pk : layer.shots;
    return budget / perTarget;
  });
}

/**
 * Whether every layer after `i` stays linear for the survivors
 * `alive[off …]` and anything fewer: its eligible targets are within its
 * limit ({@link linearLimits}). Then the rest of the attack is a linear map
 * of the survivors, and an up/down split at layer `i` equals its blend.
 */
function linearAfter(
  limits: Float64Array,
  point: ScenarioPoint,
  i: number,
  alive: Float64Array,
  off: number,
): boolean {
  for (let j = i + 1; j < limits.length; j++) {
    const eligible = point.layers[j]!.eligible;
    let total = 0;
    for (let t = 0; t < eligible.length; t++) if (eligible[t]) total += alive[off + t]!;
    if (total > limits[j]!) return false;
  }
  return true;
}

/** A set of availability patterns so far: weights, and survivors per type in rows of T. */
interface PatternSet {
  count: number;
  weights: Float64Array;
  alive: Float64Array;
}

/**
 * The patterns of the layers seen so far, double-buffered: {@link begin}
 * opens the next layer's set, {@link keep} and {@link fight} add a
 * pattern's down and up branch to it, {@link end} makes it current.
 */
class Patterns {
  current: PatternSet;
  private next: PatternSet;

  constructor(
    private readonly types: number,
    launched: readonly number[],
  ) {
    this.current = { count: 1, weights: Float64Array.of(1), alive: Float64Array.from(launched) };
    this.next = { count: 0, weights: new Float64Array(1), alive: new Float64Array(types) };
  }

  /** Opens the next set, room for two branches per pattern when `a < 1`; returns the current one. */
  begin(a: number): PatternSet {
    const room = this.current.count * (a < 1 ? 2 : 1);
    if (this.next.weights.length < room) {
      this.next.weights = new Float64Array(room);
      this.next.alive = new Float64Array(room * this.types);
    }
    this.next.count = 0;
    return this.current;
  }

  /** Adds pattern `p` of `from` unchanged with weight `w` (a down layer), unless `w` is 0. */
  keep(from: PatternSet, p: number, w: number): void {
    if (w === 0) return;
    const T = this.types;
    const q = this.next.count++;
    this.next.weights[q] = w;
    this.next.alive.set(from.alive.subarray(p * T, p * T + T), q * T);
  }

  /** Adds pattern `p` of `from` less `scale × kills` with weight `w` (an up layer, or the blend). */
  fight(from: PatternSet, p: number, w: number, kills: Float64Array, scale: number): void {
    const T = this.types;
    const q = this.next.count++;
    this.next.weights[q] = w;
    for (let t = 0; t < T; t++) {
      this.next.alive[q * T + t] = from.alive[p * T + t]! - scale * kills[t]!;
    }
  }

  end(): void {
    [this.current, this.next] = [this.next, this.current];
  }
}
