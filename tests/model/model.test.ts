// The model's own functions (src/model/): a rate capacity, the point a
// scenario is fixed at, its inputs in order, the bounds of a unit, and the
// one user-error type.
import { describe, expect, it } from "vitest";
import {
  CxrError,
  rateCapacity,
  resolvePoint,
  scenarioInputs,
  unitBounds,
} from "../../src/model/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { VALID } from "../scenario/fixtures.js";

const loaded = loadScenario(VALID, { file: "t.yaml" });
if (!loaded.ok) throw new Error("the fixture does not load");
const scenario = loaded.scenario;

describe("rateCapacity", () => {
  it("is floor(channels × window / timePerShot)", () => {
    // 1 channel × 30 min = 1,800 s at 12 s a shot: 150 shots.
    expect(rateCapacity(1, 1800, 12)).toBe(150);
    // 2 × 100 s / 30 s = 6.67: 6 whole shots.
    expect(rateCapacity(2, 100, 30)).toBe(6);
  });

  it("forgives a few ulps: 0.3 h / 0.1 h is 3 shots, though 0.3 / 0.1 = 2.9999999999999996", () => {
    expect(0.3 / 0.1).toBeLessThan(3);
    expect(rateCapacity(1, 0.3, 0.1)).toBe(3);
  });

  it("is 0 with no channel or no window, and unlimited with no time per shot", () => {
    expect(rateCapacity(0, 1800, 12)).toBe(0);
    expect(rateCapacity(1, 0, 12)).toBe(0);
    expect(rateCapacity(1, 1800, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("resolvePoint", () => {
  const point = resolvePoint(scenario, (input) => input.base);

  it("fixes each input at the value given, budgets at the smaller of magazine and capacity", () => {
    // f35-aim9x: magazine 8, no capacity → budget 8.
    expect(point.layers[0]!.budget).toBe(8);
    // iron-beam: no magazine; 1 channel × 30 min / 12 s = 150 shots.
    expect(point.layers[1]!.budget).toBe(150);
    // iron-beam pk uniform [70 %, 95 %]: base the midpoint, 82.5 %.
    expect(point.layers[1]!.pk).toBeCloseTo(0.825, 12);
  });

  it("makes a layer's eligibility from engages and discriminates", () => {
    expect(point.layers.map((l) => l.eligible)).toEqual([
      [true, true],
      [true, true],
    ]);
  });
});

describe("scenarioInputs", () => {
  it("lists drones, then the disruption, then each layer's inputs, in file order", () => {
    const paths = scenarioInputs(scenario).map((i) => i.path);
    expect(paths.slice(0, 4)).toEqual([
      "threat.drones.shahed.unitCost",
      "threat.drones.shahed.damage",
      "threat.drones.gerbera.unitCost",
      "threat.drones.gerbera.damage",
    ]);
    // 4 drone inputs + disruption + 4 per layer × 2 + iron-beam's window and time per shot.
    expect(paths).toHaveLength(4 + 1 + 8 + 2);
    expect(paths).toContain("defense.layers.iron-beam.capacity.timePerShot");
  });
});

describe("unitBounds", () => {
  it("is 0..1 for a probability, 0..∞ otherwise", () => {
    expect(unitBounds("probability")).toEqual([0, 1]);
    expect(unitBounds("money")).toEqual([0, Number.POSITIVE_INFINITY]);
    expect(unitBounds("duration")).toEqual([0, Number.POSITIVE_INFINITY]);
  });
});

describe("CxrError", () => {
  it("carries a code, a path and a hint, and says the hint after the message", () => {
    const e = new CxrError("the scenario has no campaign: block", {
      code: "no-campaign",
      path: "campaign",
      hint: "add one",
    });
    expect([e.code, e.path, e.hint]).toEqual(["no-campaign", "campaign", "add one"]);
    expect(e.message).toBe("the scenario has no campaign: block: add one");
    expect(new CxrError("bad", { code: "x" }).message).toBe("bad");
  });
});
