import { describe, expect, it } from "vitest";
import {
  type ExploreState,
  commandLine,
  fromHash,
  setArguments,
  shellWord,
  toHash,
  withOverride,
} from "../../src/explore/explore-state.js";
import { monteCarloSteps } from "../../src/explore/browser/monte-carlo-steps.js";

const EMPTY: ExploreState = { variant: null, overrides: [], trials: null, seed: 1, focus: null };

describe("the override list", () => {
  it("keeps one entry per path, in the order first made, and drops a reset one", () => {
    let s = withOverride(EMPTY, "a.pk", "80%");
    s = withOverride(s, "b.costPerShot", "1k USD");
    s = withOverride(s, "a.pk", "90%"); // changed again: stays first
    expect(s.overrides).toEqual([
      { path: "a.pk", value: "90%" },
      { path: "b.costPerShot", value: "1k USD" },
    ]);
    expect(setArguments(s)).toEqual(["a.pk=90%", "b.costPerShot=1k USD"]);
    s = withOverride(s, "a.pk", null);
    expect(s.overrides).toEqual([{ path: "b.costPerShot", value: "1k USD" }]);
    expect(withOverride(s, "never.set", null)).toEqual(s);
  });
});

describe("the copied command line", () => {
  it("quotes only what a POSIX shell would split or expand", () => {
    expect(shellWord("defense.layers.sam.pk=80%")).toBe("defense.layers.sam.pk=80%");
    expect(shellWord("x=470k USD")).toBe("'x=470k USD'");
    expect(shellWord("x={ pert: [1, 2, 3] }")).toBe("'x={ pert: [1, 2, 3] }'");
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
    expect(shellWord("$HOME")).toBe("'$HOME'");
  });

  it("gives the file, the variant, every --set in order and the Monte Carlo flags", () => {
    const s: ExploreState = {
      variant: "AMRAAMs only",
      overrides: [
        { path: "defense.layers.f35-aim9x.costPerShot", value: "300k USD" },
        { path: "defense.layers.f35-aim9x.pk", value: "60%" },
      ],
      trials: 2000,
      seed: 7,
      focus: 19,
    };
    expect(commandLine("scenarios/poland 2025.yaml", s)).toBe(
      "cxr run 'scenarios/poland 2025.yaml' --variant 'AMRAAMs only' " +
        "--set 'defense.layers.f35-aim9x.costPerShot=300k USD' " +
        "--set defense.layers.f35-aim9x.pk=60% --trials 2000 --seed 7",
    );
    expect(commandLine("a.yaml", EMPTY)).toBe("cxr run a.yaml");
  });

  it("names a range field's change by its own path, and a whole range quoted", () => {
    const s: ExploreState = {
      ...EMPTY,
      overrides: [
        { path: "defense.layers.f35-aim9x.pk.pert.1", value: "60%" },
        { path: "threat.drones.shahed.unitCost", value: "30k to 80k USD" },
      ],
    };
    expect(commandLine("p.yaml", s)).toBe(
      "cxr run p.yaml --set defense.layers.f35-aim9x.pk.pert.1=60% " +
        "--set 'threat.drones.shahed.unitCost=30k to 80k USD'",
    );
  });
});

describe("the URL hash", () => {
  it("round-trips a state, values with = & # % and spaces included", () => {
    const s: ExploreState = {
      variant: "Strike-heavy swarm",
      overrides: [
        {
          path: "threat.drones.geran.unitCost",
          value: "{ pert: [20k, 50k, 200k], currency: USD }",
        },
        { path: "a.b", value: "x=1&y=2#z 50%" },
      ],
      trials: 1000,
      seed: 42,
      focus: 19,
    };
    expect(fromHash(toHash(s))).toEqual(s);
    expect(fromHash(toHash(EMPTY))).toEqual(EMPTY);
    // Deterministic is written explicitly, so a link never falls back to the page's default.
    expect(toHash(EMPTY)).toBe("#trials=0");
  });

  it("ignores what it does not understand and reads an empty hash as none", () => {
    expect(fromHash("")).toBeNull();
    expect(fromHash("#")).toBeNull();
    expect(fromHash("#set=%E0%A4%A&trials=abc&seed=-1&junk&set=a%3D1")).toEqual({
      ...EMPTY,
      overrides: [{ path: "a", value: "1" }],
    });
  });
});

describe("progressive Monte Carlo steps", () => {
  it("doubles from one batch of 512 up to the count asked for", () => {
    expect(monteCarloSteps(2000)).toEqual([512, 1024, 2000]);
    expect(monteCarloSteps(512)).toEqual([512]);
    expect(monteCarloSteps(100)).toEqual([100]);
    expect(monteCarloSteps(4096)).toEqual([512, 1024, 2048, 4096]);
  });
});
