import { describe, expect, it } from "vitest";
import { spearmanImportance } from "../../src/analysis/index.js";
import { simulate } from "../../src/sim/index.js";
import { drone, layer, scenario, uncertain } from "./fixtures.js";

/** mulberry32: a small seeded generator, so the constructed trials are fixed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("spearmanImportance", () => {
  // cer = 10 x − 3 w + 0.1 y + 0.05 noise, all U(0, 1): x dominates, then w (negative).
  const n = 2000;
  const rand = mulberry32(7);
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const y = new Float64Array(n);
  const z = new Float64Array(n).fill(3);
  const cer = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = rand();
    w[i] = rand();
    y[i] = rand();
    cer[i] = 10 * x[i]! - 3 * w[i]! + 0.1 * y[i]! + 0.05 * rand();
  }
  cer[0] = Number.NaN; // a trial without attacker cost: left out, not an error
  const kept = {
    inputs: [
      { path: "y", draws: y },
      { path: "w", draws: w },
      { path: "z", draws: z },
      { path: "x", draws: x },
    ],
    cer,
  };

  it("ranks the dominant input first and keeps the sign", () => {
    const r = spearmanImportance(kept);
    expect(r.map((i) => i.path)).toEqual(["x", "w", "y"]);
    // Var(10x) = 100/12 against Var(3w) = 9/12: x's ρ is near 10/√109 ≈ 0.96 (Pearson of the
    // linear parts; ranks of nearly uniform sums stay close), w's near −3/√109 ≈ −0.29.
    expect(r[0]!.rho).toBeGreaterThan(0.9);
    expect(r[1]!.rho).toBeLessThan(-0.2);
    expect(Math.abs(r[2]!.rho)).toBeLessThan(0.1);
  });

  it("leaves out constant draws, and everything when the CER is constant", () => {
    expect(spearmanImportance(kept).some((i) => i.path === "z")).toBe(false);
    expect(spearmanImportance({ inputs: kept.inputs, cer: new Float64Array(n).fill(2) })).toEqual(
      [],
    );
    expect(spearmanImportance({ inputs: kept.inputs, cer: new Float64Array(1) })).toEqual([]);
  });

  it("ranks the cost per shot first on a simulated scenario", async () => {
    // CER = 2c / c_d (see tornado.test.ts): c spans ×3, c_d only ×1.5, pk does not enter.
    const d = drone({ id: "shahed", cost: 50_000, share: 1 });
    const l = layer({ id: "sam", costPerShot: 200_000, pk: 0.5, salvo: 2 });
    const s = scenario(
      [{ ...d, unitCost: uncertain(d.unitCost, { kind: "uniform", min: 40_000, max: 60_000 }) }],
      [
        {
          ...l,
          costPerShot: uncertain(l.costPerShot, { kind: "uniform", min: 100_000, max: 300_000 }),
        },
      ],
      [10],
    );
    const sim = await simulate(s, { trials: 2000, seed: 1, keep: { swarmSize: 10 } });
    const r = spearmanImportance(sim.kept!);
    expect(r.map((i) => i.path)).toEqual([
      "defense.layers.sam.costPerShot",
      "threat.drones.shahed.unitCost",
    ]);
    expect(r[0]!.rho).toBeGreaterThan(0.8);
    expect(r[1]!.rho).toBeLessThan(0);
  });
});
