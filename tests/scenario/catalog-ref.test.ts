// ref: fills what the scenario leaves out from the catalog (scenario-format.md "References").
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/model/scenario.js";
import { loadScenario } from "../../src/scenario/index.js";
import { testCatalog } from "./fixtures.js";

const TEXT = `title: Refs
currency: EUR
priceYear: 2025
fx: { USD: 0.86 }
inflation: { 2024: 0.97, 2025: 1.0 }
threat:
  swarmSizes: [1]
  drones:
    - id: shahed
      ref: shahed-136
      share: 70%
    - id: decoy
      ref: gerbera
      name: Cheap decoy
      share: 30%
defense:
  layers:
    - id: sidewinder
      ref: aim-9x
    - id: sidewinder-b
      ref: aim-9x
      pk: 50%
      kind: other
`;

function load(text = TEXT): Scenario {
  const r = loadScenario(text, { file: "t.yaml", catalog: testCatalog });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

describe("ref:", () => {
  it("fills a drone's name and unit cost (PERT low/likely/high, converted)", () => {
    const shahed = load().drones[0]!;
    expect(shahed.name).toBe("Shahed-136 / Geran-2");
    expect(shahed.ref).toBe("shahed-136");
    // USD at 2024 prices → EUR at 2025: k = 0.86 × 1.0 / 0.97.
    const k = 0.86 / 0.97;
    expect(shahed.unitCost.path).toBe("threat.drones.shahed.unitCost");
    expect(shahed.unitCost.source).toBe("shahed-136");
    expect(shahed.unitCost.dist?.kind).toBe("pert");
    expect(shahed.unitCost.base).toBeCloseTo(50_000 * k, 6); // base = likely
    if (shahed.unitCost.dist?.kind === "pert") {
      expect(shahed.unitCost.dist.min).toBeCloseTo(20_000 * k, 6);
      expect(shahed.unitCost.dist.max).toBeCloseTo(200_000 * k, 6);
    }
  });

  it("lets the scenario's own fields win, and reads low = high as a plain value", () => {
    const decoy = load().drones[1]!;
    expect(decoy.name).toBe("Cheap decoy");
    expect(decoy.unitCost).toMatchObject({ base: 10_000, dist: null, source: "gerbera" });
  });

  it("fills a layer's name, cost per shot, pk, magazine and kind", () => {
    const [a, b] = load().layers;
    expect(a).toMatchObject({
      name: "AIM-9X Sidewinder",
      kind: "missile",
      magazine: 2,
      ref: "aim-9x",
    });
    // 470 000 USD of 2025 × 0.86 = 404 200 EUR.
    expect(a!.costPerShot).toMatchObject({ source: "aim-9x", dist: { kind: "pert" } });
    expect(a!.costPerShot.base).toBeCloseTo(404_200, 6);
    expect(a!.pk).toMatchObject({
      base: 0.8,
      dist: { kind: "pert", min: 0.6, mode: 0.8, max: 0.9 },
      source: "aim-9x",
    });
    expect(b!.pk).toMatchObject({ base: 0.5, source: "scenario" });
    expect(b!.kind).toBe("other");
  });

  it("lists every used entry's sources once, in order of first use, each with its kind", () => {
    // fixtures.ts: shahed-136's two sources are secondary, aim-9x's is primary.
    expect(load().sources).toEqual([
      {
        id: "shahed-136",
        kind: "secondary",
        title: "Drone costs",
        publisher: "Think tank",
        year: 2024,
        url: "https://example.org/a",
      },
      {
        id: "shahed-136",
        kind: "secondary",
        title: "Geran production",
        publisher: "Newspaper",
        year: 2025,
        url: null,
      },
      {
        id: "aim-9x",
        kind: "primary",
        title: "Budget request",
        publisher: "DoD",
        year: 2025,
        url: null,
      },
    ]);
  });

  it("needs an fx rate for the entry's currency, reported at ref:", () => {
    const r = loadScenario(TEXT.replace("fx: { USD: 0.86 }\n", ""), {
      file: "t.yaml",
      catalog: testCatalog,
    });
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path, p.line])).toEqual([
      // One line up from TEXT, as the fx line is removed.
      ["unknown-currency", "threat.drones[0].ref", 9],
      ["unknown-currency", "defense.layers[0].ref", 18],
      ["unknown-currency", "defense.layers[1].ref", 20],
    ]);
  });

  it("requires unitCost without a ref", () => {
    const r = loadScenario(TEXT.replace("      ref: shahed-136\n", ""), {
      file: "t.yaml",
      catalog: testCatalog,
    });
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ["missing-field", "threat.drones[0].unitCost", 9],
    ]);
  });
});
