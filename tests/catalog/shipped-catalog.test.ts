import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogPath } from "../../src/catalog/catalog-path.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";
import { CATALOG_KINDS } from "../../src/model/catalog-entry.js";
import { shippedCatalog } from "./load-shipped.js";

describe("the shipped catalog/catalog.yaml", () => {
  it("is found from the package root and parses without problems", () => {
    expect(catalogPath().endsWith("catalog/catalog.yaml")).toBe(true);
    expect(existsSync(catalogPath())).toBe(true);
    const result = parseCatalog(readFileSync(catalogPath(), "utf8"));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  const catalog = shippedCatalog();
  const entries = catalog.entries();

  it("has at least 40 entries with unique ids", () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(catalog.ids()).size).toBe(entries.length);
  });

  it("orders every cost range low ≤ likely ≤ high, all ≥ 0", () => {
    for (const { id, cost } of entries) {
      expect([id, cost.low >= 0 && cost.low <= cost.likely && cost.likely <= cost.high]).toEqual([
        id,
        true,
      ]);
    }
  });

  it("gives every entry a source, or grade U with notes that say estimate", () => {
    for (const e of entries) {
      const ok = e.sources.length > 0 || e.grade === "U";
      expect([e.id, ok]).toEqual([e.id, true]);
      if (e.grade === "U") expect([e.id, /estimate/i.test(e.notes)]).toEqual([e.id, true]);
    }
  });

  it("covers every required kind", () => {
    const required = [
      "drone",
      "missile",
      "gun",
      "interceptor-drone",
      "laser",
      "microwave",
      "platform",
    ];
    for (const kind of required)
      expect([kind, catalog.byKind(kind as never).length > 0]).toEqual([kind, true]);
    // And only kinds the model knows.
    for (const e of entries) expect(CATALOG_KINDS).toContain(e.kind);
  });

  it("keeps the researched figures the scenarios rely on", () => {
    // /work/shared/data/cost-catalog.md: PAC-3 MSE 3.5M/4M/5M USD 2025; Gerbera 10k USD 2025;
    // Shahed-136 likely 50k USD 2025; Coyote Block 2 = 75M / 600 = 125k USD 2024.
    expect(catalog.get("pac3-mse")?.cost).toMatchObject({
      low: 3_500_000,
      likely: 4_000_000,
      high: 5_000_000,
      currency: "USD",
      year: 2025,
    });
    expect(catalog.get("gerbera")?.cost.likely).toBe(10_000);
    expect(catalog.get("shahed-136")?.cost.likely).toBe(50_000);
    expect(catalog.get("coyote-blk2")?.cost.likely).toBe(75_000_000 / 600);
  });

  it("prices the Gepard per engagement: 30 rounds × 560 EUR = 16,800 EUR", () => {
    // 168M EUR / 300,000 rounds = 560 EUR a round (Rheinmetall contract); a 20/30/40-round burst is our assumption.
    const gepard = catalog.get("gepard-35mm");
    expect(gepard?.cost).toMatchObject({
      low: 20 * 560,
      likely: 30 * 560,
      high: 40 * 560,
      currency: "EUR",
    });
    expect(gepard?.cost.basis).toMatch(/per engagement/);
  });

  it("marks every pk as an observed-rate proxy and keeps it to drones, guns and lasers", () => {
    for (const e of entries.filter((x) => x.performance.pk !== undefined)) {
      expect(["interceptor-drone", "gun", "laser"]).toContain(e.kind);
      expect([e.id, /proxy/i.test(e.notes)]).toEqual([e.id, true]);
    }
  });
});
