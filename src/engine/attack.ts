import type { ScenarioPoint } from "../model/point.js";
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
 * branch, so a run costs at most `2^|U|` engagements per layer. Acquisition
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

  point.layers.forEach((layer, i) => {
    const a = layer.availability >= 1 ? 1 : Math.max(0, layer.availability);
    const budget = budgets?.[i] ?? layer.budget;
    const from = patterns.begin(a);
    let shots = 0;
    let layerKills = 0;
    let up = 0;
    for (let p = 0; p < from.count; p++) {
      const w = from.weights[p]!;
      // The down branch passes every survivor on; the up branch fights.
      patterns.keep(from, p, w * (1 - a));
      const wUp = w * a;
      if (wUp === 0) continue;
      up += wUp;
      const fired = fluidKills(layer, budget, from.alive, p * T, kills, work);
      shots += wUp * fired;
      for (let t = 0; t < T; t++) {
        const killed = wUp * kills[t]!;
        layerKills += killed;
        totals.damageAverted += killed * point.drones[t]!.damage;
      }
      patterns.fight(from, p, wUp, kills);
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

  /** Adds pattern `p` of `from` less `kills` with weight `w` (an up layer). */
  fight(from: PatternSet, p: number, w: number, kills: Float64Array): void {
    const T = this.types;
    const q = this.next.count++;
    this.next.weights[q] = w;
    for (let t = 0; t < T; t++) this.next.alive[q * T + t] = from.alive[p * T + t]! - kills[t]!;
  }

  end(): void {
    [this.current, this.next] = [this.next, this.current];
  }
}
