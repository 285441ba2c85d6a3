import { quantileSorted, quickselect } from "simple-statistics";
import { emptyTotals, outcomeFromTotals } from "../engine/totals.js";
import { BAND_METRICS, type Band, type BandMetric, type OutcomeRow } from "../model/outcome.js";
import {
  BATCH_SIZE,
  batchCount,
  type KeptTrials,
  type SimConfig,
  type Simulation,
} from "./options.js";
import {
  M_ATTACKER_COST,
  M_DAMAGE,
  M_DAMAGE_AVERTED,
  M_DEFENDER_COST,
  M_DEFENDER_COST_FULL,
  M_KILLS,
  M_LAYERS,
  M_LEAKERS,
  type SimPlan,
} from "./plan.js";
import type { BatchResult } from "./run-batch.js";

/**
 * Collects batch results in any arrival order and summarizes them as if
 * they had come in batch order (model.md §6, §7): per-trial values land at
 * their trial's place, and the sums are added batch by batch in batch order
 * at the end, so the floating-point result never depends on the workers.
 */
export class Accumulator {
  private readonly sums: (Float64Array | undefined)[];
  /** Per-trial band values of all trials, `(m × sizes + s) × trials + trial`. */
  private readonly perTrial: Float64Array;
  private readonly keptDraws: Float64Array;
  private done = 0;

  constructor(
    private readonly plan: SimPlan,
    private readonly config: SimConfig,
  ) {
    this.sums = new Array<Float64Array | undefined>(batchCount(config.trials));
    this.perTrial = new Float64Array(
      BAND_METRICS.length * config.swarmSizes.length * config.trials,
    );
    const kept = config.keepIndex >= 0 ? plan.uncertain.length : 0;
    this.keptDraws = new Float64Array(kept * config.trials);
  }

  /** Trials accumulated so far. */
  get doneTrials(): number {
    return this.done;
  }

  add(r: BatchResult): void {
    const { trials } = this.config;
    const first = r.batch * BATCH_SIZE;
    const rows = BAND_METRICS.length * this.config.swarmSizes.length;
    for (let row = 0; row < rows; row++) {
      this.perTrial.set(
        r.perTrial.subarray(row * r.trials, (row + 1) * r.trials),
        row * trials + first,
      );
    }
    const kept = this.keptDraws.length / trials;
    for (let u = 0; u < kept; u++) {
      this.keptDraws.set(
        r.keptDraws.subarray(u * r.trials, (u + 1) * r.trials),
        u * trials + first,
      );
    }
    this.sums[r.batch] = r.sums;
    this.done += r.trials;
  }

  /** The summary: means of the totals, ratios of means, p5/p50/p95 bands of per-trial values. */
  finish(): Simulation {
    const { trials, seed, swarmSizes } = this.config;
    const M = this.plan.metricCount;
    const K = this.plan.layerCount;
    const total = new Float64Array(swarmSizes.length * M);
    for (const batchSums of this.sums) {
      if (batchSums === undefined) throw new Error("a batch is missing");
      for (let j = 0; j < total.length; j++) total[j] = total[j]! + batchSums[j]!;
    }
    const scratch = new Float64Array(trials);
    const rows = swarmSizes.map((n, s): OutcomeRow => {
      const mean = (j: number): number => total[s * M + j]! / trials;
      const t = emptyTotals(K);
      t.attackerCost = mean(M_ATTACKER_COST);
      t.defenderCost = mean(M_DEFENDER_COST);
      t.defenderCostFull = mean(M_DEFENDER_COST_FULL);
      t.kills = mean(M_KILLS);
      t.leakers = mean(M_LEAKERS);
      t.damage = mean(M_DAMAGE);
      t.damageAverted = mean(M_DAMAGE_AVERTED);
      for (let k = 0; k < K; k++) {
        t.layerShots[k] = mean(M_LAYERS + 3 * k);
        t.layerKills[k] = mean(M_LAYERS + 3 * k + 1);
        t.layerCost[k] = mean(M_LAYERS + 3 * k + 2);
      }
      const bands: Partial<Record<BandMetric, Band>> = {};
      BAND_METRICS.forEach((metric, m) => {
        const start = (m * swarmSizes.length + s) * trials;
        const band = percentileBand(this.perTrial.subarray(start, start + trials), scratch);
        if (band !== null) bands[metric] = band;
      });
      return { ...outcomeFromTotals(n, t, this.plan.scenario.layers), bands };
    });
    const result: Simulation = { mode: "monte-carlo", trials, seed, rows };
    if (this.config.keepIndex >= 0) result.kept = this.kept();
    return result;
  }

  private kept(): KeptTrials {
    const { trials, swarmSizes, keepIndex } = this.config;
    const cerStart = keepIndex * trials; // cer is band metric 0
    return {
      swarmSize: swarmSizes[keepIndex]!,
      inputs: this.plan.uncertain.map((j, u) => ({
        path: this.plan.inputs[j]!.path,
        draws: this.keptDraws.slice(u * trials, (u + 1) * trials),
      })),
      cer: this.perTrial.slice(cerStart, cerStart + trials),
    };
  }
}

const BAND_PS = [0.05, 0.5, 0.95] as const;

/**
 * p5, p50 and p95 of the defined (non-NaN) values, by simple-statistics
 * `quantileSorted` (linear interpolation, R/NumPy type 7); null when there
 * are none.
 *
 * `quantileSorted` reads only the two order statistics around
 * `(n − 1) p`. Instead of a full sort (O(n log n), about 1 ms for 10,000
 * values, times 8 metrics × every swarm size), `quickselect` puts exactly
 * those positions in sorted place, each within the range the previous one
 * left above it: the same numbers as on a sorted copy, in O(n).
 */
function percentileBand(values: Float64Array, scratch: Float64Array): Band | null {
  let n = 0;
  // An indexed loop: a for-of over a typed array allocates an iterator result per value here.
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) scratch[n++] = v;
  }
  if (n === 0) return null;
  // simple-statistics only indexes and reads `length`, which a typed array has.
  const xs = scratch.subarray(0, n) as unknown as number[];
  let left = 0;
  for (const p of BAND_PS) {
    const idx = (n - 1) * p;
    for (const k of [Math.floor(idx), Math.ceil(idx)]) {
      if (k >= left) {
        quickselect(xs, k, left, n - 1);
        left = k + 1;
      }
    }
  }
  const [p5, p50, p95] = BAND_PS.map((p) => quantileSorted(xs, p)) as [number, number, number];
  return { p5, p50, p95 };
}
