import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGallery } from "../../src/briefing/index.js";
import { galleryEntries } from "../../scripts/gallery-entries.js";
import { vegaLiteValidator } from "../charts/spec-checks.js";

function committed(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative("charts", join(d.parentPath, d.name)))
    .sort();
}

describe("the chart gallery in charts/", () => {
  it("is up to date with the shipped scenarios (run `npm run charts`)", async () => {
    const files = await buildGallery(galleryEntries());
    expect(committed("charts")).toEqual(files.map((f) => f.path).sort());
    for (const f of files) {
      expect(readFileSync(join("charts", f.path), "utf8"), `charts/${f.path} is stale`).toBe(
        f.data,
      );
    }
  });
});

describe("every gallery spec (every chart type × every shipped scenario)", () => {
  it("validates against the official Vega-Lite schema", () => {
    const validate = vegaLiteValidator();
    const specs = committed("charts").filter((p) => p.endsWith(".vl.json"));
    // 7 scenarios × (cer, cost, leakers, tornado, variants) = 35, plus the
    // campaign charts (stocks, leak-rate, campaign-cost) of the 4 with a
    // campaign: block, less the stocks chart of eastern-sentry-2025 (no
    // limited stock): 35 + 4 × 3 − 1 = 46.
    expect(specs).toHaveLength(46);
    for (const path of specs) {
      const ok = validate(JSON.parse(readFileSync(join("charts", path), "utf8")));
      expect(validate.errors ?? [], path).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});
