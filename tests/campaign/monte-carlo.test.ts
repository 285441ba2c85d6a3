import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { campaignDeterministic } from "../../src/campaign/deterministic.js";
import { campaign } from "../../src/campaign/index.js";
import { mcBuffers } from "../../src/campaign/mc/layout.js";
import { campaignInProcess, mcSetup } from "../../src/campaign/mc/monte-carlo.js";
import type { Scenario } from "../../src/model/index.js";
import { drone, layer } from "../engine/fixtures.js";
import { type CampaignSpec, campaignScenario } from "./fixtures.js";

/** Runs a Monte Carlo campaign in-thread and keeps its per-trial rows. */
async function runKept(s: Scenario, trials: number, seed = 1) {
  const m = mcSetup(s, trials, seed);
  const buf = mcBuffers(m);
  const result = await campaignInProcess(m, { trials, seed }, buf);
  const row = (r: number) => buf.perTrial.subarray(r * trials, (r + 1) * trials);
  return { m, result, row };
}

function meanSd(xs: Float64Array): { mean: number; sd: number } {
  let s = 0;
  for (const x of xs) s += x;
  const mean = s / xs.length;
  let v = 0;
  for (const x of xs) v += (x - mean) ** 2;
  return { mean, sd: Math.sqrt(v / (xs.length - 1)) };
}

