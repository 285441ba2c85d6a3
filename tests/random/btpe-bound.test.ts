import jStat from "jstat";
import { describe, expect, it } from "vitest";
import { beta } from "../../src/random/beta.js";
import { stirlingLogRatio } from "../../src/random/binomial.js";
import { deriveStream } from "../../src/random/stream.js";

// The exact ln(f(y)/f(m)) of Binomial(n, r):
// ln m! + ln (n−m)! − ln y! − ln (n−y)! + (y − m) ln(r / (1 − r)), via ln Γ.
function exactLogRatio(n: number, m: number, y: number, r: number): number {
  const lf = (k: number) => jStat.gammaln(k + 1);
  return lf(m) + lf(n - m) - lf(y) - lf(n - y) + (y - m) * Math.log(r / (1 - r));
}

describe("BTPE's Stirling bound (Step 5.3)", () => {
  it("equals the exact log probability ratio, so acceptance is exact", () => {
    // The case that exposed the sign error: n = 1000, r = 0.1, mode 100,
    // y = 70 → exact −5.365701 (the all-plus formula gave −5.363174).
    expect(stirlingLogRatio(1000, 100, 70, 0.1)).toBeCloseTo(-5.365701, 6);
    for (const [n, r] of [
      [1000, 0.1],
      [250, 0.4],
      [1_000_000, 0.3],
      [5000, 0.02],
    ] as const) {
      const m = Math.floor(n * r + r);
      const sd = Math.sqrt(n * r * (1 - r));
      for (const k of [-6, -3, -1.5, 1.5, 3, 6]) {
        const y = Math.round(m + k * sd);
        expect(stirlingLogRatio(n, m, y, r)).toBeCloseTo(exactLogRatio(n, m, y, r), 7);
      }
    }
  });
});

describe("beta with shapes near 0", () => {
  it("never returns NaN, and is near Bernoulli(α / (α + β))", () => {
    // Beta(0.005, 0.005): both gammas underflow without log space; the mass
    // sits at 0 and 1, half each. 20,000 draws: mean 0.5 ± 5 × 0.5/√20000.
    const rng = deriveStream(42, 0, 0, 0);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = beta(rng, 0.005, 0.005);
      expect(Number.isNaN(x)).toBe(false);
      sum += x;
    }
    expect(Math.abs(sum / 20_000 - 0.5)).toBeLessThan((5 * 0.5) / Math.sqrt(20_000));
  });
});
