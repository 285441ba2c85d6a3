import { evaluateAttack } from "../engine/attack.js";
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

/**
 * One attack in deterministic mode with availability enumerated
 * (docs/model.md §4 v2), by the engine's `evaluateAttack`: `launched` drones
 * per type (real numbers), `budgets` each layer's shot budget for the night.
 *
 * @example attackFluid(point, [240, 160], [Infinity, 12], nightAttack(2, 2))
 */
export function attackFluid(
  point: ScenarioPoint,
  launched: ArrayLike<number>,
  budgets: ArrayLike<number>,
  out: NightAttack,
): NightAttack {
  const t = evaluateAttack(point, Array.from(launched), Array.from(budgets));
  out.attackerCost = t.attackerCost;
  out.defenderCost = t.defenderCost;
  out.kills = t.kills;
  out.leakers = t.leakers;
  out.damage = t.damage;
  out.leakersByType.set(t.typeLeakers);
  out.layerShots.set(t.layerShots);
  out.layerKills.set(t.layerKills);
  out.layerCost.set(t.layerCost);
  return out;
}
