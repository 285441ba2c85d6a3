// evaluateAttack (src/engine/attack.ts): one attack of given launches per type
// and budgets per layer, availability enumerated over up/down patterns
// (docs/model.md §4, model v2). Every expected number is derived by hand below.
import { describe, expect, it } from "vitest";
import {
  ModelLimitError,
  evaluateAttack,
  evaluateTotals,
  outcomeFromTotals,
} from "../../src/engine/index.js";
import { resolvePoint } from "../../src/model/point.js";
import type { Scenario } from "../../src/model/scenario.js";
import { drone, fixed, layer, scenario } from "./fixtures.js";

const base = (s: Scenario) => resolvePoint(s, (input) => input.base);
const withDisruption = (s: Scenario, value: number): Scenario => ({
  ...s,
  disruption: fixed(value, "money", "threat.disruption"),
});

describe("evaluateAttack: launches and budgets", () => {
  const mix = [
    drone({ id: "decoy", cost: 10, share: 0.6, decoy: true }),
    drone({ id: "strike", cost: 50, share: 0.4, damage: 1000 }),
  ];

  it("evaluateTotals(point, N) is evaluateAttack(point, N × shares)", () => {
    const s = scenario(mix, [layer({ id: "l", costPerShot: 7, pk: 0.5, salvo: 2, magazine: 30 })]);
    const point = base(s);
    expect(evaluateTotals(point, 100)).toEqual(evaluateAttack(point, [60, 40]));
  });

  it("reports leakers per type", () => {
    // 70 decoys and 30 strike drones at a discriminating layer with pk 1, no budget:
    // the 30 strike drones die, the 70 decoys pass: typeLeakers [70, 0], damage 0.
    const s = scenario(mix, [layer({ id: "l", costPerShot: 1, pk: 1, discriminates: true })]);
    const t = evaluateAttack(base(s), [70, 30]);
    expect(t.typeLeakers).toEqual([70, 0]);
    expect(t.leakers).toBe(70);
    expect(t.damage).toBe(0);
    expect(t.attackerCost).toBe(70 * 10 + 30 * 50);
  });

  it("a budget overrides the layer's own", () => {
    // magazine 100, budget 5: salvo 1 at pk 1 fires 5 shots, kills 5 of 40 strike drones
    // (60 decoys are not eligible): typeLeakers [60, 35].
    const s = scenario(mix, [
      layer({ id: "l", costPerShot: 2, pk: 1, magazine: 100, discriminates: true }),
    ]);
    const t = evaluateAttack(base(s), [60, 40], [5]);
    expect(t.layerShots).toEqual([5]);
    expect(t.layerCost).toEqual([10]);
    expect(t.typeLeakers).toEqual([60, 35]);
  });

  it("a budget of 0 fires nothing; fixed cost and disruption still count when drones come", () => {
    // fixedCost 300 is paid by an available layer whenever N > 0, whatever it fires;
    // disruption 5,000 whenever N > 0. netCer = (300 + 40 × 1000 + 5000) / (60 × 10 + 40 × 50).
    const s = withDisruption(
      scenario(mix, [layer({ id: "l", costPerShot: 2, pk: 1, fixedCost: 300 })]),
      5000,
    );
    const t = evaluateAttack(base(s), [60, 40], [0]);
    expect(t.layerShots).toEqual([0]);
    expect(t.defenderCost).toBe(300);
    expect(t.disruption).toBe(5000);
    const o = outcomeFromTotals(100, t, s.layers);
    expect(o.netCer).toBeCloseTo((300 + 40_000 + 5000) / 2600, 12);
  });

  it("no launches: no fixed cost, no disruption, every ratio null", () => {
    // Acquisition shares count per attack whatever happens: 1,000 / (10 × 10) = 10.
    const s = withDisruption(
      scenario(mix, [
        layer({
          id: "l",
          costPerShot: 2,
          pk: 1,
          fixedCost: 300,
          acquisition: { cost: 1000, lifeYears: 10, attacksPerYear: 10 },
        }),
      ]),
      5000,
    );
    const t = evaluateAttack(base(s), [0, 0]);
    expect(t.defenderCost).toBe(0);
    expect(t.defenderCostFull).toBe(10);
    expect(t.disruption).toBe(0);
    const o = outcomeFromTotals(0, t, s.layers);
    expect([o.cer, o.cerFull, o.netCer, o.costPerKill, o.cerPerKill]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("refuses arrays of the wrong length", () => {
    const s = scenario(mix, [layer({ id: "l", costPerShot: 1, pk: 1 })]);
    expect(() => evaluateAttack(base(s), [1])).toThrow(RangeError);
    expect(() => evaluateAttack(base(s), [1, 2], [1, 2])).toThrow(RangeError);
  });
});

describe("availability enumerated over up/down patterns (model v2)", () => {
  const one = [drone({ id: "a", cost: 100, share: 1 })];

  it("a down outer layer makes the next magazine bind", () => {
    // N = 30. Outer A: a = 0.5, salvo 1, pk 1, no budget, 100 a shot. Inner B: a = 0.9,
    // salvo 1, pk 1, magazine 10, 1,000 a shot, fixed 500.
    //   A up, B up    (0.45): A kills 30, B fires 0          → 0 leakers
    //   A up, B down  (0.05): A kills 30                     → 0 leakers
    //   A down, B up  (0.45): B fires min(30, 10) = 10, kills 10 → 20 leakers
    //   A down, B down(0.05):                                → 30 leakers
    // leakers = 0.45 × 20 + 0.05 × 30 = 10.5; kills = 30 − 10.5 = 19.5;
    // A shots = 0.5 × 30 = 15; B shots = 0.45 × 10 = 4.5, B kills 4.5;
    // B cost = 4.5 × 1,000 + 0.9 × 500 = 4,950; A cost = 1,500.
    // (The v1 blend gave: A kills 15, B fires 10 at the 15 left → 5 leakers.)
    const s = scenario(one, [
      layer({ id: "A", costPerShot: 100, pk: 1, availability: 0.5 }),
      layer({ id: "B", costPerShot: 1000, pk: 1, magazine: 10, availability: 0.9, fixedCost: 500 }),
    ]);
    const t = evaluateTotals(base(s), 30);
    expect(t.leakers).toBeCloseTo(10.5, 12);
    expect(t.kills).toBeCloseTo(19.5, 12);
    expect(t.layerShots[0]).toBeCloseTo(15, 12);
    expect(t.layerShots[1]).toBeCloseTo(4.5, 12);
    expect(t.layerKills[1]).toBeCloseTo(4.5, 12);
    expect(t.layerCost[0]).toBeCloseTo(1500, 9);
    expect(t.layerCost[1]).toBeCloseTo(4950, 9);
    expect(t.defenderCost).toBeCloseTo(6450, 9);
  });

  it("the salvo budget binds per pattern, floor(B / s) targets each", () => {
    // N = 10, one layer a = 0.6, salvo 2, pk 0.5, magazine 7: up → floor(7/2) = 3 engaged,
    // 6 shots, 3 × 0.75 = 2.25 kills. Weighted: shots 0.6 × 6 = 3.6, kills 1.35,
    // leakers 10 − 1.35 = 8.65 (one layer: the same as the blend).
    const s = scenario(one, [
      layer({ id: "l", costPerShot: 1, pk: 0.5, salvo: 2, magazine: 7, availability: 0.6 }),
    ]);
    const t = evaluateTotals(base(s), 10);
    expect(t.layerShots[0]).toBeCloseTo(3.6, 12);
    expect(t.kills).toBeCloseTo(1.35, 12);
    expect(t.leakers).toBeCloseTo(8.65, 12);
  });

  it("equals the v1 blend where no budget binds", () => {
    // N = 100. L1: a = 0.7, salvo 2, pk 0.6 → P(kill) 1 − 0.4² = 0.84.
    // L2: a = 0.8, shoot-look-shoot 3, pk 0.5 → kills/target 1 − 0.5³ = 0.875,
    // shots/target 0.875 / 0.5 = 1.75. The blend: L1 kills 0.7 × 84 = 58.8 (140 shots),
    // 41.2 alive; L2 kills 0.8 × 41.2 × 0.875 = 28.84, shots 0.8 × 41.2 × 1.75 = 57.68;
    // leakers 41.2 − 28.84 = 12.36. Linear in the survivors, so enumeration agrees.
    const s = scenario(one, [
      layer({ id: "l1", costPerShot: 1, pk: 0.6, salvo: 2, availability: 0.7 }),
      layer({ id: "l2", costPerShot: 1, pk: 0.5, sls: 3, availability: 0.8 }),
    ]);
    const t = evaluateTotals(base(s), 100);
    expect(t.layerShots[0]).toBeCloseTo(140, 10);
    expect(t.layerKills[0]).toBeCloseTo(58.8, 10);
    expect(t.layerShots[1]).toBeCloseTo(57.68, 10);
    expect(t.layerKills[1]).toBeCloseTo(28.84, 10);
    expect(t.leakers).toBeCloseTo(12.36, 10);
  });

  it("availability 0 removes a layer, fixed cost included", () => {
    const s = scenario(one, [
      layer({ id: "l", costPerShot: 1, pk: 1, fixedCost: 99, availability: 0 }),
    ]);
    const t = evaluateTotals(base(s), 10);
    expect([t.kills, t.leakers, t.defenderCost]).toEqual([0, 10, 0]);
  });

  it("allows 12 layers with availability < 1 and refuses 13 with a ModelLimitError", () => {
    const layers = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        layer({ id: `l${i}`, costPerShot: 1, pk: 0.1, magazine: 3, availability: 0.9 }),
      );
    // 12 layers of magazine 3 at pk 0.1 on 1,000 drones: every budget binds in every
    // pattern, so each layer kills 3 × 0.1 = 0.3 when up: kills 12 × 0.9 × 0.3 = 3.24.
    expect(evaluateTotals(base(scenario(one, layers(12))), 1000).kills).toBeCloseTo(3.24, 10);
    const run = () => evaluateTotals(base(scenario(one, layers(13))), 1000);
    expect(run).toThrow(ModelLimitError);
    expect(run).toThrow(/13 layers have availability below 1/);
  });
});
