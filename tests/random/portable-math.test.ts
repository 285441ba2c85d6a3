// The samplers' own exp/log/log1p/powInt (src/random/portable-math.ts): the
// same bits in every engine is checked by the explorer's Chromium test
// against the CLI; here, their accuracy against the engine's Math functions
// (within 1 ulp; fdlibm's bound) and their edge cases.
import { describe, expect, it } from "vitest";
import { exp, log, log1p, pow, powInt } from "../../src/random/portable-math.js";
import { Xoshiro128 } from "../../src/random/xoshiro128.js";

/** Distance in units in the last place between two finite doubles of one sign. */
function ulps(a: number, b: number): number {
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  return Math.abs(Number(bits[0]! - bits[1]!));
}

function worst(f: (x: number) => number, g: (x: number) => number, xs: number[]): number {
  return Math.max(...xs.map((x) => ulps(f(x), g(x))));
}

const rng = Xoshiro128.fromSeed(2024);
const draws = (n: number, f: (u: number) => number): number[] =>
  Array.from({ length: n }, () => f(rng.nextDouble()));

describe("portable exp, log and log1p", () => {
  it("are within 1 ulp of Math.exp, Math.log and Math.log1p over their ranges", () => {
    expect(
      worst(
        exp,
        Math.exp,
        draws(20_000, (u) => (u - 0.5) * 1400),
      ),
    ).toBeLessThanOrEqual(1);
    expect(
      worst(
        exp,
        Math.exp,
        draws(20_000, (u) => (u - 0.5) * 4),
      ),
    ).toBeLessThanOrEqual(1);
    expect(
      worst(
        log,
        Math.log,
        draws(20_000, (u) => 10 ** ((u - 0.5) * 600)),
      ),
    ).toBeLessThanOrEqual(1);
    expect(
      worst(
        log,
        Math.log,
        draws(20_000, (u) => u),
      ),
    ).toBeLessThanOrEqual(1);
    expect(
      worst(
        log1p,
        Math.log1p,
        draws(20_000, (u) => -u),
      ),
    ).toBeLessThanOrEqual(1);
    expect(
      worst(
        log1p,
        Math.log1p,
        draws(20_000, (u) => u * 1e6),
      ),
    ).toBeLessThanOrEqual(1);
  });

  it("keep the edge cases: zero, infinities, NaN, subnormals, overflow", () => {
    expect(exp(0)).toBe(1);
    expect(exp(1)).toBe(Math.E);
    expect(exp(710)).toBe(Infinity); // e^710 > 1.8e308
    expect(exp(-746)).toBe(0); // e^-746 < 2^-1075: below the smallest subnormal
    expect(exp(-745)).toBe(5e-324); // e^-745 ≈ 4.9e-324 rounds to 2^-1074
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Number.NaN)).toBeNaN();
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(5e-324)).toBeCloseTo(-1074 * Math.LN2, 12); // ln 2^-1074
    expect(log(2)).toBe(Math.LN2);
    expect(log1p(1e-20)).toBe(1e-20); // ln(1 + x) ≈ x − x²/2, x² far below an ulp
    expect(log1p(-1)).toBe(-Infinity);
    expect(log1p(-2)).toBeNaN();
  });
});

describe("pow and powInt", () => {
  it("give q^n by products and x^y through exp and log", () => {
    expect(powInt(0.5, 3)).toBe(0.125);
    expect(powInt(0.3, 2)).toBe(0.3 * 0.3);
    expect(powInt(0.7, 0)).toBe(1);
    expect(pow(0.25, 0.5)).toBe(0.5);
    expect(pow(0.9, 1 / 0.3)).toBeCloseTo(0.9 ** (1 / 0.3), 14);
  });
});