describe("Monte Carlo campaign", () => {
  // Linear: no budget ever binds, so the fluid nights are exact expectations (docs/model.md §4)
  // and stocks fall by the expected shots. The inner layer's stock (10⁶) never binds; it is
  // delivered 5 whole shots a night from night 4, the same in both modes.
  const linear = campaignScenario(
    [
      drone({ id: "shahed", cost: 1000, share: 0.6, damage: 10 }),
      drone({ id: "gerbera", cost: 100, share: 0.4, decoy: true }),
    ],
    [
      layer({ id: "outer", costPerShot: 10, pk: 0.5, availability: 0.8 }),
      layer({ id: "inner", costPerShot: 50, pk: 0.3, sls: 2, discriminates: true }),
    ],
    {
      nights: 12,
      raid: 40,
      attacker: [{ id: "shahed", stock: 1e7 }],
      defender: [{ id: "inner", stock: 1e6, production: 5, leadTime: 3 }],
    },
  );

  it("means agree with the deterministic campaign where the model is linear (|z| < 4 a night)", async () => {
    const trials = 2000;
    const det = campaignDeterministic(linear);
    const { m, row } = await runKept(linear, trials, 11);
    const B = m.rowsPerNight;
    det.nights.forEach((n, i) => {
      const leak = meanSd(row(i * B));
      expect(
        Math.abs((leak.mean - n.leakers) / (leak.sd / Math.sqrt(trials))),
        `night ${i + 1}`,
      ).toBeLessThan(4);
      const stock = meanSd(row(i * B + 2));
      const want = n.layers[1]!.stockEnd!;
      expect(
        Math.abs((stock.mean - want) / (stock.sd / Math.sqrt(trials))),
        `stock ${i + 1}`,
      ).toBeLessThan(4);
    });
  });

  it("keeps whole-unit stocks whole, never below zero or below a reserve it started above", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          stock: fc.integer({ min: 0, max: 40 }),
          reserve: fc.integer({ min: 0, max: 10 }),
          production: fc.double({ min: 0, max: 6, noNaN: true }),
          leadTime: fc.integer({ min: 0, max: 4 }),
          raid: fc.integer({ min: 0, max: 30 }),
          magazine: fc.integer({ min: 1, max: 20 }),
          pk: fc.double({ min: 0, max: 1, noNaN: true }),
          availability: fc.double({ min: 0, max: 1, noNaN: true }),
          attackerStock: fc.integer({ min: 0, max: 50 }),
          attackerProduction: fc.double({ min: 0, max: 9, noNaN: true }),
        }),
        async (p) => {
          const spec: CampaignSpec = {
            nights: 6,
            raid: p.raid,
            attacker: [{ id: "a", stock: p.attackerStock, production: p.attackerProduction }],
            defender: [
              {
                id: "sam",
                stock: p.stock,
                reserve: Math.min(p.reserve, p.stock),
                production: p.production,
                leadTime: p.leadTime,
              },
            ],
          };
          const s = campaignScenario(
            [drone({ id: "a", cost: 1, share: 0.7 }), drone({ id: "b", cost: 1, share: 0.3 })],
            [
              layer({
                id: "sam",
                costPerShot: 1,
                pk: p.pk,
                salvo: 2,
                magazine: p.magazine,
                availability: p.availability,
              }),
            ],
            spec,
          );
          const { m, row } = await runKept(s, 40);
          const floor = Math.min(p.stock, Math.min(p.reserve, p.stock));
          for (let d = 0; d < 6; d++) {
            for (const x of row(d * m.rowsPerNight + 2)) {
              expect(Number.isInteger(x) && x >= floor).toBe(true);
            }
            for (const x of row(d * m.rowsPerNight + 3))
              expect(Number.isInteger(x) && x >= 0).toBe(true);
          }
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it("leaves earlier nights byte-identical when the horizon grows", async () => {
    const longer: Scenario = { ...linear, campaign: { ...linear.campaign!, nights: 20 } };
    const short = await campaign(linear, { trials: 700, seed: 3 });
    const long = await campaign(longer, { trials: 700, seed: 3 });
    expect(JSON.stringify(long.nights.slice(0, 12))).toBe(JSON.stringify(short.nights));
  });

  it("gives the same bytes for the same seed, other numbers for another", async () => {
    const a = JSON.stringify(await campaign(linear, { trials: 600, seed: 5 }));
    expect(JSON.stringify(await campaign(linear, { trials: 600, seed: 5 }))).toBe(a);
    expect(JSON.stringify(await campaign(linear, { trials: 600, seed: 6 }))).not.toBe(a);
  });

  it("reports dry nights as median and p5/p95, a trial never dry as night D + 1", async () => {
    // pk 1, 5 drones a night, stock 10: 5 shots on nights 1 and 2, dry on night 2 in every trial.
    // The attacker's 100 drones last beyond the 4 nights in every trial: D + 1 = 5, shown as null.
    const s = campaignScenario(
      [drone({ id: "d", cost: 1, share: 1 })],
      [layer({ id: "sam", costPerShot: 1, pk: 1 })],
      {
        nights: 4,
        raid: 5,
        attacker: [{ id: "d", stock: 100 }],
        defender: [{ id: "sam", stock: 10 }],
      },
    );
    const r = await campaign(s, { trials: 100, seed: 1 });
    expect(r.summary.layers[0]).toEqual({
      id: "sam",
      dryNight: 2,
      dryNightBand: { p5: 2, p50: 2, p95: 2 },
    });
    expect(r.summary.drones[0]).toEqual({
      id: "d",
      attackerDryNight: null,
      attackerDryNightBand: { p5: 5, p50: 5, p95: 5 },
    });
    expect(r.nights.map((n) => n.layers[0]!.stockEnd)).toEqual([5, 0, 0, 0]);
    expect(r.nights[2]!.bands?.leakers).toEqual({ p5: 5, p50: 5, p95: 5 });
  });

  it("draws threat.disruption once per trial, not its base value (docs/model.md §6)", async () => {
    // Disruption triangular(0, 0, 3000): base value (the mode) 0, mean 1000, variance
    // (0² + 0² + 3000² − 0 − 0 − 0) / 18 = 500,000, sd ≈ 707. A night with launches adds the
    // trial's draw; the raid plans 0 drones on night 2, which adds nothing.
    const base = campaignScenario(
      [drone({ id: "d", cost: 1, share: 1 })],
      [layer({ id: "sam", costPerShot: 1, pk: 0.5 })],
      {
        nights: 3,
        raid: [
          { from: 1, to: 1, drones: 5 },
          { from: 3, to: 3, drones: 5 },
        ],
      },
    );
    const s: Scenario = {
      ...base,
      disruption: {
        ...base.disruption,
        dist: { kind: "triangular", min: 0, mode: 0, max: 3000 },
      },
    };
    expect(campaignDeterministic(s).nights.map((n) => n.disruption)).toEqual([0, 0, 0]);
    const trials = 4000;
    const r = await campaign(s, { trials, seed: 5 });
    // Standard error 707 / √4000 ≈ 11.2: the mean is 1000 within 4 of them.
    const se = Math.sqrt(500_000 / trials);
    for (const night of [0, 2]) {
      expect(Math.abs(r.nights[night]!.disruption - 1000) / se).toBeLessThan(4);
    }
    expect(r.nights[1]!.disruption).toBe(0);
    // The same draw each night of a trial: nights 1 and 3 have the same mean, to the bit.
    expect(r.nights[2]!.disruption).toBe(r.nights[0]!.disruption);
  });
});
