// Bands (src/sim/percentile-band.ts): the sample-and-bracket pass and its
// fallback must give exactly simple-statistics' quantileSorted on a sorted
// copy of the defined values, whatever the data: ties, NaNs, a constant row,
// short rows (direct selection) and long ones (brackets).
import fc from "fast-check";
import { quantileSorted } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { bandRows, bandScratch } from "../../src/sim/percentile-band.js";
import { Xoshiro128 } from "../../src/random/xoshiro128.js";
import { BAND_SLOTS, type SimBuffers } from "../../src/sim/sim-buffers.js";

const KINDS = [
  "continuous",
  "few values",
  "heavy tail",
  "half NaN",
  "constant",
  "all NaN",
] as const;

function row(kind: (typeof KINDS)[number], n: number, seed: number): Float64Array {
  const rng = Xoshiro128.fromSeed(seed);
  return Float64Array.from({ length: n }, () => {
    const u = rng.nextDouble();
    switch (kind) {
      case "continuous":
        return u * 1e6 - 2e5;
      case "few values":
        return Math.floor(u * 4); // leakers at a small swarm size: mostly ties
      case "heavy tail":
        return 1 / u;
      case "half NaN":
        return u < 0.5 ? Number.NaN : u;
      case "constant":
        return 7;
      case "all NaN":
        return Number.NaN;
    }
  });
}

/** What simple-statistics gives on a sorted copy of the defined values; null for none. */
function expected(values: Float64Array): number[] | null {
  const xs = [...values].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return xs.length === 0 ? null : [0.05, 0.5, 0.95].map((p) => quantileSorted(xs, p));
}

function bands(rows: Float64Array[], trials: number): (number[] | null)[] {
  const perTrial = new Float64Array(rows.length * trials);
  rows.forEach((r, i) => {
    perTrial.set(r, i * trials);
  });
  const buf: SimBuffers = {
    perTrial,
    sums: new Float64Array(0),
    keptDraws: new Float64Array(0),
    bands: new Float64Array(rows.length * BAND_SLOTS),
  };
  bandRows(buf, trials, 0, rows.length, bandScratch(trials));
  return rows.map((_, i) => {
    const o = i * BAND_SLOTS;
    return buf.bands[o] === 1 ? [...buf.bands.subarray(o + 1, o + 4)] : null;
  });
}

describe("percentile bands", () => {
  it("equal quantileSorted on a sorted copy, for every kind of row and length (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 4000, max: 12_000 })),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (kind, trials, seed) => {
          const rows = [row(kind, trials, seed), row("continuous", trials, seed + 1)];
          expect(bands(rows, trials)).toEqual(rows.map(expected));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("p5, p50, p95 of 0 … 10,000 are 500, 5000, 9500 (type 7: (n − 1) p lands on whole indices)", () => {
    // n = 10,001 values 0..10,000: (n − 1) p = 500, 5000, 9500 exactly, so no interpolation.
    const rng = Xoshiro128.fromSeed(5);
    const values = Float64Array.from({ length: 10_001 }, (_, i) => i);
    for (let i = values.length - 1; i > 0; i--) {
      const j = Math.floor(rng.nextDouble() * (i + 1));
      [values[i], values[j]] = [values[j]!, values[i]!];
    }
    expect(bands([values], 10_001)).toEqual([[500, 5000, 9500]]);
  });
});
