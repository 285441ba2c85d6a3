// Discrete samplers against their exact pmfs, fixed seeds: chi-square
// p-value > 1e-4 where the pmf is easy to compute, moments within 5
// standard errors everywhere, and every algorithm branch named.
import { describe, expect, it } from "vitest";
import {
  Xoshiro128,
  binomial,
  hypergeometric,
  multinomial,
  multivariateHypergeometric,
} from "../../src/random/index.js";
import {
  binomialPmf,
  chiSquarePValue,
  histogram,
  hypergeometricPmf,
  lnChoose,
  momentZ,
} from "../sim/stats.js";

const N = 20_000;

function draws(seed: number, draw: (rng: Xoshiro128) => number, n = N): Float64Array {
  const rng = Xoshiro128.fromSeed(seed);
  return Float64Array.from({ length: n }, () => draw(rng));
}

describe("binomial", () => {
  // Branches by r = min(p, 1 − p): walk from 0 below n r = 8, search from the
  // mode below 60, BTPE from 60; p > ½ mirrors.
  const cases: [string, number, number][] = [
    ["walk from 0 (n r = 3)", 10, 0.3],
    ["walk from 0, mirrored (n r = 1.2)", 8, 0.85],
    ["inversion from the mode (n r = 18)", 60, 0.3],
    ["inversion from the mode, mirrored (n r = 15)", 100, 0.85],
    ["inversion from the mode near its limit (n r = 59.5)", 119, 0.5],
    ["BTPE (n r = 80)", 200, 0.4],
    ["BTPE, mirrored (n r = 72)", 240, 0.7],
    ["BTPE near its threshold (n r = 60.5)", 121, 0.5],
  ];
  for (const [name, n, p] of cases) {
    it(`${name}: Binomial(${n}, ${p}) fits its pmf, mean np, variance np(1 − p)`, () => {
      const xs = draws(n * 1000 + Math.round(p * 100), (r) => binomial(r, n, p));
      expect(chiSquarePValue(histogram(xs, n), binomialPmf(n, p), N)).toBeGreaterThan(1e-4);
      const z = momentZ(xs, n * p, n * p * (1 - p));
      expect(z.zMean).toBeLessThan(5);
      expect(z.zVar).toBeLessThan(5);
    });
  }

  it("BTPE at n = 10⁶, p = 0.5 and p = 0.01: mean np, variance np(1 − p)", () => {
    for (const p of [0.5, 0.01]) {
      const n = 1e6;
      const z = momentZ(
        draws(77, (r) => binomial(r, n, p)),
        n * p,
        n * p * (1 - p),
      );
      expect(z.zMean).toBeLessThan(5);
      expect(z.zVar).toBeLessThan(5);
    }
  });

  it("large n with a tiny mean (walk from 0 through exp(n ln q)): Binomial(10⁶, 5e-6) fits", () => {
    const xs = draws(78, (r) => binomial(r, 1e6, 5e-6));
    // Poisson(5) is within 1e-5 of this pmf; the exact binomial pmf is used anyway.
    const pmf = Array.from({ length: 30 }, (_, k) =>
      Math.exp(lnChoose(1e6, k) + k * Math.log(5e-6) + (1e6 - k) * Math.log1p(-5e-6)),
    );
    expect(chiSquarePValue(histogram(xs, 29), pmf, N)).toBeGreaterThan(1e-4);
  });

  it("degenerate cases: n = 0, p = 0 → 0; p = 1 → n", () => {
    const rng = Xoshiro128.fromSeed(1);
    expect(binomial(rng, 0, 0.5)).toBe(0);
    expect(binomial(rng, 100, 0)).toBe(0);
    expect(binomial(rng, 100, 1)).toBe(100);
    expect(binomial(rng, 1e9, 1)).toBe(1e9);
  });
});

