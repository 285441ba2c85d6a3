// simulate/simulateSync: agreement with the deterministic engine where the
// model is linear, the published magazine check, reproducibility,
// availability, kept draws and option checks (model.md §3–§7).
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { ModelLimitError } from "../../src/engine/model-limit-error.js";
import type { Outcome } from "../../src/model/outcome.js";
import { simulate, simulateSync } from "../../src/sim/index.js";
import { mcStandard, scenario } from "./fixtures.js";
import { perTrial } from "./per-trial.js";
import { meanVar } from "./stats.js";

describe("Monte Carlo against the deterministic engine in the linear regime", () => {
  // No budget binds, availability 1, plain inputs: the fluid result is the
  // exact expectation (model.md §4), so the Monte Carlo means must sit within
  // 4 standard errors (per-trial SE) of it. An engages / discriminates mix
  // and both doctrines; a fixed cost; a decoy that only the last layer sees.
  const linear = scenario(
    [1, 7, 50, 400],
    [
      { id: "a", share: 0.5, unitCost: 20e3, damage: 1e6 },
      { id: "b", share: 0.3, unitCost: 50e3, damage: 3e5 },
      { id: "decoy", share: 0.2, unitCost: 5e3, decoy: true },
    ],
    [
      {
        id: "sam",
        costPerShot: 1e6,
        pk: 0.6,
        doctrine: { type: "salvo", shots: 2 },
        engages: ["a"],
      },
      {
        id: "gun",
        costPerShot: 2e4,
        pk: 0.5,
        doctrine: { type: "shoot-look-shoot", maxShots: 3 },
        discriminates: true,
        fixedCost: 5e4,
      },
      { id: "ew", costPerShot: 100, pk: 0.3, engages: ["b", "decoy"] },
    ],
  );
  const trials = 4000;
  const seed = 11;
  const sim = simulateSync(linear, { trials, seed });
  const det = evaluate(linear);
  const metrics = ["kills", "leakers", "defenderCost", "attackerCost", "damage"] as const;

  for (const [i, n] of linear.swarmSizes.entries()) {
    it(`N = ${n}: kills, leakers, defenderCost, attackerCost, damage within |z| < 4`, () => {
      const row = sim.rows[i]!;
      const expected: Outcome = det[i]!;
      for (const metric of metrics) {
        const xs = perTrial(linear, trials, seed, metric, n);
        const { mean, variance } = meanVar(xs);
        expect(mean).toBeCloseTo(row[metric], 6);
        const se = Math.sqrt(variance / trials);
        const z = Math.abs(row[metric] - expected[metric]) / se;
        expect(z, `${metric} at N = ${n}`).toBeLessThan(4);
      }
    });
  }

  it("kills + leakers = N in every trial", () => {
    const kills = perTrial(linear, 600, 3, "kills", 50);
    const leakers = perTrial(linear, 600, 3, "leakers", 50);
    kills.forEach((k, t) => {
      expect(k + leakers[t]!).toBe(50);
    });
  });
});

describe("the published check (model.md §6 example)", () => {
  // 24 threats at $1.5M, one layer salvo 2 at pk 0.7, magazine 48, $4.3M a
  // shot: every target engaged (e = min(24, floor(48/2)) = 24), each killed
  // with 1 − 0.3² = 0.91, so leakers ~ Binomial(24, 0.09): mean 2.16,
  // variance 24 × 0.09 × 0.91 = 1.9656; shots 48, defender cost 206.4M.
  const published = scenario(
    [24],
    [{ id: "missile", share: 1, unitCost: 1.5e6, damage: 0 }],
    [
      {
        id: "sam",
        costPerShot: 4.3e6,
        pk: 0.7,
        doctrine: { type: "salvo", shots: 2 },
        magazine: 48,
      },
    ],
  );
  const trials = 20_000;

  it("deterministic: 2.16 leakers", () => {
    expect(evaluate(published)[0]!.leakers).toBeCloseTo(2.16, 12);
  });

  it("Monte Carlo: mean 2.16 ± 5 SE (0.050), variance 1.9656 ± 5 SE (0.105), cost exactly 206.4M", () => {
    // SE(mean) = sqrt(1.9656 / 20000) = 0.00991. SE(s²) = σ² sqrt(2/(T−1) + κ/T)
    // with binomial excess kurtosis κ = (1 − 6pq)/(npq) = 0.2588: 0.0209.
    const xs = perTrial(published, trials, 1, "leakers", 24);
    const { mean, variance } = meanVar(xs);
    expect(Math.abs(mean - 2.16)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1.9656)).toBeLessThan(0.105);
    const row = simulateSync(published, { trials, seed: 1 }).rows[0]!;
    expect(row.leakers).toBeCloseTo(mean, 10);
    expect(row.defenderCost).toBe(48 * 4.3e6);
    expect(row.layers[0]!.shots).toBe(48);
  });
});

