import { describe, expect, it } from "vitest";
import { UnknownInputError, tornado } from "../../src/analysis/index.js";
import type { Scenario } from "../../src/model/index.js";
import { drone, layer, scenario, uncertain } from "./fixtures.js";

/**
 * One drone type (share 1) at c_d, one salvo-2 layer, no budget: every drone
 * is engaged, shots = 2N, so CER = 2N c / (N c_d) = 2c / c_d — linear in the
 * cost per shot c, inversely proportional to c_d, independent of pk.
 *   c ~ uniform[100k, 300k] (base 200k), c_d ~ uniform[40k, 60k] (base 50k),
 *   pk ~ uniform[0.4, 0.6], damage ~ uniform[0, 1M]; fixed cost plain 0.
 */
function linearScenario(): Scenario {
  const d = drone({ id: "shahed", cost: 50_000, share: 1 });
  const l = layer({ id: "sam", costPerShot: 200_000, pk: 0.5, salvo: 2 });
  return scenario(
    [
      {
        ...d,
        name: "Shahed",
        unitCost: uncertain(d.unitCost, { kind: "uniform", min: 40_000, max: 60_000 }),
        damage: uncertain(d.damage, { kind: "uniform", min: 0, max: 1_000_000 }),
      },
    ],
    [
      {
        ...l,
        name: "Missile",
        costPerShot: uncertain(l.costPerShot, { kind: "uniform", min: 100_000, max: 300_000 }),
        pk: uncertain(l.pk, { kind: "uniform", min: 0.4, max: 0.6 }),
      },
    ],
    [1, 10, 100],
  );
}

describe("tornado", () => {
  const t = tornado(linearScenario(), { swarmSize: 10 });

  it("gives the hand-computed swing of an input the CER is linear in", () => {
    // p5, p95 of uniform[100k, 300k]: 110k, 290k. CER = 2c / 50k → 4.4 and 11.6;
    // swing = shots × (p95 − p5) / attackerCost = 20 × 180k / 500k = 7.2.
    const bar = t.bars[0]!;
    expect(bar.path).toBe("defense.layers.sam.costPerShot");
    expect(bar.label).toBe("Missile · cost per shot");
    expect(bar.low.input).toBeCloseTo(110_000, 6);
    expect(bar.high.input).toBeCloseTo(290_000, 6);
    expect(bar.low.metric).toBeCloseTo(4.4, 12);
    expect(bar.high.metric).toBeCloseTo(11.6, 12);
    expect(bar.swing).toBeCloseTo(7.2, 12);
    // Base: 2 × 200k / 50k = 8.
    expect(t.base).toBeCloseTo(8, 12);
  });

  it("sorts by swing, ties by path, and leaves out inputs without uncertainty", () => {
    // c_d at p5 41k, p95 59k: CER 400k / c_d → 9.756 and 6.780, swing 2.976.
    // pk and damage do not move the CER (swing 0): tie, ordered by path.
    expect(t.bars.map((b) => b.path)).toEqual([
      "defense.layers.sam.costPerShot",
      "threat.drones.shahed.unitCost",
      "defense.layers.sam.pk",
      "threat.drones.shahed.damage",
    ]);
    expect(t.bars[1]!.swing).toBeCloseTo(400_000 / 41_000 - 400_000 / 59_000, 12);
    expect(t.bars[1]!.label).toBe("Shahed · unit cost");
    expect(t.bars[2]!.swing).toBe(0);
    expect(
      t.bars.some((b) => b.path.endsWith("fixedCost") || b.path.endsWith("availability")),
    ).toBe(false);
  });

  it("moves the net CER with the damage", () => {
    // Kill probability of a salvo of 2 at pk 0.5: 0.75, so 2.5 of 10 drones leak;
    // damage p5 50k, p95 950k: swing = 2.5 × 900k / 500k = 4.5.
    const net = tornado(linearScenario(), { swarmSize: 10, metric: "netCer" });
    const bar = net.bars.find((b) => b.path === "threat.drones.shahed.damage")!;
    expect(bar.swing).toBeCloseTo(4.5, 12);
    expect(net.metric).toBe("netCer");
  });

  it("takes explicit ends, also for a plain-number input", () => {
    // fixedCost 0 → 100k at N = 10 adds 100k / 500k = 0.2 to the CER.
    const overrides = new Map([["defense.layers.sam.fixedCost", { low: 0, high: 100_000 }]]);
    const bar = tornado(linearScenario(), { swarmSize: 10, overrides }).bars.find((b) =>
      b.path.endsWith("fixedCost"),
    )!;
    expect(bar.swing).toBeCloseTo(0.2, 12);
    expect(bar.low.input).toBe(0);
  });

  it("rejects an override of an unknown path, naming the nearest", () => {
    const overrides = new Map([["defense.layers.sam.costPerShoot", { low: 0, high: 1 }]]);
    expect(() => tornado(linearScenario(), { swarmSize: 10, overrides })).toThrow(
      UnknownInputError,
    );
    try {
      tornado(linearScenario(), { swarmSize: 10, overrides });
    } catch (err) {
      expect((err as UnknownInputError).nearest[0]).toBe("defense.layers.sam.costPerShot");
      expect((err as Error).message).toContain("nearest: defense.layers.sam.costPerShot");
    }
  });

  it("is empty for a scenario without uncertainty", () => {
    const s = scenario(
      [drone({ id: "d", cost: 1, share: 1 })],
      [layer({ id: "l", costPerShot: 1, pk: 1 })],
    );
    expect(tornado(s, { swarmSize: 1 }).bars).toEqual([]);
  });
});
