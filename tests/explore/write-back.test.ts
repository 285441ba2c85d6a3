import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  applyOverrides,
  exploredScenario,
  variantOverrides,
} from "../../src/explore/write-back.js";
import { loadScenario } from "../../src/scenario/index.js";
import { loadShippedCatalog } from "../../src/cli/catalog-file.js";
import { evaluate } from "../../src/engine/index.js";

const FILE = "scenarios/poland-2025-09-10.yaml";
const text = readFileSync(FILE, "utf8");
const catalog = loadShippedCatalog();

const OVERRIDES = [
  // Absent from the file (the catalog fills it): added after the layer's last key.
  { path: "defense.layers.f35-aim9x.costPerShot", value: "300k USD" },
  { path: "defense.layers.f35-aim9x.pk", value: "{ pert: [40%, 60%, 80%] }" },
  { path: "defense.layers.1.magazine", value: "3" },
];

describe("applyOverrides (the downloaded scenario)", () => {
  const out = applyOverrides(text, OVERRIDES);

  it("changes only the overridden lines and keeps every comment", () => {
    // The expected file, edited by hand: the F-35 layer's pk replaced in place,
    // its costPerShot added after its last key (fixedCost, a flow mapping on
    // one line), and the F-16 layer's magazine replaced.
    const f35 = text.indexOf("    - id: f35-aim9x");
    const f16 = text.indexOf("    - id: f16-aim120");
    const fixed = text.indexOf("      fixedCost: ", f35);
    const fixedEnd = text.indexOf("\n", fixed);
    const expected =
      text.slice(0, f35) +
      text
        .slice(f35, fixedEnd)
        .replace(
          "      pk: { pert: [50%, 70%, 90%], source: est-pk-gerbera }",
          "      pk: { pert: [40%, 60%, 80%] }",
        ) +
      "\n      costPerShot: 300k USD" +
      text.slice(fixedEnd, f16) +
      text.slice(f16).replace("      magazine: 2\n", "      magazine: 3\n");
    expect(out).toBe(expected);
  });

  it("loads to the same results as the file with the same --set flags", () => {
    const viaSet = loadScenario(text, {
      file: FILE,
      catalog,
      overrides: OVERRIDES.map((o) => `${o.path}=${o.value}`),
    });
    const viaFile = loadScenario(out, { file: FILE, catalog });
    if (!viaSet.ok || !viaFile.ok) throw new Error("load failed");
    expect(evaluate(viaFile.scenario)).toEqual(evaluate(viaSet.scenario));
    // And the change is real: 300k USD × 0.885 EUR/USD at 2025 prices.
    expect(viaFile.scenario.layers[0]!.costPerShot.base).toBeCloseTo(300_000 * 0.885, 6);
    expect(viaFile.scenario.layers[1]!.magazine).toBe(3);
  });

  it("returns the text unchanged without overrides", () => {
    expect(applyOverrides(text, [])).toBe(text);
  });

  it("refuses a path that does not exist", () => {
    expect(() => applyOverrides(text, [{ path: "defense.layers.nope.pk", value: "1" }])).toThrow(
      /no such path/,
    );
  });
});

describe("exploredScenario (what Download scenario saves)", () => {
  const VARIANT = "AMRAAMs only";
  const SETS = [{ path: "defense.layers.f35-aim9x.pk.pert.1", value: "60%" }];

  it("writes the chosen variant's values, then every override, under a note saying so", () => {
    const variant = variantOverrides(text, VARIANT);
    expect(variant.map((o) => o.path)).toEqual(["defense.layers.f35-aim9x.costPerShot"]);
    expect(variant[0]!.value).toMatch(/^\{ pert: \[900k, 1M, 1.2M\], currency: USD, year: 2024/);
    const out = exploredScenario(text, VARIANT, SETS);
    expect(out.split("\n")[0]).toBe(
      '# Saved by the cxr explorer with the values of variant "AMRAAMs only", then defense.layers.f35-aim9x.pk.pert.1=60% written in.',
    );
    // The variant's cost per shot lands in the layer (the catalog gave it before), the pk in place.
    expect(out).toContain(`      costPerShot: ${variant[0]!.value}\n`);
    expect(out).toMatch(/\n {6}pk: \{ pert: \[50%, 60%, 90%\]/);
    expect(exploredScenario(text, null, [])).toBe(text);
  });

  it("loads, with no flags, to what --variant and --set give", () => {
    const viaFlags = loadScenario(text, {
      file: FILE,
      catalog,
      variant: VARIANT,
      overrides: SETS.map((o) => `${o.path}=${o.value}`),
    });
    const viaFile = loadScenario(exploredScenario(text, VARIANT, SETS), { file: FILE, catalog });
    if (!viaFlags.ok || !viaFile.ok) throw new Error("load failed");
    expect(evaluate(viaFile.scenario)).toEqual(evaluate(viaFlags.scenario));
    // And the variant is really in: 1M USD at 2024 prices is far above the catalog's 439k.
    expect(viaFile.scenario.layers[0]!.costPerShot.base).toBeCloseTo(
      (1_000_000 * 0.885 * 131.9) / 129.0,
      6,
    );
  });
});
