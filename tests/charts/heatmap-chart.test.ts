import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildHeatmapChart, heatmapDomain } from "../../src/charts/index.js";
import { HEATMAP_DATA } from "./fixtures.js";
import { json, markType, unitValues, units } from "./spec-walk.js";

describe("heatmap chart", () => {
  it("states in how many cases the defender pays more", () => {
    // fixtures.ts: 8 cells with a CER, 6 above 1 (the 1.0 and 0.5 cells are not).
    expect(json(buildHeatmapChart(HEATMAP_DATA)).title.text).toBe(
      "Defence pays more than the attacker in 6 of 8 cases",
    );
  });

  it("centres a diverging log colour scale on CER = 1, titled CER", () => {
    const rect = units(buildHeatmapChart(HEATMAP_DATA)).find((u) => markType(u) === "rect")!;
    const color = rect.encoding?.color;
    expect(color?.scale).toMatchObject({ type: "log", domainMid: 1, scheme: "blueorange" });
    expect(color?.legend).toMatchObject({ title: "CER" });
    // Largest CER 22.5 (and 1 / 0.5 = 2 below): m = 22.5 rounded up to 2 figures = 23.
    const [lo, hi] = (color?.scale as { domain: [number, number] }).domain;
    expect(hi).toBe(23);
    expect(lo * hi).toBeCloseTo(1, 5);
  });

  it("leaves null cells out and labels each cell with its CER", () => {
    const spec = buildHeatmapChart(HEATMAP_DATA);
    const text = units(spec).find(
      (u) => markType(u) === "text" && u.encoding?.text?.field === "label",
    )!;
    const values = unitValues(spec, text);
    expect(values).toHaveLength(8);
    // 450,000 / 20,000 × 1 = 22.5 → "23"; × 0.5 = 11.25 → "11".
    expect(values.filter((v) => v.x === 450_000).map((v) => v.label)).toEqual(["23", "11"]);
  });

  it("keeps every CER inside a domain symmetric around 1 in log space", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (cers) => {
          const [lo, hi] = heatmapDomain(cers);
          expect(lo * hi).toBeCloseTo(1, 4);
          expect(hi).toBeGreaterThanOrEqual(2);
          for (const c of cers) {
            expect(c).toBeLessThanOrEqual(hi);
            expect(c).toBeGreaterThanOrEqual(lo * (1 - 1e-5));
          }
        },
      ),
    );
  });
});
