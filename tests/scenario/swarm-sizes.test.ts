// Swarm sizes (scenario-format.md "Swarm sizes") and the --sizes syntax.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadScenario, parseSwarmSizes } from "../../src/scenario/index.js";
import type { Issue } from "../../src/scenario/problem.js";
import { expandSwarmSizes } from "../../src/scenario/swarm-sizes.js";
import { VALID } from "./fixtures.js";

function expand(spec: Parameters<typeof expandSwarmSizes>[0]): number[] | Issue[] {
  const issues: Issue[] = [];
  return expandSwarmSizes(spec, ["threat", "swarmSizes"], issues) ?? issues;
}

describe("expandSwarmSizes", () => {
  it("spreads log points: 1 × 1000^(i/3) = 1, 10, 100, 1000", () => {
    expect(expand({ from: 1, to: 1000, points: 4, scale: "log" })).toEqual([1, 10, 100, 1000]);
  });

  it("spreads linear points: 1 + 9i/3 = 1, 4, 7, 10 (linear is the default)", () => {
    expect(expand({ from: 1, to: 10, points: 4, scale: "linear" })).toEqual([1, 4, 7, 10]);
    expect(expand({ from: 1, to: 10, points: 4 })).toEqual([1, 4, 7, 10]);
  });

  it("rounds halves up: 1, 2.5, 4 → 1, 3, 4", () => {
    expect(expand({ from: 1, to: 4, points: 3, scale: "linear" })).toEqual([1, 3, 4]);
  });

  it("drops duplicates: 1, 1.5, 2, 2.5, 3 → 1, 2, 2, 3, 3 → 1, 2, 3", () => {
    expect(expand({ from: 1, to: 3, points: 5, scale: "linear" })).toEqual([1, 2, 3]);
  });

  it("gives [from] for one point, and sorts a list", () => {
    expect(expand({ from: 7, to: 100, points: 1, scale: "log" })).toEqual([7]);
    expect(expand([100, 1, "1k", 10, 10])).toEqual([1, 10, 100, 1000]);
  });

  it("rejects from < 1, to < from, points 0, fractions and too many points", () => {
    const codes = (spec: Parameters<typeof expandSwarmSizes>[0]) => {
      const r = expand(spec);
      return typeof r[0] === "number" ? [] : (r as Issue[]).map((i) => i.code);
    };
    expect(codes({ from: 0, to: 10, points: 3 })).toEqual(["count-range"]);
    expect(codes({ from: 10, to: 5, points: 3 })).toEqual(["sizes-range"]);
    expect(codes({ from: 1, to: 5, points: 0 })).toEqual(["count-range"]);
    expect(codes([1, 2.5])).toEqual(["count-range"]);
    expect(codes([])).toEqual(["sizes-range"]);
    expect(codes({ from: 1, to: 1e6, points: 1e6 })).toEqual(["sizes-range"]);
  });

  it("always gives ascending whole numbers within [from, to], ends included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 2, max: 200 }),
        fc.constantFrom("linear" as const, "log" as const),
        (from, extra, points, scale) => {
          const to = from + extra;
          const sizes = expand({ from, to, points, scale }) as number[];
          expect(sizes[0]).toBe(from);
          expect(sizes.at(-1)).toBe(to);
          for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeGreaterThan(sizes[i - 1]!);
          expect(sizes.every(Number.isInteger)).toBe(true);
        },
      ),
    );
  });
});

describe("parseSwarmSizes (--sizes)", () => {
  it.each([
    ["1,10,100", [1, 10, 100]],
    [" 100, 1 ,10 ", [1, 10, 100]],
    ["1..5", [1, 2, 3, 4, 5]], // linear without points: every whole number
    ["1..1000:log:4", [1, 10, 100, 1000]],
    ["1..10:linear:4", [1, 4, 7, 10]],
    ["1..10:4", [1, 4, 7, 10]],
    ["1..1k:log:4", [1, 10, 100, 1000]],
  ])("%s", (text, sizes) => {
    expect(parseSwarmSizes(text)).toEqual(sizes);
  });

  it.each([
    ["1..1000:log", "sizes-syntax"], // log needs points
    ["1..", "sizes-syntax"],
    ["10..1", "sizes-range"],
    ["0,5", "count-range"],
    ["1..1000000", "sizes-range"], // a million points
    ["1,x", "count-range"],
  ])("rejects %s (%s)", (text, code) => {
    expect(parseSwarmSizes(text)).toMatchObject({ code, file: "--sizes", line: null });
  });

  it("replaces the file's swarm sizes in loadScenario, or reports on --sizes", () => {
    const r = loadScenario(VALID, { file: "t.yaml", sizes: "2,3" });
    expect(r.ok && r.scenario.swarmSizes).toEqual([2, 3]);
    const bad = loadScenario(VALID, { file: "t.yaml", sizes: "1..9:log" });
    expect(bad.ok ? [] : bad.problems.map((p) => [p.code, p.file])).toEqual([
      ["sizes-syntax", "--sizes"],
    ]);
  });
});
