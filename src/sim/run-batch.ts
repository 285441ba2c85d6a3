import { BAND_METRICS } from "../model/outcome.js";
import { type BatchPoints, drawBatchPoints } from "./batch-points.js";
import { engageScratch, engageTrial } from "./engage.js";
import { batchTrials, type SimConfig } from "./options.js";
import {
  M_ATTACKER_COST,
  M_DAMAGE,
  M_DEFENDER_COST,
  M_DEFENDER_COST_FULL,
  M_KILLS,
  M_LEAKERS,
  type SimPlan,
} from "./plan.js";
import { STREAM_ENGAGEMENT, deriveStream } from "./random/stream.js";
import type { Xoshiro128 } from "./random/xoshiro128.js";

/** The results of one batch: plain typed arrays, so a worker can transfer them. */
export interface BatchResult {
  readonly batch: number;
  readonly trials: number;
  /** Per swarm size `s`, the sum over the batch's trials of each total: `s × metricCount + j`. */
  readonly sums: Float64Array<ArrayBuffer>;
  /**
   * Per-trial values of {@link BAND_METRICS}, at `(m × sizes + s) × trials + i`;
   * a ratio is NaN in a trial whose denominator is 0.
   */
  readonly perTrial: Float64Array<ArrayBuffer>;
  /** Per uncertain input `u`, its draw in trial `i` at `u × trials + i`; empty unless kept. */
  readonly keptDraws: Float64Array<ArrayBuffer>;
}

const BANDS = BAND_METRICS.length;
const WRITE_ORDER = "cer,cerFull,netCer,defenderCost,attackerCost,leakers,damage,kills";
if (BAND_METRICS.join(",") !== WRITE_ORDER) {
  throw new Error(`runBatch writes bands as ${WRITE_ORDER}; BAND_METRICS changed`);
}

function ratioOrNaN(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

/**
 * Runs batch `batch`: draws its inputs once, then for each swarm size an
 * engagement stream `(seed, batch, N)` runs every trial of the batch in
 * order. Floating-point sums run in trial order, so the result is the same
 * wherever the batch runs. `points`, if given, must be this batch's
 * {@link drawBatchPoints} (benchmarks time the engagements without the draws).
 */
export function runBatch(
  plan: SimPlan,
  config: SimConfig,
  batch: number,
  points?: BatchPoints,
): BatchResult {
  const trials = batchTrials(config.trials, batch);
  const sizes = config.swarmSizes;
  const S = sizes.length;
  const M = plan.metricCount;
  const pts = points ?? drawBatchPoints(plan, config.seed, batch, trials);
  const sums = new Float64Array(S * M);
  const perTrial = new Float64Array(BANDS * S * trials);

  for (let s = 0; s < S; s++) {
    const rng = deriveStream(config.seed, STREAM_ENGAGEMENT, batch, sizes[s]!);
    runSize(
      plan,
      pts,
      sizes[s]!,
      rng,
      sums.subarray(s * M, (s + 1) * M),
      perTrial,
      s * trials,
      S * trials,
    );
  }

  const U = config.keepIndex >= 0 ? plan.uncertain.length : 0;
  const keptDraws = new Float64Array(U * trials);
  const P = plan.inputs.length;
  for (let u = 0; u < U; u++) {
    const j = plan.uncertain[u]!;
    for (let i = 0; i < trials; i++) keptDraws[u * trials + i] = pts.values[i * P + j]!;
  }
  return { batch, trials, sums, perTrial, keptDraws };
}

/**
 * Every trial of the batch at one swarm size, in trial order: adds the
 * totals into `sums` and writes the band values at `first + i + m × stride`.
 * A function of its own so that V8 optimizes it once for all sizes and
 * batches, instead of on-stack-replacing one long loop.
 */
function runSize(
  plan: SimPlan,
  pts: BatchPoints,
  swarmSize: number,
  rng: Xoshiro128,
  sums: Float64Array,
  perTrial: Float64Array,
  first: number,
  stride: number,
): void {
  const M = plan.metricCount;
  const scratch = engageScratch(plan.droneCount);
  const out = new Float64Array(M);
  for (let i = 0; i < pts.trials; i++) {
    engageTrial(plan, pts, i, swarmSize, rng, scratch, out);
    for (let j = 0; j < M; j++) sums[j] = sums[j]! + out[j]!;
    const attacker = out[M_ATTACKER_COST]!;
    const defender = out[M_DEFENDER_COST]!;
    const damage = out[M_DAMAGE]!;
    // Written in the order of BAND_METRICS (checked at load), with no per-trial allocation.
    const at = first + i;
    perTrial[at] = ratioOrNaN(defender, attacker);
    perTrial[at + stride] = ratioOrNaN(out[M_DEFENDER_COST_FULL]!, attacker);
    perTrial[at + 2 * stride] = ratioOrNaN(defender + damage, attacker);
    perTrial[at + 3 * stride] = defender;
    perTrial[at + 4 * stride] = attacker;
    perTrial[at + 5 * stride] = out[M_LEAKERS]!;
    perTrial[at + 6 * stride] = damage;
    perTrial[at + 7 * stride] = out[M_KILLS]!;
  }
}
