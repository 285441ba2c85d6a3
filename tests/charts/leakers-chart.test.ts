import { describe, expect, it } from "vitest";
import { budgetLabel, buildLeakersChart, spansDecades } from "../../src/charts/index.js";
import { logTicks } from "../../src/charts/plot-geometry.js";
import { BASE_ROWS, CHART_DATA, PLAIN_DATA } from "./fixtures.js";
import { json, markType, unitValues, units } from "./spec-walk.js";

describe("leakers chart", () => {
  it("states how far leakers grow at the focus row", () => {
    // fixtures.ts, N = 100: 100 − (10.8 + 40) = 49.2 leakers → "49"; at N = 1 only 0.01 leaked.
    expect(json(buildLeakersChart({ ...CHART_DATA, focus: 100 })).title.text).toBe(
      "Leakers grow to 49 at 100 drones",
    );
    // N = 19: 19 − 16.8 = 2.2 → "2.2" (one decimal below 10).
    expect(json(buildLeakersChart(CHART_DATA, { focusSize: 19 })).title.text).toBe(
      "Leakers grow to 2.2 at 19 drones",
    );
  });

  it("says none leak only when none do, and never rounds a small leak to 0", () => {
    // N = 1: 1 − 0.99 = 0.01 leakers: a risk to state, not "no drone leaks".
    expect(json(buildLeakersChart(CHART_DATA, { focusSize: 1 })).title.text).toBe(
      "Leakers reach 0.01 at 1 drone",
    );
    const series = CHART_DATA.series.map((s) => ({
      ...s,
      rows: s.rows.map((r) => (r.swarmSize === 1 ? { ...r, leakers: 0, damage: 0 } : r)),
    }));
    expect(json(buildLeakersChart({ ...CHART_DATA, series }, { focusSize: 1 })).title.text).toBe(
      "No drone leaks at 1 drone",
    );
    // Float residue of N − kills is no leak either.
    const residue = CHART_DATA.series.map((s) => ({
      ...s,
      rows: s.rows.map((r) => (r.swarmSize === 1 ? { ...r, leakers: 1e-13, damage: 0 } : r)),
    }));
    expect(
      json(buildLeakersChart({ ...CHART_DATA, series: residue }, { focusSize: 1 })).title.text,
    ).toBe("No drone leaks at 1 drone");
  });

  it("calls the leakers line solid only beside a dashed damage line", () => {
    const titles = (d: typeof CHART_DATA): unknown[] =>
      units(buildLeakersChart(d))
        .filter((u) => markType(u) === "line")
        .map((l) => l.encoding?.y?.title);
    expect(titles(CHART_DATA)[0]).toBe("Drones leaking per attack, solid (log scale)");
    // No drone does damage: no dashed line, so no "solid".
    const series = CHART_DATA.series.map((s) => ({
      ...s,
      rows: s.rows.map((r) => ({
        ...r,
        damage: 0,
        ...(r.bands === undefined
          ? {}
          : { bands: { ...r.bands, damage: { p5: 0, p50: 0, p95: 0 } } }),
      })),
    }));
    expect(titles({ ...CHART_DATA, series })).toEqual(["Drones leaking per attack (log scale)"]);
  });

  it("puts damage on an independent right axis", () => {
    const spec = json(buildLeakersChart(CHART_DATA));
    expect(spec.vconcat[0].resolve).toEqual({ scale: { y: "independent" } });
    const lines = units(buildLeakersChart(CHART_DATA)).filter((u) => markType(u) === "line");
    expect(lines.map((l) => l.encoding?.y?.field)).toEqual(["leakers", "damage"]);
    expect(lines[1]!.encoding?.y?.axis).toMatchObject({ orient: "right" });
  });

  it("draws one labelled rule per budget mark", () => {
    const marks = [
      { layerId: "f35", layerName: "F-35", swarmSize: 12 },
      { layerId: "sam", layerName: "SAM", swarmSize: 40 },
    ];
    const spec = buildLeakersChart({ ...CHART_DATA, budgetMarks: marks });
    const rules = units(spec).filter((u) => markType(u) === "rule");
    expect(rules.map((r) => unitValues(spec, r)[0])).toEqual([
      { swarmSize: 12 },
      { swarmSize: 40 },
    ]);
    const labels = units(spec).flatMap((u) => unitValues(spec, u).map((v) => v.label));
    expect(labels).toEqual(expect.arrayContaining(["F-35 out of shots", "SAM out of shots"]));
    expect(budgetLabel(marks[0]!)).toBe("F-35 out of shots");
    expect(units(buildLeakersChart(PLAIN_DATA)).filter((u) => markType(u) === "rule")).toEqual([]);
  });

  it("draws p5–p95 bands only when rows have bands", () => {
    expect(units(buildLeakersChart(CHART_DATA)).filter((u) => markType(u) === "area")).toHaveLength(
      2,
    );
    expect(units(buildLeakersChart(PLAIN_DATA)).filter((u) => markType(u) === "area")).toEqual([]);
  });

  it("draws every series", () => {
    const spec = buildLeakersChart(CHART_DATA);
    const line = units(spec).find((u) => markType(u) === "line")!;
    expect(new Set(unitValues(spec, line).map((v) => v.series))).toEqual(
      new Set(["Base", "Second gun"]),
    );
  });
});

describe("leakers axis", () => {
  it("is logarithmic when the leakers span more than two decades, linear otherwise", () => {
    // fixtures.ts leakers: 0.01, 0.1, 2.2, 49.2 → 49.2 / 0.01 = 4,920 > 100: log.
    expect(spansDecades(BASE_ROWS.map((r) => r.leakers))).toBe(true);
    // 2.2 and 49.2 only: 22.4 ≤ 100: linear; exactly 100 is still linear.
    expect(spansDecades([0, 2.2, 49.2])).toBe(false);
    expect(spansDecades([1, 100])).toBe(false);
    expect(spansDecades([0, 0])).toBe(false);
    const line = units(buildLeakersChart(CHART_DATA)).find(
      (u) => markType(u) === "line" && u.encoding?.y?.field === "leakers",
    );
    expect((line?.encoding?.y?.scale as { type?: string } | undefined)?.type).toBe("log");
    const narrow = {
      ...CHART_DATA,
      series: [{ name: "Base", rows: BASE_ROWS.slice(2) }],
    };
    const flat = units(buildLeakersChart(narrow)).find(
      (u) => markType(u) === "line" && u.encoding?.y?.field === "leakers",
    );
    // Linear from 0 to a round top over the band too: p95 = 1.5 × 49.2 = 73.8 → [0, 80].
    expect(flat?.encoding?.y?.scale).toMatchObject({ type: "linear", domain: [0, 80] });
  });

  it("labels a log axis at even steps: each decade, and 2× and 5× when there are two or fewer", () => {
    expect(logTicks([1e4, 1e9])).toEqual([1e4, 1e5, 1e6, 1e7, 1e8, 1e9]);
    expect(logTicks([0.01, 1])).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
    // fixtures.ts: leakers 0.01 … 49.2 with a p5 of 0.007 at N = 1 → 0.001 … 100;
    // damage 350 (p5 at N = 1) … 3,690,000 (p95 at N = 100) → 100 … 10,000,000.
    const axes = JSON.stringify(json(buildLeakersChart(CHART_DATA))).match(
      /"values":\[[\d.e+,]*\]/g,
    );
    expect(axes).toEqual([
      '"values":[0.001,0.01,0.1,1,10,100]',
      '"values":[100,1000,10000,100000,1000000,10000000]',
    ]);
  });
});
