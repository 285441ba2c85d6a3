import { BATCH_SIZE } from "../../sim/options.js";

/**
 * The trial counts a progressive Monte Carlo run reports at: one batch, then
 * doubling, then `trials` itself. Each count is a whole run of its own, so
 * the total work is under twice that of the last.
 *
 * @example monteCarloSteps(2000) // [512, 1024, 2000]
 */
export function monteCarloSteps(trials: number): number[] {
  const out: number[] = [];
  for (let t = BATCH_SIZE; t < trials; t *= 2) out.push(t);
  out.push(trials);
  return out;
}
