import fc from "fast-check";
import jStat from "jstat";
import { describe, expect, it } from "vitest";
import { Z95, inputQuantile } from "../../src/analysis/index.js";
import { baseValue, normalQuantile } from "../../src/distributions/index.js";
import type { Distribution, Input, InputUnit } from "../../src/model/index.js";

function input(dist: Distribution | null, unit: InputUnit = "money", base = 0): Input {
  return {
    path: "x",
    unit,
    base: dist === null ? base : baseValue(dist),
    dist,
    source: "scenario",
  };
}

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe("normalQuantile", () => {
  it("gives the textbook z values", () => {
    // Φ⁻¹(0.95) = 1.6448536269514722, Φ⁻¹(0.975) = 1.959963984540054 (any table, e.g. Abramowitz & Stegun 26.2).
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514722, 14);
    // Φ⁻¹(1e-10) = −6.361340902404056 (Wichura 1988, AS 241 test values).
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
  });

  it("agrees with jstat's normal inverse in the body", () => {
    // jstat's types (src/types/jstat.d.ts) declare only the beta functions.
    const normal = (
      jStat as unknown as { normal: { inv: (p: number, m: number, s: number) => number } }
    ).normal;
    for (const p of [0.001, 0.01, 0.1, 0.3, 0.6, 0.9, 0.99])
      expect(normalQuantile(p)).toBeCloseTo(normal.inv(p, 0, 1), 12);
  });

  it("rejects probabilities outside [0, 1]", () => {
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

describe("inputQuantile", () => {
  it("uniform: min + p (max − min)", () => {
    // [2, 12]: 2 + 0.05 × 10 = 2.5 and 2 + 0.95 × 10 = 11.5.
    const x = input({ kind: "uniform", min: 2, max: 12 });
    expect(inputQuantile(x, 0.05)).toBeCloseTo(2.5, 12);
    expect(inputQuantile(x, 0.95)).toBeCloseTo(11.5, 12);
  });

  it("triangular: the closed-form inverse on both sides of the mode", () => {
    // [0, 2, 10]: F(mode) = 0.2. p = 0.05 < 0.2: 0 + √(0.05 × 10 × 2) = 1.
    // p = 0.95: 10 − √(0.05 × 10 × 8) = 10 − 2 = 8. p = 0.2 gives the mode.
    const x = input({ kind: "triangular", min: 0, mode: 2, max: 10 });
    expect(inputQuantile(x, 0.05)).toBeCloseTo(1, 12);
    expect(inputQuantile(x, 0.95)).toBeCloseTo(8, 12);
    expect(inputQuantile(x, 0.2)).toBeCloseTo(2, 12);
  });

  it("normal: mean ± 1.6449 sd", () => {
    const x = input({ kind: "normal", mean: 100, sd: 10 });
    expect(inputQuantile(x, 0.95)).toBeCloseTo(116.449, 3);
    expect(inputQuantile(x, 0.05)).toBeCloseTo(100 - 10 * Z95, 10);
  });

  it("lognormal: the 90 % interval round-trips, the median is √(p5 p95)", () => {
    const x = input({ kind: "lognormal", p5: 1000, p95: 9000 });
    expect(rel(inputQuantile(x, 0.05), 1000)).toBeLessThan(1e-12);
    expect(rel(inputQuantile(x, 0.95), 9000)).toBeLessThan(1e-12);
    expect(rel(inputQuantile(x, 0.5), 3000)).toBeLessThan(1e-12);
  });

  it("PERT: a symmetric PERT's median is its mode, and p95 solves the Beta(3, 3) CDF", () => {
    // [10, 20, 30]: α = 1 + 4 × 10/20 = 3 = β. The Beta(3, 3) CDF in closed form is
    // I_x(3, 3) = 10x³ − 15x⁴ + 6x⁵ (integer parameters: a binomial sum).
    const x = input({ kind: "pert", min: 10, mode: 20, max: 30 });
    expect(inputQuantile(x, 0.5)).toBeCloseTo(20, 9);
    const u = (inputQuantile(x, 0.95) - 10) / 20;
    expect(10 * u ** 3 - 15 * u ** 4 + 6 * u ** 5).toBeCloseTo(0.95, 9);
    expect(inputQuantile(x, 0.95)).toBeCloseTo(10 + 20 * jStat.beta.inv(0.95, 3, 3), 12);
  });

  it("beta: scale × the Beta(α, β) quantile", () => {
    // Beta(2, 5): I_x = 1 − (1 − x)⁶ − 6x(1 − x)⁵ (binomial sum with n = 6).
    const x = input({ kind: "beta", alpha: 2, beta: 5, scale: 1e6 });
    const u = inputQuantile(x, 0.05) / 1e6;
    expect(1 - (1 - u) ** 6 - 6 * u * (1 - u) ** 5).toBeCloseTo(0.05, 9);
  });

  it("clamps to the unit's bounds and returns a plain number as it is", () => {
    // pk normal(0.9, 0.1): p95 = 0.9 + 0.164 > 1 → 1. Money normal(10, 10): p5 = 10 − 16.4 < 0 → 0.
    expect(inputQuantile(input({ kind: "normal", mean: 0.9, sd: 0.1 }, "probability"), 0.95)).toBe(
      1,
    );
    expect(inputQuantile(input({ kind: "normal", mean: 10, sd: 10 }), 0.05)).toBe(0);
    expect(inputQuantile(input(null, "money", 42), 0.05)).toBe(42);
    expect(() => inputQuantile(input(null, "money", 42), -0.1)).toThrow(RangeError);
  });

  it("never decreases in p (property)", () => {
    const dist = fc.oneof(
      fc
        .tuple(
          fc.double({ min: 0, max: 1e6, noNaN: true }),
          fc.double({ min: 1, max: 1e6, noNaN: true }),
        )
        .map(([a, w]): Distribution => ({ kind: "uniform", min: a, max: a + w })),
      fc
        .tuple(
          fc.double({ min: 0, max: 1e6, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 1, max: 1e6, noNaN: true }),
        )
        .chain(([a, m, w]) =>
          fc.constantFrom<Distribution>(
            { kind: "triangular", min: a, mode: a + m * w, max: a + w },
            { kind: "pert", min: a, mode: a + m * w, max: a + w },
          ),
        ),
    );
    fc.assert(
      fc.property(
        dist,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, p, q) => {
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          const x = input(d);
          expect(inputQuantile(x, lo)).toBeLessThanOrEqual(
            inputQuantile(x, hi) * (1 + 1e-12) + 1e-9,
          );
        },
      ),
    );
  });
});
