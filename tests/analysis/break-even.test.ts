import { describe, expect, it } from "vitest";
import {
  AnalysisError,
  UnknownInputError,
  breakEven,
  breakEvenRows,
  breakEvenSizes,
  cerBreakEvenSize,
  scanGrid,
} from "../../src/analysis/index.js";
import { drone, layer, scenario } from "./fixtures.js";

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe("breakEven", () => {
  it("finds √2 for x² = 2 to 1e-12 relative", () => {
    expect(
      rel(
        breakEven((x) => x * x, 2, [0, 10])!,
        Math.SQRT2,
      ),
    ).toBeLessThan(1e-12);
  });

  it("works on decreasing functions and ranges away from 0", () => {
    // 1000 / x = 4 at x = 250.
    expect(
      rel(
        breakEven((x) => 1000 / x, 4, [1, 1e6])!,
        250,
      ),
    ).toBeLessThan(1e-12);
  });

  it("returns the first crossing of a non-monotone function", () => {
    // (x − 3)(x − 7) = 0 at 3 and 7; from the left, 3 comes first.
    expect(breakEven((x) => (x - 3) * (x - 7), 0, [0.5, 10])!).toBeCloseTo(3, 10);
  });

  it("returns null when there is no crossing, and skips null points", () => {
    expect(breakEven((x) => x, 20, [0, 10])).toBeNull();
    expect(breakEven(() => null, 1, [0, 10])).toBeNull();
    // f is null at 0 only (no attacker cost there); the crossing at 5 is still found.
    expect(breakEven((x) => (x === 0 ? null : x), 5, [0, 10])!).toBeCloseTo(5, 10);
  });

  it("scans 64 ascending points, log-spaced from 0 and over wide ranges", () => {
    const g = scanGrid(0, 1e6);
    expect(g).toHaveLength(64);
    expect(g[0]).toBe(0);
    expect(g[1]).toBeCloseTo(1e-3, 12);
    expect(g.at(-1)).toBe(1e6);
    expect(scanGrid(0.2, 0.8)[1]).toBeCloseTo(0.2 + 0.6 / 63, 12);
  });
});

/**
 * Closed form. Types t with shares s_t and costs c_t; one salvo layer of s
 * shots with no budget and no fixed cost engages every drone (e = 1), so
 *   CER = N · e · s · c / (N · Σ s_t c_t) = s c / Σ s_t c_t,
 * independent of N and pk. CER = 1 ⇔ c* = Σ s_t c_t / s.
 * Here 0.8 × 10k + 0.2 × 50k = 18k and s = 2: c* = 9,000 at every size.
 */
const salvoScenario = scenario(
  [
    drone({ id: "decoy", cost: 10_000, share: 0.8 }),
    drone({ id: "shahed", cost: 50_000, share: 0.2 }),
  ],
  [layer({ id: "sam", costPerShot: 400_000, pk: 0.7, salvo: 2 })],
  [1, 19, 500],
);

describe("breakEvenRows", () => {
  it("matches the closed form c* = Σ s_t c_t / s to 1e-9", () => {
    const t = breakEvenRows(salvoScenario, { path: "defense.layers.sam.costPerShot" });
    expect(t.param).toBe("defense.layers.sam.costPerShot");
    expect(t.metric).toBe("cer");
    expect(t.target).toBe(1);
    expect(t.rows.map((r) => r.swarmSize)).toEqual([1, 19, 500]);
    for (const r of t.rows) expect(rel(r.value!, 9000)).toBeLessThan(1e-9);
  });

  it("scales with the target: CER = 3 at 3c*", () => {
    const t = breakEvenRows(salvoScenario, { path: "defense.layers.sam.costPerShot", target: 3 });
    for (const r of t.rows) expect(rel(r.value!, 27_000)).toBeLessThan(1e-9);
  });

  it("gives null where the metric does not cross in the range", () => {
    // c* = 9,000 lies outside 10k..1M; the CER does not depend on pk at all.
    const t = breakEvenRows(salvoScenario, {
      path: "defense.layers.sam.costPerShot",
      range: [10_000, 1e6],
    });
    expect(t.rows.every((r) => r.value === null)).toBe(true);
    expect(
      breakEvenRows(salvoScenario, { path: "defense.layers.sam.pk" }).rows.every(
        (r) => r.value === null,
      ),
    ).toBe(true);
  });

  it("names the nearest paths for an unknown one", () => {
    expect(() => breakEvenRows(salvoScenario, { path: "defense.layers.sam.costPerShoot" })).toThrow(
      /not an input of this scenario; nearest: defense\.layers\.sam\.costPerShot/,
    );
    expect(() => breakEvenRows(salvoScenario, { path: "nope" })).toThrow(UnknownInputError);
  });

  it("asks for a range when the base value is 0", () => {
    expect(() => breakEvenRows(salvoScenario, { path: "defense.layers.sam.fixedCost" })).toThrow(
      AnalysisError,
    );
    // With a range: fixed F at N drones adds F / (N × 18k); at c = 400k the CER is
    // 2 × 400k / 18k = 44.4 already, so target 50 needs F = (50 − 44.44) × N × 18k.
    const t = breakEvenRows(salvoScenario, {
      path: "defense.layers.sam.fixedCost",
      target: 50,
      range: [0, 1e9],
    });
    expect(rel(t.rows[0]!.value!, (50 - 800_000 / 18_000) * 18_000)).toBeLessThan(1e-9);
  });
});

