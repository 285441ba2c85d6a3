import { type BatchPoints, drawBatchPoints } from "../../sim/batch-points.js";
import { BATCH_SIZE, batchTrials } from "../../sim/options.js";
import { engageAttack, engageScratch, type EngageScratch } from "../../sim/engage.js";
import {
  M_ATTACKER_COST,
  M_DAMAGE,
  M_DEFENDER_COST,
  M_DISRUPTION,
  M_KILLS,
  M_LAYERS,
} from "../../sim/plan.js";
import type { SimBuffers } from "../../sim/sim-buffers.js";
import { multinomialAt } from "../../random/multinomial.js";
import { deriveStream } from "../../random/stream.js";
import type { Xoshiro128 } from "../../random/xoshiro128.js";
import { BREACH_TOLERANCE } from "../night-result.js";
import {
  type McLayout,
  S_ATTACKER_COST,
  S_DAMAGE,
  S_DEFENDER_COST,
  S_DISRUPTION,
  S_KILLS,
  S_TYPES,
} from "./layout.js";

/** The stream kind of a campaign night's draws: key `(seed, STREAM_NIGHT, batch, night)`. */
export const STREAM_NIGHT = 4;

/**
 * Whole units delivered through night `d` at `p` a night from night `λ + 1`:
 * `floor(p × (d − λ))`, forgiving a few ulps so that 0.1 × 30 gives 3.
 */
export function deliveredThrough(p: number, d: number, lambda: number): number {
  if (d <= lambda || p <= 0) return 0;
  const x = p * (d - lambda);
  return Math.floor(x + 1e-9 * Math.max(1, x));
}

/** Per-trial state of a batch: stocks and the night numbers found so far. */
interface BatchState {
  readonly layerStock: Float64Array;
  readonly droneStock: Float64Array;
  /** Per trial, `K + T + 1` night numbers (dry, short, breach); `D + 1` until found. */
  readonly nights: Float64Array;
}

function batchState(m: McLayout, trials: number): BatchState {
  const K = m.sim.layerCount;
  const T = m.sim.droneCount;
  const layerStock = new Float64Array(trials * K);
  const droneStock = new Float64Array(trials * T);
  for (let i = 0; i < trials; i++) {
    layerStock.set(m.plan.layerStock, i * K);
    droneStock.set(m.plan.droneStock, i * T);
  }
  const nights = new Float64Array(trials * (K + T + 1)).fill(m.plan.nights + 1);
  return { layerStock, droneStock, nights };
}

/**
 * Runs batch `batch` of a Monte Carlo campaign (docs/campaign.md §2) into
 * its places in `buf`: the batch's inputs drawn once per trial
 * (`drawBatchPoints`, as `simulate` draws them), then night by night a
 * stream `(seed, STREAM_NIGHT, batch, night)` draws, trial by trial in
 * order, the planned launches `Multinomial(R_d, s)`, each layer's
 * availability and the engagement (`engageAttack`, src/sim/engage.ts). Stocks are whole: launches
 * `min(planned, A_t)`, budgets `min(magazine, capacity, max(0, S_L − r_L))`,
 * deliveries the increase of `floor(p × (d − λ))`. A night's draws depend
 * on nothing after it, so a longer horizon leaves earlier nights unchanged;
 * sums run in trial order into the batch's own slots, so the bytes never
 * depend on which thread ran the batch. Returns the batch's trial count.
 */
export function runCampaignBatch(m: McLayout, batch: number, buf: SimBuffers): number {
  const n = batchTrials(m.trials, batch);
  const pts = drawBatchPoints(m.sim, m.seed, batch, n);
  const state = batchState(m, n);
  for (let d = 1; d <= m.plan.nights; d++) runNight(m, batch, d, pts, state, buf);
  writeNightNumbers(m, batch, n, state, buf);
  return n;
}

/** What one night needs, the same for every trial of the batch. */
interface NightWork {
  readonly d: number;
  readonly rng: Xoshiro128;
  readonly delivered: Float64Array;
  readonly produced: Float64Array;
  readonly planned: Float64Array;
  readonly launched: Float64Array;
  /** The engagement's work arrays; `scratch.alive` holds the survivors after it. */
  readonly scratch: EngageScratch;
  readonly budgets: Float64Array;
  readonly out: Float64Array;
  readonly sumsAt: number;
  /** Index in `perTrial` of the night's first band row at the batch's first trial. */
  readonly rowAt: number;
}

function nightWork(m: McLayout, batch: number, d: number, buf: SimBuffers): NightWork {
  const { plan, sim } = m;
  const T = sim.droneCount;
  const sumsAt = (batch * plan.nights + d - 1) * m.metricCount;
  buf.sums.fill(0, sumsAt, sumsAt + m.metricCount);
  const step = (p: number, lambda: number): number =>
    deliveredThrough(p, d, lambda) - deliveredThrough(p, d - 1, lambda);
  return {
    d,
    rng: deriveStream(m.seed, STREAM_NIGHT, batch, d),
    delivered: plan.layerProduction.map((p, k) => step(p, plan.layerLeadTime[k]!)),
    produced: plan.droneProduction.map((p) => step(p, 0)),
    planned: new Float64Array(T),
    launched: new Float64Array(T),
    scratch: engageScratch(T),
    budgets: new Float64Array(sim.layerCount),
    out: new Float64Array(sim.metricCount),
    sumsAt,
    rowAt: (d - 1) * m.rowsPerNight * m.trials + batch * BATCH_SIZE,
  };
}

