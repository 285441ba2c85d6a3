import type {
  CampaignNight,
  CampaignResult,
  CampaignSummary,
  NightBand,
} from "../../model/campaign.js";
import type { Band } from "../../model/outcome.js";
import { resolvePoint } from "../../model/point.js";
import { batchCount } from "../../sim/options.js";
import { BAND_SLOTS, type SimBuffers } from "../../sim/sim-buffers.js";
import { campaignTotals } from "../campaign-totals.js";
import { campaignNight } from "../night-result.js";
import { sustainableRaid } from "../sustainable-raid.js";
import {
  type McLayout,
  S_ATTACKER_COST,
  S_DAMAGE,
  S_DEFENDER_COST,
  S_DISRUPTION,
  S_KILLS,
  S_TYPES,
} from "./layout.js";

function bandAt(buf: SimBuffers, row: number): Band | undefined {
  const o = row * BAND_SLOTS;
  if (buf.bands[o] !== 1) return undefined;
  return { p5: buf.bands[o + 1]!, p50: buf.bands[o + 2]!, p95: buf.bands[o + 3]! };
}

/** Per night, the means over the trials of every sum, the batches added in batch order. */
function nightMeans(m: McLayout, buf: SimBuffers): Float64Array {
  const M = m.metricCount;
  const D = m.plan.nights;
  const total = new Float64Array(D * M);
  for (let b = 0; b < batchCount(m.trials); b++) {
    for (let j = 0; j < total.length; j++) total[j] = total[j]! + buf.sums[b * D * M + j]!;
  }
  for (let j = 0; j < total.length; j++) total[j] = total[j]! / m.trials;
  return total;
}

function night(m: McLayout, buf: SimBuffers, means: Float64Array, d: number): CampaignNight {
  const T = m.sim.droneCount;
  const K = m.sim.layerCount;
  const at = (d - 1) * m.metricCount;
  const mean = (j: number): number => means[at + j]!;
  const layer = (k: number, j: number): number => mean(m.layersAt + 4 * k + j);
  const type = (t: number, j: number): number => mean(S_TYPES + 3 * t + j);
  const series = (n: number, f: (i: number) => number) =>
    Float64Array.from({ length: n }, (_, i) => f(i));
  const base = campaignNight(
    d,
    { layers: m.scenario.layers.map((l) => l.id), drones: m.scenario.drones.map((x) => x.id) },
    m.plan,
    {
      raid: m.plan.raid[d - 1]!,
      launchedByType: series(T, (t) => type(t, 0)),
      leakersByType: series(T, (t) => type(t, 1)),
      droneStockEnd: series(T, (t) => type(t, 2)),
      kills: mean(S_KILLS),
      damage: mean(S_DAMAGE),
      disruption: mean(S_DISRUPTION),
      attackerCost: mean(S_ATTACKER_COST),
      defenderCost: mean(S_DEFENDER_COST),
      layerShots: series(K, (k) => layer(k, 0)),
      layerKills: series(K, (k) => layer(k, 1)),
      layerCost: series(K, (k) => layer(k, 2)),
      layerStockEnd: series(K, (k) => layer(k, 3)),
    },
  );
  const row = (d - 1) * m.rowsPerNight;
  const stockBand = new Map<string, Band | undefined>();
  let j = 2;
  for (const k of m.limitedLayers) stockBand.set(`l${k}`, bandAt(buf, row + j++));
  for (const t of m.limitedTypes) stockBand.set(`t${t}`, bandAt(buf, row + j++));
  const withBand = (b: Band | undefined) => (b === undefined ? {} : { bands: { stockEnd: b } });
  return {
    ...base,
    layers: base.layers.map((l, k) => ({ ...l, ...withBand(stockBand.get(`l${k}`)) })),
    drones: base.drones.map((x, t) => ({ ...x, ...withBand(stockBand.get(`t${t}`)) })),
    bands: {
      ...(bandAt(buf, row) === undefined ? {} : { leakers: bandAt(buf, row)! }),
      ...(bandAt(buf, row + 1) === undefined ? {} : { strikeLeakRate: bandAt(buf, row + 1)! }),
    },
  };
}

/** A night number from a band's median: null when beyond the horizon. */
function medianNight(band: NightBand | undefined, horizon: number): number | null {
  return band === undefined || band.p50 > horizon ? null : band.p50;
}

/**
 * The results of a finished Monte Carlo campaign (docs/campaign.md §3): per
 * night the means of every total (ratios as ratios of means) with p5/p50/p95
 * bands of leakers, the strike leak rate and every limited stock; the
 * summary's totals (sums of the nightly means), the median and p5/p95 of
 * each dry, short and breach night (`D + 1`: beyond the horizon), and the
 * sustainable raid, found with base values (deterministic).
 */
export function summarizeCampaign(m: McLayout, buf: SimBuffers): CampaignResult {
  const D = m.plan.nights;
  const means = nightMeans(m, buf);
  const nights = Array.from({ length: D }, (_, i) => night(m, buf, means, i + 1));
  let row = m.nightRowsAt;
  const layerBands = new Map<number, NightBand | undefined>();
  for (const k of m.limitedLayers) layerBands.set(k, bandAt(buf, row++));
  const typeBands = new Map<number, NightBand | undefined>();
  for (const t of m.limitedTypes) typeBands.set(t, bandAt(buf, row++));
  const breach = m.plan.holdLeakRate === null ? undefined : bandAt(buf, row);
  const summary: CampaignSummary = {
    ...campaignTotals(nights),
    layers: m.scenario.layers.map((l, k) => {
      const band = layerBands.get(k);
      return {
        id: l.id,
        dryNight: medianNight(band, D),
        ...(band === undefined ? {} : { dryNightBand: band }),
      };
    }),
    drones: m.scenario.drones.map((x, t) => {
      const band = typeBands.get(t);
      return {
        id: x.id,
        attackerDryNight: medianNight(band, D),
        ...(band === undefined ? {} : { attackerDryNightBand: band }),
      };
    }),
    firstBreachNight: medianNight(breach, D),
    ...(breach === undefined ? {} : { firstBreachNightBand: breach }),
    sustainableRaid: sustainableRaid(
      m.scenario,
      resolvePoint(m.scenario, (i) => i.base),
    ),
  };
  return { mode: "monte-carlo", trials: m.trials, seed: m.seed, nights, summary };
}
