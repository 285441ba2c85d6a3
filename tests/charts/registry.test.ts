import { describe, expect, it } from "vitest";
import {
  CHART_TYPES,
  buildCerChart,
  buildChart,
  buildHeatmapChart,
  chartSummary,
  isChartType,
} from "../../src/charts/index.js";
import { CHART_DATA, HEATMAP_DATA } from "./fixtures.js";

describe("chart registry", () => {
  it("lists every chart type of cli.md", () => {
    expect(CHART_TYPES).toEqual([
      "cer",
      "cost",
      "leakers",
      "heatmap",
      "tornado",
      "stocks",
      "leak-rate",
      "campaign-cost",
    ]);
    expect(CHART_TYPES.every((t) => chartSummary(t).length > 0)).toBe(true);
  });

  it("recognises type names", () => {
    expect(isChartType("cer")).toBe(true);
    expect(isChartType("tornado")).toBe(true);
    expect(isChartType("pie")).toBe(false);
    expect(isChartType("toString")).toBe(false);
  });

  it("builds the same spec as the chart's own builder, with options", () => {
    expect(buildChart("cer", CHART_DATA, { metrics: ["netCer"] })).toEqual(
      buildCerChart(CHART_DATA, { metrics: ["netCer"] }),
    );
    expect(buildChart("heatmap", HEATMAP_DATA)).toEqual(buildHeatmapChart(HEATMAP_DATA));
  });

  it("builds byte-identical specs on every call", () => {
    for (const type of ["cer", "cost", "leakers"] as const) {
      expect(JSON.stringify(buildChart(type, CHART_DATA))).toBe(
        JSON.stringify(buildChart(type, CHART_DATA)),
      );
    }
  });
});
