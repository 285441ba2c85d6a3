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
    const ids = new Set(doc.sources.map((s: { id: string }) => s.id));
    // The flagship takes gerbera, shahed-136, aim-9x and aim-120 from the catalog.
    expect([...ids].sort()).toEqual(["aim-120", "aim-9x", "gerbera", "shahed-136"]);
    for (const s of doc.sources)
      expect(Object.keys(s)).toEqual(["id", "title", "publisher", "year", "url"]);
  });

  it("names each input's source in the report's assumptions table: catalog entry or scenario", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxr-prov-")), "pack");
    expect((await cli(["report", FLAGSHIP, "--out", out, "--sizes", "1,19,100"])).code).toBe(0);
    const html = readFileSync(join(out, "index.html"), "utf8");
    const section = html.slice(html.indexOf('id="assumptions"'), html.indexOf('id="sources"'));
    // A catalog figure names its entry; the pk the user typed says "scenario".
    expect(section).toMatch(
      /<td>defense\.layers\.f35-aim9x\.costPerShot<\/td>.*?<td>aim-9x: [^<]+<\/td>/s,
    );
    expect(section).toMatch(/<td>defense\.layers\.f35-aim9x\.pk<\/td>.*?<td>scenario<\/td>/s);
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
