import { describe, expect, it } from "vitest";
import { catalogJson } from "../../src/catalog/catalog-json.js";
import { catalogShow } from "../../src/catalog/catalog-show.js";
import { catalogTable } from "../../src/catalog/catalog-table.js";
import { shippedCatalog } from "./load-shipped.js";

describe("catalog formatters", () => {
  const catalog = shippedCatalog();
  const sm2 = catalog.get("sm-2")!;

  it("renders a one-entry table exactly", () => {
    // SM-2: 1.8M / 2M / 2.1M USD, 2024, grade B (CSIS, JAPCC: secondary; no primary source).
    expect(catalogTable([sm2], { color: false })).toBe(
      [
        "id    kind      low  likely  high  cur  year  grade",
        "sm-2  missile  1.8M      2M  2.1M  USD  2024  B",
      ].join("\n"),
    );
  });

  it("renders the whole catalog within 100 columns, with the SM-2 row in it", () => {
    const lines = catalogTable(catalog.entries(), { color: false }).split("\n");
    expect(lines).toHaveLength(catalog.entries().length + 1);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines).toContain(
      "sm-2                    missile              1.8M      2M    2.1M  USD  2024  B",
    );
  });

  it("colours only when asked", () => {
    expect(catalogTable([sm2], { color: false })).not.toContain("\u001b[");
    const coloured = catalogTable([sm2], { color: true });
    expect(coloured).toContain("\u001b[36mB\u001b[0m");
    // Stripping the escapes gives back the plain table.
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(catalogTable([sm2], { color: false }));
  });

  it("writes JSON with exactly the documented keys, in order", () => {
    const [json] = JSON.parse(catalogJson(catalog.byKind("laser"))) as Record<string, unknown>[];
    expect(Object.keys(json ?? {})).toEqual([
      "id",
      "name",
      "kind",
      "cost",
      "grade",
      "sources",
      "performance",
      "production",
      "leadTime",
      "notes",
    ]);
    expect(Object.keys(json?.cost ?? {})).toEqual([
      "low",
      "likely",
      "high",
      "currency",
      "year",
      "basis",
      "measure",
      "sourced",
    ]);
    const sources = (json?.sources ?? []) as object[];
    for (const s of sources)
      expect(Object.keys(s)).toEqual(["kind", "title", "publisher", "year", "url"]);
    expect(json?.production).toEqual([]);
    expect(json?.leadTime).toBeNull();
    expect(json?.id).toBe("iron-beam");
  });

  it("round-trips every entry's figures through JSON", () => {
    const parsed = JSON.parse(catalogJson(catalog.entries())) as {
      id: string;
      cost: { likely: number };
    }[];
    expect(parsed.map((e) => e.id)).toEqual(catalog.ids());
    expect(parsed.find((e) => e.id === "pac3-mse")?.cost.likely).toBe(4_000_000);
  });

  it("shows one entry with every field, its sources and notes, wrapped", () => {
    const text = catalogShow(sm2, { width: 80 });
    const lines = text.split("\n");
    expect(lines[0]).toBe("sm-2: Standard Missile-2");
    expect(lines).toContain(
      "cost       low 1,800,000 · likely 2,000,000 · high 2,100,000 USD (2024 prices)",
    );
    expect(lines).toContain("grade      B: at least one primary or secondary source");
    expect(lines).toContain("measure    press-figure; low, likely and high from the sources");
    expect(lines).toContain(
      "sources    1. [secondary] Cost and Value in Air and Missile Defense Intercepts",
    );
    expect(text).toContain(
      "https://www.csis.org/analysis/cost-and-value-air-and-missile-defense-intercepts",
    );
    expect(
      lines.filter((l) => /^ {11}\d+\. /.test(l) || l.startsWith("sources    1. ")),
    ).toHaveLength(sm2.sources.length);
    expect(text).toMatch(/^notes {6}\S/m);
    // Only URLs may overrun the width: they are never broken.
    for (const l of lines) if (!l.includes("http")) expect(l.length).toBeLessThanOrEqual(80);
  });

  it("shows performance and an entry without sources", () => {
    expect(catalogShow(catalog.get("merops")!)).toContain("pk         0.7 / 0.85 / 0.95");
    expect(catalogShow(catalog.get("iron-beam")!)).toContain("time/shot  2 / 5 / 10 s");
    expect(catalogShow(catalog.get("rim-116")!)).toContain("sources    none (unsourced estimate)");
  });

  it("shows production rates and the lead time with their grades and sources", () => {
    const text = catalogShow(catalog.get("iris-t-slm")!, { width: 100 });
    expect(text).toMatch(/^lead time {2}26 \/ 30 \/ 62 months \(grade B\): /m);
    expect(text).toMatch(/^production 2,000 per year, target, announced Jan 2026/m);
    expect(text).toContain("1. [secondary] Ukraine orders IRIS-T air-defence systems");
    expect(text).toMatch(/^measure {4}contract-average; likely, high from the sources; low ours$/m);
  });
});
