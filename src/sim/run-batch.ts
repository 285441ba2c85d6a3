import { BAND_METRICS } from "../model/outcome.js";
import { type BatchPoints, drawBatchPoints } from "./batch-points.js";
import { type EngageScratch, engageScratch, engageTrial } from "./engage.js";
import { BATCH_SIZE, batchTrials, type SimConfig } from "./options.js";
import {
  M_ATTACKER_COST,
  M_DAMAGE,
  M_DEFENDER_COST,
  M_DEFENDER_COST_FULL,
  M_DISRUPTION,
  M_KILLS,
  M_LEAKERS,
  type SimPlan,
} from "./plan.js";
import { STREAM_ENGAGEMENT, deriveStream } from "../random/stream.js";
import type { Xoshiro128 } from "../random/xoshiro128.js";
import type { SimBuffers } from "./sim-buffers.js";

const WRITE_ORDER = "cer,cerFull,netCer,defenderCost,attackerCost,leakers,damage,kills";
if (BAND_METRICS.join(",") !== WRITE_ORDER) {
  throw new Error(`runBatch writes bands as ${WRITE_ORDER}; BAND_METRICS changed`);
}

function ratioOrNaN(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

/**
 * Draws the inputs of batch `batch` ({@link drawBatchPoints}) and, if a
 * swarm size is kept, copies the uncertain ones into `buf.keptDraws`.
 */
export function drawBatch(
  plan: SimPlan,
  config: SimConfig,
  batch: number,
  buf: SimBuffers,
): BatchPoints {
  const trials = batchTrials(config.trials, batch);
  const pts = drawBatchPoints(plan, config.seed, batch, trials);
  const U = config.keepIndex >= 0 ? plan.uncertain.length : 0;
  const P = plan.inputs.length;
  const first = batch * BATCH_SIZE;
  for (let u = 0; u < U; u++) {
    const j = plan.uncertain[u]!;
    const at = u * config.trials + first;
    for (let i = 0; i < trials; i++) buf.keptDraws[at + i] = pts.values[i * P + j]!;
  }
  return pts;
}

/**
 * Runs batch `batch`, whose inputs `pts` are drawn ({@link drawBatch}), into
 * its places in `buf`: for each swarm size an engagement stream
 * `(seed, batch, N)` runs every trial of the batch in order. Floating-point
 * sums run in trial order, so the result is the same wherever the batch
 * runs. Returns the batch's trial count.
 */
export function runBatch(
  plan: SimPlan,
  config: SimConfig,
  batch: number,
  pts: BatchPoints,
  buf: SimBuffers,
): number {
  const sizes = config.swarmSizes;
  const S = sizes.length;
  const M = plan.metricCount;
  const first = batch * BATCH_SIZE;
  const scratch = engageScratch(plan.droneCount);
  const out = new Float64Array(M);
  // Sizes from both ends inwards (largest, smallest, second largest, …): a cold thread's
  // JIT then sees every sampler branch (BTPE, HRUA, inversion, the walks) before it
  // optimizes, instead of deoptimizing and compiling again as N grows.
  for (let j = 0; j < S; j++) {
    const s = j % 2 === 0 ? S - 1 - (j >> 1) : j >> 1;
    const rng = deriveStream(config.seed, STREAM_ENGAGEMENT, batch, sizes[s]!);
    buf.sums.fill(0, (batch * S + s) * M, (batch * S + s + 1) * M);
    const at = s * config.trials + first;
    runSize(
      plan,
      pts,
      sizes[s]!,
      rng,
      scratch,
      out,
      buf,
      (batch * S + s) * M,
      at,
      S * config.trials,
    );
  }
  return pts.trials;
}

/**
 * Every trial of the batch at one swarm size, in trial order: adds the
 * totals into `buf.sums` from `sumsAt` and writes the band values at
 * `first + i + m × stride`. A function of its own so that V8
 * optimizes it once for all sizes and batches, instead of on-stack-replacing
 * one long loop.
 */
function runSize(
  plan: SimPlan,
  pts: BatchPoints,
  swarmSize: number,
  rng: Xoshiro128,
  scratch: EngageScratch,
  out: Float64Array,
  buf: SimBuffers,
  sumsAt: number,
  first: number,
  stride: number,
): void {
  const M = plan.metricCount;
  const { sums, perTrial } = buf;
  for (let i = 0; i < pts.trials; i++) {
    engageTrial(plan, pts, i, swarmSize, rng, scratch, out);
    for (let j = 0; j < M; j++) sums[sumsAt + j] = sums[sumsAt + j]! + out[j]!;
    const attacker = out[M_ATTACKER_COST]!;
    const defender = out[M_DEFENDER_COST]!;
    const damage = out[M_DAMAGE]!;
    // Written in the order of BAND_METRICS (checked at load), with no per-trial allocation.
    const at = first + i;
    perTrial[at] = ratioOrNaN(defender, attacker);
    perTrial[at + stride] = ratioOrNaN(out[M_DEFENDER_COST_FULL]!, attacker);
    perTrial[at + 2 * stride] = ratioOrNaN(defender + damage + out[M_DISRUPTION]!, attacker);
    perTrial[at + 3 * stride] = defender;
    perTrial[at + 4 * stride] = attacker;
    perTrial[at + 5 * stride] = out[M_LEAKERS]!;
    perTrial[at + 6 * stride] = damage;
    perTrial[at + 7 * stride] = out[M_KILLS]!;
  }
}
