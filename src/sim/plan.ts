import type { Input } from "../model/input.js";
import { scenarioInputs } from "../model/point.js";
import type { Scenario } from "../model/scenario.js";
import { multinomialParams } from "../random/multinomial.js";

/** Per-trial additive totals, laid out in one Float64Array: these offsets, then 3 per layer. */
export const M_ATTACKER_COST = 0;
export const M_DEFENDER_COST = 1;
export const M_DEFENDER_COST_FULL = 2;
export const M_KILLS = 3;
export const M_LEAKERS = 4;
export const M_DAMAGE = 5;
export const M_DAMAGE_AVERTED = 6;
/** `threat.disruption` when N > 0 (docs/model.md §6). */
export const M_DISRUPTION = 7;
/**
 * Layer `k`'s shots, kills and cost are at `M_LAYERS + 3k + 0, 1, 2`; then
 * the leakers of each drone type, from {@link SimPlan.typeLeakersAt}.
 */
export const M_LAYERS = 8;

/**
 * A scenario compiled once per thread for simulation: the input list in draw
 * order, where each model field reads its value in a trial's row of draws
 * (no per-trial objects), and the fixed structure (shares, eligibility,
 * doctrine) as flat typed arrays for the engagement loop.
 */
export interface SimPlan {
  readonly scenario: Scenario;
  /** Every input, in {@link scenarioInputs} order: the order they are drawn in. */
  readonly inputs: readonly Input[];
  /** Indices into `inputs` of the uncertain ones (a distribution). */
  readonly uncertain: readonly number[];
  readonly droneCount: number;
  readonly layerCount: number;
  readonly shares: Float64Array;
  /** The multinomial's conditional binomial parameters (`multinomialParams(shares)`). */
  readonly shareParams: Float64Array;
  /** Per drone type, the index into `inputs` of its unit cost and of its damage. */
  readonly unitCostAt: Int32Array;
  readonly damageAt: Int32Array;
  /** Per layer, the index into `inputs` of each field; -1 where the layer has none. */
  readonly costPerShotAt: Int32Array;
  readonly pkAt: Int32Array;
  readonly availabilityAt: Int32Array;
  readonly fixedCostAt: Int32Array;
  readonly windowAt: Int32Array;
  readonly timePerShotAt: Int32Array;
  readonly acquisitionAt: Int32Array;
  /** Per layer: its magazine, or Infinity. */
  readonly magazine: Float64Array;
  /** Per layer: a fixed shot capacity, or Infinity (none, or a rate capacity). */
  readonly capacityShots: Float64Array;
  /** Per layer: a rate capacity's channels (0 without one). */
  readonly channels: Float64Array;
  /** Per layer: `lifeYears × attacksPerYear` of its acquisition (0 without one). */
  readonly acquisitionAttacks: Float64Array;
  /** 1 for shoot-look-shoot, 0 for salvo, per layer. */
  readonly shootLookShoot: Uint8Array;
  /** Salvo size or `maxShots`, per layer. */
  readonly shots: Float64Array;
  /** Per layer: its rounds (`maxShots`, or 1 for a salvo) and shots per engaged target (`s`, or 1). */
  readonly rounds: Float64Array;
  readonly perTarget: Float64Array;
  /**
   * Per layer, the class of its set of eligible types (`engages`, minus
   * decoys if it discriminates): layers with equal sets share a class.
   */
  readonly maskClass: Int32Array;
  /** The drone types of class `c`: `classTypes[classStart[c] … classStart[c + 1] − 1]`. */
  readonly classStart: Int32Array;
  readonly classTypes: Int32Array;
  /** Index into `inputs` of `threat.disruption`. */
  readonly disruptionAt: number;
  /** Where a trial's leakers of type `t` are: `typeLeakersAt + t` (`M_LAYERS + 3 × layerCount`). */
  readonly typeLeakersAt: number;
  /** Length of one trial's totals: `M_LAYERS + 3 × layerCount + droneCount`. */
  readonly metricCount: number;
}

/** Compiles a scenario for simulation. */
export function simPlan(scenario: Scenario): SimPlan {
  const inputs = scenarioInputs(scenario);
  const index = new Map<Input, number>();
  const uncertain: number[] = [];
  inputs.forEach((input, i) => {
    index.set(input, i);
    if (input.dist !== null) uncertain.push(i);
  });
  const at = (input: Input | null | undefined): number => (input ? index.get(input)! : -1);
  const { drones, layers } = scenario;
  const masks = layers.map((l) =>
    drones.flatMap((d, t) =>
      (l.engages === null || l.engages.includes(d.id)) && !(l.discriminates && d.decoy) ? [t] : [],
    ),
  );
  const classes: number[][] = [];
  const maskClass = Int32Array.from(masks, (mask) => {
    const c = classes.findIndex((other) => other.join() === mask.join());
    return c >= 0 ? c : classes.push(mask) - 1;
  });
  const classStart = new Int32Array(classes.length + 1);
  classes.forEach((types, c) => (classStart[c + 1] = classStart[c]! + types.length));
  const sls = (k: number): boolean => layers[k]!.doctrine.type === "shoot-look-shoot";
  const shots = Float64Array.from(layers, (l) =>
    l.doctrine.type === "salvo" ? l.doctrine.shots : l.doctrine.maxShots,
  );
  const shares = Float64Array.from(drones, (d) => d.share);
  const rate = (k: number) => {
    const cap = layers[k]!.capacity;
    return cap?.type === "rate" ? cap : null;
  };
  return {
    scenario,
    inputs,
    uncertain,
    droneCount: drones.length,
    layerCount: layers.length,
    shares,
    shareParams: multinomialParams(shares),
    unitCostAt: Int32Array.from(drones, (d) => at(d.unitCost)),
    damageAt: Int32Array.from(drones, (d) => at(d.damage)),
    costPerShotAt: Int32Array.from(layers, (l) => at(l.costPerShot)),
    pkAt: Int32Array.from(layers, (l) => at(l.pk)),
    availabilityAt: Int32Array.from(layers, (l) => at(l.availability)),
    fixedCostAt: Int32Array.from(layers, (l) => at(l.fixedCost)),
    windowAt: Int32Array.from(layers, (_, k) => at(rate(k)?.window)),
    timePerShotAt: Int32Array.from(layers, (_, k) => at(rate(k)?.timePerShot)),
    acquisitionAt: Int32Array.from(layers, (l) => at(l.acquisition?.cost)),
    magazine: Float64Array.from(layers, (l) => l.magazine ?? Number.POSITIVE_INFINITY),
    capacityShots: Float64Array.from(layers, (l) =>
      l.capacity?.type === "shots" ? l.capacity.shots : Number.POSITIVE_INFINITY,
    ),
    channels: Float64Array.from(layers, (_, k) => rate(k)?.channels ?? 0),
    acquisitionAttacks: Float64Array.from(layers, (l) =>
      l.acquisition ? l.acquisition.lifeYears * l.acquisition.attacksPerYear : 0,
    ),
    shootLookShoot: Uint8Array.from(layers, (_, k) => (sls(k) ? 1 : 0)),
    shots,
    rounds: Float64Array.from(layers, (_, k) => (sls(k) ? shots[k]! : 1)),
    perTarget: Float64Array.from(layers, (_, k) => (sls(k) ? 1 : shots[k]!)),
    maskClass,
    classStart,
    classTypes: Int32Array.from(classes.flat()),
    disruptionAt: at(scenario.disruption),
    typeLeakersAt: M_LAYERS + 3 * layers.length,
    metricCount: M_LAYERS + 3 * layers.length + drones.length,
  };
}
