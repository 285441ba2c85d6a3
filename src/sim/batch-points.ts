import { resolvePoint } from "../model/point.js";
import { drawInput } from "./draw-input.js";
import type { SimPlan } from "./plan.js";
import { STREAM_INPUTS, deriveStream } from "./random/stream.js";

/**
 * The drawn inputs of one batch of trials, shared by every swarm size
 * (common random numbers, model.md §7). Per-trial rows of flat typed arrays:
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
  readonly pk: Float64Array;
  /** Salvo: `1 − (1 − pk)^s`; shoot-look-shoot: `pk`. */
  readonly pKill: Float64Array;
  readonly budget: Float64Array;
  /** 1 if the layer fights in this trial (a Bernoulli of its drawn availability). */
  readonly available: Uint8Array;
  readonly fixedCost: Float64Array;
  readonly acquisition: Float64Array;
}

/**
 * Draws the inputs of batch `batch` from its own stream `(seed, inputs,
 * batch)`: per trial, every input in scenario order (a plain one draws
 * nothing), then one uniform per layer for its availability.
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
  const pts = {
    trials,
    values: new Float64Array(trials * P),
    unitCost: new Float64Array(trials * T),
    damage: new Float64Array(trials * T),
    costPerShot: new Float64Array(trials * K),
    pk: new Float64Array(trials * K),
    pKill: new Float64Array(trials * K),
    budget: new Float64Array(trials * K),
    available: new Uint8Array(trials * K),
    fixedCost: new Float64Array(trials * K),
    acquisition: new Float64Array(trials * K),
  };
  const row = new Float64Array(P);
  const valueOf = (input: Parameters<typeof drawInput>[1]): number =>
    row[plan.inputIndex.get(input)!]!;
  for (let i = 0; i < trials; i++) {
    for (let j = 0; j < P; j++) row[j] = drawInput(rng, plan.inputs[j]!);
    pts.values.set(row, i * P);
    // resolvePoint is the one place that turns inputs into a point (budget, acquisition share).
    const point = resolvePoint(plan.scenario, valueOf);
    for (let t = 0; t < T; t++) {
      const d = point.drones[t]!;
      pts.unitCost[i * T + t] = d.unitCost;
      pts.damage[i * T + t] = d.damage;
    }
    for (let k = 0; k < K; k++) {
      const l = point.layers[k]!;
      const at = i * K + k;
      pts.costPerShot[at] = l.costPerShot;
      pts.pk[at] = l.pk;
      pts.pKill[at] = plan.shootLookShoot[k] === 1 ? l.pk : 1 - (1 - l.pk) ** l.shots;
      pts.budget[at] = l.budget;
      pts.fixedCost[at] = l.fixedCost;
      pts.acquisition[at] = l.acquisitionPerAttack;
    }
    // Drawn after the inputs, and always (even at availability 1), so the stream stays aligned.
    for (let k = 0; k < K; k++) {
      const a = point.layers[k]!.availability;
      pts.available[i * K + k] = rng.nextDouble() < a ? 1 : 0;
    }
  }
  return pts;
}
