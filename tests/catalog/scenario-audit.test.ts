// The scenario side of `cxr catalog --audit`: where each number of a scenario
// comes from, on a hand-built scenario; and the shipped scenarios have no
// number without a source (CI runs this file and `cxr catalog --audit`).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { auditScenarioNumbers, scenarioAuditText } from "../../src/catalog/scenario-audit.js";
import type { Scenario } from "../../src/model/scenario.js";
import { loadScenario } from "../../src/scenario/index.js";
import { cli } from "../cli/run-cli.js";
import { shippedCatalog } from "./load-shipped.js";

const catalog = shippedCatalog();
const isCatalogId = (id: string) => catalog.get(id) !== undefined;

// One number of each origin: the decoy's unit cost from the catalog (ref), the
// missile's price from a primary source, the damage from an estimate of ours
// (a source with no kind), the missile's pk from nothing; the variant writes a
// plain price over the sourced one. The support layer engages nothing: its
// per-shot zeros never enter a result and are not audited; its running cost is.
const HAND_BUILT = `
title: Audit fixture
currency: USD
priceYear: 2025
sources:
  - { id: dsca, title: "A notice", publisher: DSCA, kind: primary }
  - { id: ours, title: "Our estimate: a shed and a fence" }
threat:
  swarmSizes: [1, 10]
  drones:
    - id: decoy
      ref: gerbera
      share: 100%
      damage: { value: 1000, source: ours }
defense:
  layers:
    - id: missile
      kind: missile
      costPerShot: { value: 1M, source: dsca }
      pk: 0.7
    - id: support
      kind: other
      engages: []
      costPerShot: 0
      pk: 0
      fixedCost: { value: 5k, source: ours }
variants:
  - name: Cheap missile
    description: A cheaper missile.
    set:
      defense.layers.missile.costPerShot: 500k
  - name: Sourced pk
    description: The pk from the notice.
    set:
      defense.layers.missile.pk: { value: 0.8, source: dsca }
`;

function load(variant?: string): Scenario {
  const r = loadScenario(HAND_BUILT, {
    file: "fixture.yaml",
    catalog,
    ...(variant === undefined ? {} : { variant }),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

describe("auditScenarioNumbers", () => {
  const variants = ["Cheap missile", "Sourced pk"].map((name) => ({ name, scenario: load(name) }));
  const audit = auditScenarioNumbers("fixture.yaml", load(), variants, isCatalogId);

  it("counts the base's numbers by origin, defaults left out", () => {
    // Written and used: decoy.unitCost (catalog), decoy.damage and
    // support.fixedCost (ours), missile.costPerShot (dsca), missile.pk (none);
    // the missile's availability 1 and fixedCost 0 are defaults.
    expect(audit.origins).toEqual({ catalog: 1, published: 1, estimate: 2, unsourced: 1 });
    expect(audit.estimates).toEqual([
      "threat.drones.decoy.damage",
      "defense.layers.support.fixedCost",
    ]);
  });

  it("lists the base's unsourced numbers, then those a variant writes without a source", () => {
    // "Sourced pk" cures the base's pk but adds nothing: it is not listed.
    expect(audit.unsourced).toEqual([
      { path: "defense.layers.missile.pk", variant: null },
      { path: "defense.layers.missile.costPerShot", variant: "Cheap missile" },
    ]);
  });

  it("writes them in words", () => {
    const text = scenarioAuditText([audit]);
    expect(text).toContain(
      "scenario numbers (1 file): 1 from the catalog, 1 published, 2 our estimates, 1 with no source",
    );
    expect(text).toContain("scenario numbers with no source and no catalog entry (2):");
    expect(text).toContain("  fixture.yaml: defense.layers.missile.pk\n");
    expect(text).toContain(
      '  fixture.yaml: defense.layers.missile.costPerShot (variant "Cheap missile")',
    );
  });
});

describe("cxr catalog --audit on scenarios", () => {
  it("finds no shipped scenario number without a source (exit 0)", async () => {
    const r = await cli(["catalog", "--audit", "--json"]);
    const audit = JSON.parse(r.stdout) as { scenarios: ReturnType<typeof auditScenarioNumbers>[] };
    const unsourced = audit.scenarios.flatMap((s) =>
      s.unsourced.map((u) => ({ file: s.file, ...u })),
    );
    expect(unsourced).toEqual([]);
    expect(r.code).toBe(0);
    // Every shipped scenario is audited.
    expect(audit.scenarios.map((s) => s.file)).toContain("ukraine-2025-09-07.yaml");
    expect(audit.scenarios.length).toBeGreaterThanOrEqual(7);
  });

  it("audits the files it is given instead, and exits 1 on an unsourced number", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxr-audit-"));
    const file = join(dir, "fixture.yaml");
    writeFileSync(file, HAND_BUILT);
    const r = await cli(["catalog", "--audit", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}: defense.layers.missile.pk\n`);
    expect(r.stderr).toContain("2 scenario number(s) with no source and no catalog entry");
  });

  it("refuses a file without --audit", async () => {
    const r = await cli(["catalog", "x.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("scenario files are audited with 'cxr catalog --audit FILE'");
  });
});

describe("the shipped scenarios' sources", () => {
  // A source with no kind counts as our estimate: it must say so, so that a
  // published source whose kind was forgotten cannot pass as one.
  it("give every source a kind, or say in its title that it is our estimate", () => {
    const unmarked = readdirSync("scenarios")
      .filter((f) => f.endsWith(".yaml"))
      .flatMap((f) => {
        const doc = parse(readFileSync(`scenarios/${f}`, "utf8")) as {
          sources?: { id: string; title: string; kind?: string }[];
        };
        return (doc.sources ?? [])
          .filter((s) => s.kind === undefined && !/^(Our estimate|By construction)\b/.test(s.title))
          .map((s) => `${f}: ${s.id}`);
      });
    expect(unmarked).toEqual([]);
  });
});
