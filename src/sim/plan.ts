import type { Input } from "../model/input.js";
import { scenarioInputs } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";

/** Per-trial additive totals, laid out in one Float64Array: these offsets, then 3 per layer. */
export const M_ATTACKER_COST = 0;
export const M_DEFENDER_COST = 1;
export const M_DEFENDER_COST_FULL = 2;
export const M_KILLS = 3;
export const M_LEAKERS = 4;
export const M_DAMAGE = 5;
export const M_DAMAGE_AVERTED = 6;
/** Layer `k`'s shots, kills and cost are at `M_LAYERS + 3k + 0, 1, 2`. */
export const M_LAYERS = 7;

/**
 * What every trial of a scenario shares, computed once per thread: the input
 * list in draw order and the fixed structure (shares, eligibility, doctrine)
 * as flat typed arrays for the engagement loop.
 */
export interface SimPlan {
  readonly scenario: Scenario;
  /** Every input, in {@link scenarioInputs} order: the order they are drawn in. */
  readonly inputs: readonly Input[];
  readonly inputIndex: ReadonlyMap<Input, number>;
  /** Indices into `inputs` of the uncertain ones (a distribution). */
  readonly uncertain: readonly number[];
  readonly droneCount: number;
  readonly layerCount: number;
  readonly shares: Float64Array;
  /** `eligible[k × droneCount + t]`: can layer `k` engage type `t`. */
  readonly eligible: Uint8Array;
  /** 1 for shoot-look-shoot, 0 for salvo, per layer. */
  readonly shootLookShoot: Uint8Array;
  /** Salvo size or `maxShots`, per layer. */
  readonly shots: Float64Array;
  /** Length of one trial's totals: `M_LAYERS + 3 × layerCount`. */
  readonly metricCount: number;
}

/** Compiles a scenario for simulation. */
export function simPlan(scenario: Scenario): SimPlan {
  const inputs = scenarioInputs(scenario);
  const inputIndex = new Map<Input, number>();
  const uncertain: number[] = [];
  inputs.forEach((input, i) => {
    inputIndex.set(input, i);
    if (input.dist !== null) uncertain.push(i);
  });
  const T = scenario.drones.length;
  const K = scenario.layers.length;
  const eligible = new Uint8Array(K * T);
  scenario.layers.forEach((l, k) => {
    scenario.drones.forEach((d, t) => {
      const engages = l.engages === null || l.engages.includes(d.id);
      eligible[k * T + t] = engages && !(l.discriminates && d.decoy) ? 1 : 0;
    });
  });
  return {
    scenario,
    inputs,
    inputIndex,
    uncertain,
    droneCount: T,
    layerCount: K,
    shares: Float64Array.from(scenario.drones, (d) => d.share),
    eligible,
    shootLookShoot: Uint8Array.from(scenario.layers, (l) =>
      l.doctrine.type === "shoot-look-shoot" ? 1 : 0,
    ),
    shots: Float64Array.from(scenario.layers, (l) =>
      l.doctrine.type === "salvo" ? l.doctrine.shots : l.doctrine.maxShots,
    ),
    metricCount: M_LAYERS + 3 * K,
  };
}
