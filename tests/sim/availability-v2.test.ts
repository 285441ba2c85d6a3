// Model v2 in Monte Carlo and its agreement with deterministic mode:
// availability enumerated (docs/model.md §4) equals the Monte Carlo mean
// wherever the engagement is otherwise linear; threat.disruption counted
// whenever N > 0 (§6), drawn once per trial; ratios null on a 0 denominator.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import type { Input } from "../../src/model/input.js";
import type { BandMetric } from "../../src/model/outcome.js";
import type { Scenario } from "../../src/model/scenario.js";
import { loadShippedCatalog } from "../../src/cli/catalog-file.js";
import { loadScenario } from "../../src/scenario/index.js";
import { simulateSync } from "../../src/sim/index.js";
import { input, scenario } from "./fixtures.js";
import { perTrial } from "./per-trial.js";
import { meanVar } from "./stats.js";

/** |Monte Carlo mean − deterministic| in per-trial standard errors, for one metric at one size. */
function zScore(sc: Scenario, metric: BandMetric, n: number, trials: number, seed: number): number {
  const det = evaluate(sc, [n])[0]!;
  const xs = perTrial({ ...sc, swarmSizes: [n] }, trials, seed, metric, n);
  const { mean, variance } = meanVar(xs);
  const expected = det[metric as "leakers"];
  if (variance === 0) return mean === expected ? 0 : Infinity;
  return Math.abs(mean - expected) / Math.sqrt(variance / trials);
}

/** The scenario with every input at its base value (plain numbers): Monte Carlo then varies only the engagement. */
function atBase(sc: Scenario): Scenario {
  const strip = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(strip);
    if (x === null || typeof x !== "object") return x;
    if ("dist" in x && "base" in x) return { ...(x as Input), dist: null };
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, strip(v)]));
  };
  return strip(sc) as Scenario;
}

describe("availability: Monte Carlo mean = enumerated deterministic result", () => {
  it("a down outer layer makes the next magazine bind (30 drones, hand case of tests/engine/attack)", () => {
    // A: a = 0.5, pk 1; B: a = 0.9, pk 1, magazine 10 < 30 whatever happens upstream of a
    // down A, so the engagement is linear in each pattern: leakers 10.5, B shots 4.5.
    const sc = scenario(
      [30],
      [{ id: "a", share: 1, unitCost: 100 }],
      [
        { id: "A", costPerShot: 100, pk: 1, availability: 0.5 },
        { id: "B", costPerShot: 1000, pk: 1, magazine: 10, availability: 0.9 },
      ],
    );
    expect(evaluate(sc)[0]!.leakers).toBeCloseTo(10.5, 12);
    for (const metric of ["leakers", "kills", "defenderCost"] as const) {
      expect(zScore(sc, metric, 30, 4000, 5), metric).toBeLessThan(4);
    }
  });

  it("no budget binds: the enumeration, the v1 blend and the Monte Carlo mean agree", () => {
    // Two layers at a = 0.7 and 0.8 (tests/engine/attack: 12.36 leakers per 100 drones).
    const sc = scenario(
      [100],
      [{ id: "a", share: 1, unitCost: 100 }],
      [
        {
          id: "l1",
          costPerShot: 1,
          pk: 0.6,
          doctrine: { type: "salvo", shots: 2 },
          availability: 0.7,
        },
        {
          id: "l2",
          costPerShot: 1,
          pk: 0.5,
          doctrine: { type: "shoot-look-shoot", maxShots: 3 },
          availability: 0.8,
        },
      ],
    );
    expect(evaluate(sc)[0]!.leakers).toBeCloseTo(12.36, 10);
    for (const metric of ["leakers", "defenderCost"] as const) {
      expect(zScore(sc, metric, 100, 4000, 7), metric).toBeLessThan(4);
    }
  });

  it("laser-vs-swarm at 251 drones, inputs at base: deterministic leakers = Monte Carlo mean", () => {
    // Under the v1 blend deterministic mode gave 0.77 leakers here and Monte Carlo 38.9:
    // the laser (a = 0.75) is down on a quarter of nights and the interceptor magazine
    // (120) then binds. At base values each pattern is linear (the laser's capacity
    // 1 × 6 h / 12.5 s = 1,728 shots never binds; with the laser down, the magazines
    // 120 and 4 bind in every trial), so the two modes must agree.
    const file = "scenarios/laser-vs-swarm.yaml";
    const loaded = loadScenario(readFileSync(file, "utf8"), {
      file,
      catalog: loadShippedCatalog(),
    });
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const sc = atBase(loaded.scenario);
    const det = evaluate(sc, [251])[0]!;
    expect(det.leakers).toBeGreaterThan(30);
    expect(zScore(sc, "leakers", 251, 4000, 3)).toBeLessThan(4);
  });
});

