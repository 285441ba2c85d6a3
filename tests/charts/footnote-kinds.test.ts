// The footnote lists sources primary first, then secondary, then those of no
// stated kind, then aggregators (copies of others' reporting), so the cut
// after MAX_SOURCE_LINES lines drops aggregators first.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { byKind, footnoteLines, shortSource } from "../../src/charts/index.js";
import type { Source, SourceKind } from "../../src/model/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { shippedCatalog } from "../catalog/load-shipped.js";
import { PLAIN_DATA } from "./fixtures.js";

const src = (publisher: string, kind?: SourceKind): Source => ({
  id: publisher,
  title: publisher,
  publisher,
  year: 2025,
  url: null,
  ...(kind === undefined ? {} : { kind }),
});

const RANK = ["primary", "secondary", undefined, "aggregator"];

describe("footnote sources by kind", () => {
  it("puts primary, secondary, unstated, aggregator in that order, keeping order within a kind", () => {
    const sources = [
      src("Agg A", "aggregator"),
      src("Sec A", "secondary"),
      src("Own"),
      src("Prim A", "primary"),
      src("Agg B", "aggregator"),
      src("Prim B", "primary"),
    ];
    expect(byKind(sources).map((s) => s.publisher)).toEqual([
      "Prim A",
      "Prim B",
      "Sec A",
      "Own",
      "Agg A",
      "Agg B",
    ]);
    expect(footnoteLines({ ...PLAIN_DATA, sources })[1]).toBe(
      "Sources: Prim A 2025; Prim B 2025; Sec A 2025; Own 2025; Agg A 2025 (aggregator); Agg B 2025 (aggregator)",
    );
  });

  const catalog = shippedCatalog();
  for (const file of readdirSync("scenarios").filter((f) => f.endsWith(".yaml"))) {
    it(`${file}: the footnote names every non-aggregator source before any aggregator`, () => {
      const r = loadScenario(readFileSync(`scenarios/${file}`, "utf8"), { file, catalog });
      if (!r.ok) throw new Error(`${file} does not load`);
      const sources = r.scenario.sources;
      const lines = footnoteLines({ ...PLAIN_DATA, sources }).slice(1);
      const shown = lines
        .join(" ")
        .replace(/^Sources: /, "")
        .split(/; ?/)
        .map((s) => s.trim())
        .filter((s) => s !== "" && !/^\+\d+ more$/.test(s))
        // An aggregator is marked so in the footnote (issue 11).
        .map((s) => s.replace(/ \(aggregator\)$/, ""));
      // Each shown name's best kind (a name shared by two sources counts as its better one).
      const kindOf = (name: string) =>
        Math.min(
          ...sources.filter((s) => shortSource(s) === name).map((s) => RANK.indexOf(s.kind)),
        );
      const ranks = shown.map(kindOf);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // Aggregators appear only once every primary, secondary and unstated name is shown.
      const better = new Set(sources.filter((s) => s.kind !== "aggregator").map(shortSource));
      if (ranks.includes(3)) expect(shown.filter((n) => better.has(n)).length).toBe(better.size);
    });
  }

  it("ranks catalog sources by their own kind: every source a ref: brings in keeps it", () => {
    // The Poland file takes its missiles from the catalog (ref: aim-9x…), whose
    // sources all state a kind (the catalog schema requires it).
    const file = "poland-2025-09-10.yaml";
    const r = loadScenario(readFileSync(`scenarios/${file}`, "utf8"), { file, catalog });
    if (!r.ok) throw new Error(`${file} does not load`);
    const ids = new Set(catalog.ids());
    const fromCatalog = r.scenario.sources.filter((s) => ids.has(s.id));
    expect(fromCatalog.length).toBeGreaterThan(0);
    expect(fromCatalog.filter((s) => s.kind === undefined)).toEqual([]);
  });
});
