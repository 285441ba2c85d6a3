// The v2 fields of a scenario (scenario-format.md "v2 additions"): focus,
// threat.disruption, share: rest, provenance and source attribution.
import { describe, expect, it } from "vitest";
import { scenarioInputs } from "../../src/model/point.js";
import type { Scenario } from "../../src/model/scenario.js";
import { loadScenario, type LoadOptions, unsourcedInputs } from "../../src/scenario/index.js";
import { testCatalog, VALID } from "./fixtures.js";

function load(text: string, options: Partial<LoadOptions> = {}): Scenario {
  const r = loadScenario(text, { file: "t.yaml", catalog: testCatalog, ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}
function problems(text: string, options: Partial<LoadOptions> = {}) {
  const r = loadScenario(text, { file: "t.yaml", catalog: testCatalog, ...options });
  if (r.ok) throw new Error("expected the scenario to fail");
  return r.problems.map((p) => ({ code: p.code, path: p.path, line: p.line }));
}
const withTop = (lines: string) => `${lines}\n${VALID}`;
const drone = (s: Scenario, id: string) => s.drones.find((d) => d.id === id)!;

describe("focus", () => {
  it("is null when left out and the whole number given otherwise", () => {
    expect(load(VALID).focus).toBeNull();
    expect(load(withTop("focus: 19")).focus).toBe(19);
    expect(load(VALID, { overrides: ["focus=1k"] }).focus).toBe(1000);
  });

  it("must be a whole number ≥ 1", () => {
    expect(problems(withTop("focus: 0"))).toEqual([
      { code: "count-range", path: "focus", line: 1 },
    ]);
    expect(problems(withTop("focus: 2.5"))).toEqual([
      { code: "not-whole", path: "focus", line: 1 },
    ]);
  });
});

describe("threat.disruption", () => {
  it("defaults to 0 and is converted like any money", () => {
    const base = load(VALID);
    expect(base.disruption).toMatchObject({ path: "threat.disruption", unit: "money", base: 0 });
    // 100k USD × 0.86 EUR/USD = 86 000 EUR
    const s = load(VALID, { overrides: ["threat.disruption=100k USD"] });
    expect(s.disruption.base).toBeCloseTo(86_000, 6);
    expect(s.disruption.dist).toBeNull();
  });

  it("may be uncertain and is one of the scenario's inputs", () => {
    const s = load(VALID, { overrides: ["threat.disruption={uniform: [1M, 3M]}"] });
    expect(s.disruption.base).toBe(2_000_000); // midpoint of 1M and 3M
    expect(scenarioInputs(s)).toContain(s.disruption);
  });

  it("must not be negative", () => {
    expect(problems(VALID, { overrides: ["threat.disruption=-5"] })).toEqual([
      { code: "negative-money", path: "threat.disruption", line: 1 },
    ]);
  });
});

describe("share: rest", () => {
  it("takes 1 − the other shares, so another share can be set", () => {
    // shahed 60% as written; gerbera rest → 40%. With --set shahed 75%, gerbera 25%.
    const rest = ["threat.drones.gerbera.share=rest"];
    expect(drone(load(VALID, { overrides: rest }), "gerbera").share).toBeCloseTo(0.4, 12);
    const s = load(VALID, { overrides: [...rest, "threat.drones.shahed.share=75%"] });
    expect(drone(s, "gerbera").share).toBeCloseTo(0.25, 12);
    expect(drone(s, "shahed").share).toBe(0.75);
  });

  it("is an error when the others already exceed 1", () => {
    const over = ["threat.drones.gerbera.share=rest", "threat.drones.shahed.share=1.2"];
    expect(problems(VALID, { overrides: over }).map((p) => p.code)).toContain("share-range");
    const sum = ["threat.drones.gerbera.share=rest", "threat.drones.shahed.share=100%"];
    expect(drone(load(VALID, { overrides: sum }), "gerbera").share).toBe(0);
  });

  it("may be taken by one drone type only", () => {
    const both = ["threat.drones.gerbera.share=rest", "threat.drones.shahed.share=rest"];
    expect(problems(VALID, { overrides: both })).toEqual([
      { code: "share-rest-twice", path: "threat.drones[1].share", line: 1 },
    ]);
  });

  it("is an error when the other shares sum above 1", () => {
    const text = VALID.replace("share: 40%", "share: rest");
    const three = text.replace(
      "    - id: gerbera",
      "    - id: lancet\n      unitCost: 35k\n      share: 50%\n    - id: gerbera",
    );
    // 60 % + 50 % = 110 %: nothing is left for gerbera (its share: is line 18).
    expect(problems(three)).toEqual([
      { code: "share-rest-negative", path: "threat.drones[2].share", line: 18 },
    ]);
  });
});

describe("provenance", () => {
  it("is the base case without a variant or overrides", () => {
    expect(load(VALID).provenance).toEqual({ variant: null, overrides: [] });
  });

  it("records the variant and every --set as written, in order", () => {
    const s = load(VALID, {
      variant: "cheap",
      overrides: ["defense.layers.iron-beam.pk=70%", "threat.drones.shahed.unitCost= 35k USD "],
    });
    expect(s.provenance).toEqual({
      variant: "cheap",
      overrides: [
        { path: "defense.layers.iron-beam.pk", value: "70%" },
        { path: "threat.drones.shahed.unitCost", value: "35k USD" },
      ],
    });
  });
});

const SOURCES = `sources:
  - { id: dsca-2023, title: DSCA notification, publisher: DSCA, year: 2023, kind: primary }
  - { id: press, title: A newspaper, kind: secondary }
`;

describe("sources", () => {
  it("joins Scenario.sources, scenario sources first, and tags the inputs that cite them", () => {
    const s = load(withTop(SOURCES), {
      overrides: [
        "defense.layers.f35-aim9x.costPerShot={value: 470k, currency: USD, year: 2024, source: dsca-2023}",
        "defense.layers.f35-aim9x.pk={value: 85%, source: press}",
        "defense.layers.iron-beam.pk={uniform: [70%, 95%], source: press}",
      ],
    });
    expect(s.sources.map((x) => x.id)).toEqual(["dsca-2023", "press"]);
    expect(s.sources[0]).toEqual({
      id: "dsca-2023",
      title: "DSCA notification",
      publisher: "DSCA",
      year: 2023,
      url: null,
      kind: "primary",
    });
    const f35 = s.layers[0]!;
    expect(f35.costPerShot.source).toBe("dsca-2023");
    expect(f35.pk).toMatchObject({ base: 0.85, source: "press" });
    expect(s.layers[1]!.pk.source).toBe("press");
  });

  it("reports a source id that the list does not have", () => {
    expect(
      problems(withTop(SOURCES), {
        overrides: ["defense.layers.f35-aim9x.pk={value: 85%, source: dsca}"],
      }),
    ).toEqual([{ code: "unknown-source", path: "defense.layers[0].pk.source", line: 1 }]);
  });

  it("reports duplicate source ids and years out of range", () => {
    const text = withTop(
      "sources:\n  - { id: a, title: A, year: 1800 }\n  - { id: a, title: B }\n",
    );
    expect(problems(text)).toEqual([
      { code: "year-range", path: "sources[0].year", line: 2 },
      { code: "duplicate-id", path: "sources[1].id", line: 3 },
    ]);
  });

  it("lists the inputs with neither a source nor a catalog ref, defaults left out", () => {
    const text = withTop(SOURCES).replace("unitCost: 20k to 80k USD", "ref: shahed-136");
    const s = load(text, {
      overrides: ["defense.layers.f35-aim9x.pk={value: 85%, source: press}"],
    });
    // shahed's unit cost comes from the catalog, f35's pk cites "press"; iron-beam's
    // availability (80 %) is written, its fixedCost (0) is a default.
    expect(unsourcedInputs(s)).toEqual([
      "threat.drones.shahed.damage",
      "threat.drones.gerbera.unitCost",
      "defense.layers.f35-aim9x.costPerShot",
      "defense.layers.iron-beam.costPerShot",
      "defense.layers.iron-beam.pk",
      "defense.layers.iron-beam.availability",
      "defense.layers.iron-beam.capacity.window",
      "defense.layers.iron-beam.capacity.timePerShot",
    ]);
  });
});