describe("hypergeometric", () => {
  const cases: [string, number, number, number][] = [
    ["inversion (sample 5)", 7, 13, 5],
    ["inversion, more goods than bads", 13, 7, 5],
    ["inversion through the complement (sample 17 of 20)", 8, 12, 17],
    ["HRUA (sample 200 of 1000)", 300, 700, 200],
    ["HRUA, more goods than bads", 700, 300, 200],
    ["HRUA through the complement (sample 800 of 1000)", 300, 700, 800],
    ["HRUA with few goods", 3, 997, 400],
  ];
  for (const [name, good, bad, sample] of cases) {
    it(`${name}: fits its pmf, mean nK/M, variance nK(M−K)(M−n)/(M²(M−1))`, () => {
      const xs = draws(good + bad + sample, (r) => hypergeometric(r, good, bad, sample));
      const pmf = hypergeometricPmf(good, bad, sample);
      expect(chiSquarePValue(histogram(xs, sample), pmf, N)).toBeGreaterThan(1e-4);
      const M = good + bad;
      const z = momentZ(
        xs,
        (sample * good) / M,
        (sample * good * bad * (M - sample)) / (M * M * (M - 1)),
      );
      expect(z.zMean).toBeLessThan(5);
      expect(z.zVar).toBeLessThan(5);
    });
  }

  it("HRUA in a population of 10⁹: mean and variance", () => {
    const [good, bad, sample] = [4e8, 6e8, 3e8];
    const M = good + bad;
    const z = momentZ(
      draws(91, (r) => hypergeometric(r, good, bad, sample)),
      (sample * good) / M,
      (sample * good * bad * (M - sample)) / (M * M * (M - 1)),
    );
    expect(z.zMean).toBeLessThan(5);
    expect(z.zVar).toBeLessThan(5);
  });

  it("degenerate cases: sample 0, no goods, no bads, the whole population; too large a sample throws", () => {
    const rng = Xoshiro128.fromSeed(2);
    expect(hypergeometric(rng, 5, 5, 0)).toBe(0);
    expect(hypergeometric(rng, 0, 9, 4)).toBe(0);
    expect(hypergeometric(rng, 9, 0, 4)).toBe(4);
    expect(hypergeometric(rng, 300, 700, 1000)).toBe(300);
    expect(hypergeometric(rng, 3, 4, 7)).toBe(3);
    expect(() => hypergeometric(rng, 3, 4, 8)).toThrow(RangeError);
  });
});

describe("multinomial and multivariate hypergeometric", () => {
  it("Multinomial(6, [0.2, 0.3, 0.5]) fits the exact pmf over all 28 outcomes", () => {
    const probs = new Float64Array([0.2, 0.3, 0.5]);
    const rng = Xoshiro128.fromSeed(3);
    const out = new Float64Array(3);
    const n = 6;
    // Outcome (a, b, n − a − b) ↦ index a × 7 + b; pmf n!/(a! b! c!) p^a q^b r^c.
    const observed = new Array<number>(49).fill(0);
    for (let i = 0; i < N; i++) {
      multinomial(rng, n, probs, out);
      expect(out[0]! + out[1]! + out[2]!).toBe(n);
      observed[out[0]! * 7 + out[1]!]!++;
    }
    const pmf = observed.map((_, i) => {
      const a = Math.floor(i / 7);
      const b = i % 7;
      const c = n - a - b;
      if (c < 0) return 0;
      return Math.exp(
        lnChoose(n, a) +
          lnChoose(n - a, b) +
          a * Math.log(0.2) +
          b * Math.log(0.3) +
          c * Math.log(0.5),
      );
    });
    expect(chiSquarePValue(observed, pmf, N)).toBeGreaterThan(1e-4);
  });

  it("Multinomial(10⁶, [0.7, 0.3]): the first count has mean 7e5 and variance 2.1e5", () => {
    const probs = new Float64Array([0.7, 0.3]);
    const out = new Float64Array(2);
    const xs = draws(4, (r) => {
      multinomial(r, 1e6, probs, out);
      return out[0]!;
    });
    const z = momentZ(xs, 7e5, 1e6 * 0.7 * 0.3);
    expect(z.zMean).toBeLessThan(5);
    expect(z.zVar).toBeLessThan(5);
  });

  it("a multivariate hypergeometric sample of 6 from [5, 4, 6] fits C(5,a)C(4,b)C(6,c)/C(15,6)", () => {
    const counts = new Float64Array([5, 4, 6]);
    const rng = Xoshiro128.fromSeed(5);
    const out = new Float64Array(3);
    const observed = new Array<number>(49).fill(0);
    for (let i = 0; i < N; i++) {
      multivariateHypergeometric(rng, 6, counts, 3, out);
      expect(out[0]! + out[1]! + out[2]!).toBe(6);
      observed[out[0]! * 7 + out[1]!]!++;
    }
    const pmf = observed.map((_, i) => {
      const a = Math.floor(i / 7);
      const b = i % 7;
      const c = 6 - a - b;
      if (c < 0 || a > 5 || b > 4 || c > 6) return 0;
      return Math.exp(lnChoose(5, a) + lnChoose(4, b) + lnChoose(6, c) - lnChoose(15, 6));
    });
    expect(chiSquarePValue(observed, pmf, N)).toBeGreaterThan(1e-4);
  });

  it("sampling everything returns the counts; zero counts get zero", () => {
    const rng = Xoshiro128.fromSeed(6);
    const out = new Float64Array(3);
    multivariateHypergeometric(rng, 9, new Float64Array([4, 0, 5]), 3, out);
    expect([...out]).toEqual([4, 0, 5]);
    expect(() => {
      multivariateHypergeometric(rng, 10, new Float64Array([4, 0, 5]), 3, out);
    }).toThrow(RangeError);
  });
});
