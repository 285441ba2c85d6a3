import { salvoFluid, shootLookShootFluid } from "../engine/fluid-layer.js";
import type { ScenarioPoint } from "../model/point.js";

/**
 * The additive results of one night's attack (docs/model.md §6), with the
 * leakers split by drone type, which a campaign needs for strike leakers and
 * damage by type.
 */
export interface NightAttack {
  attackerCost: number;
  defenderCost: number;
  kills: number;
  leakers: number;
  damage: number;
  /** Per drone type. */
  readonly leakersByType: Float64Array;
  /** Per layer. */
  readonly layerShots: Float64Array;
  readonly layerKills: Float64Array;
  readonly layerCost: Float64Array;
}

export function nightAttack(droneCount: number, layerCount: number): NightAttack {
  return {
    attackerCost: 0,
    defenderCost: 0,
    kills: 0,
    leakers: 0,
    damage: 0,
    leakersByType: new Float64Array(droneCount),
    layerShots: new Float64Array(layerCount),
    layerKills: new Float64Array(layerCount),
    layerCost: new Float64Array(layerCount),
  };
}

/** Model v2 refuses more layers with availability below 1 than this (4,096 patterns). */
export const MAX_UNRELIABLE_LAYERS = 12;

/**
 * One attack in deterministic mode with availability enumerated
 * (docs/model.md §4 v2): over every pattern of the layers with `a < 1` being
 * up or down, the fluid result with the down layers removed, weighted by
 * `Π a_L (up) × Π (1 − a_L) (down)`. `launched` gives the drones per type
 * (real numbers) and `budgets` each layer's shot budget for the night.
 * A layer's fixed cost counts whenever it is up and something was launched.
 *
 * @throws RangeError for more than {@link MAX_UNRELIABLE_LAYERS} layers with `a < 1`
 * @example attackFluid(point, [240, 160], [Infinity, 12], nightAttack(2, 2))
 */
export function attackFluid(
  point: ScenarioPoint,
  launched: ArrayLike<number>,
  budgets: ArrayLike<number>,
  out: NightAttack,
): NightAttack {
  const unreliable: number[] = [];
  point.layers.forEach((l, k) => {
    if (l.availability < 1) unreliable.push(k);
  });
  if (unreliable.length > MAX_UNRELIABLE_LAYERS) {
    throw new RangeError(
      `${unreliable.length} layers with availability below 1: at most ${MAX_UNRELIABLE_LAYERS}`,
    );
  }
  clear(out);
  const T = point.drones.length;
  let total = 0;
  for (let t = 0; t < T; t++) {
    total += launched[t]!;
    out.attackerCost += launched[t]! * point.drones[t]!.unitCost;
  }
  const up = new Array<boolean>(point.layers.length).fill(true);
  for (let mask = 0; mask < 1 << unreliable.length; mask++) {
    let weight = 1;
    unreliable.forEach((k, j) => {
      const isUp = (mask & (1 << j)) !== 0;
      up[k] = isUp;
      const a = point.layers[k]!.availability;
      weight *= isUp ? a : 1 - a;
    });
    if (weight > 0) addPattern(point, launched, budgets, up, weight, total > 0, out);
  }
  return out;
}

function clear(out: NightAttack): void {
  out.attackerCost = 0;
  out.defenderCost = 0;
  out.kills = 0;
  out.leakers = 0;
  out.damage = 0;
  out.leakersByType.fill(0);
  out.layerShots.fill(0);
  out.layerKills.fill(0);
  out.layerCost.fill(0);
}

/** Adds `weight ×` the fluid result of one up/down pattern to `out`. */
function addPattern(
  point: ScenarioPoint,
  launched: ArrayLike<number>,
  budgets: ArrayLike<number>,
  up: readonly boolean[],
  weight: number,
  anyLaunched: boolean,
  out: NightAttack,
): void {
  const alive = Array.from(launched);
  point.layers.forEach((layer, k) => {
    if (!up[k]) return;
    const eligible = alive.map((a, t) => (layer.eligible[t] ? a : 0));
    const engage = layer.doctrine === "salvo" ? salvoFluid : shootLookShootFluid;
    const hit = engage(eligible, layer.pk, layer.shots, budgets[k]!);
    let kills = 0;
    hit.kills.forEach((killed, t) => {
      alive[t] = alive[t]! - killed;
      kills += killed;
    });
    const cost = hit.shots * layer.costPerShot + (anyLaunched ? layer.fixedCost : 0);
    out.layerShots[k] = out.layerShots[k]! + weight * hit.shots;
    out.layerKills[k] = out.layerKills[k]! + weight * kills;
    out.layerCost[k] = out.layerCost[k]! + weight * cost;
    out.kills += weight * kills;
    out.defenderCost += weight * cost;
  });
  alive.forEach((left, t) => {
    out.leakersByType[t] = out.leakersByType[t]! + weight * left;
    out.leakers += weight * left;
    out.damage += weight * left * point.drones[t]!.damage;
  });
}
