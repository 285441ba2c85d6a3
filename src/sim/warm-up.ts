import type { BatchPoints } from "./batch-points.js";
import { engageScratch, engageTrial } from "./engage.js";
import type { SimConfig } from "./options.js";
import type { SimPlan } from "./plan.js";
import { BINOMIAL_SLOTS, binomialAt, binomialParams } from "../random/binomial.js";
import { hypergeometric } from "../random/hypergeometric.js";
import { STREAM_WARM_UP, deriveStream } from "../random/stream.js";

/** Binomial draws that take every branch: walk (n r < 8), inversion (< 60), BTPE, mirrored. */
const BINOMIAL_GRID = { p: [0.02, 0.3, 0.5, 0.9], n: [5, 40, 150, 2000] };
/** Hypergeometric draws that take inversion (sample < 10) and HRUA, in both reductions. */
const HYPERGEOMETRIC_GRID: [number, number, number][] = [
  [5, 7, 6],
  [300, 200, 150],
  [30, 4000, 2000],
];

/**
 * Prepares a fresh thread's JIT for a simulation, writing nothing and
 * drawing from a stream of its own (no result depends on it): a few draws
 * from every sampler branch, then a few trials of `pts` at swarm sizes
 * spread over the sweep. V8 gives a function its type feedback only after
 * several calls and optimizes it for what it has seen; without this, a
 * worker optimized `engageTrial` for the first sizes it met and compiled it
 * again at each new branch (measured: 7 compilations of ~30 ms in a
 * 2-worker run, a large part of a worker's start-up on 2 cores).
 *
 * @example warmUp(plan, config, drawBatch(plan, config, 0, buf))
 */
export function warmUp(plan: SimPlan, config: SimConfig, pts: BatchPoints): void {
  const rng = deriveStream(config.seed, STREAM_WARM_UP, 0, 0);
  const par = new Float64Array(BINOMIAL_SLOTS);
  for (const p of BINOMIAL_GRID.p) {
    binomialParams(p, par, 0);
    for (const n of BINOMIAL_GRID.n) for (let i = 0; i < 12; i++) binomialAt(rng, n, par, 0);
  }
  for (const [good, bad, sample] of HYPERGEOMETRIC_GRID) {
    for (let i = 0; i < 12; i++) {
      hypergeometric(rng, good, bad, sample);
      hypergeometric(rng, bad, good, sample);
    }
  }
  const sizes = [...config.swarmSizes].sort((a, b) => a - b);
  const scratch = engageScratch(plan.droneCount);
  const out = new Float64Array(plan.metricCount);
  const trials = Math.min(pts.trials, 12);
  for (let q = 0; q <= 4; q++) {
    const n = sizes[Math.round((q / 4) * (sizes.length - 1))]!;
    for (let i = 0; i < trials; i++) engageTrial(plan, pts, i, n, rng, scratch, out);
  }
}
