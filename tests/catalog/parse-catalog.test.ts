import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";

/** A small valid entry; each test breaks one field of a copy. */
function entry(id: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: `Test ${id}`,
    kind: "missile",
    cost: {
      low: "1M",
      likely: "2M",
      high: "3M",
      currency: "USD",
      year: 2024,
      basis: "per missile",
      measure: "unit-procurement",
      sourced: ["likely"],
    },
    grade: "B",
    sources: [
      {
        kind: "secondary",
        title: "A report",
        publisher: "A publisher",
        year: 2024,
        url: "https://example.org/a",
      },
    ],
    notes: "Likely is the report's figure.",
    ...patch,
  };
}

function problemsOf(entries: unknown[]): readonly string[] {
  const result = parseCatalog(stringify({ entries }));
  return result.ok ? [] : result.problems;
}

/** Exactly one problem, which names the entry and the field. */
function expectOneProblem(entries: unknown[], where: string, field: string): string {
  const problems = problemsOf(entries);
  expect(problems).toHaveLength(1);
  const [problem = ""] = problems;
  expect(problem.startsWith(`${where}: ${field}: `)).toBe(true);
  return problem;
}

const costWith = (patch: Record<string, unknown>) => ({
  cost: { ...(entry("x").cost as object), ...patch },
});

/** A cost none of whose figures comes from a source, for entries without sources. */
const unsourcedCost = { ...(entry("x").cost as object), sourced: [] };

describe("parseCatalog", () => {
  it("accepts a valid catalog and parses k / M suffixes", () => {
    const result = parseCatalog(
      stringify({
        entries: [
          entry("a-1"),
          entry("b-2", costWith({ low: 900, likely: "1.5k", high: "2.25k" })),
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalog.get("a-1")?.cost).toMatchObject({
      low: 1_000_000,
      likely: 2_000_000,
      high: 3_000_000,
    });
    expect(result.catalog.get("b-2")?.cost).toMatchObject({ low: 900, likely: 1_500, high: 2_250 });
    expect(result.catalog.get("a-1")?.performance).toEqual({});
  });

  it("rejects an id that is not kebab-case", () => {
    expectOneProblem([entry("PAC3_MSE")], 'entries[0] ("PAC3_MSE")', "id");
  });

  it("rejects a duplicate id, naming both positions", () => {
    const problem = expectOneProblem([entry("sm-2"), entry("sm-2")], "sm-2", "id");
    expect(problem).toContain("entries[0] and entries[1]");
  });

  it("rejects low > likely", () => {
    expectOneProblem([entry("sm-2", costWith({ low: "2.5M" }))], "sm-2", "cost");
  });

  it("rejects likely > high", () => {
    expectOneProblem([entry("sm-2", costWith({ high: "1.5M" }))], "sm-2", "cost");
  });

  it("rejects a negative amount", () => {
    expectOneProblem([entry("sm-2", costWith({ low: -1 }))], "sm-2", "cost.low");
  });

  it("rejects an amount that is not a number or a suffixed number", () => {
    expectOneProblem([entry("sm-2", costWith({ high: "3 million" }))], "sm-2", "cost.high");
  });

  it("rejects a currency that is not a 3-letter code", () => {
    expectOneProblem([entry("sm-2", costWith({ currency: "usd" }))], "sm-2", "cost.currency");
    expectOneProblem([entry("sm-2", costWith({ currency: "EURO" }))], "sm-2", "cost.currency");
  });

  it("rejects a year outside 1990..2100 or not whole", () => {
    expectOneProblem([entry("sm-2", costWith({ year: 1989 }))], "sm-2", "cost.year");
    expectOneProblem([entry("sm-2", costWith({ year: 2024.5 }))], "sm-2", "cost.year");
    expectOneProblem(
      [
        entry("sm-2", {
          sources: [{ kind: "secondary", title: "t", publisher: "p", year: 2101, url: null }],
        }),
      ],
      "sm-2",
      "sources[0].year",
    );
  });

  it("rejects a pk outside 0..1, and an unordered pk range", () => {
    expectOneProblem(
      [entry("sting", { performance: { pk: { low: 0.5, likely: 0.7, high: 1.2 } } })],
      "sting",
      "performance.pk.high",
    );
    expectOneProblem(
      [entry("sting", { performance: { pk: { low: 0.8, likely: 0.7, high: 0.9 } } })],
      "sting",
      "performance.pk",
    );
  });

  it("rejects an entry with no source unless it is grade U", () => {
    expectOneProblem(
      [entry("rim-116", { sources: [], cost: { ...unsourcedCost } })],
      "rim-116",
      "sources",
    );
    expect(
      problemsOf([
        entry("rim-116", {
          sources: [],
          cost: { ...unsourcedCost },
          grade: "U",
          notes: "Estimate: no price found.",
        }),
      ]),
    ).toEqual([]);
  });

  it("rejects a grade U entry whose notes do not say estimate", () => {
    expectOneProblem(
      [entry("rim-116", { sources: [], cost: unsourcedCost, grade: "U", notes: "Our judgement." })],
      "rim-116",
      "notes",
    );
  });

  it("rejects a URL that is not http(s)", () => {
    const sources = [
      { kind: "secondary", title: "t", publisher: "p", year: 2024, url: "ftp://example.org/x" },
    ];
    expectOneProblem([entry("sm-2", { sources })], "sm-2", "sources[0].url");
  });

  it("accepts a source with no year or URL (null), as the research notes have", () => {
    const sources = [{ kind: "secondary", title: "t", publisher: "p", year: null, url: null }];
    expect(problemsOf([entry("sm-2", { sources })])).toEqual([]);
  });

  it("rejects unknown keys, in an entry and in a nested object", () => {
    expectOneProblem([entry("sm-2", { price: 1 })], "sm-2", "price");
    expectOneProblem([entry("sm-2", costWith({ amount: 1 }))], "sm-2", "cost.amount");
  });

  it("rejects an unknown kind and grade", () => {
    expectOneProblem([entry("sm-2", { kind: "cannon" })], "sm-2", "kind");
    expectOneProblem([entry("sm-2", { grade: "D" })], "sm-2", "grade");
  });

  it("collects the problems of every entry, not only the first", () => {
    const problems = problemsOf([
      entry("a", costWith({ currency: "us" })),
      entry("b", { sources: [], cost: unsourcedCost }),
      entry("c"),
    ]);
    expect(problems.map((p) => p.split(":")[0])).toEqual(["a", "b"]);
  });

  it("reports text that is not YAML, or not a list under entries", () => {
    const bad = parseCatalog("entries: [unclosed");
    expect(bad.ok ? [] : bad.problems[0]).toMatch(/^catalog: the file is not valid YAML/);
    const wrong = parseCatalog("items: []");
    expect(wrong.ok ? [] : wrong.problems).toEqual([
      'catalog: entries: expected a list of entries under the key "entries"',
    ]);
  });
});