describe("cerBreakEvenSize", () => {
  // CER(N) = (F + N s c) / (N c_d) with F = 1M, c = 1k, s = 1, c_d = 20k: 50/N + 0.05.
  // = 1 at N = 52.6: N = 52 gives 1.0115, N = 53 gives 0.9934 → 53.
  const fixedCost = scenario(
    [drone({ id: "d", cost: 20_000, share: 1 })],
    [layer({ id: "gun", costPerShot: 1000, pk: 0.5, fixedCost: 1e6, magazine: 4 })],
  );

  it("finds the smallest whole size that crosses", () => {
    // The magazine of 4 caps the shots at 4 from N = 4: CER = (1M + 4k) / (20k N) → 1 at N = 50.2 → 51.
    expect(cerBreakEvenSize(fixedCost)).toBe(51);
    const unlimited = scenario(
      [drone({ id: "d", cost: 20_000, share: 1 })],
      [layer({ id: "gun", costPerShot: 1000, pk: 0.5, fixedCost: 1e6 })],
    );
    expect(cerBreakEvenSize(unlimited)).toBe(53);
  });

  it("is null when the CER never crosses", () => {
    const dear = scenario(
      [drone({ id: "d", cost: 20_000, share: 1 })],
      [layer({ id: "sam", costPerShot: 30_000, pk: 0.5 })],
    );
    expect(cerBreakEvenSize(dear)).toBeNull();
  });

  it("lists the budget sizes beside it", () => {
    // Salvo 1, magazine 4: all 4 shots are fired from N = 4.
    const s = breakEvenSizes(fixedCost);
    expect(s.cerCrossesAt).toBe(51);
    expect(s.budgets).toEqual([{ layerId: "gun", layerName: "gun", swarmSize: 4 }]);
  });
});

describe("cerCrossings", () => {
  it("finds every crossing with its direction, not just the first", async () => {
    const { cerCrossings: crossings } = await import("../../src/analysis/index.js");
    const { drone, layer, scenario } = await import("../engine/fixtures.js");
    // One drone type at 100 each, guns at 50 a shot (pk 1) with a fixed cost
    // of 1,000: CER = (1,000 + 50N) / 100N reaches 1 at 1,000 = 50N → N = 20.
    const falling = scenario(
      [drone({ id: "a", cost: 100, share: 1 })],
      [layer({ id: "g", costPerShot: 50, pk: 1, fixedCost: 1000 })],
    );
    expect(crossings(falling, 1, 10_000)).toEqual([{ swarmSize: 20, direction: "down" }]);
    // Give the guns a 100-shot magazine and put 300-a-shot missiles behind
    // them: for N > 100, cost = 1,000 + 5,000 + 300 (N − 100) reaches 100N at
    // 200N = 24,000 → N = 120.
    const both = scenario(
      [drone({ id: "a", cost: 100, share: 1 })],
      [
        layer({ id: "g", costPerShot: 50, pk: 1, fixedCost: 1000, magazine: 100 }),
        layer({ id: "m", costPerShot: 300, pk: 1 }),
      ],
    );
    expect(crossings(both, 1, 10_000)).toEqual([
      { swarmSize: 20, direction: "down" },
      { swarmSize: 120, direction: "up" },
    ]);
  });
});
