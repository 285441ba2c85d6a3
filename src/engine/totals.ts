import type { LayerOutcome, Outcome } from "../model/outcome.js";

/**
 * The additive quantities of one attack (or their means over trials), from
 * which every ratio of docs/model.md §6 follows. Monte Carlo averages these and
 * then calls {@link outcomeFromTotals}, which gives the ratio of means.
 */
export interface Totals {
  attackerCost: number;
  defenderCost: number;
  defenderCostFull: number;
  kills: number;
  leakers: number;
  damage: number;
  damageAverted: number;
  /** `threat.disruption` whenever N > 0 (docs/model.md §6). */
  disruption: number;
  /** Per layer, in layer order. */
  layerShots: number[];
  layerKills: number[];
  layerCost: number[];
  /** Per drone type, in type order: the drones of that type that pass every layer. */
  typeLeakers: number[];
}

export interface LayerLabel {
  readonly id: string;
  readonly name: string;
}

export function emptyTotals(layerCount: number, typeCount: number): Totals {
  return {
    attackerCost: 0,
    defenderCost: 0,
    defenderCostFull: 0,
    kills: 0,
    leakers: 0,
    damage: 0,
    damageAverted: 0,
    disruption: 0,
    layerShots: new Array<number>(layerCount).fill(0),
    layerKills: new Array<number>(layerCount).fill(0),
    layerCost: new Array<number>(layerCount).fill(0),
    typeLeakers: new Array<number>(typeCount).fill(0),
  };
}

/** `a / b`, or null where `b` is 0 (a ratio with nothing to compare against). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/**
 * The results of docs/model.md §6 from the totals of one swarm size:
 * `cer = defenderCost / attackerCost`, `cerFull = defenderCostFull / attackerCost`,
 * `netCer = (defenderCost + damage + disruption) / attackerCost`,
 * `costPerKill = defenderCost / kills`, `cerPerKill = costPerKill / (attackerCost / N)`.
 */
export function outcomeFromTotals(
  swarmSize: number,
  t: Totals,
  labels: readonly LayerLabel[],
): Outcome {
  const costPerKill = ratio(t.defenderCost, t.kills);
  const costPerDrone = t.attackerCost / swarmSize;
  const layers: LayerOutcome[] = labels.map((l, i) => ({
    id: l.id,
    name: l.name,
    shots: t.layerShots[i] ?? 0,
    kills: t.layerKills[i] ?? 0,
    cost: t.layerCost[i] ?? 0,
  }));
  return {
    swarmSize,
    attackerCost: t.attackerCost,
    defenderCost: t.defenderCost,
    defenderCostFull: t.defenderCostFull,
    kills: t.kills,
    leakers: t.leakers,
    damage: t.damage,
    damageAverted: t.damageAverted,
    disruption: t.disruption,
    cer: ratio(t.defenderCost, t.attackerCost),
    cerFull: ratio(t.defenderCostFull, t.attackerCost),
    netCer: ratio(t.defenderCost + t.damage + t.disruption, t.attackerCost),
    costPerKill,
    cerPerKill: costPerKill === null ? null : ratio(costPerKill, costPerDrone),
    layers,
  };
}
