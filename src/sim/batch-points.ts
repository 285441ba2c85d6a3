import { rateCapacity } from "../model/point.js";
import { drawInput } from "./draw-input.js";
import type { SimPlan } from "./plan.js";
import { BINOMIAL_SLOTS, binomialParams } from "../random/binomial.js";
import { powInt } from "../random/portable-math.js";
import { STREAM_INPUTS, deriveStream } from "../random/stream.js";

/**
 * The drawn inputs of one batch of trials, shared by every swarm size
 * (common random numbers, docs/model.md §7). Per-trial rows of flat typed arrays:
 * drone fields at `trial × droneCount + t`, layer fields at
 * `trial × layerCount + k`.
 */
export interface BatchPoints {
  readonly trials: number;
  /** Every input's value, `trial × inputs.length + i`. */
  readonly values: Float64Array;
  readonly unitCost: Float64Array;
  readonly damage: Float64Array;
  readonly costPerShot: Float64Array;
  /**
   * The kill probability of one engagement, cached for `binomialAt` at
   * `(trial × layerCount + k) × BINOMIAL_SLOTS`: `1 − (1 − pk)^s` for a
   * salvo, `pk` for shoot-look-shoot. Computed once per trial and layer,
   * for every swarm size and round.
   */
  readonly kill: Float64Array;
  readonly budget: Float64Array;
  /** 1 if the layer fights in this trial (a Bernoulli of its drawn availability). */
  readonly available: Uint8Array;
  readonly fixedCost: Float64Array;
  readonly acquisition: Float64Array;
}

/**
 * Draws the inputs of batch `batch` from its own stream `(seed, inputs,
 * batch)`: per trial, every input in scenario order (a plain one draws
 * nothing), then one uniform per layer for its availability. The model's
 * fields are then read from the trial's row through the plan's indices, with
 * the formulas of `resolvePoint` (model/point.ts): budget
 * `min(magazine, capacity)`, rate capacity, acquisition share.
 */
export function drawBatchPoints(
  plan: SimPlan,
  seed: number,
  batch: number,
  trials: number,
): BatchPoints {
  const rng = deriveStream(seed, STREAM_INPUTS, batch, 0);
  const P = plan.inputs.length;
  const T = plan.droneCount;
  const K = plan.layerCount;
  const values = new Float64Array(trials * P);
  const pts: BatchPoints = {
    trials,
    values,
    unitCost: new Float64Array(trials * T),
    damage: new Float64Array(trials * T),
    costPerShot: new Float64Array(trials * K),
    kill: new Float64Array(trials * K * BINOMIAL_SLOTS),
    budget: new Float64Array(trials * K),
    available: new Uint8Array(trials * K),
    fixedCost: new Float64Array(trials * K),
    acquisition: new Float64Array(trials * K),
  };
  for (let i = 0; i < trials; i++) {
    const row = i * P;
    for (let j = 0; j < P; j++) values[row + j] = drawInput(rng, plan.inputs[j]!);
    for (let t = 0; t < T; t++) {
      pts.unitCost[i * T + t] = values[row + plan.unitCostAt[t]!]!;
      pts.damage[i * T + t] = values[row + plan.damageAt[t]!]!;
    }
    for (let k = 0; k < K; k++) {
      const at = i * K + k;
      const pk = values[row + plan.pkAt[k]!]!;
      const pKill = plan.shootLookShoot[k] === 1 ? pk : 1 - powInt(1 - pk, plan.shots[k]!);
      binomialParams(pKill, pts.kill, at * BINOMIAL_SLOTS);
      const w = plan.windowAt[k]!;
      const capacity =
        w < 0
          ? plan.capacityShots[k]!
          : rateCapacity(
              plan.channels[k]!,
              values[row + w]!,
              values[row + plan.timePerShotAt[k]!]!,
            );
      pts.budget[at] = Math.min(plan.magazine[k]!, capacity);
      pts.costPerShot[at] = values[row + plan.costPerShotAt[k]!]!;
      pts.fixedCost[at] = values[row + plan.fixedCostAt[k]!]!;
      const acq = plan.acquisitionAt[k]!;
      pts.acquisition[at] = acq < 0 ? 0 : values[row + acq]! / plan.acquisitionAttacks[k]!;
    }
    // Drawn after the inputs, and always (even at availability 1), so the stream stays aligned.
    for (let k = 0; k < K; k++) {
      const a = values[row + plan.availabilityAt[k]!]!;
      pts.available[i * K + k] = rng.nextDouble() < a ? 1 : 0;
    }
  }
  return pts;
}

/** The buffers of a batch's arrays, to transfer them to a worker instead of copying. */
export function batchPointsBuffers(pts: BatchPoints): ArrayBuffer[] {
  const arrays = [
    pts.values,
    pts.unitCost,
    pts.damage,
    pts.costPerShot,
    pts.kill,
    pts.budget,
    pts.available,
    pts.fixedCost,
    pts.acquisition,
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
