import { BAND_METRICS } from "../model/outcome.js";
import { batchCount, type SimConfig } from "./options.js";
import type { SimPlan } from "./plan.js";

/** Slots per band row in {@link SimBuffers.bands}: defined (1 or 0), p5, p50, p95. */
export const BAND_SLOTS = 4;

/**
 * Where a simulation's batches write their results, by place, so that any
 * thread can fill any part and nothing is copied or merged: plain arrays in
 * one thread, SharedArrayBuffers shared by a worker pool. `S` is the number
 * of swarm sizes, `M` the plan's metric count, `T` the trial count.
 */
export interface SimBuffers {
  /** Per-trial values of {@link BAND_METRICS} at `(m × S + s) × T + trial`; a ratio is NaN where its denominator is 0. */
  readonly perTrial: Float64Array;
  /** Per batch `b` and size `s`, the sum over the batch's trials (in trial order) of total `j`: `(b × S + s) × M + j`. */
  readonly sums: Float64Array;
  /** Per uncertain input `u`, its draw in each trial at `u × T + trial`; empty unless a size is kept. */
  readonly keptDraws: Float64Array;
  /** Per band row `m × S + s`, {@link BAND_SLOTS} values, filled by `bandRows`. */
  readonly bands: Float64Array;
}

/** The lengths of a simulation's four arrays, in {@link SimBuffers} order. */
function lengths(plan: SimPlan, config: SimConfig): [number, number, number, number] {
  const S = config.swarmSizes.length;
  const T = config.trials;
  return [
    BAND_METRICS.length * S * T,
    batchCount(T) * S * plan.metricCount,
    config.keepIndex >= 0 ? plan.uncertain.length * T : 0,
    BAND_METRICS.length * S * BAND_SLOTS,
  ];
}

/** Allocates the buffers of a simulation in this thread. */
export function simBuffers(plan: SimPlan, config: SimConfig): SimBuffers {
  const [perTrial, sums, keptDraws, bands] = lengths(plan, config).map((n) => new Float64Array(n));
  return { perTrial: perTrial!, sums: sums!, keptDraws: keptDraws!, bands: bands! };
}

/**
 * The SharedArrayBuffers of the last finished pooled simulation, kept for
 * the next. Node does not count shared memory towards the garbage
 * collector's pressure, so unreferenced ones piled up (48 MB a run for the
 * standard sweep, without bound, in a process that makes little other
 * garbage); reusing them keeps a process at one set in use plus one spare.
 */
let spare: SharedArrayBuffer[] = [];

/**
 * Buffers backed by SharedArrayBuffers, for a worker pool: the spare set
 * where each is large enough, new ones otherwise. Every slot is written by
 * the run before it is read, so reused memory needs no clearing. Give them
 * back with {@link releaseSharedBuffers} once no thread uses them.
 */
export function sharedBuffers(plan: SimPlan, config: SimConfig): SimBuffers {
  const taken = spare;
  spare = [];
  const [perTrial, sums, keptDraws, bands] = lengths(plan, config).map((n, i) => {
    const bytes = n * Float64Array.BYTES_PER_ELEMENT;
    const old = taken[i];
    return new Float64Array(
      old && old.byteLength >= bytes ? old : new SharedArrayBuffer(bytes),
      0,
      n,
    );
  });
  return { perTrial: perTrial!, sums: sums!, keptDraws: keptDraws!, bands: bands! };
}

/** Keeps the memory of `buf` (from {@link sharedBuffers}) for the next pooled simulation. */
export function releaseSharedBuffers(buf: SimBuffers): void {
  const arrays = [buf.perTrial, buf.sums, buf.keptDraws, buf.bands];
  const total = (set: ArrayBufferLike[]): number => set.reduce((n, b) => n + b.byteLength, 0);
  const mine = arrays.map((a) => a.buffer);
  // With runs overlapping, keep the larger set; the other is left to the collector.
  if (mine.every((b) => b instanceof SharedArrayBuffer) && total(mine) >= total(spare)) {
    spare = mine;
  }
}
