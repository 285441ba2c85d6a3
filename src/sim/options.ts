import { MAX_SWARM_SIZE, checkTrialPoints, swarmSizeError } from "../engine/model-limit-error.js";
import type { RunResult } from "../model/outcome.js";

/** Trials per batch: fixed, whatever the worker count, so results never depend on it. */
export const BATCH_SIZE = 512;

export interface SimulateOptions {
  /** Number of trials, a whole number ≥ 1. */
  trials: number;
  /**
   * Seed, normally an unsigned 32-bit integer. Any non-negative safe integer
   * (< 2^53) is accepted and used whole: its high 32 bits enter the stream
   * hash too, so seeds 1 and 2^32 + 1 give different results.
   */
  seed: number;
  /** Default: the scenario's swarm sizes. Whole numbers ≥ 1. */
  swarmSizes?: readonly number[];
  /**
   * Threads that compute, the calling one included: 1 (the default) runs
   * in-process; `n > 1` also starts `n − 1` worker threads. Never changes
   * the result.
   */
  workers?: number;
  /** Called after each batch with the trials done so far. */
  onProgress?: (doneTrials: number, totalTrials: number) => void;
  /** Abort: the promise rejects with an `AbortError` and every worker is terminated. */
  signal?: AbortSignal;
  /** Keep the per-trial input draws and per-trial `cer` at this swarm size (one of the sizes). */
  keep?: { swarmSize: number };
}

/** What {@link SimulateOptions.keep} asked for, one entry per trial, in trial order. */
export interface KeptTrials {
  swarmSize: number;
  /** Every uncertain input (a distribution, not a plain number), in scenario order. */
  inputs: { path: string; draws: Float64Array }[];
  /** Per-trial `defenderCost / attackerCost`; NaN where the attacker's cost is 0. */
  cer: Float64Array;
}

export interface Simulation extends RunResult {
  kept?: KeptTrials;
}

/** The options after defaults and checks, as a batch runner (in a worker or not) needs them. */
export interface SimConfig {
  readonly trials: number;
  readonly seed: number;
  readonly swarmSizes: readonly number[];
  /** Index into `swarmSizes` of the kept size, or -1. */
  readonly keepIndex: number;
}

function isWhole(x: number, min: number): boolean {
  return Number.isSafeInteger(x) && x >= min;
}

/**
 * Applies defaults and checks the options.
 *
 * @throws ModelLimitError for a swarm size above 2^53 − 1, or trials × sizes above 10^9
 * @throws RangeError for a bad trial count, seed, swarm size, worker count or kept size
 */
export function simConfig(
  defaultSizes: readonly number[],
  options: Pick<SimulateOptions, "trials" | "seed" | "swarmSizes" | "keep">,
): SimConfig {
  const { trials, seed } = options;
  if (!isWhole(trials, 1)) throw new RangeError(`trials must be a whole number ≥ 1, got ${trials}`);
  if (!isWhole(seed, 0)) throw new RangeError(`seed must be a whole number ≥ 0, got ${seed}`);
  const swarmSizes = [...(options.swarmSizes ?? defaultSizes)];
  for (const n of swarmSizes) {
    if (Number.isInteger(n) && n > MAX_SWARM_SIZE) throw swarmSizeError(n);
    if (!isWhole(n, 1)) throw new RangeError(`swarm sizes must be whole numbers ≥ 1, got ${n}`);
  }
  checkTrialPoints(trials, swarmSizes.length);
  let keepIndex = -1;
  if (options.keep) {
    keepIndex = swarmSizes.indexOf(options.keep.swarmSize);
    if (keepIndex < 0) {
      throw new RangeError(
        `keep.swarmSize ${options.keep.swarmSize} is not one of the swarm sizes`,
      );
    }
  }
  return { trials, seed, swarmSizes, keepIndex };
}

/** Number of batches for a trial count. */
export function batchCount(trials: number): number {
  return Math.ceil(trials / BATCH_SIZE);
}

/** Trials in batch `b`: {@link BATCH_SIZE}, less in the last batch. */
export function batchTrials(trials: number, b: number): number {
  return Math.min(BATCH_SIZE, trials - b * BATCH_SIZE);
}
