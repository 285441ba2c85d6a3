import { emptyTotals, outcomeFromTotals } from "../engine/totals.js";
import { BAND_METRICS, type Band, type BandMetric, type OutcomeRow } from "../model/outcome.js";
import { batchCount, type KeptTrials, type SimConfig, type Simulation } from "./options.js";
import {
  M_ATTACKER_COST,
  M_DAMAGE,
  M_DAMAGE_AVERTED,
  M_DEFENDER_COST,
  M_DEFENDER_COST_FULL,
  M_DISRUPTION,
  M_KILLS,
  M_LAYERS,
  M_LEAKERS,
  type SimPlan,
} from "./plan.js";
import { BAND_SLOTS, type SimBuffers } from "./sim-buffers.js";

/**
 * The summary of a finished simulation (docs/model.md §6, §7): per swarm size the
 * mean of every total, ratios as ratios of means (by `outcomeFromTotals`),
 * and the p5/p50/p95 bands already in `buf.bands`. The batch sums are added
 * in batch order, so the floating-point result never depends on which
 * thread ran which batch, or when.
 */
export function summarize(plan: SimPlan, config: SimConfig, buf: SimBuffers): Simulation {
  const { trials, seed, swarmSizes } = config;
  const M = plan.metricCount;
  const K = plan.layerCount;
  const S = swarmSizes.length;
  const total = new Float64Array(S * M);
  const batches = batchCount(trials);
  for (let b = 0; b < batches; b++) {
    for (let j = 0; j < total.length; j++) total[j] = total[j]! + buf.sums[b * S * M + j]!;
  }
  const rows = swarmSizes.map((n, s): OutcomeRow => {
    const mean = (j: number): number => total[s * M + j]! / trials;
    const t = emptyTotals(K, plan.droneCount);
    t.attackerCost = mean(M_ATTACKER_COST);
    t.defenderCost = mean(M_DEFENDER_COST);
    t.defenderCostFull = mean(M_DEFENDER_COST_FULL);
    t.kills = mean(M_KILLS);
    t.leakers = mean(M_LEAKERS);
    t.damage = mean(M_DAMAGE);
    t.damageAverted = mean(M_DAMAGE_AVERTED);
    t.disruption = mean(M_DISRUPTION);
    for (let d = 0; d < plan.droneCount; d++) t.typeLeakers[d] = mean(plan.typeLeakersAt + d);
    for (let k = 0; k < K; k++) {
      t.layerShots[k] = mean(M_LAYERS + 3 * k);
      t.layerKills[k] = mean(M_LAYERS + 3 * k + 1);
      t.layerCost[k] = mean(M_LAYERS + 3 * k + 2);
    }
    const bands: Partial<Record<BandMetric, Band>> = {};
    BAND_METRICS.forEach((metric, m) => {
      const o = (m * S + s) * BAND_SLOTS;
      if (buf.bands[o] === 1) {
        bands[metric] = { p5: buf.bands[o + 1]!, p50: buf.bands[o + 2]!, p95: buf.bands[o + 3]! };
      }
    });
    return { ...outcomeFromTotals(n, t, plan.scenario.layers), bands };
  });
  const result: Simulation = { mode: "monte-carlo", trials, seed, rows };
  if (config.keepIndex >= 0) result.kept = kept(plan, config, buf);
  return result;
}

function kept(plan: SimPlan, config: SimConfig, buf: SimBuffers): KeptTrials {
  const { trials, swarmSizes, keepIndex } = config;
  const cerStart = keepIndex * trials; // cer is band metric 0
  return {
    swarmSize: swarmSizes[keepIndex]!,
    inputs: plan.uncertain.map((j, u) => ({
      path: plan.inputs[j]!.path,
      draws: buf.keptDraws.slice(u * trials, (u + 1) * trials),
    })),
    cer: buf.perTrial.slice(cerStart, cerStart + trials),
  };
}
