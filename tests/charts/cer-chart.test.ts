import { describe, expect, it } from "vitest";
import { BREAK_EVEN_LABEL, buildCerChart } from "../../src/charts/index.js";
import { CHART_DATA, PLAIN_DATA } from "./fixtures.js";
import { json, markType, unitValues, units } from "./spec-walk.js";

// The ratio lines (the bands' edge lines plot "edgeValue"; the base's halo has no colour field).
const linesOf = (spec: ReturnType<typeof buildCerChart>) =>
  units(spec).filter(
    (u) => markType(u) === "line" && u.encoding?.y?.field === "value" && u.encoding.color,
  );
const halosOf = (spec: ReturnType<typeof buildCerChart>) =>
  units(spec).filter(
    (u) => markType(u) === "line" && u.encoding?.y?.field === "value" && !u.encoding.color,
  );
const areasOf = (spec: ReturnType<typeof buildCerChart>) =>
  units(spec).filter((u) => markType(u) === "area");

describe("cer chart", () => {
  it("states the CER at the scenario's focus, and marks it on the curve with its value", () => {
    // fixtures.ts: base at N = 100: €11,300,000 / €2,000,000 = 5.65 → "5.7" (2 significant figures).
    const spec = buildCerChart({ ...CHART_DATA, focus: 100 });
    expect(json(spec).title.text).toBe("Defence pays 5.7× the attacker at 100 drones");
    const labels = units(spec).flatMap((u) => unitValues(spec, u).map((v) => v.label));
    expect(labels).toContain("100 drones: 5.7×");
  });

  it("without a focus, speaks of the middle swarm size", () => {
    // Sizes 1, 10, 19, 100: the middle (lower of an even count) is 10:
    // €9,050,000 / €200,000 = 45.25 → "45".
    expect(json(buildCerChart(CHART_DATA)).title.text).toBe(
      "Defence pays 45× the attacker at 10 drones",
    );
  });

  it("states the CER at the row nearest focusSize", () => {
    // focusSize 20 → nearest size 19: €11,000,000 / €380,000 = 28.95 → "29".
    expect(json(buildCerChart(CHART_DATA, { focusSize: 20 })).title.text).toBe(
      "Defence pays 29× the attacker at 19 drones",
    );
  });

  it("draws both axes on log scales", () => {
    const line = linesOf(buildCerChart(CHART_DATA))[0]!;
    expect(line.encoding?.x?.scale).toMatchObject({ type: "log" });
    expect(line.encoding?.y?.scale).toMatchObject({ type: "log" });
  });

  it("draws and labels the break-even rule at CER = 1, inside the y domain", () => {
    const spec = buildCerChart(CHART_DATA);
    // One horizontal rule at 1; the fixture's one budget mark adds a vertical rule (no y).
    const rules = units(spec).filter((u) => markType(u) === "rule");
    expect(rules.map((r) => r.encoding?.y?.datum)).toEqual([1, undefined]);
    expect(JSON.stringify(spec)).toContain(BREAK_EVEN_LABEL);
    // Every CER in the fixture is above 5, yet the domain reaches down to 1.
    const domain = (linesOf(spec)[0]!.encoding?.y?.scale as { domain: number[] }).domain;
    expect(domain[0]).toBeLessThanOrEqual(1);
  });

  it("marks where each layer's budget runs out, labelled inside the plot beside its rule", () => {
    const spec = buildCerChart(CHART_DATA);
    expect(CHART_DATA.budgetMarks).toHaveLength(1);
    const label = `${CHART_DATA.budgetMarks[0]!.layerName} out of shots`;
    const text = units(spec).find(
      (u) => markType(u) === "text" && unitValues(spec, u)[0]?.label === label,
    )!;
    const y = (text.encoding?.y as { value: number }).value;
    // Tried from the bottom of the 420 px plot up: it stands on the lower half, inside.
    expect(y).toBeGreaterThan(210);
    expect(y).toBeLessThanOrEqual(420);
  });

  it("draws p5–p95 bands only where rows have bands", () => {
    const banded = buildCerChart(CHART_DATA);
    const bandValues = unitValues(banded, areasOf(banded)[0]!);
    // Only the base series carries bands: 4 sizes × 1 metric.
    expect(bandValues).toHaveLength(4);
    expect(new Set(bandValues.map((v) => v.line))).toEqual(new Set(["Base (shaded)"]));
    // fixtures.ts: base at N = 19, CER 28.9474; band p5 = 0.7 × 28.9474 = 20.2632, p95 = 1.5 × 28.9474 = 43.4211.
    expect(bandValues.find((v) => v.swarmSize === 19)).toMatchObject({ p5: 20.2632, p95: 43.4211 });
    expect(areasOf(buildCerChart(PLAIN_DATA))).toEqual([]);
  });

  it("draws one line per series and metric", () => {
    const spec = buildCerChart(CHART_DATA, { metrics: ["cer", "netCer"] });
    const values = unitValues(spec, linesOf(spec)[0]!);
    expect([...new Set(values.map((v) => v.line))]).toEqual([
      "Base · CER (shaded)",
      "Base · Net CER",
      "Second gun · CER",
      "Second gun · Net CER",
    ]);
    expect(linesOf(spec)[0]!.encoding?.strokeDash).toBeDefined();
  });

  it("draws a grey shadow under the base line, so a variant on it cannot hide it", () => {
    const spec = buildCerChart(CHART_DATA);
    const [halo, ...more] = halosOf(spec);
    expect(more).toEqual([]);
    // Only the base's 4 points; drawn before (under) the ratio lines.
    expect(unitValues(spec, halo!).map((v) => v.line)).toEqual(Array(4).fill("Base (shaded)"));
    const layers = JSON.stringify(json(spec));
    expect(layers.indexOf('"strokeWidth":7')).toBeLessThan(layers.indexOf('"strokeDash":{'));
    // One series: nothing to hide, no halo.
    expect(halosOf(buildCerChart(PLAIN_DATA))).toEqual([]);
  });

  it("names a series that repeats an earlier one at every size, and drops its repeated crossing", () => {
    const base = CHART_DATA.series[0]!;
    const spec = buildCerChart({
      ...CHART_DATA,
      series: [base, { name: "Same again", rows: base.rows }, CHART_DATA.series[1]!],
      breakEven: [
        { label: "Base: CER falls below 1", swarmSize: 40, series: "Base" },
        { label: "Same again: CER falls below 1", swarmSize: 40, series: "Same again" },
      ],
    });
    const names = [...new Set(unitValues(spec, linesOf(spec)[0]!).map((v) => v.line))];
    expect(names).toEqual(["Base (shaded)", "Same again (same as Base)", "Second gun"]);
    const crossings = units(spec).filter(
      (u) => markType(u) === "point" && u.encoding?.y?.datum !== undefined,
    );
    expect(crossings.flatMap((u) => unitValues(spec, u).map((v) => v.label))).toEqual([
      "Base: CER falls below 1",
    ]);
  });

  it("names a ratio equal to another at every size: no damage makes the net CER the CER", () => {
    const rows = PLAIN_DATA.series[0]!.rows.map((r) => ({ ...r, netCer: r.cer }));
    const spec = buildCerChart(
      { ...PLAIN_DATA, series: [{ name: "Base", rows }] },
      { metrics: ["cer", "netCer"] },
    );
    const names = [...new Set(unitValues(spec, linesOf(spec)[0]!).map((v) => v.line))];
    expect(names).toEqual(["CER", "Net CER (same as CER)"]);
  });

  it("drops null ratios", () => {
    const spec = buildCerChart(CHART_DATA);
    const values = unitValues(spec, linesOf(spec)[0]!);
    // The variant's N = 1 row has a null CER (free decoys): 4 base points + 3 variant points.
    expect(values).toHaveLength(7);
    expect(values.filter((v) => v.line === "Second gun").map((v) => v.swarmSize)).toEqual([
      10, 19, 100,
    ]);
    expect(values.every((v) => typeof v.value === "number")).toBe(true);
  });

  it("annotates break-even points when given", () => {
    const spec = buildCerChart({
      ...CHART_DATA,
      breakEven: [{ label: "CER crosses 1", swarmSize: 70 }],
    });
    const points = units(spec).filter(
      (u) => markType(u) === "point" && u.encoding?.y?.datum !== undefined,
    );
    expect(points).toHaveLength(1);
    expect(unitValues(spec, points[0]!)).toMatchObject([{ label: "CER crosses 1", swarmSize: 70 }]);
    expect(points[0]!.encoding?.y?.datum).toBe(1);
  });

  it("draws a variant's own crossing in the variant's colour, not the base's", () => {
    const spec = buildCerChart({
      ...CHART_DATA,
      breakEven: [
        { label: "Base: CER falls below 1", swarmSize: 40, series: "Base" },
        { label: "Second gun: CER falls below 1", swarmSize: 70, series: "Second gun" },
      ],
    });
    const point = units(spec).find(
      (u) => markType(u) === "point" && u.encoding?.y?.datum !== undefined,
    )!;
    // Okabe–Ito order: the base line #0072B2, the second series #D55E00.
    expect(unitValues(spec, point).map((v) => v.color)).toEqual(["#0072B2", "#D55E00"]);
  });

  it("puts a band's p5 of 0 at the bottom of the log axis instead of dropping it", () => {
    const [first, ...rest] = CHART_DATA.series[0]!.rows;
    const zeroP5 = { ...first!, bands: { cer: { p5: 0, p50: 40, p95: 70 } } };
    const spec = buildCerChart({
      ...CHART_DATA,
      series: [{ name: "Base", rows: [zeroP5, ...rest] }],
    });
    const band = unitValues(spec, areasOf(spec)[0]!).find((v) => v.swarmSize === 1);
    const domain = (linesOf(spec)[0]!.encoding?.y?.scale as { domain: number[] }).domain;
    expect(band?.p5).toBe(domain[0]);
  });

  it("hides the legend for a single line", () => {
    const line = linesOf(buildCerChart(PLAIN_DATA))[0]!;
    expect(line.encoding?.color?.legend).toBeNull();
  });
});

