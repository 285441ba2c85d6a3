// "No regression": the seeded output of the standard benchmark scenario,
// rounded to 6 significant figures, against a golden file. Any change to a
// sampler, the stream derivation or the order of draws shows up in review
// as a diff of golden/mc-standard.json (regenerate with `vitest -u` when the
// change is intended, and say why in the commit).
import { describe, expect, it } from "vitest";
import { simulateSync } from "../../src/sim/index.js";
import { mcStandard } from "./fixtures.js";

function round(value: unknown): unknown {
  if (typeof value === "number")
    return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
  if (Array.isArray(value)) return value.map(round);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
  }
  return value;
}

describe("seeded Monte Carlo output", () => {
  it("matches its golden file (seed 1, 2,000 trials, 4 sizes)", async () => {
    const sim = simulateSync(mcStandard([1, 10, 100, 1000]), { trials: 2000, seed: 1 });
    await expect(JSON.stringify(round(sim), null, 2) + "\n").toMatchFileSnapshot(
      "./golden/mc-standard.json",
    );
  });
});
