// --set overrides and variants (scenario-format.md "Variants", "Overrides").
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/model/scenario.js";
import { type LoadOptions, loadScenario, type Problem } from "../../src/scenario/index.js";
import { VALID } from "./fixtures.js";

function ok(options: Partial<LoadOptions>, text = VALID): Scenario {
  const r = loadScenario(text, { file: "t.yaml", ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}
function problems(options: Partial<LoadOptions>, text = VALID): readonly Problem[] {
  const r = loadScenario(text, { file: "t.yaml", ...options });
  if (r.ok) throw new Error("expected problems");
  return r.problems;
}
const layer = (s: Scenario, id: string) => s.layers.find((l) => l.id === id)!;

describe("--set", () => {
  it("picks a list item by index", () => {
    const s = ok({ overrides: ["threat.drones.0.unitCost=35k USD"] });
    // 35 000 USD × 0.86 = 30 100 EUR.
    expect(s.drones[0]!.unitCost.base).toBeCloseTo(30_100, 6);
    expect(s.drones[0]!.unitCost.dist).toBeNull();
  });

  it("picks a list item by id", () => {
    expect(layer(ok({ overrides: ["defense.layers.iron-beam.pk=90%"] }), "iron-beam").pk.base).toBe(
      0.9,
    );
  });

  it("reads the value as YAML", () => {
    const s = ok({ overrides: ["defense.layers.iron-beam.pk={uniform: [0.6, 0.9]}"] });
    expect(layer(s, "iron-beam").pk.dist).toEqual({ kind: "uniform", min: 0.6, max: 0.9 });
  });

  it("adds a key the schema allows, and applies in order (the last wins)", () => {
    const s = ok({
      overrides: [
        "defense.layers.f35-aim9x.availability=50%",
        "defense.layers.f35-aim9x.availability=0.25",
      ],
    });
    expect(layer(s, "f35-aim9x").availability.base).toBe(0.25);
  });

  it("reports a key the schema does not allow as unknown, on --set", () => {
    const [p] = problems({ overrides: ["defense.layers.f35-aim9x.pkk=1"] });
    expect(p).toMatchObject({
      code: "unknown-key",
      path: "defense.layers[0].pkk",
      file: "--set",
      line: 1,
    });
  });

  it("reports a problem inside an overridden value on --set, with the value's column", () => {
    const set = "defense.layers.iron-beam.pk={uniform: [0.6, 1.5]}";
    const [p] = problems({ overrides: [set] });
    expect(p).toEqual({
      code: "probability-range",
      path: "defense.layers[1].pk.uniform",
      message: "expected a probability in 0..1, found [0.6, 1.5]",
      file: "--set",
      line: 1,
      // The value starts after "…pk=" (28 characters); the list is 10 further in: col 29 + 10.
      col: set.indexOf("[") + 1,
    });
  });

  it("reports YAML syntax errors in a value on --set", () => {
    const [p] = problems({ overrides: ["defense.layers.iron-beam.pk={uniform: [0.6"] });
    expect(p).toMatchObject({ code: "yaml-syntax", file: "--set", line: 1 });
  });

  it("reports a path through a plain value", () => {
    const [p] = problems({ overrides: ["currency.code=USD"] });
    expect(p).toMatchObject({
      code: "set-path",
      path: "currency",
      message: 'no "code" in currency; it has: none',
    });
  });
});

describe("variants", () => {
  it("lists every variant's name and description", () => {
    const r = loadScenario(VALID, { file: "t.yaml" });
    expect(r.ok && r.variants).toEqual([
      { name: "cheap", description: "Cheaper missiles" },
      { name: "pricey-drones", description: "" },
    ]);
  });

  it("applies the chosen variant", () => {
    const f35 = layer(ok({ variant: "cheap" }), "f35-aim9x");
    expect(f35.costPerShot.base).toBe(3_000);
    expect(f35.pk.base).toBe(0.6);
    const shahed = ok({ variant: "pricey-drones" }).drones[0]!;
    // 40k to 160k USD × 0.86: p5 34 400, p95 137 600.
    expect(shahed.unitCost.dist).toMatchObject({ kind: "lognormal" });
    expect(shahed.unitCost.base).toBeCloseTo(Math.sqrt(34_400 * 137_600), 6);
  });

  it("applies --set on top of the variant", () => {
    const f35 = layer(
      ok({ variant: "cheap", overrides: ["defense.layers.f35-aim9x.pk=70%"] }),
      "f35-aim9x",
    );
    expect(f35.pk.base).toBe(0.7); // --set wins over the variant's 60%
    expect(f35.costPerShot.base).toBe(3_000); // the variant's other value stays
  });

  it("reports a problem in the chosen variant's value at its line", () => {
    const text = VALID.replace(
      "defense.layers.f35-aim9x.pk: 60%",
      "defense.layers.f35-aim9x.pk: 160%",
    );
    const ps = problems({ variant: "cheap" }, text);
    // Line 36 of VALID is the variant's pk. Reported once, though the variant is chosen.
    expect(ps.map((p) => [p.code, p.path, p.file, p.line])).toEqual([
      ["probability-range", "defense.layers[0].pk", "t.yaml", 36],
    ]);
  });

  it("reports duplicate variant names", () => {
    const text = VALID.replace("name: pricey-drones", "name: cheap");
    expect(problems({}, text).map((p) => [p.code, p.line])).toEqual([["duplicate-variant", 37]]);
  });
});
