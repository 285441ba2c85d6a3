import { describe, expect, it } from "vitest";
import { ATTACKER_LABEL, buildCostChart } from "../../src/charts/index.js";
import { BASE_ROWS, CHART_DATA, PLAIN_DATA, withoutBands } from "./fixtures.js";
import { json, markType, unitValues, units } from "./spec-walk.js";

describe("cost chart", () => {
  it("states the largest layer's share of defence cost at the focus row", () => {
    // fixtures.ts, N = 100: F-35 €10,800,000 of €11,300,000 = 95.6% → "96%".
    expect(json(buildCostChart({ ...CHART_DATA, focus: 100 })).title.text).toBe(
      "The F-35 AIM-9X layer is 96% of defence cost at 100 drones",
    );
    // N = 1: F-35 €900,000 of €905,000 = 99.4% → "99%".
    expect(json(buildCostChart(CHART_DATA, { focusSize: 1 })).title.text).toBe(
      "The F-35 AIM-9X layer is 99% of defence cost at 1 drone",
    );
  });

  it("keeps layers that share a name apart, by id", () => {
    const rows = BASE_ROWS.map((r) => ({
      ...withoutBands(r),
      layers: r.layers.map((l) => ({ ...l, name: "Gun" })),
    }));
    const spec = json(buildCostChart({ ...PLAIN_DATA, series: [{ name: "Base", rows }] }));
    const domain = JSON.stringify(spec).match(/"domain":\[("[^"]*",?)+\]/)?.[0] ?? "";
    const ids = BASE_ROWS[0]!.layers.map((l) => l.id);
    for (const id of ids) expect(domain).toContain(`Gun (${id})`);
  });

  it("with one layer, compares defence and attack cost in money", () => {
    const rows = BASE_ROWS.map((r) => ({ ...withoutBands(r), layers: r.layers.slice(0, 1) }));
    const spec = buildCostChart(
      { ...PLAIN_DATA, series: [{ name: "Base", rows }] },
      { focusSize: 19 },
    );
    // N = 19: defender €11,000,000 → "€11M"; attacker 19 × €20,000 = €380,000 → "€380k".
    expect(json(spec).title.text).toBe("Defence spends €11M against a €380k attack at 19 drones");
  });

  it("stacks the layers' costs as areas on a log x axis, with the currency in the y title", () => {
    const spec = buildCostChart(CHART_DATA);
    const area = units(spec).find((u) => markType(u) === "area")!;
    expect(area.encoding?.y).toMatchObject({
      stack: "zero",
      title: "Cost per attack (EUR, 2025 prices)",
    });
    expect(area.encoding?.x?.scale).toMatchObject({ type: "log" });
    // 4 sizes × 2 layers; the gun at N = 19 fired 80 shots × €2,500 = €200,000.
    const values = unitValues(spec, area);
    expect(values).toHaveLength(8);
    expect(values.find((v) => v.swarmSize === 19 && v.name === "Gun")?.cost).toBe(200_000);
  });

  it("draws the attacker's cost as a line", () => {
    const spec = buildCostChart(CHART_DATA);
    const line = units(spec).find((u) => markType(u) === "line")!;
    // 20,000 € per drone × N.
    expect(unitValues(spec, line).map((v) => [v.name, v.cost])).toEqual([
      [ATTACKER_LABEL, 20_000],
      [ATTACKER_LABEL, 200_000],
      [ATTACKER_LABEL, 380_000],
      [ATTACKER_LABEL, 2_000_000],
    ]);
  });

  it("shows the series asked for, and names it when there are several", () => {
    const spec = json(buildCostChart(CHART_DATA, { series: "Second gun", focusSize: 100 }));
    // Second gun at N = 100: F-35 €10,800,000 of €11,800,000 = 91.5% → "92%".
    expect(spec.title.text).toBe("The F-35 AIM-9X layer is 92% of defence cost at 100 drones");
    expect(spec.title.subtitle[1]).toContain("Second gun");
  });
});
