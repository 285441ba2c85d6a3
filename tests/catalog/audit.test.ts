// `cxr catalog --audit`: the shipped catalog must pass (CI runs this file), and
// hand-built catalogs show what the audit finds.
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { auditCatalog, auditText } from "../../src/catalog/catalog-audit.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";
import { catalogAuditCommand } from "../../src/cli/commands/catalog.js";
import { InputError } from "../../src/cli/io.js";
import type { CatalogSource } from "../../src/model/catalog-entry.js";
import { cli } from "../cli/run-cli.js";
import { testEntry, testSource } from "./hand-built.js";

const source = testSource;
const entry = (id: string, grade: string, sources: CatalogSource[], sourced = ["likely"]) =>
  testEntry(id, grade, sources, {
    cost: { ...(testEntry(id, grade, sources).cost as object), measure: "press-figure", sourced },
  });

/** Four entries: one over-graded (A on two secondaries), one aggregator-only, one U, one sound A. */
const handBuilt = stringify({
  entries: [
    entry("over-graded", "A", [source("secondary", "Reuters"), source("secondary", "AFP")]),
    entry("thin", "C", [source("aggregator", "Blog")], ["high"]),
    entry("guess", "U", [], []),
    {
      ...entry("sound", "A", [source("primary", "DSCA"), source("secondary", "Reuters")]),
      production: [
        {
          rate: 620,
          per: "year",
          status: "output",
          period: "2025",
          grade: "A",
          sources: [source("aggregator", "Blog")],
          notes: "n",
        },
      ],
    },
  ],
});

describe("auditCatalog", () => {
  const parsed = parseCatalog(handBuilt, { checkGrades: false });
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  const audit = auditCatalog(parsed.catalog.entries());

  it("lists grades the sources do not support, entry and production alike", () => {
    expect(audit.unsupported).toEqual([
      {
        id: "over-graded",
        field: "grade",
        grade: "A",
        supported: "B",
        kinds: { primary: 0, secondary: 2, aggregator: 0 },
      },
      {
        id: "sound",
        field: "production[0].grade",
        grade: "A",
        supported: "C",
        kinds: { primary: 0, secondary: 0, aggregator: 1 },
      },
    ]);
  });

  it("groups entries by grade and counts sources by kind", () => {
    // Sources: 2 secondary + 1 aggregator + 0 + (1 primary, 1 secondary, 1 production aggregator).
    expect(audit.sources).toEqual({ primary: 1, secondary: 3, aggregator: 2 });
    expect(audit.byGrade.A.map((e) => e.id)).toEqual(["over-graded", "sound"]);
    expect(audit.byGrade.C.map((e) => e.id)).toEqual(["thin"]);
    expect(audit.byGrade.U.map((e) => e.id)).toEqual(["guess"]);
    expect(audit.byGrade.B).toEqual([]);
  });

  it("names likely values no source gives and aggregator-only entries", () => {
    expect(audit.likelyUnsourced).toEqual(["thin", "guess"]);
    expect(audit.aggregatorOnly).toEqual(["thin"]);
    expect(audit.production).toEqual([
      { id: "sound", rate: 620, per: "year", status: "output", period: "2025", grade: "A" },
    ]);
  });

  it("writes the findings in words", () => {
    const text = auditText(audit);
    expect(text).toContain("grades the sources do not support (2):");
    expect(text).toContain("  over-graded: grade: A, sources 0/2/0 support at most B");
    expect(text).toContain("  sound: production[0].grade: A, sources 0/0/1 support at most C");
    expect(text).toContain("likely cost from no source (2):\n  thin, guess");
    expect(text).toContain("  sound: 620 per year, output, 2025, grade A");
    // Narrow lines wrap between items, never inside one ("over-graded 0/2/0").
    const narrow = auditText(audit, 24).split("\n");
    expect(narrow).toContain("    over-graded 0/2/0,");
    expect(narrow).toContain("    sound 1/1/0");
  });

  it("makes the command exit 1 on an unsupported grade, after printing the audit", async () => {
    let out = "";
    const io = {
      stdout: { write: (s: string) => void (out += s), isTTY: false },
      stderr: { write: () => undefined, isTTY: false },
    };
    await expect(
      catalogAuditCommand(io, {}, { catalogText: handBuilt, scenarioFiles: [] }),
    ).rejects.toThrow(InputError);
    expect(out).toContain("grades the sources do not support (2):");
  });
});

describe("cxr catalog --audit on the shipped catalog", () => {
  it("finds no grade its sources do not support", async () => {
    const r = await cli(["catalog", "--audit"]);
    expect(r.stdout).toContain("grades the sources do not support (0): none");
  });

  it("lists the production rates the campaign scenarios cite, as JSON too", async () => {
    const r = await cli(["catalog", "--audit", "--json"]);
    const audit = JSON.parse(r.stdout) as ReturnType<typeof auditCatalog>;
    expect(audit.unsupported).toEqual([]);
    // HUR (Yusov, Sep 2025): capacity up to 2,700 Geran-2 a month — output, not the 5,500-6,000 target.
    expect(audit.production).toContainEqual({
      id: "shahed-136",
      rate: 2700,
      per: "month",
      status: "capacity",
      period: "Sep 2025",
      grade: "B",
    });
    const ids = new Set(audit.production.map((p) => p.id));
    for (const id of ["shahed-136", "gerbera", "pac3-mse", "iris-t-slm", "ua-interceptor-generic"])
      expect([id, ids.has(id)]).toEqual([id, true]);
  });
});
