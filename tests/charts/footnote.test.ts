import { describe, expect, it } from "vitest";
import {
  FOOTNOTE_LINE_CHARS,
  MAX_SOURCE_LINES,
  footnoteLines,
  shortSource,
  subtitleLines,
} from "../../src/charts/index.js";
import type { Source } from "../../src/model/index.js";
import { CHART_DATA, PLAIN_DATA } from "./fixtures.js";

const source = (i: number): Source => ({
  id: `s${i}`,
  title: `Report ${i}`,
  publisher: `Publisher number ${i}`,
  year: 2000 + i,
  url: null,
});

describe("footnote and subtitle", () => {
  it("names cxr, the scenario, the seed and trials, then the short sources", () => {
    expect(footnoteLines(CHART_DATA)).toEqual([
      "Source: cxr · Test raid · Monte Carlo, 2,000 trials, seed 7",
      "Sources: US DoD 2024; Rheinmetall",
    ]);
    expect(footnoteLines({ ...PLAIN_DATA, sources: [] })).toEqual([
      "Source: cxr · Test raid · base values (no uncertainty)",
    ]);
  });

  it("shortens a source to publisher and year, or its title without a publisher", () => {
    expect(shortSource(source(24))).toBe("Publisher number 24 2024");
    expect(shortSource({ ...source(1), publisher: " ", year: null })).toBe("Report 1");
  });

  it("wraps a long source list and ends it with +N more", () => {
    // Each item is "Publisher number NN 20NN" (24 chars + "; "): about 4–5 a line, so 40 need ~9 lines.
    const sources = Array.from({ length: 40 }, (_, i) => source(10 + i));
    const lines = footnoteLines({ ...CHART_DATA, sources });
    expect(lines).toHaveLength(1 + MAX_SOURCE_LINES);
    expect(lines.every((l) => l.length <= FOOTNOTE_LINE_CHARS)).toBe(true);
    const shown = lines.slice(1).join(" ").split("; ").length - 1; // items before "+N more"
    expect(lines.at(-1)).toMatch(new RegExp(`\\+${40 - shown} more$`));
  });

  it("drops duplicate short sources", () => {
    const lines = footnoteLines({
      ...CHART_DATA,
      sources: [source(1), { ...source(1), id: "other" }],
    });
    expect(lines[1]).toBe("Sources: Publisher number 1 2001");
  });

  it("puts the scenario title and the key assumptions in the subtitle", () => {
    expect(subtitleLines(CHART_DATA)).toEqual([
      "Test raid",
      "Monte Carlo, 2,000 trials, seed 7 · EUR, 2025 prices",
    ]);
    expect(subtitleLines(PLAIN_DATA, "Base")).toEqual([
      "Test raid",
      "base values (no uncertainty) · EUR, 2025 prices · Base",
    ]);
  });
});
