// Continuous samplers against their exact distributions, fixed seeds.
// Moments: |z| < 5 standard errors; shape: KS p-value > 1e-4. With fixed
// seeds these cannot flake; they fail only if a sampler is wrong.
import { describe, expect, it } from "vitest";
import {
  Xoshiro128,
  beta,
  gamma,
  lognormal,
  lognormalParams,
  normal,
  pert,
  triangular,
  uniform,
} from "../../src/random/index.js";
import { betaCdfInt, gammaCdfInt, ksPValue, momentZ, normalCdf } from "../sim/stats.js";

const N = 20_000;

function sample(seed: number, draw: (rng: Xoshiro128) => number): Float64Array {
  const rng = Xoshiro128.fromSeed(seed);
  return Float64Array.from({ length: N }, () => draw(rng));
}

function expectFits(
  xs: Float64Array,
  mean: number,
  variance: number,
  cdf: ((x: number) => number) | null,
): void {
  const z = momentZ(xs, mean, variance);
  expect(z.zMean).toBeLessThan(5);
  expect(z.zVar).toBeLessThan(5);
  if (cdf) expect(ksPValue(xs, cdf)).toBeGreaterThan(1e-4);
}

describe("continuous samplers", () => {
  it("uniform(10, 20): mean 15, variance 100/12, CDF (x − 10)/10", () => {
    expectFits(
      sample(1, (r) => uniform(r, 10, 20)),
      15,
      100 / 12,
      (x) => Math.min(1, Math.max(0, (x - 10) / 10)),
    );
  });

  it("normal(0.8, 0.05): mean 0.8, variance 0.0025, normal CDF", () => {
    expectFits(
      sample(2, (r) => normal(r, 0.8, 0.05)),
      0.8,
      0.0025,
      (x) => normalCdf((x - 0.8) / 0.05),
    );
  });

  it("lognormal from a 90 % interval [8, 20]: its 5th and 95th percentiles are 8 and 20", () => {
    const { mu, sigma } = lognormalParams(8, 20);
    // Lognormal moments: mean e^(mu + s²/2), variance (e^(s²) − 1) e^(2mu + s²).
    const mean = Math.exp(mu + sigma ** 2 / 2);
    const variance = (Math.exp(sigma ** 2) - 1) * Math.exp(2 * mu + sigma ** 2);
    const xs = sample(3, (r) => lognormal(r, 8, 20));
    expectFits(xs, mean, variance, (x) => normalCdf((Math.log(x) - mu) / sigma));
    const below8 = xs.filter((x) => x < 8).length / N;
    expect(Math.abs(below8 - 0.05)).toBeLessThan(5 * Math.sqrt((0.05 * 0.95) / N));
  });

  it("triangular(900k, 1M, 1.2M): mean (a+b+c)/3, variance (a²+b²+c²−ab−ac−bc)/18, exact CDF", () => {
    const [a, c, b] = [900e3, 1e6, 1.2e6];
    const cdf = (x: number): number =>
      x <= a
        ? 0
        : x >= b
          ? 1
          : x <= c
            ? (x - a) ** 2 / ((b - a) * (c - a))
            : 1 - (b - x) ** 2 / ((b - a) * (b - c));
    expectFits(
      sample(4, (r) => triangular(r, a, c, b)),
      (a + b + c) / 3,
      (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
      cdf,
    );
  });

  it("PERT(0.3, 0.5, 0.7) is 0.3 + 0.4 × Beta(3, 3): mean 0.5, variance 0.16 × 9/(36 × 7)", () => {
    // α = 1 + 4 (0.5 − 0.3)/0.4 = 3, β = 3; Beta variance αβ/((α+β)²(α+β+1)) = 9/252.
    expectFits(
      sample(5, (r) => pert(r, 0.3, 0.5, 0.7)),
      0.5,
      (0.16 * 9) / 252,
      (x) => betaCdfInt(3, 3, (x - 0.3) / 0.4),
    );
  });

  it("beta(8, 2): mean 0.8, variance 16/1100, exact CDF", () => {
    // αβ/((α+β)²(α+β+1)) = 16/(100 × 11).
    expectFits(
      sample(6, (r) => beta(r, 8, 2)),
      0.8,
      16 / 1100,
      (x) => betaCdfInt(8, 2, x),
    );
  });

  it("gamma(3) (Marsaglia–Tsang): mean 3, variance 3, Erlang CDF", () => {
    expectFits(
      sample(7, (r) => gamma(r, 3)),
      3,
      3,
      (x) => gammaCdfInt(3, x),
    );
  });

  it("gamma(0.5) (the α < 1 boost) is χ²₁/2: mean 0.5, variance 0.5, CDF erf(√x)", () => {
    // P(χ²₁/2 ≤ x) = P(|Z| ≤ √(2x)) = 2Φ(√(2x)) − 1.
    const xs = sample(8, (r) => gamma(r, 0.5));
    // Excess kurtosis of Gamma(k) is 6/k = 12: widen the variance's standard error by it.
    const z = momentZ(xs, 0.5, 0.5, 12);
    expect(z.zMean).toBeLessThan(5);
    expect(z.zVar).toBeLessThan(5);
    expect(ksPValue(xs, (x) => 2 * normalCdf(Math.sqrt(2 * x)) - 1)).toBeGreaterThan(1e-4);
  });

  it("gamma(2.5): mean 2.5, variance 2.5", () => {
    const z = momentZ(
      sample(9, (r) => gamma(r, 2.5)),
      2.5,
      2.5,
      6 / 2.5,
    );
    expect(z.zMean).toBeLessThan(5);
    expect(z.zVar).toBeLessThan(5);
  });

  it("degenerate ranges give the single value", () => {
    const rng = Xoshiro128.fromSeed(10);
    expect(uniform(rng, 3, 3)).toBe(3);
    expect(triangular(rng, 4, 4, 4)).toBe(4);
    expect(pert(rng, 5, 5, 5)).toBe(5);
    expect(lognormal(rng, 7, 7)).toBeCloseTo(7, 12);
    expect(normal(rng, 2, 0)).toBe(2);
    expect(() => gamma(rng, 0)).toThrow(RangeError);
  });
});
