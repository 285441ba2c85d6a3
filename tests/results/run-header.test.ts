import { describe, expect, it } from "vitest";
import {
  DETERMINISTIC,
  headingText,
  modeLine,
  provenanceText,
  runDocument,
  runHeader,
  toCsv,
  toJson,
  toTable,
} from "../../src/results/index.js";
import { deterministicRun, smallScenario } from "./fixtures.js";

const TWEAKED = {
  variant: "laser-wall",
  overrides: [
    { path: "defense.layers.sam.pk", value: "70%" },
    { path: "threat.drones.geran.unitCost", value: "35k EUR" },
  ],
};

describe("the run header", () => {
  it("words the mode once: base values, or Monte Carlo with trials and seed", () => {
    expect(modeLine(DETERMINISTIC)).toBe("base values (no uncertainty)");
    expect(modeLine({ mode: "monte-carlo", trials: 10_000, seed: 1 })).toBe(
      "Monte Carlo, 10,000 trials, seed 1",
    );
  });

  it("has the keys of cli.md v2 in order, with the variant and overrides", () => {
    const h = runHeader(smallScenario({ provenance: TWEAKED }), DETERMINISTIC);
    expect(Object.keys(h)).toEqual([
      ...["cxr", "title", "currency", "priceYear", "mode", "trials", "seed"],
      ...["variant", "overrides", "sources"],
    ]);
    expect(h.variant).toBe("laser-wall");
    expect(h.overrides).toEqual(TWEAKED.overrides);
  });

  it("says nothing of provenance for the base case as written", () => {
    const s = smallScenario();
    expect(provenanceText(s.provenance)).toBeNull();
    expect(headingText(runHeader(s, DETERMINISTIC))).toBe(
      "Small\nbase values (no uncertainty) · USD, 2025 prices\n",
    );
    expect(toCsv(deterministicRun(s).rows).startsWith("swarmSize,")).toBe(true);
  });
});

describe("provenance on every output of a run", () => {
  const s = smallScenario({ provenance: TWEAKED });
  const run = deterministicRun(s);

  it("names the variant and every override in the table heading", () => {
    const lines = toTable(s, run).split("\n");
    expect(lines[2]).toBe(
      "Variant: laser-wall · Overrides: defense.layers.sam.pk = 70%; threat.drones.geran.unitCost = 35k EUR",
    );
  });

  it("puts them in the JSON header", () => {
    const doc = JSON.parse(toJson(runDocument(s, run)));
    expect(doc.variant).toBe("laser-wall");
    expect(doc.overrides).toEqual(TWEAKED.overrides);
  });

  it("writes them as # lines before the CSV header", () => {
    const lines = toCsv(run.rows, s.provenance).split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "# Variant: laser-wall",
      "# Override: defense.layers.sam.pk = 70%",
      "# Override: threat.drones.geran.unitCost = 35k EUR",
      expect.stringMatching(/^swarmSize,attackerCost,/),
    ]);
  });

  it("keeps a line break in an override inside its comment line", () => {
    const csv = toCsv(run.rows, { variant: null, overrides: [{ path: "a", value: "1\n=2" }] });
    expect(csv.split("\n")[0]).toBe("# Override: a = 1\\n=2");
    expect(csv.split("\n")[1]).toMatch(/^swarmSize,/);
  });
});
