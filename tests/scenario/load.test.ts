// The loader end to end: the starter file, problem formatting, and the
// invariance of the result to the key order of the YAML mappings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { formatProblem, loadScenario, STARTER_SCENARIO } from "../../src/scenario/index.js";
import { testCatalog, VALID } from "./fixtures.js";

describe("STARTER_SCENARIO", () => {
  it("loads cleanly, with its variant", () => {
    const r = loadScenario(STARTER_SCENARIO, { file: "starter.yaml" });
    expect(r.ok ? r.variants.map((v) => v.name) : r.problems).toEqual(["cheap interceptors"]);
    expect(
      loadScenario(STARTER_SCENARIO, { file: "s.yaml", variant: "cheap interceptors" }).ok,
    ).toBe(true);
  });

  it("has two drone types, two layers and an uncertain input, and comments its fields", () => {
    const r = loadScenario(STARTER_SCENARIO, { file: "starter.yaml" });
    if (!r.ok) throw new Error("starter failed");
    expect(r.scenario.drones).toHaveLength(2);
    expect(r.scenario.layers).toHaveLength(2);
    expect(r.scenario.drones.some((d) => d.unitCost.dist !== null)).toBe(true);
    const fieldLines = STARTER_SCENARIO.split("\n").filter((l) => /^\s*(- )?\w+:\s*\S/.test(l));
    const uncommented = fieldLines.filter((l) => !l.includes("#") && !/^\s*(- )?name:/.test(l));
    // Names and the variant's own values speak for themselves; every other field has a comment.
    expect(uncommented.filter((l) => !/defense\.layers|description:/.test(l))).toEqual([]);
  });
});

describe("formatProblem", () => {
  it("writes file:line:col: path: message [code]", () => {
    expect(
      formatProblem({
        code: "probability-range",
        path: "defense.layers[1].pk",
        message: "expected a probability in 0..1, found 1.2",
        file: "poland.yaml",
        line: 12,
        col: 7,
      }),
    ).toBe(
      "poland.yaml:12:7: defense.layers[1].pk: expected a probability in 0..1, found 1.2 [probability-range]",
    );
  });

  it("leaves out what is unknown", () => {
    expect(
      formatProblem({
        code: "empty-file",
        path: "",
        message: "the file is empty",
        file: "a.yaml",
        line: null,
        col: null,
      }),
    ).toBe("a.yaml: the file is empty [empty-file]");
    expect(
      formatProblem({
        code: "set-syntax",
        path: "",
        message: "m",
        file: null,
        line: null,
        col: null,
      }),
    ).toBe("m [set-syntax]");
  });
});

/** Rebuilds every mapping with its keys in the order of `weights` (lists keep their order). */
function shuffleKeys(value: unknown, weights: readonly number[], counter = { i: 0 }): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, weights, counter));
  if (value === null || typeof value !== "object") return value;
  const keyed = Object.entries(value).map(([k, v]) => ({
    k,
    v,
    w: weights[counter.i++ % weights.length]!,
  }));
  keyed.sort((a, b) => a.w - b.w);
  return Object.fromEntries(keyed.map(({ k, v }) => [k, shuffleKeys(v, weights, counter)]));
}

describe("key order", () => {
  it("does not change the loaded scenario", () => {
    const base = loadScenario(VALID, { file: "t.yaml", catalog: testCatalog });
    expect(base.ok).toBe(true);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 80 }),
        (weights) => {
          const text = stringify(shuffleKeys(parse(VALID), weights));
          const r = loadScenario(text, { file: "t.yaml", catalog: testCatalog });
          expect(r).toEqual(base);
        },
      ),
      { numRuns: 60 },
    );
  });
});
