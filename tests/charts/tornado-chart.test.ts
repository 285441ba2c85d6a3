// The tornado chart: a valid, warning-free Vega-Lite spec with the finding as
// its title.
import { describe, expect, it } from "vitest";
import { buildTornadoChart, tornadoChart } from "../../src/charts/tornado-chart.js";
import { roundSig } from "../../src/charts/index.js";
import { compileMessages, headlessSvg, vegaLiteValidator } from "./spec-checks.js";
import { TORNADO_DATA as DATA } from "./tornado-fixture.js";

describe("tornado chart", () => {
  const spec = buildTornadoChart(DATA);
  const validate = vegaLiteValidator();

  it("says the finding in its title", () => {
    // The drone's cost spans ×10 (PERT 20k–200k) against ×1.27 for the missile: it swings most.
    expect(spec.title).toMatchObject({ text: "Geran-2 unit cost moves the CER most at 19 drones" });
    expect(tornadoChart.build).toBe(buildTornadoChart);
  });

  it("validates against the official schema, compiles without warnings and renders", async () => {
    expect(validate(spec)).toBe(true);
    const { vg, messages } = compileMessages(spec);
    expect(messages).toEqual([]);
    const svg = await headlessSvg(vg);
    expect(svg).toContain("Geran-2 · unit cost");
    expect(svg).toContain("F-35A pair with AIM-9X · cost per shot");
  });

  it("has rounded floats only and matches its golden file", async () => {
    const numbers: number[] = [];
    JSON.stringify(spec, (_k, v: unknown) => (typeof v === "number" && numbers.push(v), v));
    expect(numbers.filter((n) => n !== roundSig(n, 6))).toEqual([]);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./golden/tornado.vl.json");
  });

  it("says so when no input moves the metric", () => {
    const empty = buildTornadoChart({ ...DATA, bars: [] });
    expect(empty.title).toMatchObject({ text: "No uncertain input moves the CER at 19 drones" });
    expect(validate(empty)).toBe(true);
  });
});
