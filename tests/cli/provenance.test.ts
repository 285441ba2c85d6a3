import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const FLAGSHIP = "scenarios/poland-2025-09-10.yaml";

describe("provenance of catalog figures", () => {
  it("lists the catalog sources behind the inputs in the JSON output", async () => {
    const doc = JSON.parse(
      (await cli(["run", FLAGSHIP, "--format", "json", "--sizes", "19"])).stdout,
    );
    type Src = { id: string; kind?: string };
    const ids = new Set(doc.sources.map((s: Src) => s.id));
    // The flagship takes gerbera, shahed-136, aim-9x and aim-120 from the catalog;
    // its own sources: list (published sources with a kind, its estimates without) comes too;
    // catalog sources keep the kind the catalog gives them.
    const fromCatalog = ["aim-120", "aim-9x", "gerbera", "shahed-136"];
    for (const id of fromCatalog) expect([id, ids.has(id)]).toEqual([id, true]);
    for (const s of doc.sources.filter((s: Src) => fromCatalog.includes(s.id)))
      expect(Object.keys(s)).toEqual(["id", "kind", "title", "publisher", "year", "url"]);
    expect(doc.sources.find((s: Src) => s.id === "nergard-2021")?.kind).toBe("primary");
  });

  it("names each input and its source in words in the report's assumptions table", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxr-prov-")), "pack");
    expect((await cli(["report", FLAGSHIP, "--out", out, "--sizes", "1,19,100"])).code).toBe(0);
    const html = readFileSync(join(out, "index.html"), "utf8");
    const section = html.slice(html.indexOf('id="assumptions"'), html.indexOf('id="sources"'));
    // Inputs by name, never by path (issue 11): a catalog figure names its
    // entry's source; the pk names the scenario's estimate it cites; a value
    // the file leaves to its default (availability) says it has none.
    const row = (name: string) =>
      new RegExp(
        `<td>${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</td>(?:(?!</tr>).)*?<td>([^<]*)</td>\\s*</tr>`,
        "s",
      );
    const layer = "F-35A pair with AIM-9X";
    expect(section).not.toContain("defense.layers.");
    expect(section).toMatch(row(`${layer} · cost per shot`));
    expect(section.match(row(`${layer} · cost per shot`))?.[1]).not.toMatch(/^the scenario/);
    expect(section.match(row(`${layer} · kill probability`))?.[1]).toMatch(/^cxr, Our estimate/);
    expect(section.match(row(`${layer} · availability`))?.[1]).toBe(
      "the scenario (no source given)",
    );
    // The catalog's source list reaches the page.
    expect(html).toContain("Wonderful Engineering");
  });

  it("lets the scenario override a catalog field (precedence)", async () => {
    // Catalog aim-9x likely = USD 439k (2024) = 439,000 × 0.885 × 131.9 / 129.0
    // = EUR 397,249 at 2025 prices; an override of 500k EUR replaces it: one
    // drone, one AIM-9X shot → the F-35 layer costs shots × price + fixed.
    const run = async (set: string[]) =>
      JSON.parse((await cli(["run", FLAGSHIP, "--format", "json", "--sizes", "1", ...set])).stdout)
        .rows[0].layers[0];
    const base = await run([]);
    const over = await run(["--set", "defense.layers.f35-aim9x.costPerShot=500k EUR"]);
    const fixed = base.cost - base.shots * (439_000 * 0.885 * (131.9 / 129.0));
    expect(fixed).toBeGreaterThan(0);
    expect(over.cost - fixed).toBeCloseTo(over.shots * 500_000, 4);
  });
});
