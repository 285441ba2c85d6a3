// engageAttack (src/sim/engage.ts): one campaign night for one trial, given
// whole launches per type and budgets per layer, availability drawn per layer
// from the night's stream (docs/campaign.md §2). Checked by hand where the
// draws cannot matter (pk 1, availability 1) and against evaluateAttack's
// enumeration where they do (|z| < 4).
import { describe, expect, it } from "vitest";
import { ModelLimitError, evaluateAttack } from "../../src/engine/index.js";
import { resolvePoint } from "../../src/model/point.js";
import { STREAM_NIGHT, deriveStream } from "../../src/random/stream.js";
import {
  M_ATTACKER_COST,
  M_DEFENDER_COST,
  M_DISRUPTION,
  M_KILLS,
  M_LAYERS,
  M_LEAKERS,
  drawBatchPoints,
  engageAttack,
  engageScratch,
  simPlan,
} from "../../src/sim/index.js";
import { input, scenario } from "./fixtures.js";
import { meanVar } from "./stats.js";

const mix = [
  { id: "decoy", share: 0.6, unitCost: 10, decoy: true },
  { id: "strike", share: 0.4, unitCost: 50, damage: 1000 },
];

function night(sc: ReturnType<typeof scenario>) {
  const plan = simPlan(sc);
  const pts = drawBatchPoints(plan, 1, 0, 1);
  const scratch = engageScratch(plan.droneCount);
  const out = new Float64Array(plan.metricCount);
  return { plan, pts, scratch, out };
}

describe("engageAttack", () => {
  it("fires the given budget, not the layer's own, and reports leakers per type", () => {
    // 70 decoys + 30 strike at a discriminating salvo-1 layer, pk 1, magazine 100,
    // budget 12: 12 strike drones killed, 12 shots at 3 = 36, fixed 100 → cost 136.
    // typeLeakers [70, 18]; attacker 70 × 10 + 30 × 50 = 2,200; disruption 400.
    const sc = {
      ...scenario([1], mix, [
        { id: "l", costPerShot: 3, pk: 1, magazine: 100, discriminates: true, fixedCost: 100 },
      ]),
      disruption: input("threat.disruption", "money", 400),
    };
    const { plan, pts, scratch, out } = night(sc);
    const rng = deriveStream(1, STREAM_NIGHT, 0, 1);
    engageAttack(plan, pts, 0, Float64Array.of(70, 30), Float64Array.of(12), rng, scratch, out);
    expect([out[M_LAYERS], out[M_LAYERS + 1], out[M_LAYERS + 2]]).toEqual([12, 12, 136]);
    expect([out[plan.typeLeakersAt], out[plan.typeLeakersAt + 1]]).toEqual([70, 18]);
    expect(out[M_LEAKERS]).toBe(88);
    expect(out[M_KILLS]).toBe(12);
    expect(out[M_ATTACKER_COST]).toBe(2200);
    expect(out[M_DEFENDER_COST]).toBe(136);
    expect(out[M_DISRUPTION]).toBe(400);
  });

  it("no launches: nothing fired, no fixed cost, no disruption", () => {
    const sc = {
      ...scenario([1], mix, [{ id: "l", costPerShot: 3, pk: 1, fixedCost: 100 }]),
      disruption: input("threat.disruption", "money", 400),
    };
    const { plan, pts, scratch, out } = night(sc);
    const rng = deriveStream(1, STREAM_NIGHT, 0, 1);
    engageAttack(plan, pts, 0, Float64Array.of(0, 0), Float64Array.of(50), rng, scratch, out);
    expect([out[M_DEFENDER_COST], out[M_DISRUPTION], out[M_LEAKERS]]).toEqual([0, 0, 0]);
  });

  it("draws availability per call from the stream; its mean is the enumerated result", () => {
    // Hand case of tests/engine/attack.test.ts: A (a = 0.5, pk 1), B (a = 0.9, pk 1,
    // budget 10) against 30 drones: enumerated leakers 10.5, B shots 4.5.
    const sc = scenario(
      [1],
      [{ id: "a", share: 1, unitCost: 1 }],
      [
        { id: "A", costPerShot: 1, pk: 1, availability: 0.5 },
        { id: "B", costPerShot: 1, pk: 1, availability: 0.9 },
      ],
    );
    const { plan, pts, scratch, out } = night(sc);
    const expected = evaluateAttack(
      resolvePoint(sc, (i) => i.base),
      [30],
      [Number.POSITIVE_INFINITY, 10],
    );
    expect(expected.leakers).toBeCloseTo(10.5, 12);
    const trials = 4000;
    const leakers: number[] = [];
    const shotsB: number[] = [];
    for (let night = 1; night <= trials; night++) {
      const rng = deriveStream(7, STREAM_NIGHT, 0, night);
      const budgets = Float64Array.of(Number.POSITIVE_INFINITY, 10);
      engageAttack(plan, pts, 0, Float64Array.of(30), budgets, rng, scratch, out);
      leakers.push(out[M_LEAKERS]!);
      shotsB.push(out[M_LAYERS + 3]!);
    }
    for (const [xs, mu] of [
      [leakers, expected.leakers],
      [shotsB, expected.layerShots[1]!],
    ] as const) {
      const { mean, variance } = meanVar(xs);
      expect(Math.abs(mean - mu) / Math.sqrt(variance / trials)).toBeLessThan(4);
    }
  });

  it("refuses launch counts that are not whole, and above 2^53 − 1 with a ModelLimitError", () => {
    const sc = scenario([1], mix, [{ id: "l", costPerShot: 3, pk: 1 }]);
    const { plan, pts, scratch, out } = night(sc);
    const rng = deriveStream(1, STREAM_NIGHT, 0, 1);
    const run = (a: number) => () => {
      engageAttack(plan, pts, 0, Float64Array.of(a, 1), Float64Array.of(5), rng, scratch, out);
    };
    expect(run(1.5)).toThrow(RangeError);
    expect(run(-1)).toThrow(RangeError);
    expect(run(2 ** 60)).toThrow(ModelLimitError);
  });
});
