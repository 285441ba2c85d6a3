// The evidence rules (catalog README "Grades"), on hand-built catalogs.
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { supportedGrade } from "../../src/catalog/grade-rules.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";
import type { CatalogSource } from "../../src/model/catalog-entry.js";
import { testEntry, testSource } from "./hand-built.js";

const src = testSource;
const entry = (grade: string, sources: CatalogSource[], patch: Record<string, unknown> = {}) =>
  testEntry("x", grade, sources, patch);

function problems(e: unknown, checkGrades = true): readonly string[] {
  const r = parseCatalog(stringify({ entries: [e] }), { checkGrades });
  return r.ok ? [] : r.problems;
}

const primary = src("primary", "DSCA");
const secondary = src("secondary", "Reuters");
const aggregator = src("aggregator", "Some site");

describe("supportedGrade", () => {
  it("needs a primary source and a second publisher for A", () => {
    expect(supportedGrade([primary, secondary])).toBe("A");
    expect(supportedGrade([primary, aggregator])).toBe("A");
    // One primary alone, or two documents of the same publisher, corroborate nothing.
    expect(supportedGrade([primary])).toBe("B");
    expect(supportedGrade([primary, src("primary", " dsca ")])).toBe("B");
    expect(supportedGrade([secondary, src("secondary", "AFP")])).toBe("B");
  });

  it("caps aggregators at C and no source at U", () => {
    expect(supportedGrade([aggregator, src("aggregator", "Other site")])).toBe("C");
    expect(supportedGrade([])).toBe("U");
  });
});

describe("parseCatalog checks grades against sources", () => {
  it("rejects an A entry lacking a primary source, naming what it has", () => {
    const [p, ...rest] = problems(entry("A", [secondary, src("secondary", "AFP")]));
    expect(rest).toEqual([]);
    expect(p).toMatch(/^x: grade: A is not supported by its sources/);
    expect(p).toContain("0 primary, 2 secondary, 0 aggregator: at best B");
  });

  it("rejects an A entry whose primary source is not corroborated", () => {
    expect(problems(entry("A", [primary]))[0]).toMatch(/^x: grade: A is not supported/);
    expect(problems(entry("A", [primary, secondary]))).toEqual([]);
  });

  it("rejects B on aggregators only, accepts C on them", () => {
    expect(problems(entry("B", [aggregator]))[0]).toContain("at best C");
    expect(problems(entry("B", [aggregator, secondary]))).toEqual([]);
    expect(problems(entry("C", [aggregator]))).toEqual([]);
    // A lower grade than the sources allow is always honest.
    expect(problems(entry("C", [primary, secondary]))).toEqual([]);
  });

  it("accepts U with sources when the notes say estimate, and not otherwise", () => {
    expect(problems(entry("U", [aggregator]))).toEqual([]);
    const bare = entry("U", [aggregator], { notes: "Our judgement." });
    expect(problems(bare)).toEqual([
      "x: notes: a grade U figure must say in its notes that it is an estimate",
    ]);
  });

  it("requires every source to say its kind", () => {
    const noKind = { title: "t", publisher: "p", year: 2025, url: null };
    expect(problems(entry("B", [noKind as unknown as CatalogSource]))[0]).toMatch(
      /^x: sources\[0\]\.kind: /,
    );
  });

  it("applies the rules to each production rate and the lead time", () => {
    const prod = { rate: 2700, per: "month", status: "capacity", period: "2025", notes: "n" };
    const ok = { ...prod, grade: "B", sources: [secondary] };
    const bad = { ...prod, grade: "A", sources: [secondary] };
    expect(problems(entry("B", [secondary], { production: [ok] }))).toEqual([]);
    expect(problems(entry("B", [secondary], { production: [ok, bad] }))[0]).toMatch(
      /^x: production\[1\]\.grade: A is not supported/,
    );
    const lead = { low: 1, likely: 2, high: 3, unit: "years", notes: "n" };
    expect(
      problems(entry("B", [secondary], { leadTime: { ...lead, grade: "B", sources: [] } })),
    ).toEqual(["x: leadTime.sources: needs at least one source, or grade U"]);
    const unordered = { ...lead, high: 0.5, grade: "C", sources: [aggregator] };
    expect(problems(entry("B", [secondary], { leadTime: unordered }))).toEqual([
      "x: leadTime: needs low ≤ likely ≤ high",
    ]);
  });

  it("checks which figures are said to come from a source", () => {
    const cost = { ...(entry("B", []).cost as object) };
    expect(
      problems(entry("B", [secondary], { cost: { ...cost, sourced: ["likely", "likely"] } })),
    ).toEqual(["x: cost.sourced: names a figure twice"]);
    expect(problems(entry("U", [], { cost: { ...cost, sourced: ["likely"] } }))).toEqual([
      "x: cost.sourced: names sourced figures, but the entry has no source",
    ]);
    expect(problems(entry("B", [secondary], { cost: { ...cost, sourced: ["mode"] } }))[0]).toMatch(
      /^x: cost\.sourced\[0\]: /,
    );
  });

  it("leaves unsupported grades to the caller when asked (the audit lists them)", () => {
    const e = entry("A", [aggregator]);
    expect(problems(e, false)).toEqual([]);
    // Other rules still hold.
    expect(problems({ ...e, grade: "U", notes: "Ours." }, false)).toHaveLength(1);
  });
});
