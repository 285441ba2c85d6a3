// The range fields' logic (issue 14): reading a value's text as a range,
// writing it back, and which --set override each field records.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadShippedCatalog } from "../../src/cli/catalog-file.js";
import { type ExploreControl, exploreControls } from "../../src/explore/controls.js";
import type { ExploreState } from "../../src/explore/explore-state.js";
import {
  currentText,
  originalText,
  withMainValue,
  withRangeValue,
} from "../../src/explore/range-edit.js";
import { rangeText, rangeTextOf } from "../../src/explore/range-text.js";
import { loadScenario } from "../../src/scenario/index.js";

const FILE = "scenarios/poland-2025-09-10.yaml";
const text = readFileSync(FILE, "utf8");
const catalog = loadShippedCatalog();
const loaded = loadScenario(text, { file: FILE, catalog });
if (!loaded.ok) throw new Error("poland does not load");
const controls = exploreControls(text, loaded.scenario, catalog);
const control = (name: string): ExploreControl => controls.find((c) => c.name === name)!;
const PK = control("defense.layers.f35-aim9x.pk"); // { pert: [50%, 70%, 90%], source: … } in the file
const COST = control("defense.layers.f35-aim9x.costPerShot"); // from the catalog (ref: aim-9x)
const EMPTY: ExploreState = { variant: null, overrides: [], trials: null, seed: 1, focus: null };

describe("rangeText", () => {
  it("reads a distribution mapping with its other keys, and A to B", () => {
    expect(rangeText("{ pert: [27k, 75k, 120k], currency: USD, year: 2021 }")).toEqual({
      kind: "pert",
      params: ["27k", "75k", "120k"],
      extra: ["currency: USD", "year: 2021"],
      form: "mapping",
    });
    expect(rangeText("20k to 80k USD")).toEqual({
      kind: "lognormal",
      params: ["20k", "80k USD"],
      extra: [],
      form: "to",
    });
    expect(rangeText("85%")).toBeNull();
    expect(rangeText("{ pert: [1, 2] }")).toBeNull(); // PERT takes three
    expect(rangeText("{ pert: [1, 2, 3], uniform: [1, 2] }")).toBeNull();
    expect(rangeText("{ pert: [1, 2")).toBeNull();
  });

  it("writes a range back in its own form", () => {
    for (const t of ["{ pert: [27k, 75k, 120k], currency: USD, year: 2021 }", "20k to 80k USD"]) {
      expect(rangeTextOf(rangeText(t)!)).toBe(t);
    }
  });
});

describe("the range fields' overrides", () => {
  it("record a parameter at its --set path when the file spells the mapping", () => {
    const s = withRangeValue(EMPTY, PK, 1, "60%", null);
    expect(s.overrides).toEqual([{ path: "defense.layers.f35-aim9x.pk.pert.1", value: "60%" }]);
    expect(PK.initial).toMatch(/^\{ pert: \[50%, 70%, 90%\]/);
    expect(currentText(PK, s)).toBe(PK.initial.replace("70%", "60%"));
    expect(originalText(controls, null, "defense.layers.f35-aim9x.pk.pert.1")).toBe("70%");
    // Back to the file's value: no override left.
    expect(withRangeValue(s, PK, 1, "70%", null).overrides).toEqual([]);
    // A base value is a key of the mapping: --set reaches it too.
    expect(withRangeValue(s, PK, "base", "65%", null).overrides[1]).toEqual({
      path: "defense.layers.f35-aim9x.pk.base",
      value: "65%",
    });
  });

  it("write the whole range at the input's path when the catalog fills it", () => {
    expect(COST.initial).toBe("");
    // aim-9x: cost low 375k, likely 439k, high 475k USD at 2024 prices (catalog/).
    expect(COST.catalogText).toBe("{ pert: [375k, 439k, 475k], currency: USD, year: 2024 }");
    const s = withRangeValue(EMPTY, COST, 0, "300k", rangeText(COST.catalogText));
    expect(s.overrides).toEqual([
      {
        path: "defense.layers.f35-aim9x.costPerShot",
        value: "{ pert: [300k, 439k, 475k], currency: USD, year: 2024 }",
      },
    ]);
  });

  it("give way to the main field, which drops the parameter overrides", () => {
    let s = withRangeValue(EMPTY, PK, 0, "40%", null);
    s = withMainValue(s, PK, "80%");
    expect(s.overrides).toEqual([{ path: "defense.layers.f35-aim9x.pk", value: "80%" }]);
    // A plain value has no range: a range field then changes nothing.
    expect(withRangeValue(s, PK, 0, "10%", null)).toEqual(s);
    expect(withMainValue(s, PK, PK.initial).overrides).toEqual([]);
  });

  it("start from the chosen variant's value", () => {
    const v = "Interceptor drones instead of missiles"; // sets pk { pert: [60%, 80%, 95%], … }
    const s = withRangeValue({ ...EMPTY, variant: v }, PK, 2, "99%", null);
    expect(s.overrides).toEqual([{ path: "defense.layers.f35-aim9x.pk.pert.2", value: "99%" }]);
    expect(PK.byVariant[v]).toMatch(/^\{ pert: \[60%, 80%, 95%\]/);
    expect(currentText(PK, s)).toBe(PK.byVariant[v]!.replace("95%", "99%"));
    expect(originalText(controls, v, "defense.layers.f35-aim9x.pk.pert.2")).toBe("95%");
  });

  it("load to the numbers the same --set flags give (the copied command's)", () => {
    let s = withRangeValue(EMPTY, PK, 1, "60%", null);
    s = withRangeValue(s, COST, 2, "500k", rangeText(COST.catalogText));
    const viaPage = loadScenario(text, {
      file: FILE,
      catalog,
      overrides: s.overrides.map((o) => `${o.path}=${o.value}`),
    });
    if (!viaPage.ok) throw new Error(viaPage.problems.map((p) => p.message).join("\n"));
    const layer = viaPage.scenario.layers[0]!;
    expect(layer.pk.dist).toEqual({ kind: "pert", min: 0.5, mode: 0.6, max: 0.9 });
    // 500k USD at 2024 prices, in EUR at 2025 prices: × 0.885 (fx) × 131.9 / 129.0 (inflation).
    expect(layer.costPerShot.dist).toMatchObject({ kind: "pert" });
    const max = (layer.costPerShot.dist as { max: number }).max;
    expect(max).toBeCloseTo((500_000 * 0.885 * 131.9) / 129.0, 6);
  });
});