describe("reproducibility (model.md §7)", () => {
  const sc = mcStandard([3, 40, 400]);
  const trials = 1100; // three batches, the last one partial

  it("the same seed gives identical JSON, sync and async", async () => {
    const a = JSON.stringify(simulateSync(sc, { trials, seed: 5 }));
    expect(JSON.stringify(simulateSync(sc, { trials, seed: 5 }))).toBe(a);
    expect(JSON.stringify(await simulate(sc, { trials, seed: 5 }))).toBe(a);
  });

  it("adding or removing a swarm size leaves the other rows byte-identical", () => {
    const three = simulateSync(sc, { trials, seed: 5 }).rows;
    const two = simulateSync(sc, { trials, seed: 5, swarmSizes: [3, 400] }).rows;
    const four = simulateSync(sc, { trials, seed: 5, swarmSizes: [3, 40, 100, 400] }).rows;
    expect(JSON.stringify(two)).toBe(JSON.stringify([three[0], three[2]]));
    expect(JSON.stringify([four[0], four[1], four[3]])).toBe(JSON.stringify(three));
  });

  it("a different seed gives different bands", () => {
    const a = simulateSync(sc, { trials, seed: 5 }).rows[1]!.bands;
    const b = simulateSync(sc, { trials, seed: 6 }).rows[1]!.bands;
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
  });

  it("bands are ordered p5 ≤ p50 ≤ p95 and ratios are ratios of means", () => {
    const sim = simulateSync(sc, { trials, seed: 5 });
    expect(sim).toMatchObject({ mode: "monte-carlo", trials, seed: 5 });
    for (const row of sim.rows) {
      for (const band of Object.values(row.bands ?? {})) {
        expect(band.p5).toBeLessThanOrEqual(band.p50);
        expect(band.p50).toBeLessThanOrEqual(band.p95);
      }
      expect(row.cer).toBeCloseTo(row.defenderCost / row.attackerCost, 12);
      expect(row.netCer).toBeCloseTo((row.defenderCost + row.damage) / row.attackerCost, 12);
    }
  });
});

describe("availability (model.md §3)", () => {
  // One layer, availability 0.5, fixed cost 1000, free shots, pk 1, no budget:
  // a trial's defender cost is 1000 and kills N when it fights, 0 and 0 when not.
  const half = scenario(
    [10],
    [{ id: "d", share: 1, unitCost: 1, damage: 0 }],
    [{ id: "l", costPerShot: 0, pk: 1, availability: 0.5, fixedCost: 1000 }],
  );
  const trials = 5000;

  it("fires in about half the trials (|count − T/2| < 4 sqrt(T/4)) and costs its fixed cost only then", () => {
    const cost = perTrial(half, trials, 9, "defenderCost", 10);
    const kills = perTrial(half, trials, 9, "kills", 10);
    const fought = cost.filter((c) => c === 1000).length;
    expect(cost.every((c) => c === 0 || c === 1000)).toBe(true);
    expect(Math.abs(fought - trials / 2)).toBeLessThan(4 * Math.sqrt(trials / 4));
    kills.forEach((k, t) => {
      expect(k).toBe(cost[t] === 1000 ? 10 : 0);
    });
    const row = simulateSync(half, { trials, seed: 9 }).rows[0]!;
    expect(row.defenderCost).toBeCloseTo((1000 * fought) / trials, 9);
    expect(row.layers[0]!.cost).toBeCloseTo((1000 * fought) / trials, 9);
  });
});

describe("kept trials and options", () => {
  const sc = mcStandard([10, 100]);

  it("keeps every uncertain input's draws and the per-trial cer at the kept size", () => {
    const sim = simulateSync(sc, { trials: 700, seed: 2, keep: { swarmSize: 100 } });
    const kept = sim.kept!;
    expect(kept.swarmSize).toBe(100);
    expect(kept.cer).toHaveLength(700);
    expect(kept.inputs.map((i) => i.path)).toContain("defense.layers.sam.pk");
    expect(kept.inputs.every((i) => i.draws.length === 700)).toBe(true);
    // Plain inputs are not kept: the laser's cost per shot is a number.
    expect(kept.inputs.map((i) => i.path)).not.toContain("defense.layers.laser.costPerShot");
    // Beta(8, 2) draws lie in [0, 1]; cer matches the per-trial values.
    const pk = kept.inputs.find((i) => i.path === "defense.layers.sam.pk")!.draws;
    expect(pk.every((x) => x >= 0 && x <= 1)).toBe(true);
    expect([...kept.cer]).toEqual(perTrial(sc, 700, 2, "cer", 100));
  });

  it("rejects bad trials, seeds, sizes and kept sizes", async () => {
    expect(() => simulateSync(sc, { trials: 0, seed: 1 })).toThrow(RangeError);
    expect(() => simulateSync(sc, { trials: 10, seed: -1 })).toThrow(RangeError);
    expect(() => simulateSync(sc, { trials: 10, seed: 1.5 })).toThrow(RangeError);
    expect(() => simulateSync(sc, { trials: 10, seed: 1, swarmSizes: [0] })).toThrow(RangeError);
    expect(() => simulateSync(sc, { trials: 10, seed: 1, keep: { swarmSize: 11 } })).toThrow(
      RangeError,
    );
    await expect(simulate(sc, { trials: 10, seed: 1, workers: 0 })).rejects.toThrow(RangeError);
  });

  it("refuses swarm sizes above 2^53 − 1 with a ModelLimitError, not a sampler crash", () => {
    // issue 15 item 2: `--sizes 9007199254740993` and `swarmSizes: [1e20]` crashed Monte Carlo.
    // 2^53 + 1 (9007199254740993, the example) is not a double: it reads as 2^53.
    for (const n of [2 ** 53, 2 ** 53 + 2, 1e20]) {
      expect(() => simulateSync(sc, { trials: 10, seed: 1, swarmSizes: [n] })).toThrow(
        ModelLimitError,
      );
    }
    expect(() => simulateSync(sc, { trials: 1, seed: 1, swarmSizes: [2 ** 53 - 1] })).not.toThrow();
  });

  it("an in-process simulation rejects with an AbortError when aborted between batches", async () => {
    const controller = new AbortController();
    const run = simulate(sc, {
      trials: 5000,
      seed: 1,
      onProgress: () => {
        controller.abort();
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
  });
});