function runNight(
  m: McLayout,
  batch: number,
  d: number,
  pts: BatchPoints,
  state: BatchState,
  buf: SimBuffers,
): void {
  const w = nightWork(m, batch, d, buf);
  const raid = m.plan.raid[d - 1]!;
  for (let i = 0; i < pts.trials; i++) {
    multinomialAt(w.rng, raid, m.sim.shareParams, m.sim.droneCount, w.planned);
    launch(m, pts, i, w, state);
    engageAttack(m.sim, pts, i, w.launched, w.budgets, w.rng, w.scratch, w.out);
    record(m, pts, i, w, state, buf);
  }
}

/** Launches `min(planned, A_t)`, the attacker's stock after production, and the budgets. */
function launch(m: McLayout, pts: BatchPoints, i: number, w: NightWork, state: BatchState): void {
  const { plan } = m;
  const K = m.sim.layerCount;
  const T = m.sim.droneCount;
  const short = i * (K + T + 1) + K;
  for (let t = 0; t < T; t++) {
    const a = state.droneStock[i * T + t]!;
    const planned = w.planned[t]!;
    const n = planned < a ? planned : a;
    w.launched[t] = n;
    state.droneStock[i * T + t] = a - n + w.produced[t]!;
    if (n < planned && state.nights[short + t] === plan.nights + 1) state.nights[short + t] = w.d;
  }
  for (let k = 0; k < K; k++) {
    const free = state.layerStock[i * K + k]! - plan.layerReserve[k]!;
    w.budgets[k] = Math.min(pts.budget[i * K + k]!, free > 0 ? free : 0);
  }
}

/**
 * After trial `i`'s engagement: the layers' stocks (shots out, the night's
 * delivery in), the dry night and first breach, the night's sums and the
 * trial's band values.
 */
function record(
  m: McLayout,
  pts: BatchPoints,
  i: number,
  w: NightWork,
  state: BatchState,
  buf: SimBuffers,
): void {
  const { plan } = m;
  const K = m.sim.layerCount;
  const T = m.sim.droneCount;
  const nights = i * (K + T + 1);
  const { sums, perTrial } = buf;
  const o = w.out;
  const s = w.sumsAt;
  for (let k = 0; k < K; k++) {
    const shots = o[M_LAYERS + 3 * k]!;
    const left = state.layerStock[i * K + k]! - shots;
    if (
      plan.layerLimited[k] &&
      left <= plan.layerReserve[k]! &&
      state.nights[nights + k] === plan.nights + 1
    ) {
      state.nights[nights + k] = w.d;
    }
    const end = left + w.delivered[k]!;
    state.layerStock[i * K + k] = end;
    const at = s + m.layersAt + 4 * k;
    sums[at] = sums[at]! + shots;
    sums[at + 1] = sums[at + 1]! + o[M_LAYERS + 3 * k + 1]!;
    sums[at + 2] = sums[at + 2]! + o[M_LAYERS + 3 * k + 2]!;
    if (plan.layerLimited[k]) sums[at + 3] = sums[at + 3]! + end;
  }
  let leakers = 0;
  let strikeLaunched = 0;
  let strikeLeakers = 0;
  for (let t = 0; t < T; t++) {
    const at = s + S_TYPES + 3 * t;
    const left = w.scratch.alive[t]!;
    sums[at] = sums[at]! + w.launched[t]!;
    sums[at + 1] = sums[at + 1]! + left;
    if (plan.droneLimited[t]) sums[at + 2] = sums[at + 2]! + state.droneStock[i * T + t]!;
    leakers += left;
    if (plan.strike[t]) {
      strikeLaunched += w.launched[t]!;
      strikeLeakers += left;
    }
  }
  sums[s + S_ATTACKER_COST] = sums[s + S_ATTACKER_COST]! + o[M_ATTACKER_COST]!;
  sums[s + S_DEFENDER_COST] = sums[s + S_DEFENDER_COST]! + o[M_DEFENDER_COST]!;
  sums[s + S_KILLS] = sums[s + S_KILLS]! + o[M_KILLS]!;
  sums[s + S_DAMAGE] = sums[s + S_DAMAGE]! + o[M_DAMAGE]!;
  // The trial's drawn threat.disruption on a night with launches (docs/model.md §6).
  sums[s + S_DISRUPTION] = sums[s + S_DISRUPTION]! + o[M_DISRUPTION]!;
  const hold = plan.holdLeakRate;
  const breach = nights + K + T;
  if (
    hold !== null &&
    strikeLaunched > 0 &&
    strikeLeakers / strikeLaunched > hold + BREACH_TOLERANCE &&
    state.nights[breach] === plan.nights + 1
  ) {
    state.nights[breach] = w.d;
  }
  // Band values of this trial: leakers, strike leak rate, limited stocks.
  const row = w.rowAt + i;
  perTrial[row] = leakers;
  perTrial[row + m.trials] = strikeLaunched > 0 ? strikeLeakers / strikeLaunched : Number.NaN;
  let j = 2;
  for (const k of m.limitedLayers) perTrial[row + j++ * m.trials] = state.layerStock[i * K + k]!;
  for (const t of m.limitedTypes) perTrial[row + j++ * m.trials] = state.droneStock[i * T + t]!;
}

/** The trial's night numbers into the night-number rows: dry per limited layer, short per limited type, breach. */
function writeNightNumbers(
  m: McLayout,
  batch: number,
  trials: number,
  state: BatchState,
  buf: SimBuffers,
): void {
  const K = m.sim.layerCount;
  const T = m.sim.droneCount;
  const columns = [
    ...m.limitedLayers,
    ...m.limitedTypes.map((t) => K + t),
    ...(m.plan.holdLeakRate === null ? [] : [K + T]),
  ];
  columns.forEach((c, j) => {
    const at = (m.nightRowsAt + j) * m.trials + batch * BATCH_SIZE;
    for (let i = 0; i < trials; i++) buf.perTrial[at + i] = state.nights[i * (K + T + 1) + c]!;
  });
}
