// One module per distribution (src/distributions/), each owning its file
// form, checks, base value, scaling, sampler and quantile; the registry is
// what the loader, schema, simulator and report iterate.
import { describe, expect, it } from "vitest";
import {
  DISTRIBUTIONS,
  DISTRIBUTION_KINDS,
  baseValue,
  distributionQuantile,
  moduleOf,
  scaleDistribution,
} from "../../src/distributions/index.js";
import type { Distribution } from "../../src/model/distribution.js";
import { Xoshiro128 } from "../../src/random/xoshiro128.js";
import { scenarioJsonSchema } from "../../src/scenario/index.js";

/** One example of each kind, with its base value worked by hand (docs/model.md §4). */
const EXAMPLES: readonly [Distribution, number][] = [
  [{ kind: "triangular", min: 1, mode: 2, max: 6 }, 2], // the mode
  [{ kind: "pert", min: 1, mode: 2, max: 6 }, 2], // the mode
  [{ kind: "uniform", min: 0.7, max: 0.9 }, 0.8], // (0.7 + 0.9) / 2
  [{ kind: "normal", mean: 10, sd: 2 }, 10], // the mean
  [{ kind: "lognormal", p5: 8, p95: 32 }, 16], // √(8 × 32)
  [{ kind: "beta", alpha: 3, beta: 1, scale: 1 }, 0.75], // 3 / (3 + 1)
];

describe("the distribution registry", () => {
  it("holds the six kinds in the order files and messages list them", () => {
    expect(DISTRIBUTION_KINDS).toEqual([
      "triangular",
      "pert",
      "uniform",
      "normal",
      "lognormal",
      "beta",
    ]);
    for (const k of DISTRIBUTION_KINDS) expect(DISTRIBUTIONS[k].kind).toBe(k);
  });

  it.each(EXAMPLES)("%o: base value, and the median where it is the base", (d, base) => {
    expect(baseValue(d)).toBeCloseTo(base, 12);
    // Symmetric shapes and the lognormal have their base at the median.
    if (d.kind === "uniform" || d.kind === "normal" || d.kind === "lognormal")
      expect(distributionQuantile(d, 0.5)).toBeCloseTo(base, 12);
  });

  it.each(EXAMPLES)("%o: scaling by k scales the base and every quantile by k", (d) => {
    const k = 1.25;
    const s = scaleDistribution(d, k);
    expect(baseValue(s)).toBeCloseTo(k * baseValue(d), 10);
    for (const p of [0.05, 0.5, 0.95])
      expect(distributionQuantile(s, p)).toBeCloseTo(k * distributionQuantile(d, p), 9);
  });

  it.each(EXAMPLES)(
    "%o: a seeded sample of 4,000 draws has its quartiles near the quantiles",
    (d) => {
      const rng = Xoshiro128.fromSeed(11);
      const draws = Array.from({ length: 4000 }, () => moduleOf(d).sample(rng, d)).sort(
        (a, b) => a - b,
      );
      const [q1, q3] = [distributionQuantile(d, 0.25), distributionQuantile(d, 0.75)];
      // The sample quartile's standard error is about (q3 − q1) / 50 at n = 4,000; allow 5 of them.
      const tol = (q3 - q1) / 10;
      expect(Math.abs(draws[1000]! - q1)).toBeLessThan(tol);
      expect(Math.abs(draws[3000]! - q3)).toBeLessThan(tol);
    },
  );

  it("builds each kind from its file list and reports a broken rule", () => {
    expect(DISTRIBUTIONS.pert.make([1, 2, 6])).toEqual({ kind: "pert", min: 1, mode: 2, max: 6 });
    expect(DISTRIBUTIONS.beta.make([2, 5])).toEqual({ kind: "beta", alpha: 2, beta: 5, scale: 1 });
    expect(
      moduleOf({ kind: "lognormal", p5: 5, p95: 2 }).broken({ kind: "lognormal", p5: 5, p95: 2 }),
    ).toEqual({ rule: "0 < p5 < p95", found: [5, 2] });
    expect(
      moduleOf({ kind: "normal", mean: 1, sd: 1 }).broken({ kind: "normal", mean: 1, sd: 1 }),
    ).toBeNull();
  });

  it("describes each kind's list in the published JSON Schema from its module", () => {
    const text = JSON.stringify(scenarioJsonSchema());
    for (const k of DISTRIBUTION_KINDS) expect(text).toContain(DISTRIBUTIONS[k].params);
  });
});