describe("threat.disruption (model v2)", () => {
  // One drone type costing 1 and one layer that never kills at no cost: per trial
  // defenderCost = damage = 0, so netCer = disruption / N.
  const withDisruption = (d: number | Parameters<typeof input>[2]): Scenario => ({
    ...scenario([1, 4], [{ id: "a", share: 1, unitCost: 1 }], [{ id: "l", costPerShot: 0, pk: 0 }]),
    disruption: input("threat.disruption", "money", d),
  });

  it("is counted whenever N > 0, drawn once per trial for every size, in netCer and its band", () => {
    // uniform(1,000, 3,000): mean 2,000, sd 2,000 / sqrt(12) = 577.4; 4,000 trials → SE 9.1.
    // p5 = 1,000 + 0.05 × 2,000 = 1,100, p95 = 2,900 (sample quantiles: SE ≈ 10; ±50 is 5 SE).
    const sc = withDisruption({ kind: "uniform", min: 1000, max: 3000 });
    const sim = simulateSync(sc, { trials: 4000, seed: 9 });
    const [one, four] = sim.rows;
    expect(Math.abs(one!.disruption - 2000)).toBeLessThan(4 * 9.13);
    // Common random numbers: the same draws at every swarm size.
    expect(four!.disruption).toBe(one!.disruption);
    expect(one!.netCer).toBeCloseTo(one!.disruption / 1, 9);
    expect(four!.netCer).toBeCloseTo(four!.disruption / 4, 9);
    expect(one!.bands?.netCer?.p5).toBeGreaterThan(1050);
    expect(one!.bands?.netCer?.p5).toBeLessThan(1150);
    expect(one!.bands?.netCer?.p95).toBeGreaterThan(2850);
    expect(one!.bands?.netCer?.p95).toBeLessThan(2950);
  });

  it("deterministic: the base value whenever N > 0", () => {
    const rows = evaluate(withDisruption(500), [0, 2]);
    expect(rows.map((r) => r.disruption)).toEqual([0, 500]);
    expect(rows[1]!.netCer).toBe(250);
  });

  it("is clamped at 0 when a draw falls below (normal, mean 0)", () => {
    // normal(0, 1,000) clamped to ≥ 0: mean 1,000 × φ(0) = 398.9; draws below 0 become 0.
    const sc = withDisruption({ kind: "normal", mean: 0, sd: 1000 });
    const sim = simulateSync(sc, { trials: 4000, seed: 2 });
    expect(sim.rows[0]!.bands?.netCer?.p5).toBe(0);
    // sd of max(0, X) = 1,000 × sqrt(1/2 − 1/(2π)) = 583.9 → SE 9.2.
    expect(Math.abs(sim.rows[0]!.disruption - 398.94)).toBeLessThan(4 * 9.24);
  });
});

describe("ratios with a zero denominator (docs/model.md §6)", () => {
  it("Monte Carlo: every ratio is null when the attacker's cost is 0 in every trial", () => {
    const sc = scenario(
      [1, 10],
      [{ id: "free", share: 1, unitCost: 0 }],
      [{ id: "l", costPerShot: 5, pk: 0.5 }],
    );
    for (const row of simulateSync(sc, { trials: 600, seed: 1 }).rows) {
      expect([row.cer, row.cerFull, row.netCer, row.cerPerKill]).toEqual([null, null, null, null]);
      expect(row.costPerKill).not.toBeNull();
      expect(row.bands?.cer).toBeUndefined();
    }
  });
});
