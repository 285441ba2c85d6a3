// Every chart names the variant and every override of its run, in the
// subtitle and the footnote, so a tweaked number never reads as the base
// case (issue 11 item 4); the base case adds nothing.
import { describe, expect, it } from "vitest";
import {
  CHART_TYPES,
  buildChart,
  provenanceItems,
  provenanceText,
} from "../../src/charts/index.js";
import type { Provenance } from "../../src/model/index.js";
import { CHART_DATA, HEATMAP_DATA } from "./fixtures.js";
import { TORNADO_DATA } from "./tornado-fixture.js";
import { CAMPAIGN_DATA } from "../campaign/chart-fixture.js";

const TWEAKED: Provenance = {
  variant: "Cheap interceptors",
  overrides: [
    { path: "defense.layers.sam.pk", value: "70%" },
    { path: "threat.drones.shahed.unitCost", value: "35k USD" },
  ],
};

/** Every text line a frame shows around the plot: subtitle and footnote. */
function frameText(spec: unknown): { subtitle: string[]; footnote: string[] } {
  const s = spec as {
    title: { subtitle: string[] };
    vconcat: { data?: { values?: { text?: string }[] } }[];
  };
  const foot = s.vconcat.at(-1)?.data?.values ?? [];
  return { subtitle: s.title.subtitle, footnote: foot.map((v) => v.text ?? "") };
}

function specOf(type: (typeof CHART_TYPES)[number], provenance: Provenance): unknown {
  if (type === "heatmap") return buildChart("heatmap", { ...HEATMAP_DATA, provenance });
  if (type === "tornado") return buildChart("tornado", { ...TORNADO_DATA, provenance });
  if (type === "stocks" || type === "leak-rate" || type === "campaign-cost")
    return buildChart(type, { ...CAMPAIGN_DATA, provenance });
  return buildChart(type, { ...CHART_DATA, provenance });
}

describe("provenance on charts", () => {
  it("words the variant and overrides in order", () => {
    expect(provenanceItems(TWEAKED)).toEqual([
      "Variant: Cheap interceptors",
      "Overrides: defense.layers.sam.pk = 70%",
      "threat.drones.shahed.unitCost = 35k USD",
    ]);
    expect(provenanceText(TWEAKED)).toBe(
      "Variant: Cheap interceptors · Overrides: defense.layers.sam.pk = 70%; threat.drones.shahed.unitCost = 35k USD",
    );
    expect(provenanceText({ variant: null, overrides: [{ path: "a.b", value: "3" }] })).toBe(
      "Override: a.b = 3",
    );
    expect(provenanceText({ variant: null, overrides: [] })).toBeNull();
  });

  for (const type of CHART_TYPES) {
    it(`${type}: names the variant and every override in subtitle and footnote`, () => {
      const { subtitle, footnote } = frameText(specOf(type, TWEAKED));
      for (const lines of [subtitle, footnote]) {
        const text = lines.join(" ");
        expect(text).toContain("Variant: Cheap interceptors");
        expect(text).toContain("defense.layers.sam.pk = 70%");
        expect(text).toContain("threat.drones.shahed.unitCost = 35k USD");
      }
    });

    it(`${type}: the base case says nothing of variants or overrides`, () => {
      const { subtitle, footnote } = frameText(specOf(type, { variant: null, overrides: [] }));
      expect([...subtitle, ...footnote].join(" ")).not.toMatch(/Variant|Override/);
    });
  }
});