describe("cer chart overlays (issue 11, item 7)", () => {
  it("draws a second ratio dashed over the first, so equal ratios do not hide a line", () => {
    const spec = buildCerChart(PLAIN_DATA, { metrics: ["cer", "netCer"] });
    const dash = linesOf(spec)[0]!.encoding?.strokeDash as {
      scale: { domain: string[]; range: number[][] };
    };
    // One series: lines named by ratio; the first solid, the second dashed.
    expect(dash.scale.domain).toEqual(["CER", "Net CER"]);
    expect(dash.scale.range).toEqual([
      [1, 0],
      [7, 4],
    ]);
  });

  it("keeps bands light: one band per series, each edged, three overlapping cover under 30 %", () => {
    const spec = buildCerChart(CHART_DATA, { metrics: ["cer", "netCer", "cerFull"] });
    const areas = areasOf(spec);
    // Bands of the first ratio only: 4 base rows carry bands, not 3 × 4.
    expect(unitValues(spec, areas[0]!)).toHaveLength(4);
    const opacity = json(spec).vconcat[0].layer[0].mark.opacity as number;
    // Three bands over white: cover = 1 − (1 − 0.1)³ = 0.271 < 0.3.
    expect(1 - (1 - opacity) ** 3).toBeLessThan(0.3);
    const edges = units(spec).filter(
      (u) => markType(u) === "line" && u.encoding?.y?.field === "edgeValue",
    );
    expect(edges).toHaveLength(1);
  });
});
