// Issue 15, items 2 and 13: the trial count is read as written (1e6 is a
// whole number), and trials × swarm sizes is bounded before any work, with
// a message naming both, in addition to the memory check.
import { describe, expect, it } from "vitest";
import { MAX_TRIAL_POINTS, ModelLimitError } from "../../src/engine/index.js";
import { positiveInt } from "../../src/cli/options.js";
import { simConfig } from "../../src/sim/options.js";
import { cli } from "../cli/run-cli.js";

const POLAND = "scenarios/poland-2025-09-10.yaml";

describe("--trials", () => {
  it("accepts 1e6 and 2.5e4, the forms the limit is written in", () => {
    const trials = positiveInt("--trials", 1e8);
    expect(trials("1e6")).toBe(1_000_000);
    expect(trials("2.5e4")).toBe(25_000);
    expect(trials("1e8")).toBe(100_000_000);
  });

  it("still refuses fractions, signs and values above the limit", () => {
    const trials = positiveInt("--trials", 1e8);
    for (const bad of ["1.5", "-1e3", "1e9", "0x10", "1e", "", "Infinity"])
      expect(() => trials(bad), bad).toThrow("--trials must be a whole number from 1 to 100000000");
  });

  it("runs end to end with --trials 2e2", async () => {
    const r = await cli(["run", POLAND, "--trials", "2e2", "--sizes", "10", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).trials).toBe(200);
  });
});

describe("trials × swarm sizes", () => {
  it("is at most 1e9 in the library, before any buffer is allocated", () => {
    const sizes = Array.from({ length: 20 }, (_, i) => i + 1);
    // 1e8 trials × 20 sizes = 2e9 > 1e9.
    expect(() => simConfig(sizes, { trials: 1e8, seed: 1 })).toThrow(ModelLimitError);
    expect(() => simConfig(sizes, { trials: 1e8, seed: 1 })).toThrow(
      "100,000,000 trials × 20 swarm sizes is 2.0e+9 trial-sizes, above the limit of 1e9",
    );
    // 5e7 × 20 = 1e9 exactly: allowed.
    expect(simConfig(sizes, { trials: 5e7, seed: 1 }).trials).toBe(5e7);
    expect(MAX_TRIAL_POINTS).toBe(1e9);
  });

  it("is a user error on the command line naming --trials and --sizes", async () => {
    const sizes = Array.from({ length: 20 }, (_, i) => 10 * (i + 1)).join(",");
    const r = await cli(["run", POLAND, "--trials", "1e8", "--sizes", sizes]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("100,000,000 trials × 20 swarm sizes");
    expect(r.stderr).toContain("use fewer trials (--trials) or fewer swarm sizes (--sizes)");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
